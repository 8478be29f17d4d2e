/// Pipelines, commands and operands (Go's `pipeline`, `command`, `operand`, `term`).
extension TemplateParser {
    mutating func pipeline(_ context: String, end: ItemType) throws(TemplateError) -> PipeNode {
        let first = peekNonSpace()
        var pipe = PipeNode(pos: first.pos, line: first.line)
        decls: while true {
            let v = peekNonSpace()
            guard v.type == .variable else { break }
            _ = next()
            let tokenAfterVariable = peek()
            let following = peekNonSpace()
            if following.type == .assign || following.type == .declare {
                pipe.isAssign = following.type == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: [v.value]))
                tree.vars.append(v.value)
            } else if following.type == .char && following.value == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: [v.value]))
                tree.vars.append(v.value)
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().type {
                    case .variable, .rightDelim, .rightParen:
                        continue decls
                    default:
                        throw errorf("range can only initialize variables")
                    }
                }
                throw errorf("too many declarations in \(context)")
            } else if tokenAfterVariable.type == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break
        }
        while true {
            let token = nextNonSpace()
            switch token.type {
            case end:
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword, .rawString,
                 .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    func checkPipeline(_ pipe: PipeNode, _ context: String) throws(TemplateError) {
        if pipe.cmds.isEmpty { throw errorf("missing value for \(context)") }
        for (i, c) in pipe.cmds.dropFirst().enumerated() {
            switch c.args.first {
            case .bool, .dot, .nilValue, .number, .string:
                throw errorf("non executable command in pipeline stage \(i + 2)")
            default: break
            }
        }
    }

    mutating func command() throws(TemplateError) -> TemplateCommandNode {
        var cmd = TemplateCommandNode(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let token = next()
            switch token.type {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw errorf("empty command") }
        return cmd
    }

    mutating func operand() throws(TemplateError) -> ArgNode? {
        guard let node = try term() else { return nil }
        guard peek().type == .field else { return node }
        let chainPos = peek().pos
        var fields: [String] = []
        while peek().type == .field {
            fields.append(String(next().value.dropFirst()))
        }
        switch node {
        case .field(_, let ident):
            return .field(pos: chainPos, ident: ident + fields)
        case .variable(let v):
            return .variable(VariableNode(pos: chainPos, ident: v.ident + fields))
        case .bool, .string, .number, .nilValue, .dot:
            throw errorf("unexpected . after term \(GoQuote.quote(node.description))")
        default:
            return .chain(pos: chainPos, node: node, fields: fields)
        }
    }

    mutating func term() throws(TemplateError) -> ArgNode? {
        let token = nextNonSpace()
        switch token.type {
        case .identifier:
            if !functions.contains(token.value) { throw errorf("function \(GoQuote.quote(token.value)) not defined") }
            return .identifier(pos: token.pos, name: token.value)
        case .dot:
            return .dot(pos: token.pos)
        case .nilKeyword:
            return .nilValue(pos: token.pos)
        case .variable:
            return .variable(try useVar(token.pos, token.value))
        case .field:
            return .field(pos: token.pos, ident: [String(token.value.dropFirst())])
        case .bool:
            return .bool(pos: token.pos, value: token.value == "true")
        case .charConstant, .complex, .number:
            do throws(TemplateNumber.ParseError) {
                return .number(try TemplateNumber.parse(pos: token.pos, text: token.value, type: token.type))
            } catch {
                throw errorf(error.message)
            }
        case .leftParen:
            try enter()
            defer { leave() }
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            do throws(GoQuote.SyntaxError) {
                return .string(pos: token.pos, quoted: token.value, text: try GoQuote.unquote(token.value))
            } catch {
                throw errorf(error.message)
            }
        default:
            backup()
            return nil
        }
    }

    func useVar(_ pos: Int, _ name: String) throws(TemplateError) -> VariableNode {
        let ident = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let v = VariableNode(pos: pos, ident: ident)
        if tree.vars.contains(ident[0]) { return v }
        throw errorf("undefined variable \(GoQuote.quote(ident[0]))")
    }
}

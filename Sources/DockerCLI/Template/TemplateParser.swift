/// Go's template parser (`text/template/parse/parse.go`): builds the trees of one template text.
///
/// It follows Go's recursive descent step by step — the three-token look-ahead, when variables
/// come into scope, which token's line an error reports — because docker prints Go's parse
/// errors verbatim (`template parsing error: template: :1: unexpected "}}" in define clause`).
struct TemplateParser {
    /// The per-tree state of Go's `parse.Tree` (a `{{define}}` or `{{block}}` parses with its own).
    private struct TreeState {
        var name: String
        var root: ListNode?
        var vars: [String] = ["$"]
        var token: [Item] = Array(repeating: Item(type: .eof, pos: 0, value: "", line: 0), count: 3)
        var peekCount = 0
        var actionLine = 0
        var rangeDepth = 0
    }

    /// Go's parser has no nesting limit of its own beyond parentheses (10000); this one bounds all
    /// nesting so that hostile input cannot exhaust the stack.
    static let maxNesting = 300

    private let parseName: String
    private let functions: Set<String>
    private var lexer: TemplateLexer
    private var tree: TreeState
    private var treeSet: [String: ListNode] = [:]
    private var depth = 0

    private init(name: String, text: String, functions: Set<String>) {
        parseName = name
        self.functions = functions
        lexer = TemplateLexer(text)
        tree = TreeState(name: name)
    }

    /// Parses `text` as the template `name`, returning every tree it defines by name.
    static func parse(name: String, text: String, functions: Set<String>) throws(TemplateError) -> [String: ListNode] {
        var parser = TemplateParser(name: name, text: text, functions: functions)
        try parser.parseRoot()
        return parser.treeSet
    }

    // MARK: - Errors

    private func errorf(_ message: String) -> TemplateError {
        .parse("template: \(parseName):\(tree.token[0].line): \(message)")
    }

    private func unexpected(_ token: Item, _ context: String) -> TemplateError {
        if token.type == .error {
            var extra = ""
            if tree.actionLine != 0 && tree.actionLine != token.line {
                extra = " in action started at \(parseName):\(tree.actionLine)"
                if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return errorf(token.description + extra)
        }
        return errorf("unexpected \(token.description) in \(context)")
    }

    // MARK: - Token buffer (Go's next/backup/peek)

    private mutating func next() -> Item {
        if tree.peekCount > 0 {
            tree.peekCount -= 1
        } else {
            tree.token[0] = lexer.nextItem()
        }
        return tree.token[tree.peekCount]
    }

    private mutating func backup() { tree.peekCount += 1 }

    private mutating func backup2(_ t1: Item) {
        tree.token[1] = t1
        tree.peekCount = 2
    }

    private mutating func backup3(_ t2: Item, _ t1: Item) {
        tree.token[1] = t1
        tree.token[2] = t2
        tree.peekCount = 3
    }

    private mutating func peek() -> Item {
        if tree.peekCount > 0 { return tree.token[tree.peekCount - 1] }
        tree.peekCount = 1
        tree.token[0] = lexer.nextItem()
        return tree.token[0]
    }

    private mutating func nextNonSpace() -> Item {
        var token: Item
        repeat { token = next() } while token.type == .space
        return token
    }

    private mutating func peekNonSpace() -> Item {
        let token = nextNonSpace()
        backup()
        return token
    }

    private mutating func expect(_ expected: ItemType, _ context: String) throws(TemplateError) -> Item {
        let token = nextNonSpace()
        if token.type != expected { throw unexpected(token, context) }
        return token
    }

    private mutating func expectOneOf(_ e1: ItemType, _ e2: ItemType, _ context: String) throws(TemplateError) -> Item {
        let token = nextNonSpace()
        if token.type != e1 && token.type != e2 { throw unexpected(token, context) }
        return token
    }

    private mutating func enter() throws(TemplateError) {
        depth += 1
        if depth > Self.maxNesting { throw errorf("max expression depth exceeded") }
    }

    private mutating func leave() { depth -= 1 }

    // MARK: - Trees

    private mutating func parseRoot() throws(TemplateError) {
        var root = ListNode(pos: peek().pos)
        while peek().type != .eof {
            if peek().type == .leftDelim {
                let delim = next()
                if nextNonSpace().type == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let n = try textOrAction()
            switch n {
            case .end, .elseNode: throw errorf("unexpected \(n.description)")
            default: root.nodes.append(n)
            }
        }
        tree.root = root
        try add()
    }

    /// Go's `Tree.add`: a later non-empty definition of a defined name is an error; an empty one is ignored.
    private mutating func add() throws(TemplateError) {
        let root = tree.root ?? ListNode(pos: 0)
        if let existing = treeSet[tree.name], !Self.isEmptyTree(existing) {
            if !Self.isEmptyTree(root) { throw errorf("template: multiple definition of template \(GoQuote.quote(tree.name))") }
            return
        }
        treeSet[tree.name] = root
    }

    static func isEmptyTree(_ list: ListNode) -> Bool {
        list.nodes.allSatisfy { node in
            switch node {
            case .comment: true
            case .text(_, let text): text.allSatisfy { $0.isWhitespace }
            case .list(let l): isEmptyTree(l)
            default: false
            }
        }
    }

    /// Runs `body` as a new tree sharing the lexer (Go's `startParse` for define and block).
    private mutating func withNewTree(_ name: String, _ body: (inout TemplateParser) throws(TemplateError) -> Void) throws(TemplateError) {
        let saved = tree
        tree = TreeState(name: name)
        try body(&self)
        try add()
        tree = saved
    }

    private mutating func parseDefinition() throws(TemplateError) {
        try withNewTree("definition") { (p: inout TemplateParser) throws(TemplateError) in
            let context = "define clause"
            let name = try p.expectOneOf(.string, .rawString, context)
            do throws(GoQuote.SyntaxError) {
                p.tree.name = try GoQuote.unquote(name.value)
            } catch {
                throw p.errorf(error.message)
            }
            _ = try p.expect(.rightDelim, context)
            let (list, end) = try p.itemList()
            if case .end = end {} else { throw p.errorf("unexpected \(end.description) in \(context)") }
            p.tree.root = list
        }
    }

    private mutating func itemList() throws(TemplateError) -> (ListNode, TemplateNode) {
        var list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().type != .eof {
            let n = try textOrAction()
            switch n {
            case .end, .elseNode: return (list, n)
            default: list.nodes.append(n)
            }
        }
        throw errorf("unexpected EOF")
    }

    private mutating func textOrAction() throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        switch token.type {
        case .text:
            return .text(pos: token.pos, text: token.value)
        case .leftDelim:
            tree.actionLine = token.line
            defer { tree.actionLine = 0 }
            return try action()
        case .comment:
            return .comment(pos: token.pos, text: token.value)
        default:
            throw unexpected(token, "input")
        }
    }

    private mutating func action() throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        switch token.type {
        case .block: return try blockControl()
        case .breakKeyword: return try breakControl(token, "break")
        case .continueKeyword: return try breakControl(token, "continue")
        case .elseKeyword: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return .ifNode(try parseControl("if"))
        case .range: return .rangeNode(try parseControl("range"))
        case .template: return try templateControl()
        case .with: return .withNode(try parseControl("with"))
        default: break
        }
        backup()
        let start = peek()
        return .action(pos: start.pos, line: start.line, pipe: try pipeline("command", end: .rightDelim))
    }

    private mutating func breakControl(_ keyword: Item, _ name: String) throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        if token.type != .rightDelim { throw unexpected(token, "{{\(name)}}") }
        if tree.rangeDepth == 0 { throw errorf("{{\(name)}} outside {{range}}") }
        return name == "break" ? .breakNode(pos: keyword.pos, line: keyword.line) : .continueNode(pos: keyword.pos, line: keyword.line)
    }

    private mutating func parseControl(_ context: String) throws(TemplateError) -> BranchNode {
        try enter()
        defer { leave() }
        let varCount = tree.vars.count
        defer { tree.vars.removeSubrange(min(varCount, tree.vars.count)...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { tree.rangeDepth += 1 }
        var (list, next) = try itemList()
        if context == "range" { tree.rangeDepth -= 1 }
        var elseList: ListNode?
        switch next {
        case .end: break
        case .elseNode:
            if context == "if" && peek().type == .ifKeyword {
                _ = self.next()
                elseList = ListNode(pos: next.pos, nodes: [.ifNode(try parseControl("if"))])
            } else if context == "with" && peek().type == .with {
                _ = self.next()
                elseList = ListNode(pos: next.pos, nodes: [.withNode(try parseControl("with"))])
            } else {
                let parsed = try itemList()
                elseList = parsed.0
                next = parsed.1
                if case .end = next {} else { throw errorf("expected end; found \(next.description)") }
            }
        default: break
        }
        return BranchNode(pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
    }

    private mutating func elseControl() throws(TemplateError) -> TemplateNode {
        let peeked = peekNonSpace()
        if peeked.type == .ifKeyword || peeked.type == .with {
            return .elseNode(pos: peeked.pos, line: peeked.line)
        }
        let token = try expect(.rightDelim, "else")
        return .elseNode(pos: token.pos, line: token.line)
    }

    private mutating func blockControl() throws(TemplateError) -> TemplateNode {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try parseTemplateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)
        try enter()
        defer { leave() }
        // The block's body is a tree of its own; an unexpected end is reported by the enclosing tree.
        let saved = tree
        tree = TreeState(name: name)
        let (list, end) = try itemList()
        var block = tree
        block.root = list
        tree = saved
        if case .end = end {} else { throw errorf("unexpected \(end.description) in \(context)") }
        tree = block
        try add()
        tree = saved
        return .template(TemplateCallNode(pos: token.pos, line: token.line, name: name, pipe: pipe))
    }

    private mutating func templateControl() throws(TemplateError) -> TemplateNode {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try parseTemplateName(token, context)
        var pipe: PipeNode?
        if nextNonSpace().type != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateCallNode(pos: token.pos, line: token.line, name: name, pipe: pipe))
    }

    private mutating func parseTemplateName(_ token: Item, _ context: String) throws(TemplateError) -> String {
        switch token.type {
        case .string, .rawString:
            do throws(GoQuote.SyntaxError) {
                return try GoQuote.unquote(token.value)
            } catch {
                throw errorf(error.message)
            }
        default:
            throw unexpected(token, context)
        }
    }

    // MARK: - Pipelines

    private mutating func pipeline(_ context: String, end: ItemType) throws(TemplateError) -> PipeNode {
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

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws(TemplateError) {
        if pipe.cmds.isEmpty { throw errorf("missing value for \(context)") }
        for (i, c) in pipe.cmds.dropFirst().enumerated() {
            switch c.args.first {
            case .bool, .dot, .nilValue, .number, .string:
                throw errorf("non executable command in pipeline stage \(i + 2)")
            default: break
            }
        }
    }

    private mutating func command() throws(TemplateError) -> CommandNode {
        var cmd = CommandNode(pos: peekNonSpace().pos)
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

    private mutating func operand() throws(TemplateError) -> ArgNode? {
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

    private mutating func term() throws(TemplateError) -> ArgNode? {
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

    private func useVar(_ pos: Int, _ name: String) throws(TemplateError) -> VariableNode {
        let ident = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let v = VariableNode(pos: pos, ident: ident)
        if tree.vars.contains(ident[0]) { return v }
        throw errorf("undefined variable \(GoQuote.quote(ident[0]))")
    }
}

/// A template failed to parse or to execute; `message` is Go's error text.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `template: NAME:LINE: ...`
    case parse(String)
    /// `template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`
    case execution(String)

    public var message: String {
        switch self {
        case .parse(let m), .execution(let m): m
        }
    }

    public var description: String { message }
}

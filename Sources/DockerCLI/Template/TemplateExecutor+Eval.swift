/// Evaluation of pipelines, commands, fields, method and function calls (Go's `eval*`).
extension TemplateExecutor {
    /// Go's `evalPipeline`: each command's result is the next command's final argument.
    mutating func evalPipeline(_ dot: TemplateValue, _ pipe: PipeNode?) throws(Signal) -> TemplateValue {
        guard let pipe else { return .invalid }
        at(.pipe(pipe))
        var value: TemplateValue?
        for cmd in pipe.cmds {
            var v = try evalCommand(dot, cmd, final: value)
            // A value of type interface {} is replaced by what it holds.
            if case .interface(let inner) = v.storage, v.type == .emptyInterface { v = inner ?? .invalid }
            value = v
        }
        let result = value ?? .invalid
        for variable in pipe.decl {
            if pipe.isAssign {
                try setVar(variable.ident[0], result)
            } else {
                push(variable.ident[0], result)
            }
        }
        return result
    }

    private mutating func notAFunction(_ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) {
        let args = args ?? []
        if args.count > 1 || final != nil {
            throw failure("can't give argument to non-function \(args.first?.description ?? "")")
        }
    }

    private mutating func evalCommand(_ dot: TemplateValue, _ cmd: TemplateCommandNode, final: TemplateValue?) throws(Signal) -> TemplateValue {
        let firstWord = cmd.args[0]
        switch firstWord {
        case .field(_, let ident):
            at(.arg(firstWord))
            return try evalFieldChain(dot, dot, .arg(firstWord), ident, cmd.args, final)
        case .chain:
            return try evalChainNode(dot, firstWord, cmd.args, final)
        case .identifier(_, let name):
            return try evalFunction(dot, firstWord, name, .command(cmd), cmd.args, final)
        case .pipe(let p):
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, p)
        case .variable(let v):
            return try evalVariableNode(dot, v, cmd.args, final)
        default:
            break
        }
        at(.arg(firstWord))
        try notAFunction(cmd.args, final)
        switch firstWord {
        case .bool(_, let b): return .bool(b)
        case .dot: return dot
        case .nilValue: throw failure("nil is not a command")
        case .number(let n): return try idealConstant(n)
        case .string(_, _, let text): return .string(text)
        default: throw failure("can't evaluate command \(GoQuote.quote(firstWord.description))")
        }
    }

    /// A number literal where no type is asked for: complex, float (if spelled like one), else int.
    mutating func idealConstant(_ n: NumberNode) throws(Signal) -> TemplateValue {
        at(.arg(.number(n)))
        let lower = n.text.lowercased()
        let isHexInt = lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x")
        let hexInt = isHexInt && !lower.contains("p")
        let isRune = n.text.hasPrefix("'")
        if n.isComplex { return TemplateValue(type: .complex128, storage: .complex(n.complex.0, n.complex.1)) }
        if n.isFloat && !hexInt && !isRune && n.text.contains(where: { ".eEpP".contains($0) }) {
            return .float64(n.float64)
        }
        if n.isInt { return .int(n.int64, type: .int) }
        if n.isUint { throw failure("\(n.text) overflows int") }
        return .invalid
    }

    mutating func evalChainNode(_ dot: TemplateValue, _ chain: ArgNode, _ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) -> TemplateValue {
        at(.arg(chain))
        guard case .chain(_, let inner, let fields) = chain else { return .invalid }
        if case .nilValue = inner { throw failure("indirection through explicit nil in \(chain.description)") }
        let pipe = try evalArg(dot, nil, inner)
        return try evalFieldChain(dot, pipe, .arg(chain), fields, args, final)
    }

    mutating func evalVariableNode(_ dot: TemplateValue, _ variable: VariableNode, _ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) -> TemplateValue {
        at(.arg(.variable(variable)))
        let value = try varValue(variable.ident[0])
        if variable.ident.count == 1 {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, value, .arg(.variable(variable)), Array(variable.ident.dropFirst()), args, final)
    }

    mutating func evalFieldChain(_ dot: TemplateValue, _ receiver: TemplateValue, _ node: ErrorNode, _ ident: [String],
                                         _ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) -> TemplateValue {
        var receiver = receiver
        for name in ident.dropLast() {
            receiver = try evalField(dot, name, node, nil, nil, receiver)
        }
        return try evalField(dot, ident[ident.count - 1], node, args, final, receiver)
    }

    mutating func evalFunction(_ dot: TemplateValue, _ ident: ArgNode, _ name: String, _ node: ErrorNode,
                                       _ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) -> TemplateValue {
        at(.arg(ident))
        if let f = functions[name] {
            return try evalCall(dot, f, isBuiltin: false, node, name, args, final)
        }
        if let f = TemplateBuiltins.functions[name] {
            return try evalCall(dot, f, isBuiltin: true, node, name, args, final)
        }
        throw failure("\(GoQuote.quote(name)) is not a defined function")
    }

    /// Go's `evalField`: a method of the receiver, else a struct field or a map key.
    mutating func evalField(_ dot: TemplateValue, _ fieldName: String, _ node: ErrorNode, _ args: [ArgNode]?,
                                    _ final: TemplateValue?, _ receiver: TemplateValue) throws(Signal) -> TemplateValue {
        guard receiver.isValid else {
            if missingKey == .error { throw failure("nil data; no entry for key \(GoQuote.quote(fieldName))") }
            return .invalid
        }
        let typ = receiver.type
        let (value, isNil) = Self.indirect(receiver)
        if value.kind == .interface && isNil {
            throw failure("nil pointer evaluating \(typ).\(fieldName)")
        }
        if let method = value.methods.methods[fieldName] ?? receiver.methods.methods[fieldName] {
            calledMethods.insert(fieldName)
            return try evalCall(dot, method, isBuiltin: false, node, fieldName, args, final)
        }
        let hasArgs = (args?.count ?? 0) > 1 || final != nil
        switch value.storage {
        case .structure(let fields):
            if let field = fields.first(where: { $0.name == fieldName }) {
                if !field.isExported { throw failure("\(fieldName) is an unexported field of struct type \(typ)") }
                if hasArgs { throw failure("\(fieldName) has arguments but cannot be invoked as function") }
                return field.value
            }
        case .map(let entries):
            if let key = value.type.key, key == .string || key == .emptyInterface {
                if hasArgs { throw failure("\(fieldName) is not a method but has arguments") }
                if let entry = (entries ?? []).first(where: { Self.isKey($0.key, fieldName) }) {
                    return entry.value
                }
                switch missingKey {
                case .invalid: return .invalid
                case .zero: return .zero(of: value.type.elem ?? .emptyInterface)
                case .error: throw failure("map has no entry for key \(GoQuote.quote(fieldName))")
                }
            }
        case .pointer:
            // Behind a nil pointer to a struct, only a field the struct has is a nil dereference.
            if let names = value.type.elem?.fieldNames, !names.contains(fieldName) { break }
            if isNil { throw failure("nil pointer evaluating \(typ).\(fieldName)") }
        default:
            break
        }
        throw failure("can't evaluate field \(fieldName) in type \(typ)")
    }

    private static func isKey(_ key: TemplateValue, _ name: String) -> Bool {
        switch key.storage {
        case .string(let s): return s == name && key.type == .string
        case .interface(let inner): return inner.map { isKey($0, name) } ?? false
        default: return false
        }
    }

    /// Go's `evalCall`: checks arity, evaluates and converts arguments, calls, wraps its error.
    mutating func evalCall(_ dot: TemplateValue, _ fun: GoFunction, isBuiltin: Bool, _ node: ErrorNode, _ name: String,
                           _ args: [ArgNode]?, _ final: TemplateValue?) throws(Signal) -> TemplateValue {
        let args = args.map { Array($0.dropFirst()) } ?? []
        let numIn = args.count + (final == nil ? 0 : 1)
        var numFixed = args.count
        if fun.variadic != nil {
            numFixed = fun.parameters.count
            if numIn < numFixed {
                throw failure("wrong number of args for \(name): want at least \(fun.parameters.count) got \(args.count)")
            }
        } else if numIn != fun.parameters.count {
            throw failure("wrong number of args for \(name): want \(fun.parameters.count) got \(numIn)")
        }

        if isBuiltin && (name == "and" || name == "or") {
            var v = TemplateValue.invalid
            for arg in args {
                v = try evalArg(dot, .reflectValue, arg)
                if TemplateBuiltins.truth(v) == (name == "or") { return v }
            }
            if let final { v = try validateType(final, .reflectValue) }
            return v
        }

        var argv: [TemplateValue] = []
        var i = 0
        while i < numFixed && i < args.count {
            argv.append(try evalArg(dot, fun.parameters[i], args[i]))
            i += 1
        }
        if let variadic = fun.variadic {
            while i < args.count {
                argv.append(try evalArg(dot, variadic, args[i]))
                i += 1
            }
        }
        if let final {
            var t: GoParameter
            if let variadic = fun.variadic {
                t = numIn - 1 < numFixed ? fun.parameters[numIn - 1] : variadic
            } else {
                t = fun.parameters[fun.parameters.count - 1]
            }
            argv.append(try validateType(final, t))
        }

        if isBuiltin && name == "call" {
            let callee = args.first?.description ?? Self.calleeName(final)
            return try callFunction(node, callee, argv)
        }

        do throws(GoCallError) {
            return try fun.body(argv)
        } catch {
            at(node)
            throw failure("error calling \(name): \(error.message)")
        }
    }

    private static func calleeName(_ final: TemplateValue?) -> String {
        guard let final else { return "" }
        if case .string(let s) = final.storage { return s }
        return "<\(final.type) Value>"
    }

    /// The `call` builtin: calls a function value with the remaining arguments.
    private mutating func callFunction(_ node: ErrorNode, _ name: String, _ argv: [TemplateValue]) throws(Signal) -> TemplateValue {
        let fn = Self.indirectInterface(argv.first ?? .invalid)
        let rest = Array(argv.dropFirst())
        let result: Result<TemplateValue, GoCallError>
        switch fn.storage {
        case .invalid:
            result = .failure(GoCallError("call of nil"))
        case .function(let f):
            if let f {
                result = Self.invoke(f, name, rest)
            } else {
                result = .failure(GoCallError("call of nil"))
            }
        default:
            result = .failure(GoCallError("non-function \(name) of type \(fn.type)"))
        }
        switch result {
        case .success(let v): return v
        case .failure(let error):
            at(node)
            throw failure("error calling call: \(error.message)")
        }
    }

    private static func invoke(_ f: GoFunction, _ name: String, _ args: [TemplateValue]) -> Result<TemplateValue, GoCallError> {
        if f.variadic != nil {
            if args.count < f.parameters.count {
                return .failure(GoCallError("wrong number of args for \(name): got \(args.count) want at least \(f.parameters.count)"))
            }
        } else if args.count != f.parameters.count {
            return .failure(GoCallError("wrong number of args for \(name): got \(args.count) want \(f.parameters.count)"))
        }
        var converted: [TemplateValue] = []
        for (i, arg) in args.enumerated() {
            let param = i < f.parameters.count ? f.parameters[i] : (f.variadic ?? .reflectValue)
            if case .typed(let t) = param, t != .emptyInterface {
                let v = indirectInterface(arg)
                guard v.type.isAssignable(to: t) else {
                    return .failure(GoCallError("arg \(i): value has type \(v.isValid ? v.type.description : "<nil>"); should be \(t)"))
                }
                converted.append(v)
            } else {
                converted.append(arg)
            }
        }
        do throws(GoCallError) {
            return .success(try f.body(converted))
        } catch {
            return .failure(error)
        }
    }
}

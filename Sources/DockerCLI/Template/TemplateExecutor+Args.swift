/// Argument evaluation and type conversion (Go's `evalArg`, `validateType` and friends).
extension TemplateExecutor {
    /// Go's `evalArg`: evaluates `n` for a parameter of type `param` (`nil`: untyped).
    mutating func evalArg(_ dot: TemplateValue, _ param: GoParameter?, _ n: ArgNode) throws(Signal) -> TemplateValue {
        at(.arg(n))
        switch n {
        case .dot:
            return try validateType(dot, param)
        case .nilValue:
            switch param {
            case .reflectValue: return .invalid
            case .typed(let t) where t.canBeNil: return .zero(of: t)
            case .typed(let t): throw failure("cannot assign nil to \(t)")
            case nil: throw failure("cannot assign nil to <nil>")
            }
        case .field(_, let ident):
            // A field used as an argument passes itself as the argument list, so a method that
            // wants arguments reports `want 1 got 0`.
            at(.arg(n))
            return try validateType(try evalFieldChain(dot, dot, .arg(n), ident, [n], nil), param)
        case .variable(let v):
            return try validateType(try evalVariableNode(dot, v, nil, nil), param)
        case .pipe(let p):
            return try validateType(try evalPipeline(dot, p), param)
        case .identifier(_, let name):
            return try validateType(try evalFunction(dot, n, name, .arg(n), nil, nil), param)
        case .chain:
            return try validateType(try evalChainNode(dot, n, nil, nil), param)
        default:
            break
        }
        guard let param else { throw failure("can't handle \(n.description) for arg of type <nil>") }
        switch param {
        case .reflectValue:
            return try evalEmptyInterface(dot, n)
        case .typed(let t):
            switch t.kind {
            case .bool:
                if case .bool(_, let b) = n { return TemplateValue(type: t, storage: .bool(b)) }
                throw failure("expected bool; found \(n.description)")
            case .complex:
                if case .number(let num) = n, num.isComplex {
                    return TemplateValue(type: t, storage: .complex(num.complex.0, num.complex.1))
                }
                throw failure("expected complex; found \(n.description)")
            case .float:
                if case .number(let num) = n, num.isFloat { return TemplateValue(type: t, storage: .float(num.float64)) }
                throw failure("expected float; found \(n.description)")
            case .int:
                if case .number(let num) = n, num.isInt { return TemplateValue(type: t, storage: .int(num.int64)) }
                throw failure("expected integer; found \(n.description)")
            case .uint:
                if case .number(let num) = n, num.isUint { return TemplateValue(type: t, storage: .uint(num.uint64)) }
                throw failure("expected unsigned integer; found \(n.description)")
            case .string:
                if case .string(_, _, let text) = n { return TemplateValue(type: t, storage: .string(text)) }
                throw failure("expected string; found \(n.description)")
            case .interface where t == .emptyInterface:
                return try evalEmptyInterface(dot, n)
            default:
                throw failure("can't handle \(n.description) for arg of type \(t)")
            }
        }
    }

    /// Go's `evalEmptyInterface`: literals take their natural type (`1` is an `int`, `1.5` a `float64`).
    private mutating func evalEmptyInterface(_ dot: TemplateValue, _ n: ArgNode) throws(Signal) -> TemplateValue {
        at(.arg(n))
        switch n {
        case .bool(_, let b): return .bool(b)
        case .dot: return dot
        case .field(_, let ident):
            at(.arg(n))
            return try evalFieldChain(dot, dot, .arg(n), ident, nil, nil)
        case .identifier(_, let name): return try evalFunction(dot, n, name, .arg(n), nil, nil)
        case .variable(let v): return try evalVariableNode(dot, v, nil, nil)
        case .chain: return try evalChainNode(dot, n, nil, nil)
        case .nilValue: throw failure("evalEmptyInterface: nil (can't happen)")
        case .number(let num): return try idealConstant(num)
        case .string(_, _, let text): return .string(text)
        case .pipe(let p): return try evalPipeline(dot, p)
        }
    }

    /// Go's `validateType`: converts `value` for a parameter, or fails with Go's message.
    mutating func validateType(_ value: TemplateValue, _ param: GoParameter?) throws(Signal) -> TemplateValue {
        guard let param else { return value }
        guard case .typed(let typ) = param else { return value }
        guard value.isValid else {
            if typ.canBeNil { return .zero(of: typ) }
            throw failure("invalid value; expected \(typ)")
        }
        if value.type.isAssignable(to: typ) { return value }
        var value = value
        if value.kind == .interface, case .interface(let inner?) = value.storage {
            value = inner
            if value.type.isAssignable(to: typ) { return value }
        }
        if case .pointer(let pointee) = value.storage, let elem = value.type.elem, elem.isAssignable(to: typ) {
            guard let pointee else { throw failure("dereference of nil pointer of type \(typ)") }
            return pointee
        }
        throw failure("wrong type for value; expected \(typ); got \(value.type)")
    }
}

/// Go's template comparison functions (`eq`, `lt`, `le` and the others built on them).
///
/// Only basic kinds compare, with Go's errors otherwise (`incompatible types for comparison`
/// for `eq 1 "a"`, `invalid type for comparison` for `lt true false`); signed and unsigned
/// integers compare by value, and anything compares equal to nil only if it is nil.
enum GoComparison {
    /// Go's comparison kinds: which basic kind a value compares as.
    private enum BasicKind { case invalid, bool, complex, int, float, string, uint }

    private static func basicKind(_ v: TemplateValue) -> BasicKind {
        switch v.storage {
        case .bool: .bool
        case .int: .int
        case .uint: .uint
        case .float: .float
        case .complex: .complex
        case .string: .string
        default: .invalid
        }
    }

    static let badComparisonType = GoCallError("invalid type for comparison")
    static let badComparison = GoCallError("incompatible types for comparison")
    static let noComparison = GoCallError("missing argument for comparison")

    /// `eq arg1 arg2...`: whether `arg1` equals any of the others.
    static func eq(_ a1: TemplateValue, _ rest: [TemplateValue]) throws(GoCallError) -> Bool {
        let arg1 = TemplateExecutor.indirectInterface(a1)
        if rest.isEmpty { throw noComparison }
        let k1 = basicKind(arg1)
        for a in rest {
            let arg = TemplateExecutor.indirectInterface(a)
            let k2 = basicKind(arg)
            var truth = false
            if k1 != k2 {
                switch (arg1.storage, arg.storage) {
                case (.int(let i), .uint(let u)): truth = i >= 0 && UInt64(i) == u
                case (.uint(let u), .int(let i)): truth = i >= 0 && u == UInt64(i)
                default:
                    if arg1.isValid && arg.isValid { throw badComparison }
                }
            } else {
                switch (arg1.storage, arg.storage) {
                case (.bool(let x), .bool(let y)): truth = x == y
                case (.complex(let xr, let xi), .complex(let yr, let yi)): truth = xr == yr && xi == yi
                case (.float(let x), .float(let y)): truth = x == y
                case (.int(let x), .int(let y)): truth = x == y
                case (.string(let x), .string(let y)): truth = x == y
                case (.uint(let x), .uint(let y)): truth = x == y
                default:
                    if !(arg1.kind == arg.kind || !arg1.isValid || !arg.isValid) {
                        throw GoCallError("non-comparable types \(describe(arg1)): \(typeName(arg1)), \(typeName(arg)): \(describe(arg))")
                    }
                    if isNil(arg1) || isNil(arg) {
                        truth = isNil(arg) == isNil(arg1)
                    } else {
                        if !isComparable(arg) {
                            throw GoCallError("non-comparable type \(describe(arg)): \(typeName(arg))")
                        }
                        truth = arg1.type == arg.type && deepEqual(arg1, arg)
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// `lt arg1 arg2`.
    static func lt(_ a1: TemplateValue, _ a2: TemplateValue) throws(GoCallError) -> Bool {
        let arg1 = TemplateExecutor.indirectInterface(a1)
        let arg2 = TemplateExecutor.indirectInterface(a2)
        let k1 = basicKind(arg1), k2 = basicKind(arg2)
        if k1 == .invalid || k2 == .invalid { throw badComparisonType }
        if k1 != k2 {
            switch (arg1.storage, arg2.storage) {
            case (.int(let i), .uint(let u)): return i < 0 || UInt64(i) < u
            case (.uint(let u), .int(let i)): return i >= 0 && u < UInt64(i)
            default: throw badComparison
            }
        }
        switch (arg1.storage, arg2.storage) {
        case (.float(let x), .float(let y)): return x < y
        case (.int(let x), .int(let y)): return x < y
        case (.string(let x), .string(let y)): return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        case (.uint(let x), .uint(let y)): return x < y
        default: throw badComparisonType
        }
    }

    /// `le arg1 arg2`: `lt` or `eq`.
    static func le(_ a1: TemplateValue, _ a2: TemplateValue) throws(GoCallError) -> Bool {
        if try lt(a1, a2) { return true }
        return try eq(a1, [a2])
    }

    private static func isNil(_ v: TemplateValue) -> Bool {
        !v.isValid || v.isNil
    }

    private static func isComparable(_ v: TemplateValue) -> Bool {
        switch v.storage {
        case .list: return v.kind == .array && ((v.storage.listItems ?? []).allSatisfy(isComparable))
        case .map, .function: return false
        case .structure(let fields): return fields.allSatisfy { isComparable($0.value) }
        default: return true
        }
    }

    static func deepEqual(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a.storage, b.storage) {
        case (.invalid, .invalid): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.complex(let a1, let a2), .complex(let b1, let b2)): return a1 == b1 && a2 == b2
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)):
            let xs = x ?? [], ys = y ?? []
            return xs.count == ys.count && zip(xs, ys).allSatisfy { deepEqual($0, $1) }
        case (.structure(let x), .structure(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.name == $1.name && deepEqual($0.value, $1.value) }
        case (.pointer(let x), .pointer(let y)), (.interface(let x), .interface(let y)):
            guard let x, let y else { return x == nil && y == nil }
            return x.type == y.type && deepEqual(x, y)
        default: return false
        }
    }

    /// Map key equality for `index`.
    static func sameKey(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        let x = TemplateExecutor.indirectInterface(a), y = TemplateExecutor.indirectInterface(b)
        return x.type == y.type && deepEqual(x, y)
    }

    private static func typeName(_ v: TemplateValue) -> String { v.isValid ? v.type.description : "<nil>" }

    private static func describe(_ v: TemplateValue) -> String { TemplateExecutor.formatV(v) }
}

/// Access to a list's elements without matching on the storage at each use.
extension TemplateValue.Storage {
    var listItems: [TemplateValue]? {
        if case .list(let l) = self { return l }
        return nil
    }
}

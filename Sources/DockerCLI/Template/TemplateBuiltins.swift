/// Go's predefined template functions (`text/template/funcs.go`), with their Go signatures.
///
/// Signatures matter as much as bodies: they decide arity errors (`want at least 1 got 0`),
/// how literals convert, and whether a missing value arrives as `nil` or as the zero value.
enum TemplateBuiltins {
    private static let reflectValue = GoParameter.reflectValue
    private static let any = GoParameter.typed(.emptyInterface)

    static let functions: [String: GoFunction] = [
        "and": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: nil) { $0.first ?? .invalid },
        "or": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: nil) { $0.first ?? .invalid },
        "call": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: nil) { _ in .invalid },
        "html": GoFunction(parameters: [], variadic: any, result: .string) { .string(htmlEscape(evalArgs($0))) },
        "js": GoFunction(parameters: [], variadic: any, result: .string) { .string(jsEscape(evalArgs($0))) },
        "urlquery": GoFunction(parameters: [], variadic: any, result: .string) { .string(queryEscape(evalArgs($0))) },
        "index": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: nil) { args throws(GoCallError) in
            try index(args[0], Array(args.dropFirst()))
        },
        "slice": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: nil) { args throws(GoCallError) in
            try slice(args[0], Array(args.dropFirst()))
        },
        "len": GoFunction(parameters: [reflectValue], result: .int) { args throws(GoCallError) in try length(args[0]) },
        "not": GoFunction(parameters: [reflectValue], result: .bool) { .bool(!truth($0[0])) },
        "print": GoFunction(parameters: [], variadic: any, result: .string) { .string(GoFmt.sprint($0)) },
        "println": GoFunction(parameters: [], variadic: any, result: .string) { .string(GoFmt.sprintln($0)) },
        "printf": GoFunction(parameters: [.typed(.string)], variadic: any, result: .string) { args in
            guard case .string(let format) = args[0].storage else { return .string("") }
            return .string(GoFmt.sprintf(format, Array(args.dropFirst())))
        },
        "eq": GoFunction(parameters: [reflectValue], variadic: reflectValue, result: .bool) { args throws(GoCallError) in
            .bool(try GoComparison.eq(args[0], Array(args.dropFirst())))
        },
        "ne": GoFunction(parameters: [reflectValue, reflectValue], result: .bool) { args throws(GoCallError) in
            .bool(!(try GoComparison.eq(args[0], [args[1]])))
        },
        "lt": GoFunction(parameters: [reflectValue, reflectValue], result: .bool) { args throws(GoCallError) in
            .bool(try GoComparison.lt(args[0], args[1]))
        },
        "le": GoFunction(parameters: [reflectValue, reflectValue], result: .bool) { args throws(GoCallError) in
            .bool(try GoComparison.le(args[0], args[1]))
        },
        "gt": GoFunction(parameters: [reflectValue, reflectValue], result: .bool) { args throws(GoCallError) in
            .bool(!(try GoComparison.le(args[0], args[1])))
        },
        "ge": GoFunction(parameters: [reflectValue, reflectValue], result: .bool) { args throws(GoCallError) in
            .bool(!(try GoComparison.lt(args[0], args[1])))
        },
    ]

    /// Go's `truth`: whether a value is non-empty.
    static func truth(_ v: TemplateValue) -> Bool {
        TemplateExecutor.isTrue(TemplateExecutor.indirectInterface(v)) ?? false
    }

    /// Go's `evalArgs` for `html`, `js` and `urlquery`: one string as is, else `fmt.Sprint` of the
    /// printable forms (a missing value becomes `<no value>`).
    static func evalArgs(_ args: [TemplateValue]) -> String {
        if args.count == 1, let d = args[0].dynamic, d.type == .string, case .string(let s) = d.storage { return s }
        let printable = args.map { arg -> TemplateValue in
            guard var v = arg.dynamic else { return .string("<no value>") }
            if v.kind == .pointer { v = TemplateExecutor.indirect(v).value }
            return v.isValid ? v : .string("<no value>")
        }
        return GoFmt.sprint(printable)
    }

    /// `template.HTMLEscapeString`.
    static func htmlEscape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\0": out += "\u{FFFD}"
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `template.JSEscapeString`.
    static func jsEscape(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xF)])
                } else if scalar.value < 0x80 || GoQuote.isPrint(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    var h = String(scalar.value, radix: 16, uppercase: true)
                    while h.count < 4 { h = "0" + h }
                    out += "\\u" + h
                }
            }
        }
        return out
    }

    /// `url.QueryEscape`.
    static func queryEscape(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    // MARK: - len, index, slice

    static func length(_ item: TemplateValue) throws(GoCallError) -> TemplateValue {
        let (v, isNil) = TemplateExecutor.indirect(item)
        if isNil { throw GoCallError("len of nil pointer") }
        switch v.storage {
        case .invalid: throw GoCallError("reflect: call of reflect.Value.Type on zero Value")
        case .list(let l): return .int((l ?? []).count)
        case .map(let m): return .int((m ?? []).count)
        case .string(let s): return .int(s.utf8.count)
        default: throw GoCallError("len of type \(v.type)")
        }
    }

    private static func indexArg(_ index: TemplateValue, cap: Int) throws(GoCallError) -> Int {
        let x: Int64
        switch index.storage {
        case .int(let i): x = i
        case .uint(let u): x = Int64(bitPattern: u)
        case .invalid: throw GoCallError("cannot index slice/array with nil")
        default: throw GoCallError("cannot index slice/array with type \(index.type)")
        }
        if x < 0 || x > Int64(cap) { throw GoCallError("index out of range: \(x)") }
        return Int(x)
    }

    static func index(_ item: TemplateValue, _ indexes: [TemplateValue]) throws(GoCallError) -> TemplateValue {
        var item = TemplateExecutor.indirectInterface(item)
        guard item.isValid else { throw GoCallError("index of untyped nil") }
        for rawIndex in indexes {
            let index = TemplateExecutor.indirectInterface(rawIndex)
            let (v, isNil) = TemplateExecutor.indirect(item)
            if isNil { throw GoCallError("index of nil pointer") }
            item = v
            switch item.storage {
            case .list(let l):
                let items = l ?? []
                let x = try indexArg(index, cap: items.count)
                if x == items.count { throw GoCallError("reflect: \(item.kind == .array ? "array" : "slice") index out of range") }
                item = items[x]
            case .string(let s):
                let bytes = Array(s.utf8)
                let x = try indexArg(index, cap: bytes.count)
                if x == bytes.count { throw GoCallError("reflect: string index out of range") }
                item = .uint(UInt64(bytes[x]), type: .uint8)
            case .map(let m):
                let keyType = item.type.key ?? .emptyInterface
                let key = try prepareArg(index, keyType)
                if let entry = (m ?? []).first(where: { GoComparison.sameKey($0.key, key) }) {
                    item = entry.value
                } else {
                    item = .zero(of: item.type.elem ?? .emptyInterface)
                }
            default:
                throw GoCallError("can't index item of type \(item.type)")
            }
        }
        return item
    }

    private static func prepareArg(_ value: TemplateValue, _ argType: GoType) throws(GoCallError) -> TemplateValue {
        guard value.isValid else {
            if !argType.canBeNil { throw GoCallError("value is nil; should be of type \(argType)") }
            return .zero(of: argType)
        }
        if value.type.isAssignable(to: argType) { return value }
        let intLike: (GoKind) -> Bool = { $0 == .int || $0 == .uint }
        if intLike(value.kind) && intLike(argType.kind) {
            switch value.storage {
            case .int(let i): return argType.kind == .int ? .int(i, type: argType) : .uint(UInt64(bitPattern: i), type: argType)
            case .uint(let u): return argType.kind == .int ? .int(Int64(bitPattern: u), type: argType) : .uint(u, type: argType)
            default: break
            }
        }
        throw GoCallError("value has type \(value.type); should be \(argType)")
    }

    static func slice(_ item: TemplateValue, _ indexes: [TemplateValue]) throws(GoCallError) -> TemplateValue {
        let item = TemplateExecutor.indirectInterface(item)
        guard item.isValid else { throw GoCallError("slice of untyped nil") }
        if indexes.count > 3 { throw GoCallError("too many slice indexes: \(indexes.count)") }
        let count: Int
        switch item.storage {
        case .string(let s):
            if indexes.count == 3 { throw GoCallError("cannot 3-index slice a string") }
            count = s.utf8.count
        case .list(let l):
            count = (l ?? []).count
        default:
            throw GoCallError("can't slice item of type \(item.type)")
        }
        var idx = [0, count, count]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArg(TemplateExecutor.indirectInterface(index), cap: count)
        }
        if idx[0] > idx[1] { throw GoCallError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] { throw GoCallError("invalid slice index: \(idx[1]) > \(idx[2])") }
        switch item.storage {
        case .string(let s):
            let bytes = Array(s.utf8)[idx[0]..<idx[1]]
            return TemplateValue(type: item.type, storage: .string(String(decoding: bytes, as: UTF8.self)))
        case .list(let l):
            let items = l ?? []
            let type: GoType = if case .array(_, let e) = item.type.underlying { .slice(e) } else { item.type }
            return TemplateValue(type: type, storage: .list(Array(items[idx[0]..<idx[1]])), methods: item.methods)
        default:
            return item
        }
    }
}

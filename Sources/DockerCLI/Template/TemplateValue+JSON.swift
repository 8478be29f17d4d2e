import DockerAPI

/// How a JSON document becomes template values, as Go would decode it.
public struct JSONDecoding: Sendable {
    /// What JSON numbers become.
    public enum Numbers: Sendable {
        /// `float64`, as `encoding/json` decodes into `interface {}` (`{{.Size}}` prints `1.2345e+06`).
        case float64
        /// `json.Number`, as docker's inspect fallback decodes (`dec.UseNumber()`): prints the literal.
        case jsonNumber
    }

    public var numbers: Numbers
    /// When set, `{{json .X}}` of a decoded object writes its members in document order (what the
    /// typed Go struct behind the document would print) instead of Go's sorted map order.
    public var keepObjectOrder: Bool

    public init(numbers: Numbers = .float64, keepObjectOrder: Bool = false) {
        self.numbers = numbers
        self.keepObjectOrder = keepObjectOrder
    }

    /// docker's `tryRawInspectFallback`: `UseNumber`, maps with sorted keys.
    public static let inspectFallback = JSONDecoding(numbers: .jsonNumber, keepObjectOrder: false)
}

/// Template values from JSON documents, decoded as Go decodes them.
extension TemplateValue {
    /// The value `json.Unmarshal` into `interface {}` yields, as the template's data.
    ///
    /// Objects become `map[string]interface {}`, arrays `[]interface {}` (their elements boxed in
    /// `interface {}`, so errors say `in type interface {}`), `null` the untyped nil.
    public init(decodedJSON json: JSONValue, _ options: JSONDecoding = JSONDecoding()) {
        self = Self.decode(json, options)
        if case .interface(let inner) = storage { self = inner ?? .invalid }
    }

    private static func decode(_ json: JSONValue, _ options: JSONDecoding) -> TemplateValue {
        switch json {
        case .null: return .boxed(nil)
        case .bool(let b): return .bool(b)
        case .int(let i):
            switch options.numbers {
            case .float64: return .float64(Double(i))
            case .jsonNumber: return TemplateValue(type: .jsonNumber, storage: .string(String(i)))
            }
        case .double(let d):
            switch options.numbers {
            case .float64: return .float64(d)
            case .jsonNumber: return TemplateValue(type: .jsonNumber, storage: .string(GoJSON.formatFloat(d)))
            }
        case .string(let s): return .string(s)
        case .array(let items):
            return .slice(items.map { .boxed(decode($0, options)) }, of: .emptyInterface)
        case .object(let members):
            var seen = Set<String>()
            var entries: [(TemplateValue, TemplateValue)] = []
            // A duplicate key keeps the last value, as encoding/json does.
            for member in members.reversed() where seen.insert(member.key).inserted {
                entries.append((.string(member.key), .boxed(decode(member.value, options))))
            }
            var methods = GoMethodSet()
            if options.keepObjectOrder { methods.marshalJSON = { json } }
            return .map(entries, type: .jsonObject, methods: methods)
        }
    }

    /// A stand-in for the typed Go struct docker first executes inspect templates on.
    ///
    /// Objects become structs (fields in document order, printed `{a b}`) unless `isMap` says the
    /// object at that path is a Go map (`Labels`, `Networks`...); arrays of strings become `[]string`
    /// (so `{{join .Config.Env ","}}` works as on the typed struct); integers become `int`.
    /// `json` of any part writes the document's own member order.
    public init(typedJSON json: JSONValue, isMap: (_ path: [String]) -> Bool = DockerAPIMaps.isMap) {
        self = Self.typed(json, path: [], isMap: isMap)
        if case .interface(let inner) = storage { self = inner ?? .invalid }
    }

    private static func typed(_ json: JSONValue, path: [String], isMap: (_ path: [String]) -> Bool) -> TemplateValue {
        switch json {
        case .null: return .boxed(nil)
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i, type: .int)
        case .double(let d): return .float64(d)
        case .string(let s): return .string(s)
        case .array(let items):
            if !items.isEmpty, items.allSatisfy({ $0.stringValue != nil }) {
                return .strings(items.compactMap(\.stringValue))
            }
            return .slice(items.map { .boxed(typed($0, path: path, isMap: isMap)) }, of: .emptyInterface)
        case .object(let members):
            let keepOrder = GoMethodSet(marshalJSON: { json })
            if isMap(path) {
                if members.allSatisfy({ $0.value.stringValue != nil }) {
                    var v = TemplateValue.stringMap(Dictionary(members.map { ($0.key, $0.value.stringValue ?? "") },
                                                               uniquingKeysWith: { _, last in last }))
                    v.methods = keepOrder
                    return v
                }
                let entries = members.map { (TemplateValue.string($0.key), TemplateValue.boxed(typed($0.value, path: path + [$0.key], isMap: isMap))) }
                return .map(entries, type: .jsonObject, methods: keepOrder)
            }
            let fields = members.map { GoField($0.key, typed($0.value, path: path + [$0.key], isMap: isMap).unboxed) }
            return TemplateValue(type: .named("struct", .structure(fields.map(\.name))), storage: .structure(fields), methods: keepOrder)
        }
    }

    /// The dynamic value of an interface, or the value itself.
    var unboxed: TemplateValue {
        if case .interface(let inner) = storage { return inner ?? TemplateValue.nilValue(of: .pointer(.named("struct", .structure([])))) }
        return self
    }
}

/// Which objects in docker's Engine API documents are Go maps rather than structs.
public enum DockerAPIMaps {
    /// Field names whose value is a Go map in moby's API types (`Config.Labels`, `NetworkSettings.Networks`...).
    public static let mapFields: Set<String> = [
        "Labels", "Options", "Networks", "Ports", "ExposedPorts", "Volumes", "DriverOpts", "Containers",
        "Services", "Annotations", "Sysctls", "Tmpfs", "StorageOpt", "Data", "Details", "Status", "UsageData",
    ]

    /// Whether the object at `path` is a map: a known map field, or `LogConfig.Config`.
    public static func isMap(_ path: [String]) -> Bool {
        guard let last = path.last else { return false }
        if last == "Config", path.count >= 2, path[path.count - 2] == "LogConfig" { return true }
        return mapFields.contains(last)
    }
}

/// Go's `encoding/json` marshalling of template values (what `{{json .}}` prints).
extension TemplateValue {
    /// `encoding/json`'s `Marshal` of the value, or `null` when Go would fail.
    public var jsonValue: JSONValue { (try? marshalJSON()) ?? .null }

    /// `encoding/json`'s `Marshal` of the value, with Go's errors for what JSON cannot hold.
    public func marshalJSON() throws(GoCallError) -> JSONValue {
        if let marshal = methods.marshalJSON { return marshal() }
        switch storage {
        case .invalid: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return u <= UInt64(Int64.max) ? .int(Int64(u)) : .double(Double(u))
        case .float(let d):
            if d.isNaN || d.isInfinite {
                throw GoCallError("json: unsupported value: " + GoFloat.format(d, fmt: "g", precision: -1))
            }
            return .double(d)
        case .complex: throw GoCallError("json: unsupported type: \(type)")
        case .string(let s):
            guard type == .jsonNumber else { return .string(s) }
            if s.isEmpty { return .int(0) }
            if let i = Int64(s) { return .int(i) }
            if GoNumberSyntax.isJSONNumber(s), let d = Double(s) { return .double(d) }
            throw GoCallError("json: invalid number literal \(GoQuote.quote(s))")
        case .list(let items):
            guard let items else { return .null }
            if type.elem == .uint8 {
                let bytes = items.compactMap { v -> UInt8? in if case .uint(let u) = v.storage { return UInt8(truncatingIfNeeded: u) }; return nil }
                return .string(Base64.encode(bytes))
            }
            var out: [JSONValue] = []
            for item in items { out.append(try item.marshalJSON()) }
            return .array(out)
        case .map(let entries):
            guard let entries else { return .null }
            var members: [(String, JSONValue)] = []
            for entry in entries {
                let key: String
                switch entry.key.storage {
                case .string(let s): key = s
                case .int(let i): key = String(i)
                case .uint(let u): key = String(u)
                default: throw GoCallError("json: unsupported type: \(type)")
                }
                members.append((key, try entry.value.marshalJSON()))
            }
            members.sort { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
            return .object(members.map { JSONMember($0.0, $0.1) })
        case .structure(let fields):
            var members: [JSONMember] = []
            for field in fields where field.isExported {
                members.append(JSONMember(field.name, try field.value.marshalJSON()))
            }
            return .object(members)
        case .pointer(let p), .interface(let p):
            guard let p else { return .null }
            return try p.marshalJSON()
        case .function: throw GoCallError("json: unsupported type: \(type)")
        }
    }
}

/// Standard base64, for `encoding/json`'s `[]byte`.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    static func encode(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i]), b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0, b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            out.append(alphabet[b0 >> 2])
            out.append(alphabet[((b0 & 3) << 4) | (b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : "=")
            out.append(i + 2 < bytes.count ? alphabet[b2 & 63] : "=")
            i += 3
        }
        return out
    }
}

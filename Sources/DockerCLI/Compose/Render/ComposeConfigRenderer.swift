import DockerAPI
import Foundation

/// Renders a project as `docker compose config` prints it (`--format yaml|json`).
///
/// YAML is `Project.MarshalYAML` (struct order, `name` first, services sorted by name, `$`
/// escaped as `$$`); JSON is `Project.MarshalJSON` (a Go map, so top-level keys are sorted,
/// `command`/`entrypoint` print `null` when unset and value structs print `{}`).
public enum ComposeConfigRenderer {
    public static func yaml(_ project: ComposeProject) -> String {
        escapeDollars(GoYAMLWriter.write(document(project, json: false)))
    }

    public static func json(_ project: ComposeProject) -> String {
        escapeDollars(GoJSON.encodeIndented(document(project, json: true), indent: "  "))
    }

    /// `config` escapes every `$` so the output can be loaded again (`escapeDollarSign`).
    static func escapeDollars(_ s: String) -> String { s.replacingOccurrences(of: "$", with: "$$") }

    static func document(_ project: ComposeProject, json: Bool) -> JSONValue {
        var members: [JSONMember] = []
        if !project.name.isEmpty || json { members.append(JSONMember("name", .string(project.name))) }
        members.append(JSONMember("services", .object(project.serviceNames.compactMap { name in
            project.services[name].map { JSONMember(name, service($0, json: json)) }
        })))
        func resources(_ key: String, _ table: [String: ComposeMapping], _ fields: [(String, GoShape)], content: (ComposeMapping) -> ComposeMapping = { $0 }) {
            guard !table.isEmpty else { return }
            members.append(JSONMember(key, .object(table.keys.sorted().map { k in
                JSONMember(k, object(content(table[k] ?? ComposeMapping()), fields, json: json))
            })))
        }
        resources("networks", project.networks, GoTypes.network)
        resources("volumes", project.volumes, GoTypes.volume)
        resources("secrets", project.secrets, GoTypes.fileObject) { m in
            var m = m
            m["content"] = nil
            m["x-#value"] = nil
            return m
        }
        resources("configs", project.configs, GoTypes.fileObject) { m in
            var m = m
            if m["environment"] != nil { m["content"] = nil }
            return m
        }
        for k in project.extensions.keys.sorted() {
            members.append(JSONMember(k, raw(project.extensions[k] ?? .null)))
        }
        if json { members.sort { $0.key < $1.key } }
        return .object(members)
    }

    static func service(_ s: ComposeService, json: Bool) -> JSONValue {
        var fields = GoTypes.service
        if json, let i = fields.firstIndex(where: { $0.0 == "provider" }) {
            fields[i] = ("provider", .object([("driver", .string), ("options", .raw)], pointer: true))
        }
        var config = s.config
        if json, case .mapping(var provider)? = config["provider"] {
            provider["driver"] = provider["type"]
            config["provider"] = .mapping(provider)
        }
        return object(config, fields, json: json)
    }

    /// A struct: its fields in order, omitting empty ones, then (YAML only) `x-` extensions.
    static func object(_ m: ComposeMapping, _ fields: [(String, GoShape)], json: Bool) -> JSONValue {
        var members: [JSONMember] = []
        for (key, shape) in fields {
            if let v = render(m[key], shape, json: json) { members.append(JSONMember(key, v)) }
        }
        if !json {
            for k in m.keys.sorted() where k.hasPrefix("x-") { members.append(JSONMember(k, raw(m[k] ?? .null))) }
        }
        return .object(members)
    }

    /// One field, or `nil` when `omitempty` drops it.
    static func render(_ value: ComposeValue?, _ shape: GoShape, json: Bool) -> JSONValue? {
        switch shape {
        case .object(let fields, let pointer):
            guard let value, case .mapping(let m) = value else {
                if pointer || !json { return Optional<JSONValue>.none }
                return object(ComposeMapping(), fields, json: json)
            }
            let rendered = object(m, fields, json: json)
            if !pointer, !json, case .object(let members) = rendered, members.isEmpty { return nil }
            return rendered
        case .command:
            guard let value, case .sequence(let items) = value else { return json ? .null : nil }
            return .array(items.map { .string($0.stringValue ?? $0.goString) })
        default:
            break
        }
        guard let value, !value.isNull else { return nil }
        switch shape {
        case .string:
            let s = value.stringValue ?? value.goString
            if s.isEmpty { return Optional<JSONValue>.none }
            return .string(s)
        case .bool:
            let b: Bool
            switch value {
            case .bool(let x): b = x
            case .string(let s): b = GoBool.parse(s) ?? false
            default: b = false
            }
            return b ? .bool(true) : nil
        case .int:
            guard let i = integer(value), i != 0 else { return nil }
            return .int(Int64(i))
        case .float32, .float64:
            guard let d = number(value), d != 0 else { return nil }
            if case .float32 = shape { return .double(Double(Float(d).description) ?? d) }
            return .double(d)
        case .optional:
            switch value {
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(Int64(i))
            case .string(let s):
                if let i = Int(s) { return .int(Int64(i)) }
                return GoBool.parse(s).map(JSONValue.bool) ?? .string(s)
            default: return raw(value)
            }
        case .bytes:
            guard let b = GoUnits.ramInBytes(value), b != 0 else { return nil }
            return .string(String(b))
        case .duration:
            guard let text = Optional(value.stringValue ?? value.goString), let d = ComposeDuration.parse(text) else {
                return .string(value.goString)
            }
            return .string(ComposeDuration.format(d))
        case .strings:
            let items: [ComposeValue]
            switch value {
            case .sequence(let s): items = s
            case .string: items = [value]
            default: items = []
            }
            if items.isEmpty { return Optional<JSONValue>.none }
            return .array(items.map { .string($0.stringValue ?? $0.goString) })
        case .stringMap, .nullableMap:
            guard case .mapping(let m) = value, !m.isEmpty else { return nil }
            return .object(m.keys.sorted().map { k in
                let v = m[k] ?? .null
                if case .nullableMap = shape, v.isNull { return JSONMember(k, .null) }
                return JSONMember(k, .string(v.isNull ? "" : (v.stringValue ?? v.goString)))
            })
        case .hosts:
            guard case .mapping(let m) = value else { return nil }
            var list: [String] = []
            for (host, ips) in m.entries {
                for ip in ips.sequenceValue ?? [] { list.append("\(host)=\(ip.stringValue ?? ip.goString)") }
            }
            if list.isEmpty { return Optional<JSONValue>.none }
            return .array(list.sorted().map { .string($0) })
        case .mapOf(let inner):
            guard case .mapping(let m) = value, !m.isEmpty else { return nil }
            return .object(m.keys.sorted().map { k in
                let v = m[k] ?? .null
                if v.isNull { return JSONMember(k, .null) }
                return JSONMember(k, render(v, inner, json: json) ?? .object([]))
            })
        case .listOf(let inner):
            guard case .sequence(let items) = value, !items.isEmpty else { return nil }
            return .array(items.map { render($0, inner, json: json) ?? .object([]) })
        case .envFiles:
            guard case .sequence(let items) = value, !items.isEmpty else { return nil }
            return .array(items.map { e in
                let path = e["path"]?.stringValue ?? ""
                let required = e["required"].map { $0 == .bool(true) || $0 == .string("true") } ?? true
                if required { return .string(path) }
                var members = [JSONMember("path", .string(path)), JSONMember("required", .bool(false))]
                if json, let f = e["format"]?.stringValue, !f.isEmpty { members.insert(JSONMember("format", .string(f)), at: 1) }
                return .object(members)
            })
        case .dependency:
            guard case .mapping(let m) = value else { return nil }
            var members: [JSONMember] = []
            if let c = m["condition"]?.stringValue, !c.isEmpty { members.append(JSONMember("condition", .string(c))) }
            if m["restart"] == .bool(true) || m["restart"] == .string("true") { members.append(JSONMember("restart", .bool(true))) }
            if !json { for k in m.keys.sorted() where k.hasPrefix("x-") { members.append(JSONMember(k, raw(m[k] ?? .null))) } }
            members.append(JSONMember("required", .bool(m["required"] != .bool(false))))
            return .object(members)
        case .ulimit:
            if let i = integer(value) { return .int(Int64(i)) }
            guard case .mapping(let m) = value else { return raw(value) }
            return .object([
                JSONMember("soft", .int(Int64(m["soft"].flatMap(integer) ?? 0))),
                JSONMember("hard", .int(Int64(m["hard"].flatMap(integer) ?? 0))),
            ])
        case .fileMode:
            let mode: Int?
            switch value {
            case .int(let i): mode = i
            case .string(let s): mode = Int(s, radix: 8)
            default: mode = nil
            }
            return mode.map { .string("0" + String($0, radix: 8)) }
        default:
            return raw(value)
        }
    }

    static func integer(_ v: ComposeValue) -> Int? {
        switch v {
        case .int(let i): return i
        case .double(let d) where d == d.rounded(): return Int(d)
        case .string(let s): return Int(s)
        default: return nil
        }
    }

    static func number(_ v: ComposeValue) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string(let s): return Double(s)
        default: return nil
        }
    }

    /// A value with no Go type known here: decoded as Go's `any`, so mappings print with sorted keys.
    static func raw(_ v: ComposeValue) -> JSONValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .sequence(let items): return .array(items.map(raw))
        case .mapping(let m): return .object(m.keys.sorted().map { JSONMember($0, raw(m[$0] ?? .null)) })
        }
    }
}

/// Go's `time.Duration` parsing (with str2duration's `d` and `w`) and `String()`.
public enum ComposeDuration {
    /// Nanoseconds, or `nil` for text Go would reject.
    public static func parse(_ s: String) -> Int64? {
        var rest = Substring(s)
        var negative = false
        if rest.hasPrefix("-") || rest.hasPrefix("+") { negative = rest.first == "-"; rest = rest.dropFirst() }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        let units: [(String, Double)] = [
            ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
            ("d", 86400e9), ("w", 604800e9),
        ]
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { !$0.isNumber && $0 != "." }
            guard let unit = units.first(where: { $0.0 == unitText }) else { return nil }
            rest = rest.dropFirst(unitText.count)
            total += value * unit.1
        }
        guard total < 9.3e18 else { return nil }
        return Int64(total.rounded()) * (negative ? -1 : 1)
    }

    /// `time.Duration.String()`: `1h2m3.5s`, `1m30s`, `500ms`, `0s`.
    public static func format(_ d: Int64) -> String {
        if d == 0 { return "0s" }
        let negative = d < 0
        let u = UInt64(abs(d))
        var out: String
        if u < 1_000_000_000 {
            let (unit, scale): (String, UInt64) = u < 1_000 ? ("ns", 1) : u < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            out = fraction(u, scale) + unit
        } else {
            let hours = u / 3_600_000_000_000
            let minutes = (u / 60_000_000_000) % 60
            let secondsNanos = u % 60_000_000_000
            out = fraction(secondsNanos, 1_000_000_000) + "s"
            if hours > 0 || minutes > 0 { out = "\(minutes)m" + out }
            if hours > 0 { out = "\(hours)h" + out }
        }
        return negative ? "-" + out : out
    }

    private static func fraction(_ v: UInt64, _ scale: UInt64) -> String {
        let whole = v / scale, frac = v % scale
        guard frac != 0 else { return String(whole) }
        var digits = String(frac)
        digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}

/// docker/go-units `RAMInBytes`: `512m`, `1.5g`, `2048` (binary multiples).
public enum GoUnits {
    public static func ramInBytes(_ v: ComposeValue) -> Int64? {
        switch v {
        case .int(let i): return Int64(i)
        case .double(let d): return Int64(d)
        case .string(let s): return ramInBytes(s)
        default: return nil
        }
    }

    public static func ramInBytes(_ s: String) -> Int64? {
        guard let m = s.range(of: #"^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$"#, options: .regularExpression), m.lowerBound == s.startIndex else { return nil }
        let number = s.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(number) else { return nil }
        let unit = s.dropFirst(number.count).trimmingCharacters(in: .whitespaces).lowercased().first
        let power: Double
        switch unit {
        case "k": power = 1
        case "m": power = 2
        case "g": power = 3
        case "t": power = 4
        case "p": power = 5
        default: power = 0
        }
        return Int64(value * pow(1024, power))
    }
}

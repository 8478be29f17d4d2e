/// The untyped compose document as compose-go handles it between parsing and binding.
///
/// compose-go does its interpolation, merging, validation and canonical transforms on
/// `map[string]any` trees decoded by go-yaml v3; this enum is that tree. Scalars keep the
/// types go-yaml resolves (YAML 1.2 core: `yes` stays a string), mappings keep document order
/// so errors that Go would report for "the first" key are at least deterministic here.
public indirect enum ComposeValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case sequence([ComposeValue])
    case mapping(ComposeMapping)

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var mappingValue: ComposeMapping? {
        if case .mapping(let m) = self { return m }
        return nil
    }

    public var sequenceValue: [ComposeValue]? {
        if case .sequence(let s) = self { return s }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member `key` of a mapping, or `nil`.
    public subscript(key: String) -> ComposeValue? {
        guard case .mapping(let m) = self else { return nil }
        return m[key]
    }

    /// The value as Go's `fmt.Sprint` prints it (`%v`), used where compose-go formats values into text.
    public var goString: String {
        switch self {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return YAMLFloat.format(d)
        case .string(let s): return s
        case .sequence(let items): return "[" + items.map(\.goString).joined(separator: " ") + "]"
        case .mapping(let m):
            let body = m.keys.sorted().map { "\($0):\(m[$0]?.goString ?? "")" }.joined(separator: " ")
            return "map[" + body + "]"
        }
    }

    /// Go's `%T` name for the dynamic type of the value inside `any`.
    public var goTypeName: String {
        switch self {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float64"
        case .string: return "string"
        case .sequence: return "[]interface {}"
        case .mapping: return "map[string]interface {}"
        }
    }
}

/// A string-keyed mapping that remembers insertion order and looks keys up in constant time.
public struct ComposeMapping: Sendable, Equatable {
    public private(set) var keys: [String] = []
    private var storage: [String: ComposeValue] = [:]

    public init() {}

    public init(_ pairs: [(String, ComposeValue)]) {
        for (k, v) in pairs { self[k] = v }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    public subscript(key: String) -> ComposeValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Members in insertion order.
    public var entries: [(key: String, value: ComposeValue)] {
        keys.compactMap { k in storage[k].map { (k, $0) } }
    }

    public func contains(_ key: String) -> Bool { storage[key] != nil }

    public static func == (lhs: ComposeMapping, rhs: ComposeMapping) -> Bool {
        lhs.storage == rhs.storage
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)` as `fmt` prints floats with `%v`.
enum YAMLFloat {
    static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        if d == d.rounded(), abs(d) < 1e21 {
            let exponent = d == 0 ? 0 : Int(log10(abs(d)).rounded(.down))
            if exponent < 21 { return String(Int64(d)) }
        }
        let s = "\(d)"
        if s.contains("e") {
            // Swift prints 1e-07, Go prints 1e-07 too; Swift prints 1e+21 as "1e+21".
            return s
        }
        return s
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

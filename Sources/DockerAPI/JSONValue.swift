/// A JSON document whose object keys keep their order, as Go's encoder writes struct fields.
///
/// Docker prints inspect output and `{{json .}}` in Go struct field order with Go's escaping;
/// Foundation's encoder can do neither, so every API value renders itself to a `JSONValue`
/// and `GoJSON` writes it.
public indirect enum JSONValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The member named `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [JSONMember]? {
        if case .object(let o) = self { return o }
        return nil
    }
}

/// One key and value of a JSON object.
public struct JSONMember: Sendable, Equatable, Hashable {
    public var key: String
    public var value: JSONValue
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A value that renders itself the way the Engine API encodes it.
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue {
    /// A JSON array of strings, or `null` for `nil` (a Go nil slice).
    public static func strings(_ values: [String]?) -> JSONValue {
        guard let values else { return .null }
        return .array(values.map { .string($0) })
    }

    /// A JSON object of strings in sorted key order (Go sorts map keys), or `null` for `nil`.
    public static func stringMap(_ values: [String: String]?) -> JSONValue {
        guard let values else { return .null }
        return .object(values.keys.sorted().map { JSONMember($0, .string(values[$0] ?? "")) })
    }

    /// A Go `map[string]struct{}` (port sets, volume sets), or `null` for `nil`.
    public static func set(_ values: [String]?) -> JSONValue {
        guard let values else { return .null }
        return .object(Set(values).sorted().map { JSONMember($0, .object([])) })
    }

    /// Builds an object from members, dropping those whose value is `nil` (Go's `omitempty`).
    public static func ordered(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(members.compactMap { key, value in value.map { JSONMember(key, $0) } })
    }
}

/// Object members in order; a `nil` value is left out, as Go's `omitempty` leaves it out.
public typealias JSONFields = [(String, JSONValue?)]

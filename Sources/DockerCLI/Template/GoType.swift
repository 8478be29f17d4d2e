/// A Go type as `reflect` reports it: what a template value claims to be.
///
/// Go's template engine decides arity, assignability and error wording from static types
/// (`wrong type for value; expected []string; got []interface {}`, `can't evaluate field X in type
/// *formatter.ContainerContext`), so every `TemplateValue` carries one. Type identity is the
/// spelled type, which is exact for the types docker hands to templates.
public indirect enum GoType: Hashable, Sendable, CustomStringConvertible {
    case bool
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64
    case complex128
    case string
    case slice(GoType)
    case array(Int, GoType)
    case map(GoType, GoType)
    case pointer(GoType)
    /// `interface {}` (`any`): values read from a `map[string]interface {}` have this static type.
    case emptyInterface
    /// An interface with methods (`error`, `fmt.Stringer`), by name.
    case interface(String)
    /// A struct type, by its field names (what `FieldByName` can find, even behind a nil pointer).
    case structure([String])
    case function(String)
    /// A defined type: its name (`json.Number`, `formatter.ContainerContext`) and underlying type.
    case named(String, GoType)

    /// Go's `reflect.Kind`: what the type is made of, looking through names.
    public var kind: GoKind {
        switch self {
        case .bool: .bool
        case .int, .int8, .int16, .int32, .int64: .int
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: .uint
        case .float32, .float64: .float
        case .complex128: .complex
        case .string: .string
        case .slice: .slice
        case .array: .array
        case .map: .map
        case .pointer: .pointer
        case .emptyInterface, .interface: .interface
        case .structure: .structure
        case .function: .function
        case .named(_, let underlying): underlying.kind
        }
    }

    /// The type under any name.
    public var underlying: GoType {
        if case .named(_, let u) = self { return u.underlying }
        return self
    }

    /// The element type of a slice, array, map or pointer.
    public var elem: GoType? {
        switch underlying {
        case .slice(let e), .array(_, let e), .map(_, let e), .pointer(let e): e
        default: nil
        }
    }

    /// The field names of a struct type.
    public var fieldNames: [String]? {
        if case .structure(let names) = underlying { return names }
        return nil
    }

    /// A defined struct type with the given fields (`formatter.Platform`).
    public static func namedStruct(_ name: String, fields: [String] = []) -> GoType {
        .named(name, .structure(fields))
    }

    /// The key type of a map.
    public var key: GoType? {
        if case .map(let k, _) = underlying { return k }
        return nil
    }

    public var description: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .int8: "int8"
        case .int16: "int16"
        case .int32: "int32"
        case .int64: "int64"
        case .uint: "uint"
        case .uint8: "uint8"
        case .uint16: "uint16"
        case .uint32: "uint32"
        case .uint64: "uint64"
        case .uintptr: "uintptr"
        case .float32: "float32"
        case .float64: "float64"
        case .complex128: "complex128"
        case .string: "string"
        case .slice(let e): "[]" + e.description
        case .array(let n, let e): "[\(n)]" + e.description
        case .map(let k, let v): "map[" + k.description + "]" + v.description
        case .pointer(let e): "*" + e.description
        case .emptyInterface: "interface {}"
        case .structure(let fields): "struct { " + fields.joined(separator: "; ") + " }"
        case .interface(let name), .function(let name), .named(let name, _): name
        }
    }

    /// Whether `nil` is a value of this type (Go's `canBeNil`).
    public var canBeNil: Bool {
        switch kind {
        case .map, .pointer, .slice, .interface, .function: true
        default: false
        }
    }

    /// Go's `AssignableTo` for the types templates meet: identical types, or any type to an interface.
    public func isAssignable(to target: GoType) -> Bool {
        if self == target { return true }
        if target.kind == .interface {
            if case .emptyInterface = target.underlying { return true }
        }
        return false
    }

    /// `map[string]interface {}`, what `encoding/json` decodes an object into.
    public static let jsonObject = GoType.map(.string, .emptyInterface)
    /// `[]interface {}`, what `encoding/json` decodes an array into.
    public static let jsonArray = GoType.slice(.emptyInterface)
    /// `json.Number`, the number type of a decoder with `UseNumber` (docker's inspect fallback).
    public static let jsonNumber = GoType.named("json.Number", .string)
    /// `error`, the interface a function's second result must have.
    public static let error = GoType.interface("error")
}

/// Go's `reflect.Kind`, which decides how the engine and `fmt` treat a value.
public enum GoKind: Sendable, Hashable {
    case invalid
    case bool, int, uint, float, complex, string
    case slice, array, map, pointer, interface, structure, function
}

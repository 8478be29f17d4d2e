import DockerAPI

/// A value handed to a Go template: the `reflect.Value` of docker's data, as a Swift value.
///
/// Docker executes `--format` templates over Go structs with methods (`*formatter.ContainerContext`
/// with `ID()`, `Label(string)`), over maps and slices, and over JSON decoded into
/// `map[string]interface {}`. What the engine prints and which errors it raises depend on the
/// value's Go type and kind, so a value is its storage plus its static `GoType` plus the methods
/// of that type.
public struct TemplateValue: Sendable {
    /// The static type, as `reflect.Value.Type()` would report it.
    public var type: GoType
    /// The data, by kind.
    public var storage: Storage
    /// The methods of `type` (and of `*type`), which templates call as `.Name args...`.
    public var methods: GoMethodSet

    /// The data of a value, shaped by its `reflect.Kind`.
    public indirect enum Storage: Sendable {
        /// The zero `reflect.Value`: a missing map key or an untyped nil, printed `<no value>`.
        case invalid
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
        case complex(Double, Double)
        case string(String)
        /// A slice or array; `nil` is a nil slice.
        case list([TemplateValue]?)
        /// A map's entries in Go's sorted order (`fmtsort`); `nil` is a nil map.
        case map([MapEntry]?)
        /// A struct's fields in declaration order.
        case structure([GoField])
        /// A pointer; `nil` is a nil pointer.
        case pointer(TemplateValue?)
        /// An interface value holding a dynamic value; `nil` is a nil interface.
        case interface(TemplateValue?)
        /// A function value (for `call`); `nil` is a nil func.
        case function(GoFunction?)
    }

    public init(type: GoType, storage: Storage, methods: GoMethodSet = GoMethodSet()) {
        self.type = type
        self.storage = storage
        self.methods = methods
    }

    /// The zero `reflect.Value`, which templates print as `<no value>`.
    public static let invalid = TemplateValue(type: .emptyInterface, storage: .invalid)

    /// Go's `reflect.Value.Kind()`.
    public var kind: GoKind {
        if case .invalid = storage { return .invalid }
        return type.kind
    }

    public var isValid: Bool {
        if case .invalid = storage { return false }
        return true
    }

    /// Go's `reflect.Value.IsNil` for nillable kinds; `false` otherwise.
    public var isNil: Bool {
        switch storage {
        case .list(let l): l == nil
        case .map(let m): m == nil
        case .pointer(let p): p == nil
        case .interface(let i): i == nil
        case .function(let f): f == nil
        default: false
        }
    }
}

/// One key and value of a Go map.
public struct MapEntry: Sendable {
    public var key: TemplateValue
    public var value: TemplateValue
    public init(key: TemplateValue, value: TemplateValue) {
        self.key = key
        self.value = value
    }
}

/// One field of a Go struct.
public struct GoField: Sendable {
    public var name: String
    public var value: TemplateValue
    public init(_ name: String, _ value: TemplateValue) {
        self.name = name
        self.value = value
    }

    /// Go exports identifiers that start with an upper-case letter.
    public var isExported: Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}

/// The methods of a Go type, plus how `encoding/json` marshals its values.
public struct GoMethodSet: Sendable {
    /// Methods by name, as `reflect.Value.MethodByName` finds them.
    public var methods: [String: GoFunction]
    /// A `json.Marshaler` (docker's formatter contexts marshal their getters), or an order-keeping
    /// encoding for values decoded from JSON; `nil` uses `encoding/json`'s rules for the kind.
    public var marshalJSON: (@Sendable () -> JSONValue)?

    public init(_ methods: [String: GoFunction] = [:], marshalJSON: (@Sendable () -> JSONValue)? = nil) {
        self.methods = methods
        self.marshalJSON = marshalJSON
    }

    public var isEmpty: Bool { methods.isEmpty && marshalJSON == nil }

    /// `String() string`, which makes the type a `fmt.Stringer`.
    var stringer: GoFunction? {
        guard let m = methods["String"], m.parameters.isEmpty, m.variadic == nil, m.result == .string else { return nil }
        return m
    }

    /// `Error() string`, which makes the type an `error`.
    var errorMethod: GoFunction? {
        guard let m = methods["Error"], m.parameters.isEmpty, m.variadic == nil, m.result == .string else { return nil }
        return m
    }
}

/// A parameter of a Go function: a typed parameter, or a `reflect.Value` that takes anything.
public enum GoParameter: Sendable, Hashable {
    /// A parameter of a Go type; `.typed(.emptyInterface)` is `any`.
    case typed(GoType)
    /// A `reflect.Value` parameter (the comparison and `index` builtins): the argument as it is,
    /// even the zero value.
    case reflectValue
}

/// The error a Go function returns, shown after `error calling NAME: `.
public struct GoCallError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A Go function or method: its signature (which the engine checks before calling) and its body.
public struct GoFunction: Sendable {
    public var parameters: [GoParameter]
    /// The element type of a final `...` parameter.
    public var variadic: GoParameter?
    /// The first result's type; `nil` for a result of type `reflect.Value`.
    public var result: GoType?
    public var body: @Sendable ([TemplateValue]) throws(GoCallError) -> TemplateValue

    public init(
        parameters: [GoParameter],
        variadic: GoParameter? = nil,
        result: GoType?,
        body: @escaping @Sendable ([TemplateValue]) throws(GoCallError) -> TemplateValue
    ) {
        self.parameters = parameters
        self.variadic = variadic
        self.result = result
        self.body = body
    }

    /// `reflect.Type.NumIn()`.
    var numIn: Int { parameters.count + (variadic == nil ? 0 : 1) }

    /// A method without arguments returning a string, the shape of most formatter getters.
    public static func getter(_ value: String) -> GoFunction {
        GoFunction(parameters: [], result: .string) { _ in .string(value) }
    }

    /// A method without arguments returning a fixed value.
    public static func getter(_ value: TemplateValue) -> GoFunction {
        GoFunction(parameters: [], result: value.type) { _ in value }
    }

    /// The Go type spelled for `%T` and errors (`func(string) string`).
    var goType: GoType {
        func spell(_ p: GoParameter) -> String {
            switch p {
            case .typed(let t): t.description
            case .reflectValue: "reflect.Value"
            }
        }
        var params = parameters.map(spell)
        if let variadic { params.append("..." + spell(variadic)) }
        let result = result?.description ?? "reflect.Value"
        return .function("func(" + params.joined(separator: ", ") + ") " + result)
    }
}

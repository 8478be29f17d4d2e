/// One JSON-schema node of the Compose Specification, as far as its keywords are used.
///
/// compose-go validates every merged file against `schema/compose-spec.json` with gojsonschema;
/// the spec uses only `type`, `properties`, `patternProperties`, `additionalProperties`,
/// `items`, `oneOf`, `required`, `enum`, `pattern`, `minimum`, `maximum` and `uniqueItems`, so
/// this node has exactly those. `$ref` targets are shared node instances.
final class SchemaNode: Sendable {
    enum Additional: Sendable { case allowed, forbidden, schema(SchemaNode) }

    let types: [String]
    let properties: [(String, SchemaNode)]
    let patternProperties: [(String, SchemaNode)]
    let additional: Additional
    let items: SchemaNode?
    let oneOf: [SchemaNode]
    let required: [String]
    /// Allowed values, JSON-encoded as gojsonschema keeps them (`"\"host\""`).
    let enumValues: [String]
    let pattern: String?
    let minimum: Double?
    let maximum: Double?
    let uniqueItems: Bool

    init(types: [String] = [], properties: [(String, SchemaNode)] = [], patternProperties: [(String, SchemaNode)] = [],
         additional: Additional = .allowed, items: SchemaNode? = nil, oneOf: [SchemaNode] = [], required: [String] = [],
         enumValues: [String] = [], pattern: String? = nil, minimum: Double? = nil, maximum: Double? = nil, uniqueItems: Bool = false) {
        self.types = types
        self.properties = properties
        self.patternProperties = patternProperties
        self.additional = additional
        self.items = items
        self.oneOf = oneOf
        self.required = required
        self.enumValues = enumValues
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.uniqueItems = uniqueItems
    }

    /// gojsonschema's `jsonSchemaType.String()`: `string` or `[boolean,string]`.
    var typeDescription: String {
        types.count > 1 ? "[" + types.joined(separator: ",") + "]" : (types.first ?? "undefined")
    }
}

/// Small constructors that keep the hand-written schema close to the JSON it mirrors.
enum S {
    /// `{}`: accepts anything (the `^x-` extension fields).
    static let anything = SchemaNode()

    static func t(_ types: String...) -> SchemaNode { SchemaNode(types: types) }

    static func string(enum values: [String]) -> SchemaNode {
        SchemaNode(types: ["string"], enumValues: values.map { "\"\($0)\"" })
    }

    static func string(pattern: String) -> SchemaNode { SchemaNode(types: ["string"], pattern: pattern) }

    static func integer(min: Double? = nil, max: Double? = nil) -> SchemaNode {
        SchemaNode(types: ["integer"], minimum: min, maximum: max)
    }

    static func array(_ items: SchemaNode, unique: Bool = false) -> SchemaNode {
        SchemaNode(types: ["array"], items: items, uniqueItems: unique)
    }

    static func oneOf(_ alternatives: SchemaNode...) -> SchemaNode { SchemaNode(oneOf: alternatives) }

    /// A closed object (`additionalProperties: false`) accepting `x-` extensions unless told otherwise.
    static func object(_ properties: [(String, SchemaNode)], required: [String] = [], extensions: Bool = true,
                       types: [String] = ["object"], patterns: [(String, SchemaNode)] = []) -> SchemaNode {
        SchemaNode(types: types, properties: properties,
                   patternProperties: patterns + (extensions ? [("^x-", anything)] : []),
                   additional: .forbidden, required: required)
    }

    /// An object whose keys match `pattern` and hold `value`.
    static func map(_ pattern: String, _ value: SchemaNode, closed: Bool = true, extensions: Bool = false) -> SchemaNode {
        SchemaNode(types: ["object"], patternProperties: [(pattern, value)] + (extensions ? [("^x-", anything)] : []),
                   additional: closed ? .forbidden : .allowed)
    }
}

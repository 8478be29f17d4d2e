import Foundation
@testable import Tutor

/// A JSON value as a YAML 1.2 editor sees a lesson file, for checking it against `lesson.schema.json`.
indirect enum JSONish: Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONish]), object([(String, JSONish)])

    static func == (a: JSONish, b: JSONish) -> Bool { String(describing: a) == String(describing: b) }

    /// YAML 1.2 core schema: plain `true`/`false`, numbers and `null` are typed; everything else is a string.
    init(_ node: YAMLNode) {
        switch node.shape {
        case .scalar(let text, let isNull):
            if isNull { self = .null; return }
            guard node.isPlain else { self = .string(text); return }
            if ["true", "True", "TRUE"].contains(text) { self = .bool(true); return }
            if ["false", "False", "FALSE"].contains(text) { self = .bool(false); return }
            if text.range(of: #"^[-+]?([0-9]+|[0-9]*\.[0-9]+([eE][-+]?[0-9]+)?)$"#, options: .regularExpression) != nil,
               let number = Double(text) {
                self = .number(number)
                return
            }
            self = .string(text)
        case .mapping(let entries):
            self = .object(entries.map { ($0.key, JSONish($0.value)) })
        case .sequence(let items):
            self = .array(items.map(JSONish.init))
        }
    }

    subscript(key: String) -> JSONish? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [JSONish]? { if case .array(let a) = self { return a } else { return nil } }
    var members: [(String, JSONish)]? { if case .object(let m) = self { return m } else { return nil } }
    var number: Double? { if case .number(let n) = self { return n } else { return nil } }
}

extension JSONish: Decodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// JSON read strictly: `true` stays a boolean and `1` a number.
    init(from decoder: Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            self = .object(try object.allKeys.map(\.stringValue).sorted().map { ($0, try object.decode(JSONish.self, forKey: Key(stringValue: $0))) })
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONish] = []
            while !array.isAtEnd { items.append(try array.decode(JSONish.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let b = try? single.decode(Bool.self) { self = .bool(b) }
        else if let n = try? single.decode(Double.self) { self = .number(n) }
        else { self = .string(try single.decode(String.self)) }
    }
}

/// The part of JSON Schema 2020-12 that `lesson.schema.json` uses, enough to check lessons against it in tests:
/// type, enum, required, properties, additionalProperties, propertyNames, items, min/max counts, minimum,
/// pattern, `$ref` into `$defs`, and `oneOf`. Anything else in a schema is ignored.
struct SchemaSubset {
    let root: JSONish

    /// Every violation, each as `path: problem`.
    func validate(_ value: JSONish, _ schema: JSONish? = nil, path: String = "$") -> [String] {
        let schema = schema ?? root
        if let ref = schema["$ref"]?.string {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard let target = root["$defs"]?[name] else { return ["\(path): unresolved \(ref)"] }
            return validate(value, target, path: path)
        }
        var problems: [String] = []
        if let options = schema["oneOf"]?.array {
            let matching = options.filter { validate(value, $0, path: path).isEmpty }.count
            if matching != 1 { problems.append("\(path): matches \(matching) of oneOf's \(options.count) schemas") }
        }
        if let type = schema["type"]?.string, !Self.hasType(value, type) {
            return problems + ["\(path): expected \(type)"]
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            problems.append("\(path): not one of the enum values")
        }
        if let pattern = schema["pattern"]?.string, let s = value.string, s.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(s)' does not match \(pattern)")
        }
        if let minimum = schema["minimum"]?.number, let n = value.number, n < minimum {
            problems.append("\(path): below \(minimum)")
        }
        if let items = value.array {
            if let min = schema["minItems"]?.number, Double(items.count) < min { problems.append("\(path): fewer than \(Int(min)) items") }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { problems += validate(item, itemSchema, path: "\(path)[\(index)]") }
            }
        }
        if let members = value.members {
            let properties = schema["properties"]?.members ?? []
            for required in schema["required"]?.array?.compactMap(\.string) ?? [] where !members.contains(where: { $0.0 == required }) {
                problems.append("\(path): missing required '\(required)'")
            }
            if let min = schema["minProperties"]?.number, Double(members.count) < min { problems.append("\(path): too few properties") }
            if let max = schema["maxProperties"]?.number, Double(members.count) > max { problems.append("\(path): too many properties") }
            for (key, member) in members {
                if let names = schema["propertyNames"] { problems += validate(.string(key), names, path: "\(path).\(key) (name)") }
                if let propertySchema = properties.first(where: { $0.0 == key })?.1 {
                    problems += validate(member, propertySchema, path: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    if additional == .bool(false) {
                        problems.append("\(path): unexpected key '\(key)'")
                    } else if additional != .bool(true) {
                        problems += validate(member, additional, path: "\(path).\(key)")
                    }
                }
            }
        }
        return problems
    }

    static func hasType(_ value: JSONish, _ type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("array", .array), ("object", .object), ("null", .null), ("number", .number):
            return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }
}

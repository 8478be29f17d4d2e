import Foundation
import DockerAPI

/// gojsonschema's validation walk (v1.2.0), with its error list and its "score".
///
/// Which message compose prints depends on details of that library: `oneOf` keeps the errors
/// of the alternative with the best score, and compose-go then prints the most deeply nested
/// error, preferring type errors on a tie (`schema/schema.go`). Reproducing the scores keeps
/// the chosen error the same as compose's.
struct SchemaValidator {
    struct Failure {
        var type: String
        var context: [String]
        var description: String
        var expected: String = ""

        /// `ResultErrorFields.Field()`: the context without its `(root).` prefix.
        var field: String { context.isEmpty ? "(root)" : context.joined(separator: ".") }
    }

    struct Result {
        var errors: [Failure] = []
        var score = 0
        var valid: Bool { errors.isEmpty }

        mutating func add(_ type: String, _ context: [String], _ description: String, expected: String = "") {
            errors.append(Failure(type: type, context: context, description: description, expected: expected))
            score -= 2
        }

        mutating func merge(_ other: Result) {
            errors += other.errors
            score += other.score
        }
    }

    /// Validates `document` against the compose schema; returns compose's message or `nil`.
    static func validate(_ document: ComposeValue) -> String? {
        var result = Result()
        validate(ComposeSchema.root, document, &result, [])
        guard !result.valid else { return nil }
        return message(for: result.errors)
    }

    /// `getMostSpecificError` + `validationError.Error()` of compose-go's `schema/schema.go`.
    static func message(for errors: [Failure]) -> String {
        func specificity(_ f: Failure) -> Int { f.field.split(separator: ".", omittingEmptySubsequences: false).count }
        var best = 0
        for (i, e) in errors.enumerated() {
            if specificity(e) > specificity(errors[best]) { best = i; continue }
            if specificity(e) == specificity(errors[best]), e.type == "invalid_type", errors[best].type != "invalid_type" {
                best = i
            }
        }
        let parent = errors[best]
        var description = parent.description
        if parent.type == "invalid_type" {
            description = "must be a \(humanReadableType(parent.expected))"
        } else if parent.type == "number_one_of" || parent.type == "number_any_of", best + 1 < errors.count {
            description = errors[best + 1].description
        }
        return "\(parent.field) \(description)"
    }

    static func humanReadableType(_ definition: String) -> String {
        if definition.hasPrefix("[") {
            let all = definition.dropFirst().dropLast().split(separator: ",").map { humanReadableType(String($0)) }
            return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
        }
        switch definition {
        case "object": return "mapping"
        case "array": return "list"
        default: return definition
        }
    }

    private static func given(_ v: ComposeValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double(let d): return d == d.rounded() && d.isFinite ? "integer" : "number"
        case .string: return "string"
        case .sequence: return "array"
        case .mapping: return "object"
        }
    }

    private static func typeMatches(_ node: SchemaNode, _ v: ComposeValue) -> Bool {
        if node.types.isEmpty { return true }
        switch v {
        case .null: return node.types.contains("null")
        case .bool: return node.types.contains("boolean")
        case .int: return node.types.contains("number") || node.types.contains("integer")
        case .double(let d):
            return node.types.contains("number") || (d == d.rounded() && d.isFinite && node.types.contains("integer"))
        case .string: return node.types.contains("string")
        case .sequence: return node.types.contains("array")
        case .mapping: return node.types.contains("object")
        }
    }

    private static func validate(_ node: SchemaNode, _ value: ComposeValue, _ result: inout Result, _ context: [String]) {
        guard typeMatches(node, value) else {
            result.add("invalid_type", context, "Invalid type. Expected: \(node.typeDescription), given: \(given(value))",
                       expected: node.typeDescription)
            return
        }
        validateSchema(node, value, &result, context)
        switch value {
        case .null:
            validateCommon(node, value, &result, context)
        case .int, .double:
            validateNumber(node, value, &result, context)
            validateCommon(node, value, &result, context)
        case .bool:
            validateCommon(node, value, &result, context)
        case .string(let s):
            validateCommon(node, value, &result, context)
            validateString(node, s, &result, context)
        case .sequence(let items):
            validateArray(node, items, &result, context)
            validateCommon(node, value, &result, context)
        case .mapping(let m):
            validateObject(node, m, &result, context)
            validateCommon(node, value, &result, context)
            for (name, child) in node.properties {
                if let v = m[name] { validate(child, v, &result, context + [name]) }
            }
        }
        result.score += 1
    }

    private static func validateSchema(_ node: SchemaNode, _ value: ComposeValue, _ result: inout Result, _ context: [String]) {
        if !node.oneOf.isEmpty {
            var validated = 0
            var best: Result?
            for alternative in node.oneOf {
                var sub = Result()
                validate(alternative, value, &sub, context)
                if sub.valid {
                    validated += 1
                } else if validated == 0, best == nil || sub.score > (best?.score ?? 0) {
                    best = sub
                }
            }
            if validated != 1 {
                result.add("number_one_of", context, "Must validate one and only one schema (oneOf)")
                if validated == 0, let best { result.merge(best) }
            }
        }
        result.score += 1
    }

    private static func validateCommon(_ node: SchemaNode, _ value: ComposeValue, _ result: inout Result, _ context: [String]) {
        if !node.enumValues.isEmpty, !node.enumValues.contains(jsonText(value)) {
            let field = context.isEmpty ? "(root)" : context.joined(separator: ".")
            result.add("enum", context, "\(field) must be one of the following: \(node.enumValues.joined(separator: ", "))")
        }
        result.score += 1
    }

    private static func validateArray(_ node: SchemaNode, _ items: [ComposeValue], _ result: inout Result, _ context: [String]) {
        if let itemSchema = node.items {
            for (i, item) in items.enumerated() {
                var sub = Result()
                validate(itemSchema, item, &sub, context + [String(i)])
                result.merge(sub)
            }
        }
        if node.uniqueItems {
            var seen: [String: Int] = [:]
            for (j, item) in items.enumerated() {
                let key = jsonText(item)
                if let i = seen[key] {
                    result.add("unique", context, "array items[\(i),\(j)] must be unique")
                }
                seen[key] = j
            }
        }
        result.score += 1
    }

    private static func validateObject(_ node: SchemaNode, _ m: ComposeMapping, _ result: inout Result, _ context: [String]) {
        for name in node.required {
            if m.contains(name) {
                result.score += 1
            } else {
                result.add("required", context, "\(name) is required")
            }
        }
        for (key, value) in m.entries {
            let declared = node.properties.contains { $0.0 == key }
            var matched = false
            for (pattern, schema) in node.patternProperties where Self.matches(pattern, key) {
                matched = true
                var sub = Result()
                validate(schema, value, &sub, context + [key])
                result.merge(sub)
            }
            if matched { result.score += 1 }
            if !declared, !matched {
                switch node.additional {
                case .allowed: break
                case .forbidden:
                    result.add("additional_property_not_allowed", context, "Additional property \(key) is not allowed")
                case .schema(let schema):
                    var sub = Result()
                    validate(schema, value, &sub, context + [key])
                    result.merge(sub)
                }
            }
        }
        result.score += 1
    }

    private static func validateString(_ node: SchemaNode, _ s: String, _ result: inout Result, _ context: [String]) {
        if let pattern = node.pattern, !matches(pattern, s) {
            result.add("pattern", context, "Does not match pattern '\(pattern)'")
        }
        result.score += 1
    }

    private static func validateNumber(_ node: SchemaNode, _ value: ComposeValue, _ result: inout Result, _ context: [String]) {
        let d: Double
        switch value {
        case .int(let i): d = Double(i)
        case .double(let x): d = x
        default: return
        }
        if let max = node.maximum, d > max {
            result.add("number_lte", context, "Must be less than or equal to \(YAMLFloat.format(max))")
        }
        if let min = node.minimum, d < min {
            result.add("number_gte", context, "Must be greater than or equal to \(YAMLFloat.format(min))")
        }
        result.score += 1
    }

    /// Go's unanchored `regexp.MatchString` for the few patterns the spec uses.
    static func matches(_ pattern: String, _ s: String) -> Bool {
        switch pattern {
        case "^x-": return s.hasPrefix("x-")
        case "^.+$", ".+": return !s.isEmpty && !s.contains("\n")
        case "^[a-zA-Z0-9._-]+$":
            return !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        case "^[a-z]+$":
            return !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        default:
            return s.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// `json.Marshal` of a decoded value (map keys sorted), for `enum` and `uniqueItems`.
    static func jsonText(_ v: ComposeValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return YAMLFloat.format(d)
        case .string(let s):
            var out = ""
            GoJSON.writeString(s, into: &out)
            return out
        case .sequence(let items): return "[" + items.map(jsonText).joined(separator: ",") + "]"
        case .mapping(let m):
            return "{" + m.keys.sorted().map { k in
                var key = ""
                GoJSON.writeString(k, into: &key)
                return key + ":" + jsonText(m[k] ?? .null)
            }.joined(separator: ",") + "}"
        }
    }
}

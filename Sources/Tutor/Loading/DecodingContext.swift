/// Reads YAML nodes as the types lesson keys expect, collecting a diagnostic for each mistake.
///
/// Reading goes on after an error so one run reports every problem in a file; a function returns
/// `nil` when its value could not be read, and the caller leaves that part out.
struct DecodingContext {
    let file: String
    private(set) var diagnostics: [LessonDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ mark: SourceMark, _ message: String) {
        diagnostics.append(LessonDiagnostic(file: file, mark: mark, message: message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The mapping's entries, after reporting keys outside `allowed`.
    mutating func mapping(_ node: YAMLNode, key: String, allowed: [String], context: String) -> [YAMLNode.Entry]? {
        guard let entries = node.entries else {
            error(node.mark, Message.expected("a mapping", key: key, found: node.shapeName))
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            error(entry.keyMark, Message.unknownKey(entry.key, context: context, allowed: allowed))
        }
        return entries
    }

    /// The value of a required key, or a "missing required key" diagnostic at the mapping.
    mutating func required(_ key: String, in node: YAMLNode, context: String) -> YAMLNode? {
        guard let value = node.value(key), !value.isNull else {
            error(node.value(key)?.mark ?? node.mark, Message.missingKey(key, context: context))
            return nil
        }
        return value
    }

    /// The value of an optional key; an explicit null counts as absent.
    func optional(_ key: String, in node: YAMLNode) -> YAMLNode? {
        guard let value = node.value(key), !value.isNull else { return nil }
        return value
    }

    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard let s = node.scalar else {
            error(node.mark, Message.expected("a string", key: key, found: node.shapeName))
            return nil
        }
        return s
    }

    mutating func markedString(_ node: YAMLNode, key: String) -> Marked<String>? {
        string(node, key: key).map { Marked($0, at: node.mark) }
    }

    mutating func bool(_ node: YAMLNode, key: String) -> Bool? {
        switch node.scalar {
        case "true": return true
        case "false": return false
        case let other?:
            error(node.mark, Message.badBool(other, key: key))
            return nil
        case nil:
            error(node.mark, Message.expected("true or false", key: key, found: node.shapeName))
            return nil
        }
    }

    mutating func int(_ node: YAMLNode, key: String, minimum: Int = 0) -> Int? {
        guard let s = node.scalar else {
            error(node.mark, Message.expected("a whole number", key: key, found: node.shapeName))
            return nil
        }
        guard let value = Int(s), value >= minimum else {
            error(node.mark, Message.badInt(s, key: key, minimum: minimum))
            return nil
        }
        return value
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable>(_ node: YAMLNode, key: String, _ type: T.Type, values: [T]) -> T?
        where T.RawValue == String
    {
        guard let s = string(node, key: key) else { return nil }
        guard let value = T(rawValue: s), values.contains(where: { $0.rawValue == s }) else {
            error(node.mark, Message.badChoice(s, key: key, allowed: values.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A list of nodes; a single value where a list is expected is an error, so lists stay lists.
    mutating func list(_ node: YAMLNode, key: String) -> [YAMLNode]? {
        guard let items = node.items else {
            error(node.mark, Message.expected("a list", key: key, found: node.shapeName))
            return nil
        }
        return items
    }

    mutating func stringList(_ node: YAMLNode, key: String) -> [Marked<String>]? {
        guard let items = list(node, key: key) else { return nil }
        return items.compactMap { markedString($0, key: key) }
    }

    /// A string or a list of strings (for keys where one value is the common case: `ran: docker version`).
    mutating func stringOrList(_ node: YAMLNode, key: String) -> [String]? {
        if let s = node.scalar { return [s] }
        return stringList(node, key: key)?.map(\.value)
    }

    /// Command words: a list, or a string split at blanks.
    mutating func words(_ node: YAMLNode, key: String) -> [String]? {
        if let s = node.scalar { return s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
        return stringList(node, key: key)?.map(\.value)
    }

    /// A text: a plain string (English), or a mapping from locale to text that includes English.
    mutating func text(_ node: YAMLNode, key: String) -> LocalizedText? {
        if let s = node.scalar { return LocalizedText([LocalizedText.english: s], mark: node.mark) }
        guard let entries = node.entries else {
            error(node.mark, Message.expected("a text (a string, or a mapping of locales to strings)", key: key, found: node.shapeName))
            return nil
        }
        var translations: [String: String] = [:]
        for entry in entries {
            guard LocalizedText.isValidLocale(entry.key) else {
                error(entry.keyMark, Message.badLocale(entry.key))
                continue
            }
            if let s = string(entry.value, key: key + "." + entry.key) { translations[entry.key] = s }
        }
        if translations[LocalizedText.english] == nil && entries.allSatisfy({ LocalizedText.isValidLocale($0.key) }) {
            error(node.mark, Message.missingEnglish(key: key))
        }
        return LocalizedText(translations, mark: node.mark)
    }
}

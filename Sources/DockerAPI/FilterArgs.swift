/// The `filters` query parameter of list and prune calls, moby's `filters.Args`.
///
/// Each key holds a set of values; within a key values are alternatives (OR), across keys
/// all must hold (AND), which is how the daemon reads `--filter` flags.
public struct FilterArgs: Codable, Sendable, Equatable {
    /// Key to its values, in the order they were added (duplicates dropped).
    public private(set) var fields: [String: [String]]

    public init(_ fields: [String: [String]] = [:]) {
        self.fields = [:]
        for (key, values) in fields {
            self.fields[key] = []
            for v in values { add(key, v) }
        }
    }

    /// Builds filters from `key=value` pairs as `--filter` writes them.
    public init(pairs: [(String, String)]) {
        self.fields = [:]
        for (k, v) in pairs { add(k, v) }
    }

    public var isEmpty: Bool { fields.isEmpty }
    public var count: Int { fields.count }

    public mutating func add(_ key: String, _ value: String) {
        var values = fields[key] ?? []
        if !values.contains(value) { values.append(value) }
        fields[key] = values
    }

    public func values(_ key: String) -> [String] { fields[key] ?? [] }
    public func contains(_ key: String) -> Bool { fields[key] != nil }

    /// The keys the daemon does not accept are an error: `invalid filter 'x'` (api/types/filters/errors.go).
    public func validate(_ accepted: Set<String>) throws(EngineError) {
        for key in fields.keys.sorted() where !accepted.contains(key) {
            throw .invalidParameter("invalid filter '\(key)'")
        }
    }

    /// `true` when no value is given for `key`, or `source` is one of them (`ExactMatch`).
    public func exactMatch(_ key: String, _ source: String) -> Bool {
        guard let values = fields[key], !values.isEmpty else { return true }
        return values.contains(source)
    }

    /// `ExactMatch`, or `source` starts with one of the values (`FuzzyMatch`: id prefixes).
    public func fuzzyMatch(_ key: String, _ source: String) -> Bool {
        if exactMatch(key, source) { return true }
        return values(key).contains { source.hasPrefix($0) }
    }

    /// `ExactMatch`, or one of the values, read as a regular expression, matches inside `source` (`Match`: names).
    public func match(_ key: String, _ source: String) -> Bool {
        if exactMatch(key, source) { return true }
        for pattern in values(key) {
            guard let regex = try? Regex(pattern) else { continue }
            if source.contains(regex) { return true }
        }
        return false
    }

    /// Every `key` or `key=value` of the filter holds in `labels` (`MatchKVList`).
    public func matchKVList(_ key: String, _ labels: [String: String]?) -> Bool {
        let wanted = values(key)
        if wanted.isEmpty { return true }
        guard let labels, !labels.isEmpty else { return false }
        for value in wanted {
            if let eq = value.firstIndex(of: "=") {
                guard labels[String(value[..<eq])] == String(value[value.index(after: eq)...]) else { return false }
            } else if labels[value] == nil {
                return false
            }
        }
        return true
    }

    /// A boolean filter (`dangling=true`): `invalid filter 'k=[v]'` when it is neither or both (`GetBoolOrDefault`).
    public func bool(_ key: String, default defaultValue: Bool) throws(EngineError) -> Bool {
        guard let values = fields[key] else { return defaultValue }
        if values.isEmpty { throw .invalidParameter("invalid filter '\(key)'") }
        let isFalse = values.contains("0") || values.contains("false")
        let isTrue = values.contains("1") || values.contains("true")
        if isFalse == isTrue {
            throw .invalidParameter("invalid filter '\(key)=[\(values.joined(separator: " "))]'")
        }
        return isTrue
    }
}

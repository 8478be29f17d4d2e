/// BuildKit's "did you mean" helper (`util/suggest`), reproduced for its exact wording.
///
/// BuildKit appends ` (did you mean X?)` to errors whenever a candidate is within Levenshtein
/// distance 2 of what was typed. Go walks candidates in map order, so ties are random there;
/// callers here pass candidates in a fixed order so our answers are deterministic.
enum Suggestion {
    /// `suggest.Search`: the closest candidate under distance 3, or nil. An exact match means
    /// the error was about something else, so nothing is suggested.
    static func search(_ value: String, in options: [String], caseSensitive: Bool) -> String? {
        let needle = caseSensitive ? value : value.lowercased()
        var match: String?
        var best = 3
        for option in options {
            let candidate = caseSensitive ? option : option.lowercased()
            if needle == candidate { return nil }
            let distance = levenshtein(needle, candidate)
            if distance < best {
                match = caseSensitive ? candidate : matchCase(candidate, original: value)
                best = distance
            }
        }
        return match
    }

    /// `suggest.WrapError`: the message with ` (did you mean X?)` when a candidate is close.
    static func wrap(_ message: String, value: String, options: [String], caseSensitive: Bool) -> String {
        guard let match = search(value, in: options, caseSensitive: caseSensitive) else { return message }
        return message + " (did you mean " + match + "?)"
    }

    private static func matchCase(_ value: String, original: String) -> String {
        if original == original.lowercased() { return value.lowercased() }
        if original == original.uppercased() { return value.uppercased() }
        return value
    }

    /// Rune-wise Levenshtein distance with unit costs (agext/levenshtein's defaults).
    static func levenshtein(_ a: String, _ b: String) -> Int {
        let s = Array(a.unicodeScalars)
        let t = Array(b.unicodeScalars)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[t.count]
    }
}

/// The texts of the lesson loader's diagnostics, in one place so tests and docs quote them exactly.
enum Message {
    static let emptyFile = "the file is empty; a lesson needs at least an id, a title and steps"

    static func duplicateKey(_ key: String) -> String { "duplicate key '\(key)'" }

    static func expected(_ what: String, key: String, found: String) -> String {
        "expected \(what) for '\(key)', found \(found)"
    }

    static func unknownKey(_ key: String, context: String, allowed: [String]) -> String {
        if let suggestion = Suggestion.closest(to: key, in: allowed) {
            return "unknown key '\(key)' in \(context) (did you mean '\(suggestion)'?)"
        }
        return "unknown key '\(key)' in \(context); expected one of: " + allowed.joined(separator: ", ")
    }

    static func missingKey(_ key: String, context: String) -> String { "missing required key '\(key)' in \(context)" }

    static func badBool(_ value: String, key: String) -> String { "expected true or false for '\(key)', found '\(value)'" }

    static func badInt(_ value: String, key: String, minimum: Int) -> String {
        minimum > 0 ? "expected a whole number of at least \(minimum) for '\(key)', found '\(value)'"
            : "expected a whole number for '\(key)', found '\(value)'"
    }

    static func badChoice(_ value: String, key: String, allowed: [String]) -> String {
        "'\(key)' must be one of " + allowed.joined(separator: ", ") + ", found '\(value)'"
    }

    static func badLocale(_ key: String) -> String {
        "'\(key)' is not a locale; use a language code such as en, zh or pt-BR"
    }

    static func missingEnglish(key: String) -> String { "'\(key)' has no English ('en') text" }

    static func badLessonID(_ id: String) -> String {
        "lesson id '\(id)' must be lowercase letters and digits in words joined by '-' (like redis-aof)"
    }

    static let noSteps = "a lesson needs at least one step"
    static let noGoals = "a step needs at least one goal"
    static let emptyList = "the list is empty"

    static func unknownGoalKind(_ keys: [String], kinds: [String]) -> String {
        if let key = keys.first, let suggestion = Suggestion.closest(to: key, in: kinds) {
            return "unknown goal kind '\(key)' (did you mean '\(suggestion)'?)"
        }
        return "a goal needs one of: " + kinds.joined(separator: ", ")
    }

    static func twoGoalKinds(_ first: String, _ second: String) -> String {
        "a goal has one kind, found both '\(first)' and '\(second)'"
    }

    static func badPort(_ value: String) -> String {
        "invalid port '\(value)': write HOST:CONTAINER[/PROTOCOL] or CONTAINER[/PROTOCOL]"
    }

    static func badMount(_ value: String) -> String {
        "invalid mount '\(value)': write SOURCE:TARGET[:ro] or TARGET, with TARGET an absolute path"
    }

    static func badKeyValue(_ value: String, key: String) -> String { "invalid '\(key)' entry '\(value)': write KEY=VALUE or KEY" }

    static func badRestart(_ value: String) -> String {
        "invalid restart policy '\(value)': use no, always, on-failure[:N] or unless-stopped"
    }

    static func badReference(_ value: String, _ problem: String) -> String { "invalid image reference '\(value)': \(problem)" }

    static func needsKey(_ needed: String, for key: String) -> String { "'\(key)' needs '\(needed)' next to it" }

    static func badSelector(found: String) -> String {
        "expected a container name, or a mapping with 'name' or 'image', for 'container', found \(found)"
    }
}

/// "Did you mean" suggestions for misspelt keys.
enum Suggestion {
    /// The closest candidate within an edit distance that still looks like a typo, or `nil`.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal string alignment), since `titel` is one typo.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

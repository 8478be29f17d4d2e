/// The shell patterns of `${VAR#pat}`, `${VAR%pat}` and `${VAR/pat/repl}`.
///
/// BuildKit turns these into Go regular expressions (`*` is `.*` or `.*?`, `?` is `.`, only
/// `\*`, `\?` and `\\` may be escaped, no bracket expressions) and lets Go's leftmost-first
/// engine pick the match. We compile the same tokens and search with a backtracking matcher
/// that tries alternatives in the same order, remembering failed states so it stays linear in
/// practice; a work budget stops pathological patterns instead of hanging.
enum ShellPattern {
    enum Token: Equatable {
        case literal(Unicode.Scalar)
        case any
        case star
    }

    /// Matcher work allowed per call before the pattern is refused.
    static let budget = 2_000_000

    static func compile(_ pattern: String) throws(ShellSyntaxError) -> [Token] {
        let p = Array(pattern.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < p.count {
            let ch = p[i]
            i += 1
            switch ch {
            case "*": tokens.append(.star)
            case "?": tokens.append(.any)
            case "\\":
                if i < p.count, p[i] == "}" || p[i] == "/" { continue }
                let escaped: Unicode.Scalar = i < p.count ? p[i] : "\u{FFFD}"
                i += 1
                guard escaped == "*" || escaped == "?" || escaped == "\\" else {
                    throw invalid(pattern, "invalid escape '\\" + String(escaped) + "'")
                }
                tokens.append(.literal(escaped))
            default:
                tokens.append(.literal(ch))
            }
        }
        return tokens
    }

    private static func invalid(_ pattern: String, _ detail: String) -> ShellSyntaxError {
        ShellSyntaxError(message: "invalid pattern (\(pattern)) in substitution: \(detail)")
    }

    /// `${VAR#pat}` / `${VAR##pat}`.
    static func trimPrefix(_ pattern: String, from value: String, greedy: Bool) throws(ShellSyntaxError) -> String {
        let tokens = try compile(pattern)
        let scalars = Array(value.unicodeScalars)
        var matcher = Matcher(tokens: tokens, subject: scalars, greedy: greedy)
        guard let end = try matcher.match(at: 0, pattern: pattern) else { return value }
        return String(scalars: scalars[end...])
    }

    /// `${VAR%pat}` / `${VAR%%pat}`: a prefix trim of the reversed value with the reversed pattern.
    static func trimSuffix(_ pattern: String, from value: String, greedy: Bool) throws(ShellSyntaxError) -> String {
        let reversedPattern = reversePattern(pattern)
        let reversedValue = String(scalars: value.unicodeScalars.reversed())
        let trimmed = try trimPrefix(reversedPattern, from: reversedValue, greedy: greedy)
        return String(scalars: trimmed.unicodeScalars.reversed())
    }

    /// Reverses a pattern while keeping each `\x` escape in order.
    static func reversePattern(_ pattern: String) -> String {
        let p = Array(pattern.unicodeScalars)
        var out = [Unicode.Scalar](repeating: " ", count: p.count)
        let last = p.count - 1
        var i = 0
        while i <= last {
            let outIndex = last - i
            if p[i] == "\\" && i != last {
                out[outIndex - 1] = p[i]
                out[outIndex] = p[i + 1]
                i += 2
            } else {
                out[outIndex] = p[i]
                i += 1
            }
        }
        return String(scalars: out)
    }

    /// `${VAR/pat/repl}` (first match, literal replacement) and `${VAR//pat/repl}` (every match,
    /// with Go's `$0`/`$$` template expansion in the replacement).
    static func replace(_ pattern: String, in value: String, with replacement: String, all: Bool) throws(ShellSyntaxError) -> String {
        let tokens = try compile(pattern)
        let s = Array(value.unicodeScalars)
        var matcher = Matcher(tokens: tokens, subject: s, greedy: true)
        if !all {
            guard let (start, end) = try matcher.find(from: 0, pattern: pattern) else { return value }
            return String(scalars: s[..<start]) + replacement + String(scalars: s[end...])
        }
        var out = String.UnicodeScalarView()
        var lastMatchEnd = 0
        var searchPosition = 0
        while searchPosition <= s.count {
            guard let (start, end) = try matcher.find(from: searchPosition, pattern: pattern) else { break }
            out.append(contentsOf: s[lastMatchEnd..<start])
            if end > lastMatchEnd || start == 0 {
                out.append(contentsOf: expandTemplate(replacement, match: String(scalars: s[start..<end])).unicodeScalars)
            }
            lastMatchEnd = end
            if searchPosition + 1 > end { searchPosition += 1 } else { searchPosition = end }
        }
        if lastMatchEnd < s.count { out.append(contentsOf: s[lastMatchEnd...]) }
        return String(out)
    }

    /// Go's `Regexp.Expand` for a pattern with no capture groups: `$0`/`${0}` is the match,
    /// `$$` a dollar, other references are empty, malformed ones stay literal.
    static func expandTemplate(_ template: String, match: String) -> String {
        var out = ""
        var t = Array(template.unicodeScalars)[...]
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c == "_" || (c.isASCII && (GoText.isLetter(c) || GoText.isDigit(c)))
        }
        while let dollar = t.firstIndex(of: "$") {
            out.unicodeScalars.append(contentsOf: t[..<dollar])
            t = t[(dollar + 1)...]
            if t.first == "$" {
                out += "$"
                t = t.dropFirst()
                continue
            }
            var name: ArraySlice<Unicode.Scalar>
            if t.first == "{" {
                let body = t.dropFirst()
                let nameEnd = body.firstIndex(where: { !isNameChar($0) }) ?? body.endIndex
                guard nameEnd > body.startIndex, nameEnd < body.endIndex, body[nameEnd] == "}" else {
                    out += "$"
                    continue
                }
                name = body[..<nameEnd]
                t = body[(nameEnd + 1)...]
            } else {
                let nameEnd = t.firstIndex(where: { !isNameChar($0) }) ?? t.endIndex
                guard nameEnd > t.startIndex else {
                    out += "$"
                    continue
                }
                name = t[..<nameEnd]
                t = t[nameEnd...]
            }
            if name.allSatisfy({ $0 == "0" }) { out += match }
        }
        out.unicodeScalars.append(contentsOf: t)
        return out
    }

    /// Leftmost-first matching over the compiled tokens.
    struct Matcher {
        let tokens: [Token]
        let subject: [Unicode.Scalar]
        let greedy: Bool
        /// States (token, position) known to fail; shared across start positions.
        private var failed: Set<Int> = []
        private var work = 0

        init(tokens: [Token], subject: [Unicode.Scalar], greedy: Bool) {
            self.tokens = tokens
            self.subject = subject
            self.greedy = greedy
        }

        private func key(_ t: Int, _ p: Int) -> Int { t * (subject.count + 1) + p }

        /// The end of the preferred match starting exactly at `start`, if any.
        mutating func match(at start: Int, pattern: String) throws(ShellSyntaxError) -> Int? {
            // Explicit stack of pending states, tried in priority order (top first).
            var stack: [(Int, Int)] = [(0, start)]
            while let (t, p) = stack.popLast() {
                work += 1
                if work > ShellPattern.budget {
                    throw ShellSyntaxError(message: "invalid pattern (\(pattern)) in substitution: pattern too complex")
                }
                if t == tokens.count { return p }
                if failed.contains(key(t, p)) { continue }
                failed.insert(key(t, p))
                switch tokens[t] {
                case .literal(let c):
                    if p < subject.count, subject[p] == c { stack.append((t + 1, p + 1)) }
                case .any:
                    if p < subject.count, subject[p] != "\n" { stack.append((t + 1, p + 1)) }
                case .star:
                    var limit = p
                    while limit < subject.count, subject[limit] != "\n" { limit += 1 }
                    work += limit - p
                    if work > ShellPattern.budget {
                        throw ShellSyntaxError(message: "invalid pattern (\(pattern)) in substitution: pattern too complex")
                    }
                    // Push lower-priority choices first so the preferred one is on top.
                    if greedy {
                        for end in p...limit where !failed.contains(key(t + 1, end)) { stack.append((t + 1, end)) }
                    } else {
                        for end in stride(from: limit, through: p, by: -1) where !failed.contains(key(t + 1, end)) {
                            stack.append((t + 1, end))
                        }
                    }
                }
            }
            return nil
        }

        /// The leftmost match at or after `from`.
        mutating func find(from: Int, pattern: String) throws(ShellSyntaxError) -> (Int, Int)? {
            var start = from
            while start <= subject.count {
                if let end = try match(at: start, pattern: pattern) { return (start, end) }
                start += 1
            }
            return nil
        }
    }
}

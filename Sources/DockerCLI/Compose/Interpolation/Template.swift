/// compose-go's variable substitution (`template/template.go`), reproduced rule for rule.
///
/// compose-go finds `$$`, `$NAME`, `${NAME}` and `${NAME<op>...}` with one regular expression whose
/// `(.*)` is greedy, then cuts the match at the first balanced `}` and interpolates the rest
/// separately. Those quirks decide what nested defaults and odd inputs produce, so this scanner
/// follows the same steps instead of a cleaner grammar.
public enum Template {
    /// A substitution failure; `Interpolation` adds the document path to the text.
    public enum Failure: Error, Equatable, Sendable {
        /// `InvalidTemplateError`: a `${` that does not open a valid reference; carries the template text.
        case invalid(template: String)
        /// `MissingRequiredError` from `${VAR?err}` / `${VAR:?err}`.
        case missingRequired(variable: String, reason: String)

        public var text: String {
            switch self {
            case .invalid(let template): return "Invalid template: \(GoQuote.string(template))"
            case .missingRequired(let variable, let reason):
                return reason.isEmpty
                    ? "required variable \(variable) is missing a value"
                    : "required variable \(variable) is missing a value: \(reason)"
            }
        }
    }

    /// Looks a variable up; `nil` means unset (distinct from set to the empty string).
    public typealias Lookup = (String) -> String?

    /// Substitutes every reference in `template`; unset plain references are recorded in `unset`
    /// (compose logs `The "X" variable is not set. Defaulting to a blank string.` for each).
    public static func substitute(_ template: String, lookup: Lookup, unset: inout [String]) throws(Failure) -> String {
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var firstError: Failure?
        while i < chars.count {
            guard chars[i] == "$", let match = Self.match(chars, at: i) else {
                out.append(chars[i])
                i += 1
                continue
            }
            let text = String(String.UnicodeScalarView(chars[i..<(i + match.length)]))
            do throws(Failure) {
                let replacement = try replace(text, lookup: lookup, unset: &unset)
                out.append(contentsOf: replacement.unicodeScalars)
            } catch {
                if firstError == nil {
                    if case .invalid(let t) = error, t.isEmpty {
                        firstError = .invalid(template: template)
                    } else {
                        firstError = error
                    }
                }
            }
            i += match.length
        }
        if let firstError { throw firstError }
        return String(out)
    }

    /// Variable names referenced by a template (used by `config --variables` and tests).
    static let operators = [":?", "?", ":-", "-", ":+", "+"]

    private struct Match {
        enum Kind { case escaped, named(String), braced(String), invalid }
        var kind: Kind
        var length: Int
    }

    private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        isNameStart(c) || ("0"..."9").contains(c)
    }

    /// The leftmost-first match of compose-go's pattern starting at `i` (which holds `$`).
    private static func match(_ s: [Unicode.Scalar], at i: Int) -> Match? {
        guard i + 1 < s.count else { return nil }
        let next = s[i + 1]
        if next == "$" { return Match(kind: .escaped, length: 2) }
        if isNameStart(next) {
            var j = i + 2
            while j < s.count, isNameChar(s[j]) { j += 1 }
            return Match(kind: .named(String(String.UnicodeScalarView(s[(i + 1)..<j]))), length: j - i)
        }
        guard next == "{" else { return nil }
        let nameStart = i + 2
        guard nameStart < s.count, isNameStart(s[nameStart]) else {
            return Match(kind: .invalid, length: 2)
        }
        var k = nameStart + 1
        while k < s.count, isNameChar(s[k]) { k += 1 }
        // Optional `:?[-+?](.*)` — greedy, `.` stops at a newline — then a mandatory `}`.
        var opEnd: Int?
        if k < s.count, s[k] == ":", k + 1 < s.count, "-+?".unicodeScalars.contains(s[k + 1]) {
            opEnd = k + 2
        } else if k < s.count, "-+?".unicodeScalars.contains(s[k]) {
            opEnd = k + 1
        }
        if let opEnd {
            var lineEnd = opEnd
            while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
            var close = lineEnd - 1
            while close >= opEnd, s[close] != "}" { close -= 1 }
            if close >= opEnd {
                let body = String(String.UnicodeScalarView(s[nameStart..<close]))
                return Match(kind: .braced(body), length: close + 1 - i)
            }
        }
        if k < s.count, s[k] == "}" {
            return Match(kind: .braced(String(String.UnicodeScalarView(s[nameStart..<k]))), length: k + 1 - i)
        }
        return Match(kind: .invalid, length: 2)
    }

    /// `getFirstBraceClosingIndex`, including its habit of skipping the character after `{`.
    private static func firstBraceClosingIndex(_ s: [Unicode.Scalar]) -> Int? {
        var open = 0
        var i = 0
        while i < s.count {
            if s[i] == "}" {
                open -= 1
                if open == 0 { return i }
            }
            if s[i] == "{" {
                open += 1
                i += 1
            }
            i += 1
        }
        return nil
    }

    /// `DefaultReplacementAppliedFunc` for one matched reference.
    private static func replace(_ matched: String, lookup: Lookup, unset: inout [String]) throws(Failure) -> String {
        let op = operatorFor(matched)
        var scalars = Array(matched.unicodeScalars)
        var rest = ""
        if let close = firstBraceClosingIndex(scalars) {
            rest = String(String.UnicodeScalarView(scalars[(close + 1)...]))
            scalars = Array(scalars[...close])
        }
        guard let m = match(scalars, at: 0) else { throw .invalid(template: "") }
        let name: String
        var braced = false
        switch m.kind {
        case .escaped: return "$"
        case .named(let n): name = n
        case .braced(let b): name = b; braced = true
        case .invalid: throw .invalid(template: "")
        }
        if braced, let op, name.contains(op) {
            let value = try apply(op, to: name, lookup: lookup, unset: &unset)
            let nested = try substitute(rest, lookup: lookup, unset: &unset)
            return value + nested
        }
        if let value = lookup(name) { return value }
        unset.append(name)
        return ""
    }

    /// The operator occurring first in the whole match (compose-go sorts its table by index).
    private static func operatorFor(_ s: String) -> String? {
        var best: (String, Int)?
        for op in operators {
            guard let r = s.range(of: op) else { continue }
            let idx = s.distance(from: s.startIndex, to: r.lowerBound)
            if let current = best, current.1 <= idx { continue }
            best = (op, idx)
        }
        return best?.0
    }

    private static func apply(_ op: String, to substitution: String, lookup: Lookup, unset: inout [String]) throws(Failure) -> String {
        guard let range = substitution.range(of: op) else { return lookup(substitution) ?? "" }
        let name = String(substitution[..<range.lowerBound])
        let argument = try substitute(String(substitution[range.upperBound...]), lookup: lookup, unset: &unset)
        let value = lookup(name)
        switch op {
        case ":-":
            if let value, !value.isEmpty { return value }
            return argument
        case "-": return value ?? argument
        case ":+":
            if let value, !value.isEmpty { return argument }
            return value ?? ""
        case "+": return value != nil ? argument : ""
        case ":?":
            guard let value, !value.isEmpty else { throw .missingRequired(variable: name, reason: argument) }
            return value
        default:
            guard let value else { throw .missingRequired(variable: name, reason: argument) }
            return value
        }
    }
}

/// The pieces a `.dockerignore` pattern compiles to, and a linear-time matcher for them.
///
/// patternmatcher turns a pattern into a Go regular expression (`*` is `[^/]*`, `?` is
/// `[^/]`, `**/` is `(.*/)?`, a final `**` is `.*`, brackets pass through). We keep those
/// pieces as tokens and match by simulating all positions at once, so no pattern can make
/// matching slow.
enum GlobToken: Equatable, Sendable {
    case literal(Unicode.Scalar)
    /// `[^/]*`
    case segmentRun
    /// `[^/]`
    case segmentChar
    /// `(.*/)?`
    case optionalDirectories
    /// `.*`
    case anyRun
    /// A bracket expression: ranges, possibly negated.
    case characterClass(negated: Bool, ranges: [ClosedRange<UInt32>])

    /// Parses `[...]` starting after the `[` (Go regexp class syntax); nil if unclosed.
    static func parseClass(_ p: [Unicode.Scalar], from start: Int) -> (GlobToken, Int)? {
        var i = start
        var negated = false
        if i < p.count, p[i] == "^" {
            negated = true
            i += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while i < p.count {
            if p[i] == "]" && !first { return (.characterClass(negated: negated, ranges: ranges), i + 1) }
            first = false
            var lo = p[i]
            if lo == "\\", i + 1 < p.count {
                i += 1
                lo = p[i]
            }
            i += 1
            var hi = lo
            if i + 1 < p.count, p[i] == "-", p[i + 1] != "]" {
                hi = p[i + 1]
                if hi == "\\", i + 2 < p.count {
                    hi = p[i + 2]
                    i += 1
                }
                i += 2
            }
            if lo.value <= hi.value { ranges.append(lo.value...hi.value) }
        }
        return nil
    }

    /// `filepath.Match`'s syntax check: escapes must escape something, classes must close
    /// and be non-empty, ranges need both ends.
    static func isValidGlob(_ pattern: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        var i = 0
        while i < p.count {
            switch p[i] {
            case "\\":
                if i + 1 >= p.count { return false }
                i += 2
            case "[":
                i += 1
                if i < p.count, p[i] == "^" { i += 1 }
                var count = 0
                while true {
                    guard i < p.count else { return false }
                    if p[i] == "]" && count > 0 {
                        i += 1
                        break
                    }
                    guard let afterLow = escapedChar(p, i) else { return false }
                    i = afterLow
                    guard i < p.count else { return false }
                    if p[i] == "-" {
                        guard let afterHigh = escapedChar(p, i + 1) else { return false }
                        i = afterHigh
                        guard i < p.count else { return false }
                    }
                    count += 1
                }
            default:
                i += 1
            }
        }
        return true
    }

    /// `getEsc`: one (possibly escaped) class character; nil on `-`, `]` or the end.
    private static func escapedChar(_ p: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i < p.count, p[i] != "-", p[i] != "]" else { return nil }
        if p[i] == "\\" {
            guard i + 1 < p.count else { return nil }
            return i + 2
        }
        return i + 1
    }

    /// Whether the tokens match the whole subject (`^...$`).
    static func fullMatch(_ tokens: [GlobToken], _ s: [Unicode.Scalar]) -> Bool {
        let n = s.count
        var current = [Bool](repeating: false, count: n + 1)
        current[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: n + 1)
            switch token {
            case .literal(let c):
                for p in 0..<n where current[p] && s[p] == c { next[p + 1] = true }
            case .segmentChar:
                for p in 0..<n where current[p] && s[p] != "/" { next[p + 1] = true }
            case .characterClass(let negated, let ranges):
                for p in 0..<n where current[p] {
                    let inside = ranges.contains { $0.contains(s[p].value) }
                    if inside != negated { next[p + 1] = true }
                }
            case .segmentRun, .anyRun:
                let stop: Unicode.Scalar = token == .segmentRun ? "/" : "\n"
                var active = false
                for q in 0...n {
                    if current[q] { active = true }
                    next[q] = active
                    if q < n && s[q] == stop { active = false }
                }
            case .optionalDirectories:
                var active = false
                for q in 0...n {
                    var reachable = current[q]
                    if q > 0 && s[q - 1] == "/" && active { reachable = true }
                    next[q] = reachable
                    if current[q] { active = true }
                    if q < n && s[q] == "\n" { active = false }
                }
            }
            current = next
            if !current.contains(true) { return false }
        }
        return current[n]
    }
}

import DockerAPI

/// moby's `api/types/time.GetTimestamp` and Go's `time.ParseDuration`, for `since`/`until` filters
/// and the `--since`/`--until` of logs and events.
enum TimeFilters {
    /// A Go duration (`90s`, `1h30m`, `1.5h`, `-10m`) in nanoseconds, or `nil`.
    static func parseDuration(_ text: String) -> Int64? {
        var s = Substring(text)
        var sign: Double = 1
        if s.hasPrefix("-") { sign = -1; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        if s == "0" { return 0 }
        guard !s.isEmpty else { return nil }
        var total: Double = 0
        while !s.isEmpty {
            var number = ""
            while let c = s.first, c.isNumber || c == "." { number.append(c); s = s.dropFirst() }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            var unit = ""
            while let c = s.first, !(c.isNumber || c == ".") { unit.append(c); s = s.dropFirst() }
            let scale: Double
            switch unit {
            case "ns": scale = 1
            case "us", "µs", "μs": scale = 1e3
            case "ms": scale = 1e6
            case "s": scale = 1e9
            case "m": scale = 60e9
            case "h": scale = 3600e9
            default: return nil
            }
            total += value * scale
        }
        return Int64(sign * total)
    }

    /// `GetTimestamp(value, now)`: a duration before `now`, an RFC 3339 or plain date, or Unix seconds.
    static func timestamp(_ value: String, now: Timestamp) -> Timestamp? {
        if let d = parseDuration(value), !value.allSatisfy({ $0.isNumber || $0 == "." }) {
            return now.adding(nanoseconds: -d)
        }
        if let t = Timestamp.parseRFC3339(value) { return t }
        let b = Array(value.utf8)
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D, let t = Timestamp.parseRFC3339(value + "T00:00:00Z") { return t }
        if b.count == 19, b[10] == 0x54, let t = Timestamp.parseRFC3339(value + "Z") { return t }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count <= 2, let seconds = Int64(parts[0]) {
            var nanos: Int64 = 0
            if parts.count == 2 {
                let digits = String(parts[1].prefix(9))
                guard let n = Int64(digits) else { return nil }
                nanos = n
                for _ in digits.count..<9 { nanos *= 10 }
            }
            return Timestamp(seconds: seconds, nanoseconds: nanos)
        }
        return nil
    }

    /// Go's `path.Match` on `/`-free patterns: `*`, `?` and `[...]` classes (reference filters).
    static func globMatch(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern), n = Array(name)
        func match(_ pi: Int, _ ni: Int) -> Bool {
            if pi == p.count { return ni == n.count }
            switch p[pi] {
            case "*":
                var k = ni
                while true {
                    if match(pi + 1, k) { return true }
                    if k == n.count || n[k] == "/" { return false }
                    k += 1
                }
            case "?":
                return ni < n.count && n[ni] != "/" && match(pi + 1, ni + 1)
            case "[":
                guard ni < n.count, let close = p[(pi + 1)...].firstIndex(of: "]") else { return false }
                var body = Array(p[(pi + 1)..<close])
                var negate = false
                if body.first == "^" { negate = true; body.removeFirst() }
                var hit = false
                var i = 0
                while i < body.count {
                    if i + 2 < body.count, body[i + 1] == "-" {
                        if body[i] <= n[ni] && n[ni] <= body[i + 2] { hit = true }
                        i += 3
                    } else {
                        if body[i] == n[ni] { hit = true }
                        i += 1
                    }
                }
                return hit != negate && match(close + 1, ni + 1)
            case "\\":
                guard pi + 1 < p.count, ni < n.count, p[pi + 1] == n[ni] else { return false }
                return match(pi + 2, ni + 1)
            default:
                return ni < n.count && p[pi] == n[ni] && match(pi + 1, ni + 1)
            }
        }
        return match(0, 0)
    }
}

/// Go's `time.ParseDuration` and `Duration.String`, with their exact error texts.
///
/// pflag's `duration` flags (`--health-interval`, `--stop-grace-period`...), `docker logs --since 10m`
/// and `docker events --since` all read durations with Go's grammar: signed sequences of decimal
/// numbers with units (`1h30m`, `1.5s`, `-2m`), where only the bare `0` may omit its unit.
public enum GoDuration {
    /// Nanoseconds per unit, as Go's `unitMap` lists them.
    private static let units: [String: UInt64] = [
        "ns": 1,
        "us": 1_000,
        "\u{00B5}s": 1_000,  // U+00B5 micro sign
        "\u{03BC}s": 1_000,  // U+03BC Greek small letter mu
        "ms": 1_000_000,
        "s": 1_000_000_000,
        "m": 60_000_000_000,
        "h": 3_600_000_000_000,
    ]

    /// A duration that failed to parse, printed as Go prints it.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    private static let limit: UInt64 = 1 << 63

    /// `time.ParseDuration`: the duration in nanoseconds.
    public static func parse(_ original: String) -> Result<Int64, ParseError> {
        let invalid = ParseError(description: "time: invalid duration " + GoQuote.timeQuote(original))
        var s = Array(original.utf8)[...]
        var negative = false
        if let c = s.first, c == 0x2D || c == 0x2B {
            negative = c == 0x2D
            s = s.dropFirst()
        }
        if s.elementsEqual([0x30]) { return .success(0) }
        if s.isEmpty { return .failure(invalid) }
        var total: UInt64 = 0
        while !s.isEmpty {
            guard let c = s.first, c == 0x2E || (c >= 0x30 && c <= 0x39) else { return .failure(invalid) }
            // The integer part.
            let before = s.count
            var v: UInt64 = 0
            while let d = s.first, d >= 0x30 && d <= 0x39 {
                if v > limit / 10 { return .failure(invalid) }
                v = v * 10 + UInt64(d - 0x30)
                if v > limit { return .failure(invalid) }
                s = s.dropFirst()
            }
            let pre = before != s.count
            // The fraction.
            var fraction: UInt64 = 0
            var scale: Double = 1
            var post = false
            if s.first == 0x2E {
                s = s.dropFirst()
                let fractionStart = s.count
                var overflow = false
                while let d = s.first, d >= 0x30 && d <= 0x39 {
                    s = s.dropFirst()
                    if overflow { continue }
                    if fraction > (limit - 1) / 10 { overflow = true; continue }
                    let y = fraction * 10 + UInt64(d - 0x30)
                    if y > limit { overflow = true; continue }
                    fraction = y
                    scale *= 10
                }
                post = fractionStart != s.count
            }
            if !pre && !post { return .failure(invalid) }
            // The unit.
            var unitBytes: [UInt8] = []
            while let u = s.first, u != 0x2E, !(u >= 0x30 && u <= 0x39) {
                unitBytes.append(u)
                s = s.dropFirst()
            }
            if unitBytes.isEmpty {
                return .failure(ParseError(description: "time: missing unit in duration " + GoQuote.timeQuote(original)))
            }
            let unitName = String(decoding: unitBytes, as: UTF8.self)
            guard let unit = units[unitName] else {
                return .failure(ParseError(description: "time: unknown unit " + GoQuote.timeQuote(unitName)
                    + " in duration " + GoQuote.timeQuote(original)))
            }
            if v > limit / unit { return .failure(invalid) }
            v *= unit
            if fraction > 0 {
                v += UInt64(Double(fraction) * (Double(unit) / scale))
                if v > limit { return .failure(invalid) }
            }
            total += v
            if total > limit { return .failure(invalid) }
        }
        if negative { return .success(total == limit ? Int64.min : -Int64(total)) }
        if total > limit - 1 { return .failure(invalid) }
        return .success(Int64(total))
    }

    /// `time.Duration.String`: `1h30m0s`, `1.5s`, `500ms`, `0s`.
    public static func format(_ nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        let u = nanoseconds.magnitude
        var out: String
        if u < 1_000_000_000 {
            // Sub-second: the largest unit that keeps an integer part.
            let (unit, divisor): (String, UInt64) = u < 1_000 ? ("ns", 1) : u < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            out = fixed(u, divisor: divisor) + unit
        } else {
            var rest = u
            let hours = rest / 3_600_000_000_000
            rest %= 3_600_000_000_000
            let minutes = rest / 60_000_000_000
            rest %= 60_000_000_000
            out = fixed(rest, divisor: 1_000_000_000) + "s"
            if hours > 0 || minutes > 0 { out = String(minutes) + "m" + out }
            if hours > 0 { out = String(hours) + "h" + out }
        }
        return negative ? "-" + out : out
    }

    /// `value / divisor` with the fraction's trailing zeros removed, as Go's `fmtFrac` writes it.
    private static func fixed(_ value: UInt64, divisor: UInt64) -> String {
        let whole = value / divisor
        var fraction = value % divisor
        guard fraction > 0 else { return String(whole) }
        var digits = String(fraction)
        let width = String(divisor).count - 1
        digits = String(repeating: "0", count: width - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        fraction = 0
        return String(whole) + "." + digits
    }
}

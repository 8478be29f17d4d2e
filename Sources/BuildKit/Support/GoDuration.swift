/// Go's `time.ParseDuration` and `time.Duration.String`, for HEALTHCHECK's flags.
///
/// HEALTHCHECK durations are parsed by Go and printed back into the image history with `%q`,
/// so both directions must match Go to the character (`1m30s`, `500ms`, `0s`).
enum GoDuration {
    /// A parse failure, worded as Go's `time` package words it.
    struct ParseError: Error, Equatable {
        let message: String
    }

    private static let units: [String: UInt64] = [
        "ns": 1,
        "us": 1_000,
        "\u{00B5}s": 1_000,
        "\u{03BC}s": 1_000,
        "ms": 1_000_000,
        "s": 1_000_000_000,
        "m": 60_000_000_000,
        "h": 3_600_000_000_000,
    ]

    /// Parses `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` into nanoseconds.
    static func parse(_ text: String) throws(ParseError) -> Int64 {
        let invalid = ParseError(message: "time: invalid duration " + quote(text))
        var s = Array(text.utf8)[...]
        var negative = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            negative = c == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        if s.elementsEqual("0".utf8) { return 0 }
        if s.isEmpty { throw invalid }
        var total: UInt64 = 0
        let limit: UInt64 = 1 << 63
        while !s.isEmpty {
            guard let c = s.first, c == UInt8(ascii: ".") || isDigit(c) else { throw invalid }
            let before = s.count
            var value: UInt64 = 0
            while let d = s.first, isDigit(d) {
                if value > limit / 10 { throw invalid }
                value = value * 10 + UInt64(d - 48)
                if value > limit { throw invalid }
                s = s.dropFirst()
            }
            let hasInteger = before != s.count
            var fraction: UInt64 = 0
            var scale: Double = 1
            var hasFraction = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                let fractionStart = s.count
                var overflow = false
                while let d = s.first, isDigit(d) {
                    if !overflow {
                        if fraction > (limit - 1) / 10 {
                            overflow = true
                        } else {
                            let next = fraction * 10 + UInt64(d - 48)
                            if next > limit { overflow = true } else { fraction = next; scale *= 10 }
                        }
                    }
                    s = s.dropFirst()
                }
                hasFraction = fractionStart != s.count
            }
            if !hasInteger && !hasFraction { throw invalid }
            var unitLength = 0
            for byte in s {
                if byte == UInt8(ascii: ".") || isDigit(byte) { break }
                unitLength += 1
            }
            if unitLength == 0 {
                throw ParseError(message: "time: missing unit in duration " + quote(text))
            }
            let unitText = String(decoding: s.prefix(unitLength), as: UTF8.self)
            s = s.dropFirst(unitLength)
            guard let unit = units[unitText] else {
                throw ParseError(message: "time: unknown unit " + quote(unitText) + " in duration " + quote(text))
            }
            if value > limit / unit { throw invalid }
            value *= unit
            if fraction > 0 {
                value += UInt64(Double(fraction) * (Double(unit) / scale))
                if value > limit { throw invalid }
            }
            total += value
            if total > limit { throw invalid }
        }
        if negative { return total == limit ? Int64.min : -Int64(total) }
        if total > limit - 1 { throw invalid }
        return Int64(total)
    }

    /// `time.Duration.String`: `72h3m0.5s`, `1.5µs`, `0s`.
    static func format(_ nanoseconds: Int64) -> String {
        var u = nanoseconds.magnitude
        let negative = nanoseconds < 0
        var buffer: [UInt8] = []
        if u < 1_000_000_000 {
            if u == 0 { return "0s" }
            var precision = 0
            var unit: [UInt8]
            if u < 1_000 {
                unit = Array("ns".utf8)
            } else if u < 1_000_000 {
                precision = 3
                unit = Array("\u{00B5}s".utf8)
            } else {
                precision = 6
                unit = Array("ms".utf8)
            }
            let (integer, fraction) = splitFraction(u, precision: precision)
            buffer = Array(String(integer).utf8) + fraction + unit
        } else {
            var text: [UInt8] = []
            let (seconds, fraction) = splitFraction(u, precision: 9)
            u = seconds
            text = Array(String(u % 60).utf8) + fraction + [UInt8(ascii: "s")]
            u /= 60
            if u > 0 {
                text = Array(String(u % 60).utf8) + [UInt8(ascii: "m")] + text
                u /= 60
                if u > 0 {
                    text = Array(String(u).utf8) + [UInt8(ascii: "h")] + text
                }
            }
            buffer = text
        }
        let body = String(decoding: buffer, as: UTF8.self)
        return negative ? "-" + body : body
    }

    /// Go's `fmtFrac`: the value divided by 10^precision, and the fraction digits without
    /// trailing zeros (and without the dot when they are all zero).
    private static func splitFraction(_ value: UInt64, precision: Int) -> (UInt64, [UInt8]) {
        var v = value
        var digits: [UInt8] = []
        var printed = false
        for _ in 0..<precision {
            let digit = v % 10
            printed = printed || digit != 0
            if printed { digits.insert(UInt8(48 + digit), at: 0) }
            v /= 10
        }
        if printed { digits.insert(UInt8(ascii: "."), at: 0) }
        return (v, digits)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// The `time` package's own `quote`: non-ASCII and control bytes as `\x..`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for byte in s.utf8 {
            if byte >= 0x80 || byte < 0x20 {
                out += "\\x" + GoText.hex(UInt32(byte), width: 2)
            } else {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out += "\\" }
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out + "\""
    }
}

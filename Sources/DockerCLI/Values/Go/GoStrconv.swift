/// Go's `strconv` number and boolean parsers, with their exact error texts.
///
/// pflag parses every numeric flag with `strconv` and prints its error verbatim
/// (`strconv.ParseInt: parsing "x": invalid syntax`), and many docker validators pass
/// `strconv` errors through, so the accepted syntax (base prefixes, underscores) and the
/// messages must be Go's, not Swift's.
public enum GoStrconv {
    /// A `*strconv.NumError`: which function failed, on what input, and why.
    public struct NumError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Go's `ErrSyntax` and `ErrRange`, by their texts.
        public enum Reason: String, Sendable {
            case syntax = "invalid syntax"
            case range = "value out of range"
        }

        /// The Go function name (`ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool`, `Atoi`).
        public var function: String
        public var input: String
        public var reason: Reason

        /// `NumError.Error()`.
        public var description: String {
            "strconv.\(function): parsing \(GoQuote.quote(input)): \(reason.rawValue)"
        }

        /// `NumError.Err.Error()` alone, which docker prints when it unwraps the error.
        public var reasonText: String { reason.rawValue }
    }

    /// `strconv.ParseUint(s, base, bitSize)`; `base` 0 accepts `0x`, `0o`, `0b`, leading-`0` octal and `_`.
    public static func parseUint(_ s: String, base: Int = 10, bitSize: Int = 64) -> Result<UInt64, NumError> {
        parseUint(s, base: base, bitSize: bitSize, function: "ParseUint", reported: s)
    }

    private static func parseUint(_ s: String, base requestedBase: Int, bitSize requestedBits: Int, function: String,
                                  reported: String) -> Result<UInt64, NumError> {
        func fail(_ reason: NumError.Reason) -> Result<UInt64, NumError> {
            .failure(NumError(function: function, input: reported, reason: reason))
        }
        var bytes = Array(s.utf8)
        if bytes.isEmpty { return fail(.syntax) }
        let base0 = requestedBase == 0
        var base = UInt64(requestedBase)
        if base0 {
            base = 10
            if bytes[0] == 0x30 {
                if bytes.count >= 3, lower(bytes[1]) == 0x62 {
                    base = 2; bytes.removeFirst(2)
                } else if bytes.count >= 3, lower(bytes[1]) == 0x6F {
                    base = 8; bytes.removeFirst(2)
                } else if bytes.count >= 3, lower(bytes[1]) == 0x78 {
                    base = 16; bytes.removeFirst(2)
                } else {
                    base = 8; bytes.removeFirst(1)
                }
            }
        }
        let bitSize = requestedBits == 0 ? 64 : requestedBits
        let maxValue: UInt64 = bitSize >= 64 ? UInt64.max : (UInt64(1) << UInt64(bitSize)) - 1
        let cutoff = UInt64.max / base + 1
        var n: UInt64 = 0
        var underscores = false
        for c in bytes {
            let d: UInt64
            if c == 0x5F && base0 {
                underscores = true
                continue
            } else if c >= 0x30 && c <= 0x39 {
                d = UInt64(c - 0x30)
            } else if lower(c) >= 0x61 && lower(c) <= 0x7A {
                d = UInt64(lower(c) - 0x61 + 10)
            } else {
                return fail(.syntax)
            }
            if d >= base { return fail(.syntax) }
            if n >= cutoff { return fail(.range) }
            n *= base
            let (n1, overflow) = n.addingReportingOverflow(d)
            if overflow || n1 > maxValue { return fail(.range) }
            n = n1
        }
        if underscores && !underscoreOK(Array(s.utf8)) { return fail(.syntax) }
        return .success(n)
    }

    /// `strconv.ParseInt(s, base, bitSize)`.
    public static func parseInt(_ s: String, base: Int = 10, bitSize: Int = 64) -> Result<Int64, NumError> {
        parseInt(s, base: base, bitSize: bitSize, function: "ParseInt")
    }

    private static func parseInt(_ s: String, base: Int, bitSize requestedBits: Int, function: String) -> Result<Int64, NumError> {
        if s.isEmpty { return .failure(NumError(function: function, input: s, reason: .syntax)) }
        var unsigned = Substring(s)
        var negative = false
        if let first = unsigned.first, first == "+" || first == "-" {
            negative = first == "-"
            unsigned = unsigned.dropFirst()
        }
        let bitSize = requestedBits == 0 ? 64 : requestedBits
        let magnitude: UInt64
        switch parseUint(String(unsigned), base: base, bitSize: bitSize, function: function, reported: s) {
        case .success(let v): magnitude = v
        case .failure(let e):
            if e.reason == .syntax { return .failure(e) }
            magnitude = UInt64.max
        }
        let cutoff = UInt64(1) << UInt64(bitSize - 1)
        if !negative && magnitude >= cutoff { return .failure(NumError(function: function, input: s, reason: .range)) }
        if negative && magnitude > cutoff { return .failure(NumError(function: function, input: s, reason: .range)) }
        if negative {
            return .success(magnitude == cutoff ? -Int64(bitPattern: cutoff &- 1) &- 1 : -Int64(magnitude))
        }
        return .success(Int64(magnitude))
    }

    /// `strconv.Atoi`: base 10, no prefixes or underscores, reported as `Atoi`.
    public static func atoi(_ s: String) -> Result<Int, NumError> {
        // Go's fast path and its ParseInt fallback both reject what base 10 rejects.
        switch parseInt(s, base: 10, bitSize: 64, function: "Atoi") {
        case .success(let v): return .success(Int(v))
        case .failure(let e): return .failure(e)
        }
    }

    /// `strconv.ParseBool`.
    public static func parseBool(_ s: String) -> Result<Bool, NumError> {
        switch s {
        case "1", "t", "T", "true", "TRUE", "True": return .success(true)
        case "0", "f", "F", "false", "FALSE", "False": return .success(false)
        default: return .failure(NumError(function: "ParseBool", input: s, reason: .syntax))
        }
    }

    /// `strconv.ParseFloat(s, bitSize)`: decimal and hexadecimal floats, `inf`, `infinity`, `nan`.
    public static func parseFloat(_ s: String, bitSize: Int = 64) -> Result<Double, NumError> {
        func fail(_ reason: NumError.Reason) -> Result<Double, NumError> {
            .failure(NumError(function: "ParseFloat", input: s, reason: reason))
        }
        let bytes = Array(s.utf8)
        if let special = parseSpecial(bytes) { return .success(special) }
        guard isFloatSyntax(bytes) else { return fail(.syntax) }
        let cleaned = String(decoding: bytes.filter { $0 != 0x5F }, as: UTF8.self)
        guard let value = Double(cleaned) else { return fail(.syntax) }
        if bitSize == 32 {
            let f = Float(value)
            if f.isInfinite { return fail(.range) }
            return .success(Double(f))
        }
        if value.isInfinite { return fail(.range) }
        return .success(value)
    }

    /// Go's `special`: an optionally signed `inf`, `infinity` or `nan`, case-insensitively.
    private static func parseSpecial(_ bytes: [UInt8]) -> Double? {
        var rest = bytes[...]
        var sign = 1.0
        var signed = false
        if let first = rest.first, first == 0x2B || first == 0x2D {
            sign = first == 0x2D ? -1 : 1
            signed = true
            rest = rest.dropFirst()
        }
        let word = String(decoding: rest, as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return sign * .infinity }
        if word == "nan" && !signed { return .nan }
        return nil
    }

    /// Go's `readFloat` grammar, checked over the whole string.
    private static func isFloatSyntax(_ s: [UInt8]) -> Bool {
        var i = 0
        if i < s.count, s[i] == 0x2B || s[i] == 0x2D { i += 1 }
        var base = 10
        var expChar: UInt8 = 0x65
        if i + 2 < s.count, s[i] == 0x30, lower(s[i + 1]) == 0x78 {
            base = 16
            i += 2
            expChar = 0x70
        }
        var underscores = false
        var sawDot = false
        var sawDigits = false
        scan: while i < s.count {
            let c = s[i]
            if c == 0x5F {
                underscores = true
            } else if c == 0x2E {
                if sawDot { break scan }
                sawDot = true
            } else if c >= 0x30 && c <= 0x39 {
                sawDigits = true
            } else if base == 16, lower(c) >= 0x61, lower(c) <= 0x66 {
                sawDigits = true
            } else {
                break scan
            }
            i += 1
        }
        if !sawDigits { return false }
        if i < s.count, lower(s[i]) == expChar {
            i += 1
            if i >= s.count { return false }
            if s[i] == 0x2B || s[i] == 0x2D { i += 1 }
            if i >= s.count || s[i] < 0x30 || s[i] > 0x39 { return false }
            while i < s.count, (s[i] >= 0x30 && s[i] <= 0x39) || s[i] == 0x5F {
                if s[i] == 0x5F { underscores = true }
                i += 1
            }
        } else if base == 16 {
            return false
        }
        if underscores && !underscoreOK(Array(s[..<i])) { return false }
        return i == s.count
    }

    /// Go's `underscoreOK`: underscores only between digits, or between a base prefix and a digit.
    static func underscoreOK(_ input: [UInt8]) -> Bool {
        var s = input[...]
        var saw: UInt8 = 0x5E  // '^'
        if let first = s.first, first == 0x2B || first == 0x2D { s = s.dropFirst() }
        var hex = false
        var i = s.startIndex
        if s.count >= 2, s[i] == 0x30 {
            let p = lower(s[i + 1])
            if p == 0x62 || p == 0x6F || p == 0x78 {
                i += 2
                saw = 0x30
                hex = p == 0x78
            }
        }
        while i < s.endIndex {
            let c = s[i]
            if (c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66) {
                saw = 0x30
            } else if c == 0x5F {
                if saw != 0x30 { return false }
                saw = 0x5F
            } else {
                if saw == 0x5F { return false }
                saw = 0x21
            }
            i += 1
        }
        return saw != 0x5F
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
}

/// The `Set` checks of pflag's own value types, which docker-tutor's parser applies itself.
///
/// docker's types (`opts.MemBytes`, `opts.ListOpts` with validators...) are checked by
/// `flagValueError` in `Values/`; pflag's types parse with Go's `strconv` and `time`, whose
/// error texts are reproduced here (`strconv.ParseBool: parsing "foo": invalid syntax`).
enum PflagValueCheck {
    /// The reason `value` is refused by the flag's pflag type, or `nil`.
    static func error(_ flag: FlagSpec, _ value: String) -> String? {
        switch flag.valueType {
        case "pflag.boolValue":
            return GoParse.bool(value) == nil ? "strconv.ParseBool: parsing \(GoQuote.string(value)): invalid syntax" : nil
        case "pflag.intValue", "pflag.int64Value":
            return GoParse.intError(value, bits: 64).map { "strconv.ParseInt: parsing \(GoQuote.string(value)): \($0)" }
        case "pflag.int32Value":
            return GoParse.intError(value, bits: 32).map { "strconv.ParseInt: parsing \(GoQuote.string(value)): \($0)" }
        case "pflag.uintValue", "pflag.uint64Value", "service.Uint64Opt":
            return GoParse.uintError(value, bits: 64).map { "strconv.ParseUint: parsing \(GoQuote.string(value)): \($0)" }
        case "pflag.uint16Value":
            return GoParse.uintError(value, bits: 16).map { "strconv.ParseUint: parsing \(GoQuote.string(value)): \($0)" }
        case "pflag.uint32Value":
            return GoParse.uintError(value, bits: 32).map { "strconv.ParseUint: parsing \(GoQuote.string(value)): \($0)" }
        case "service.floatValue":
            return Double(value) == nil || value.contains(where: { $0 == "_" })
                ? "strconv.ParseFloat: parsing \(GoQuote.string(value)): invalid syntax" : nil
        case "pflag.durationValue":
            return GoParse.durationError(value)
        case "pflag.stringToStringValue":
            return stringToStringError(value)
        default:
            return nil
        }
    }

    /// pflag's `stringToStringValue.Set`: comma-separated `key=value` pairs.
    private static func stringToStringError(_ value: String) -> String? {
        guard !value.isEmpty else { return nil }
        for pair in value.split(separator: ",", omittingEmptySubsequences: false) where !pair.contains("=") {
            return "\(pair) must be formatted as key=value"
        }
        return nil
    }
}

/// Ports of the Go parsers pflag relies on: `strconv.ParseBool`, `ParseInt`/`ParseUint` with
/// base 0, and `time.ParseDuration`.
enum GoParse {
    /// `strconv.ParseBool`.
    static func bool(_ s: String) -> Bool? {
        switch s {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    /// `strconv.ParseInt(s, 0, bits)`'s error (`invalid syntax`, `value out of range`), or `nil`.
    static func intError(_ s: String, bits: Int) -> String? {
        var body = Substring(s)
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard let magnitude = unsigned(body) else { return "invalid syntax" }
        guard case .some(let m) = magnitude else { return "value out of range" }
        let limit: UInt64 = 1 << UInt64(bits - 1)
        if negative ? m > limit : m >= limit { return "value out of range" }
        return nil
    }

    /// `strconv.ParseUint(s, 0, bits)`'s error, or `nil`.
    static func uintError(_ s: String, bits: Int) -> String? {
        guard let magnitude = unsigned(Substring(s)) else { return "invalid syntax" }
        guard case .some(let m) = magnitude else { return "value out of range" }
        if bits < 64 && m >= (UInt64(1) << UInt64(bits)) { return "value out of range" }
        return nil
    }

    /// Parses an unsigned Go integer literal with base prefix and underscores: `nil` for bad
    /// syntax, `.some(nil)` for overflow of 64 bits.
    private static func unsigned(_ s: Substring) -> UInt64?? {
        var digits = s
        var base: UInt64 = 10
        let lower = s.lowercased()
        if lower.hasPrefix("0x") { base = 16; digits = s.dropFirst(2) }
        else if lower.hasPrefix("0o") { base = 8; digits = s.dropFirst(2) }
        else if lower.hasPrefix("0b") { base = 2; digits = s.dropFirst(2) }
        else if s.count > 1 && s.hasPrefix("0") { base = 8; digits = s.dropFirst(1) }
        guard !s.isEmpty, underscoresOK(s) else { return nil }
        var value: UInt64 = 0
        var overflow = false
        var sawDigit = false
        for ch in digits {
            if ch == "_" { continue }
            guard let d = ch.hexDigitValue, UInt64(d) < base else { return nil }
            sawDigit = true
            let (m, o1) = value.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { overflow = true }
            value = a
        }
        guard sawDigit || base == 8 else { return nil }
        return .some(overflow ? nil : value)
    }

    /// Go's `underscoreOK`: underscores only between digits (or after a base prefix).
    private static func underscoresOK(_ s: Substring) -> Bool {
        var saw: Character = "^"
        var i = s.startIndex
        var hex = false
        let lower = s.lowercased()
        if s.count >= 2, s.first == "0", ["x", "o", "b"].contains(lower.dropFirst().first ?? " ") {
            hex = lower.dropFirst().first == "x"
            i = s.index(i, offsetBy: 2)
            saw = "0"
        }
        while i < s.endIndex {
            let c = s[i]
            if c.isASCII && (c.isNumber || (hex && c.isHexDigit)) {
                saw = "0"
            } else if c == "_" {
                if saw != "0" { return false }
                saw = "_"
            } else {
                if saw == "_" { return false }
                saw = "!"
            }
            i = s.index(after: i)
        }
        return saw != "_"
    }

    /// `time.ParseDuration`'s error (`time: invalid duration "x"`...), or `nil` when valid.
    static func durationError(_ original: String) -> String? {
        let quoted = GoQuote.string(original)
        var s = Substring(original)
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        if s == "0" { return nil }
        if s.isEmpty { return "time: invalid duration \(quoted)" }
        let units: Set<String> = ["ns", "us", "µs", "μs", "ms", "s", "m", "h"]
        while !s.isEmpty {
            guard let c = s.first, c == "." || c.isASCII && c.isNumber else {
                return "time: invalid duration \(quoted)"
            }
            let intPart = s.prefix { $0.isASCII && $0.isNumber }
            s = s.dropFirst(intPart.count)
            var fracPart: Substring = ""
            if s.first == "." {
                s = s.dropFirst()
                fracPart = s.prefix { $0.isASCII && $0.isNumber }
                s = s.dropFirst(fracPart.count)
            }
            if intPart.isEmpty && fracPart.isEmpty { return "time: invalid duration \(quoted)" }
            let unit = s.prefix { !($0 == "." || $0.isASCII && $0.isNumber) }
            s = s.dropFirst(unit.count)
            if unit.isEmpty { return "time: missing unit in duration \(quoted)" }
            if !units.contains(String(unit)) {
                return "time: unknown unit \(GoQuote.string(String(unit))) in duration \(quoted)"
            }
            if intPart.count > 19, (UInt64(intPart) ?? .max) > UInt64(1 << 63) {
                return "time: invalid duration \(quoted)"
            }
        }
        return nil
    }
}

/// Go's `strconv` number and boolean parsing, with its error texts.
///
/// Mount options (`uid=`, `mode=`), `--retries` and `--chmod` go through `strconv`, and
/// BuildKit sometimes surfaces its errors verbatim (`strconv.ParseInt: parsing "x": invalid
/// syntax`), so the accepted syntax and the wording both follow Go.
enum GoStrconv {
    /// A `*strconv.NumError`.
    struct NumError: Error, Equatable {
        enum Reason: String { case syntax = "invalid syntax", range = "value out of range" }
        let function: String
        let input: String
        let reason: Reason
        var message: String { "strconv.\(function): parsing \(GoText.quote(input)): \(reason.rawValue)" }
    }

    /// `strconv.ParseUint(s, base, bitSize)` for an explicit base (no prefixes, no underscores).
    static func parseUint(_ s: String, base: Int, bitSize: Int) throws(NumError) -> UInt64 {
        try parseUnsigned(s, base: base, bitSize: bitSize, function: "ParseUint")
    }

    /// `strconv.ParseInt(s, base, bitSize)` for an explicit base.
    static func parseInt(_ s: String, base: Int, bitSize: Int) throws(NumError) -> Int64 {
        var body = Substring(s)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        let magnitude: UInt64
        do {
            magnitude = try parseUnsigned(String(body), base: base, bitSize: bitSize, function: "ParseInt")
        } catch {
            throw NumError(function: "ParseInt", input: s, reason: error.reason)
        }
        let cutoff = UInt64(1) << UInt64(bitSize - 1)
        if !negative && magnitude >= cutoff {
            throw NumError(function: "ParseInt", input: s, reason: .range)
        }
        if negative && magnitude > cutoff {
            throw NumError(function: "ParseInt", input: s, reason: .range)
        }
        if negative { return magnitude == cutoff ? -Int64(bitPattern: cutoff) : -Int64(magnitude) }
        return Int64(magnitude)
    }

    private static func parseUnsigned(_ s: String, base: Int, bitSize: Int, function: String) throws(NumError) -> UInt64 {
        if s.isEmpty { throw NumError(function: function, input: s, reason: .syntax) }
        let maxValue: UInt64 = bitSize >= 64 ? .max : (UInt64(1) << UInt64(bitSize)) - 1
        var value: UInt64 = 0
        var overflow = false
        for byte in s.utf8 {
            let digit: Int
            switch byte {
            case 48...57: digit = Int(byte) - 48
            case 97...122: digit = Int(byte) - 97 + 10
            case 65...90: digit = Int(byte) - 65 + 10
            default: throw NumError(function: function, input: s, reason: .syntax)
            }
            if digit >= base { throw NumError(function: function, input: s, reason: .syntax) }
            if overflow { continue }
            let (times, o1) = value.multipliedReportingOverflow(by: UInt64(base))
            let (plus, o2) = times.addingReportingOverflow(UInt64(digit))
            if o1 || o2 || plus > maxValue { overflow = true } else { value = plus }
        }
        if overflow { throw NumError(function: function, input: s, reason: .range) }
        return value
    }

    /// `strconv.ParseBool`.
    static func parseBool(_ s: String) -> Bool? {
        switch s {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    /// `strconv.Atoi` for stage indexes: a plain decimal, optionally signed.
    static func atoi(_ s: String) -> Int? {
        guard let value = try? parseInt(s, base: 10, bitSize: 64) else { return nil }
        return Int(value)
    }
}

/// `--cpus` as docker reads it: a rational number of CPUs, stored in billionths (`opts.NanoCPUs`).
///
/// Docker parses the value with Go's `big.Rat` so `1.5`, `0.25`, `3/4` and `15e-1` all work,
/// and refuses values finer than a billionth of a CPU.
public enum NanoCPUs {
    /// The two ways `opts.ParseCPUs` fails.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case notRational(String)
        case tooPrecise

        public var description: String {
            switch self {
            case .notRational(let s): return "failed to parse \(s) as a rational number"
            case .tooPrecise: return "value is too precise"
            }
        }
    }

    private static let billion: UInt64 = 1_000_000_000

    /// `opts.ParseCPUs`: the value times 10⁹, exactly.
    public static func parse(_ s: String) -> Result<Int64, ParseError> {
        guard !s.isEmpty else { return .failure(.notRational(s)) }
        if let slash = s.firstIndex(of: "/") {
            return parseFraction(numerator: String(s[..<slash]), denominator: String(s[s.index(after: slash)...]), original: s)
        }
        return parseDecimal(s)
    }

    /// `a/b`: both integers with optional base prefixes; only the numerator may be signed.
    private static func parseFraction(numerator: String, denominator: String, original: String) -> Result<Int64, ParseError> {
        var numberText = Substring(numerator)
        var negative = false
        if let first = numberText.first, first == "+" || first == "-" {
            negative = first == "-"
            numberText = numberText.dropFirst()
        }
        guard let a = parseInteger(numberText), let b = parseInteger(Substring(denominator)), b != 0 else {
            return .failure(.notRational(original))
        }
        let g = gcd(b, billion)
        let reducedDenominator = b / g
        guard a % reducedDenominator == 0 else { return .failure(.tooPrecise) }
        let value = (a / reducedDenominator) &* (billion / g)
        return .success(negative ? -Int64(bitPattern: value) : Int64(bitPattern: value))
    }

    /// A natural number with Go's base-0 prefixes (`0x`, `0o`, `0b`, a leading `0` for octal).
    private static func parseInteger(_ s: Substring) -> UInt64? {
        guard !s.isEmpty, s.first != "+", s.first != "-" else { return nil }
        if case .success(let v) = GoStrconv.parseUint(String(s), base: 0, bitSize: 64) { return v }
        return nil
    }

    /// A mantissa (decimal, or `0b`/`0o`/`0x`-prefixed) with an optional fraction and an `e`
    /// (decimal) or `p` (binary) exponent, as `big.Rat.SetString` reads a floating-point number.
    private static func parseDecimal(_ s: String) -> Result<Int64, ParseError> {
        let fail = ParseError.notRational(s)
        var b = Array(s.utf8)[...]
        var negative = false
        if let first = b.first, first == 0x2B || first == 0x2D {
            negative = first == 0x2D
            b = b.dropFirst()
        }
        var base: UInt64 = 10
        var prefixed = false
        if b.count >= 2, b[b.startIndex] == 0x30 {
            switch b[b.startIndex + 1] | 0x20 {
            case 0x62: base = 2
            case 0x6F: base = 8
            case 0x78: base = 16
            default: break
            }
            if base != 10 {
                prefixed = true
                b = b.dropFirst(2)
            }
        }
        // Mantissa digits, kept as values; `_` may separate digits.
        var digits: [UInt64] = []
        var fractionDigits = 0
        var sawDot = false
        var previousWasDigit = prefixed
        var underscoreError = false
        var lastWasUnderscore = false
        while let c = b.first {
            lastWasUnderscore = c == 0x5F
            var d: UInt64?
            if c >= 0x30 && c <= 0x39 { d = UInt64(c - 0x30) } else if base == 16, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 {
                d = UInt64((c | 0x20) - 0x61 + 10)
            }
            if let d {
                guard d < base else { return .failure(fail) }
                digits.append(d)
                if sawDot { fractionDigits += 1 }
                previousWasDigit = true
            } else if c == 0x5F {
                if !previousWasDigit { underscoreError = true }
                previousWasDigit = false
            } else if c == 0x2E && !sawDot {
                sawDot = true
                previousWasDigit = false
            } else {
                break
            }
            b = b.dropFirst()
        }
        guard !digits.isEmpty, !underscoreError, !lastWasUnderscore else { return .failure(fail) }
        // value × 10⁹ = mantissa × 2^exp2 × 5^exp5
        var exp2 = 9
        var exp5 = 9
        switch base {
        case 10:
            exp2 -= fractionDigits
            exp5 -= fractionDigits
        case 2: exp2 -= fractionDigits
        case 8: exp2 -= 3 * fractionDigits
        default: exp2 -= 4 * fractionDigits
        }
        if let e = b.first, (base != 16 && (e | 0x20) == 0x65) || (e | 0x20) == 0x70 {
            let decimalExponent = (e | 0x20) == 0x65
            b = b.dropFirst()
            var exponentNegative = false
            if let sign = b.first, sign == 0x2B || sign == 0x2D {
                exponentNegative = sign == 0x2D
                b = b.dropFirst()
            }
            guard let first = b.first, first >= 0x30, first <= 0x39 else { return .failure(fail) }
            var exponent = 0
            while let c = b.first, (c >= 0x30 && c <= 0x39) || c == 0x5F {
                if c != 0x5F, exponent < 100_000 { exponent = exponent * 10 + Int(c - 0x30) }
                b = b.dropFirst()
            }
            if exponentNegative { exponent = -exponent }
            exp2 += exponent
            if decimalExponent { exp5 += exponent }
        }
        guard b.isEmpty else { return .failure(fail) }
        // Drop trailing zero digits of a decimal mantissa so long inputs still fit.
        while base == 10, digits.count > 1, digits.last == 0 {
            digits.removeLast()
            exp2 += 1
            exp5 += 1
        }
        var mantissa: UInt64 = 0
        for d in digits { mantissa = mantissa &* base &+ d }
        if mantissa == 0 { return .success(0) }
        while exp2 < 0 {
            guard mantissa % 2 == 0 else { return .failure(.tooPrecise) }
            mantissa /= 2
            exp2 += 1
        }
        while exp5 < 0 {
            guard mantissa % 5 == 0 else { return .failure(.tooPrecise) }
            mantissa /= 5
            exp5 += 1
        }
        for _ in 0..<min(exp2, 64) { mantissa = mantissa &* 2 }
        for _ in 0..<min(exp5, 64) { mantissa = mantissa &* 5 }
        return .success(negative ? -Int64(bitPattern: mantissa) : Int64(bitPattern: mantissa))
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// `NanoCPUs.String()`: the number of CPUs with three decimals (`1.500`), empty for zero.
    public static func format(_ nanoCPUs: Int64) -> String {
        if nanoCPUs == 0 { return "" }
        // big.Rat.FloatString(3) rounds half away from zero.
        let negative = nanoCPUs < 0
        let magnitude = nanoCPUs.magnitude
        var thousandths = magnitude / 1_000_000
        if magnitude % 1_000_000 >= 500_000 { thousandths += 1 }
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        let fractionText = String(fraction)
        return (negative ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 3 - fractionText.count) + fractionText
    }
}

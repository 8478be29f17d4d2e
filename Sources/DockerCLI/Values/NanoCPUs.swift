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

    /// A decimal mantissa with an optional fraction and `e` exponent.
    private static func parseDecimal(_ s: String) -> Result<Int64, ParseError> {
        var rest = Substring(s)
        var negative = false
        if let first = rest.first, first == "+" || first == "-" {
            negative = first == "-"
            rest = rest.dropFirst()
        }
        var digits = ""
        var fractionDigits = 0
        var sawDot = false
        while let c = rest.first, c.isASCII, c.isNumber || c == "." {
            if c == "." {
                if sawDot { return .failure(.notRational(s)) }
                sawDot = true
            } else {
                digits.append(c)
                if sawDot { fractionDigits += 1 }
            }
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty else { return .failure(.notRational(s)) }
        var exponent = 0
        if let e = rest.first, e == "e" || e == "E" {
            rest = rest.dropFirst()
            var exponentNegative = false
            if let sign = rest.first, sign == "+" || sign == "-" {
                exponentNegative = sign == "-"
                rest = rest.dropFirst()
            }
            guard let first = rest.first, first.isASCII, first.isNumber else { return .failure(.notRational(s)) }
            while let c = rest.first, c.isASCII, c.isNumber {
                if exponent < 100_000 { exponent = exponent * 10 + Int(c.asciiValue ?? 48) - 48 }
                rest = rest.dropFirst()
            }
            if exponentNegative { exponent = -exponent }
        }
        guard rest.isEmpty else { return .failure(.notRational(s)) }
        // value × 10⁹ = digits × 10^(9 + exponent − fractionDigits)
        var significant = Substring(digits.drop { $0 == "0" })
        if significant.isEmpty { return .success(0) }
        var shift = 9 + exponent - fractionDigits
        while shift < 0, significant.last == "0" {
            significant = significant.dropLast()
            shift += 1
        }
        if shift < 0 { return .failure(.tooPrecise) }
        var value: UInt64 = 0
        for c in significant { value = value &* 10 &+ UInt64((c.asciiValue ?? 48) - 48) }
        for _ in 0..<min(shift, 40) { value = value &* 10 }
        return .success(negative ? -Int64(bitPattern: value) : Int64(bitPattern: value))
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

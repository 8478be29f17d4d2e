/// Go's `strconv.FormatFloat` for `float64` in the `e`, `E`, `f`, `g` and `G` formats.
///
/// Docker's sizes (`units.HumanSize` is `%.4g`: `1.23kB`, `1e+03B`), `%v` of JSON numbers
/// (`1.234567e+06`) and `printf "%.2f"` must round and switch notation exactly as Go does.
/// Fixed precisions round the exact binary value half-to-even, as Go's decimal conversion does;
/// the shortest form uses the shortest digits that read back to the same double (what Go's Ryū
/// and Swift's `description` both produce).
public enum GoFloat {
    /// Decimal digits `0.d1d2d3... × 10^dp`, without trailing zeros (Go's `decimalSlice`).
    struct Digits {
        var d: [UInt8]
        var dp: Int
        var nd: Int { d.count }
    }

    /// `strconv.FormatFloat(value, fmt, precision, 64)`; `precision` -1 means shortest.
    public static func format(_ value: Double, fmt: Character, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let neg = value.sign == .minus
        var prec = precision
        let shortest = prec < 0
        var digs: Digits
        if shortest {
            digs = shortestDigits(abs(value))
            switch fmt {
            case "e", "E": prec = max(digs.nd - 1, 0)
            case "f": prec = max(digs.nd - digs.dp, 0)
            default: prec = digs.nd
            }
        } else {
            var exact = exactDigits(abs(value))
            switch fmt {
            case "e", "E": exact.round(prec + 1)
            case "f": exact.round(exact.dp + prec)
            default:
                if prec == 0 { prec = 1 }
                exact.round(prec)
            }
            digs = Digits(d: exact.digits, dp: exact.dp)
        }
        return formatDigits(shortest: shortest, neg: neg, digs: digs, prec: prec, fmt: fmt)
    }

    private static func formatDigits(shortest: Bool, neg: Bool, digs: Digits, prec: Int, fmt: Character) -> String {
        switch fmt {
        case "e", "E":
            return fmtE(neg: neg, d: digs, prec: prec, fmt: fmt)
        case "f":
            return fmtF(neg: neg, d: digs, prec: prec)
        case "g", "G":
            var eprec = prec
            if eprec > digs.nd && digs.nd >= digs.dp { eprec = digs.nd }
            if shortest { eprec = 6 }
            let exp = digs.dp - 1
            if exp < -4 || exp >= eprec {
                let p = min(prec, digs.nd)
                return fmtE(neg: neg, d: digs, prec: p - 1, fmt: fmt == "g" ? "e" : "E")
            }
            let p = prec > digs.dp ? digs.nd : prec
            return fmtF(neg: neg, d: digs, prec: max(p - digs.dp, 0))
        default:
            return "%" + String(fmt)
        }
    }

    private static func fmtE(neg: Bool, d: Digits, prec: Int, fmt: Character) -> String {
        var out = neg ? "-" : ""
        out.append(d.nd != 0 ? Character(Unicode.Scalar(d.d[0])) : "0")
        if prec > 0 {
            out += "."
            var i = 1
            let m = min(d.nd, prec + 1)
            while i < m {
                out.append(Character(Unicode.Scalar(d.d[i])))
                i += 1
            }
            while i <= prec {
                out += "0"
                i += 1
            }
        }
        out.append(fmt)
        var exp = d.nd == 0 ? 0 : d.dp - 1
        if exp < 0 {
            out += "-"
            exp = -exp
        } else {
            out += "+"
        }
        if exp < 10 {
            out += "0" + String(exp)
        } else {
            out += String(exp)
        }
        return out
    }

    private static func fmtF(neg: Bool, d: Digits, prec: Int) -> String {
        var out = neg ? "-" : ""
        if d.dp > 0 {
            let m = min(d.nd, d.dp)
            for i in 0..<m { out.append(Character(Unicode.Scalar(d.d[i]))) }
            if m < d.dp { out += String(repeating: "0", count: d.dp - m) }
        } else {
            out += "0"
        }
        if prec > 0 {
            out += "."
            for i in 1...prec {
                let j = d.dp + i - 1
                out.append(j >= 0 && j < d.nd ? Character(Unicode.Scalar(d.d[j])) : "0")
            }
        }
        return out
    }

    /// The shortest digits that round-trip, read from Swift's shortest representation.
    static func shortestDigits(_ value: Double) -> Digits {
        if value == 0 { return Digits(d: [], dp: 0) }
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = Array((intPart + fracPart).utf8)
        var dp = intPart.count + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            dp -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { dp = 0 }
        return Digits(d: digits, dp: dp)
    }

    /// The exact decimal expansion of a non-negative double.
    static func exactDigits(_ value: Double) -> GoDecimal {
        var dec = GoDecimal()
        guard value != 0 else { return dec }
        let significand = value.significandBitPattern | (value.isNormal ? (1 << 52) : 0)
        let exponent = value.isNormal ? Int(value.exponentBitPattern) - 1075 : -1074
        dec.assign(significand)
        dec.shift(exponent)
        return dec
    }
}

/// An arbitrary-precision decimal (Go's `strconv.decimal`), used to round doubles exactly.
struct GoDecimal {
    /// ASCII digits, most significant first, without trailing zeros.
    var digits: [UInt8] = []
    /// The decimal point: the value is `0.digits × 10^dp`.
    var dp = 0

    mutating func assign(_ v: UInt64) {
        digits = Array(String(v).utf8)
        dp = digits.count
        trim()
    }

    /// Multiplies by 2^k (or divides, for negative k), exactly.
    mutating func shift(_ k: Int) {
        var k = k
        while k > 0 {
            let s = min(k, 28)
            leftShift(s)
            k -= s
        }
        while k < 0 {
            let s = min(-k, 28)
            rightShift(s)
            k += s
        }
    }

    private mutating func leftShift(_ s: Int) {
        var carry: UInt64 = 0
        var out = [UInt8](repeating: 0, count: digits.count)
        for i in stride(from: digits.count - 1, through: 0, by: -1) {
            let v = UInt64(digits[i] - UInt8(ascii: "0")) << UInt64(s) + carry
            out[i] = UInt8(v % 10) + UInt8(ascii: "0")
            carry = v / 10
        }
        var prefix: [UInt8] = []
        while carry > 0 {
            prefix.append(UInt8(carry % 10) + UInt8(ascii: "0"))
            carry /= 10
        }
        digits = prefix.reversed() + out
        dp += prefix.count
        trim()
    }

    private mutating func rightShift(_ s: Int) {
        let mask: UInt64 = (1 << UInt64(s)) - 1
        var out: [UInt8] = []
        var remainder: UInt64 = 0
        var i = 0
        var leading = true
        while i < digits.count || remainder > 0 {
            let d: UInt64 = i < digits.count ? UInt64(digits[i] - UInt8(ascii: "0")) : 0
            let v = remainder * 10 + d
            let q = v >> UInt64(s)
            remainder = v & mask
            if leading && q == 0 {
                dp -= 1
            } else {
                leading = false
                out.append(UInt8(q) + UInt8(ascii: "0"))
            }
            i += 1
        }
        digits = out
        trim()
    }

    private mutating func trim() {
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { dp = 0 }
    }

    /// Rounds to `nd` digits, half to even (Go's `decimal.Round`).
    mutating func round(_ nd: Int) {
        guard nd >= 0, nd < digits.count else { return }
        if shouldRoundUp(nd) { roundUp(nd) } else { roundDown(nd) }
    }

    private func shouldRoundUp(_ nd: Int) -> Bool {
        if digits[nd] == UInt8(ascii: "5") && nd + 1 == digits.count {
            return nd > 0 && (digits[nd - 1] - UInt8(ascii: "0")) % 2 == 1
        }
        return digits[nd] >= UInt8(ascii: "5")
    }

    private mutating func roundUp(_ nd: Int) {
        var i = nd - 1
        while i >= 0 {
            if digits[i] < UInt8(ascii: "9") {
                digits[i] += 1
                digits.removeSubrange((i + 1)...)
                return
            }
            i -= 1
        }
        digits = [UInt8(ascii: "1")]
        dp += 1
    }

    private mutating func roundDown(_ nd: Int) {
        digits.removeSubrange(nd...)
        trim()
    }
}

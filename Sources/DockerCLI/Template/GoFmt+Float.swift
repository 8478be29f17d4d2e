/// `fmt`'s float and complex printing: verbs, precision, sign and padding rules, `#`, `%b`, `%x`.
extension Printer {
    mutating func fmtFloat(_ v: Double, _ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        switch verb {
        case "v": fmtFloat(v, verb: "g", prec: -1)
        case "b", "g", "G", "x", "X": fmtFloat(v, verb: Character(verb), prec: -1)
        case "f", "e", "E", "F": fmtFloat(v, verb: Character(verb), prec: 6)
        default: badVerb(verb, arg)
        }
    }

    mutating func fmtComplex(_ re: Double, _ im: Double, _ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        let prec: Int
        let formatVerb: Character
        switch verb {
        case "v": prec = -1; formatVerb = "g"
        case "b", "g", "G", "x", "X": prec = -1; formatVerb = Character(verb)
        case "f", "e", "E", "F": prec = 6; formatVerb = Character(verb)
        default:
            badVerb(verb, arg)
            return
        }
        let plus = flags.plus
        buf += "("
        fmtFloat(re, verb: formatVerb, prec: prec)
        flags.plus = true
        fmtFloat(im, verb: formatVerb, prec: prec)
        buf += "i)"
        flags.plus = plus
    }

    /// `fmt.fmtFloat`: sign handling, `+Inf`/`NaN`, zero padding after the sign, `#`.
    mutating func fmtFloat(_ v: Double, verb: Character, prec: Int) {
        let p = flags.precPresent ? flags.prec : prec
        var num: String
        switch verb {
        case "b": num = Self.formatBinary(v)
        case "x", "X": num = Self.formatHex(v, upper: verb == "X")
        default: num = GoFloat.format(v, fmt: verb == "F" ? "f" : verb, precision: p)
        }
        if num.hasPrefix("-") || num.hasPrefix("+") {
            // keep the sign
        } else {
            num = "+" + num
        }
        if flags.space && num.hasPrefix("+") && !flags.plus {
            num = " " + num.dropFirst()
        }
        let body = num.dropFirst()
        if body.hasPrefix("I") || body.hasPrefix("N") {
            let zero = flags.zero
            flags.zero = false
            if body.hasPrefix("N") && !flags.space && !flags.plus { num = String(body) }
            pad(num)
            flags.zero = zero
            return
        }
        if flags.sharp && verb != "b" {
            num = Self.applySharp(num, verb: verb, prec: p)
        }
        if flags.plus || !num.hasPrefix("+") {
            if flags.zero && !flags.minus && flags.widPresent && flags.wid > num.count {
                buf.append(num.first ?? "+")
                writePadding(flags.wid - num.count)
                buf += num.dropFirst()
                return
            }
            pad(num)
            return
        }
        pad(String(num.dropFirst()))
    }

    /// The `#` flag: always a decimal point, and `%g` keeps its trailing zeros.
    private static func applySharp(_ num: String, verb: Character, prec: Int) -> String {
        var digits = 0
        if verb == "v" || verb == "g" || verb == "G" || verb == "x" {
            digits = prec == -1 ? 6 : prec
        }
        var chars = Array(num)
        var tail: [Character] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var i = 1
        while i < chars.count {
            let c = chars[i]
            if c == "." {
                hasDecimalPoint = true
            } else if c == "p" || c == "P" || ((c == "e" || c == "E") && verb != "x" && verb != "X") {
                tail = Array(chars[i...])
                chars = Array(chars[..<i])
                break
            } else {
                if c != "0" { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            if chars.count == 2 && chars[1] == "0" { digits -= 1 }
            chars.append(".")
        }
        while digits > 0 {
            chars.append("0")
            digits -= 1
        }
        return String(chars + tail)
    }

    /// `%b` of a float: `4503599627370496p-52`.
    private static func formatBinary(_ v: Double) -> String {
        let neg = v.sign == .minus
        var mant = v.significandBitPattern
        var exp = Int(v.exponentBitPattern)
        if exp == 0 { exp += 1 } else { mant |= 1 << 52 }
        exp += -1023 - 52
        return (neg ? "-" : "") + String(mant) + "p" + (exp >= 0 ? "+" : "") + String(exp)
    }

    /// `%x` of a float in its shortest form: `0x1.8p+01`.
    private static func formatHex(_ v: Double, upper: Bool) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let neg = v.sign == .minus
        var s = neg ? "-0x" : "0x"
        if v == 0 {
            s += "0p+00"
        } else {
            var mant = v.significandBitPattern
            var exp = Int(v.exponentBitPattern) - 1023
            if v.isSubnormal {
                exp = -1022
                while mant & (1 << 52) == 0 {
                    mant <<= 1
                    exp -= 1
                }
                mant &= (1 << 52) - 1
            }
            var frac = String(mant, radix: 16)
            while frac.count < 13 { frac = "0" + frac }
            while frac.hasSuffix("0") { frac.removeLast() }
            s += "1" + (frac.isEmpty ? "" : "." + frac) + "p" + (exp < 0 ? "-" : "+")
            let e = abs(exp)
            s += e < 10 ? "0" + String(e) : String(e)
        }
        return upper ? s.uppercased() : s
    }
}

/// Go's two ways of quoting a string inside an error message.
///
/// Docker's messages quote values with `%q` (`strconv.Quote`) or, inside the `time` package,
/// with a cheaper quoter that hex-escapes every non-ASCII byte. The two differ on non-ASCII text,
/// so each message uses the quoter its Go code uses.
public enum GoQuote {
    private static let hexDigits = Array("0123456789abcdef")

    /// `strconv.Quote` (what `%q` prints for a string): printable runes stay, others are escaped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F {
                    out += "\\x" + hex(v, width: 2)
                } else if v < 0x80 || isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if v < 0x10000 {
                    out += "\\u" + hex(v, width: 4)
                } else {
                    out += "\\U" + hex(v, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// The `time` package's private `quote`: ASCII control and non-ASCII bytes become `\xNN`.
    public static func timeQuote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 || scalar.value < 0x20 {
                for byte in String(scalar).utf8 { out += "\\x" + hex(UInt32(byte), width: 2) }
            } else {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        var digits: [Character] = []
        var rest = v
        for _ in 0..<width {
            digits.append(hexDigits[Int(rest & 0xF)])
            rest >>= 4
        }
        return String(digits.reversed())
    }

    /// An approximation of `unicode.IsPrint` for non-ASCII scalars: letters, marks, numbers,
    /// punctuation and symbols print; separators other than U+0020, controls and unassigned do not.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

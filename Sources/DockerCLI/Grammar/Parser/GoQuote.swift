/// Go's `%q` formatting (`strconv.Quote` / `QuoteRune`), which pflag and docker use in messages.
///
/// Go escapes quotes, backslashes and non-printable characters; printable Unicode stays as is.
enum GoQuote {
    /// `%q` of a string: `"foo"`, `"a\"b"`, `"tab\there"`.
    static func string(_ s: String) -> String {
        "\"" + s.unicodeScalars.map { escape($0, quote: "\"") }.joined() + "\""
    }

    /// `%q` of a rune or byte: `'z'`, `'\''`.
    static func rune(_ c: Character) -> String {
        "'" + c.unicodeScalars.map { escape($0, quote: "'") }.joined() + "'"
    }

    private static func escape(_ scalar: Unicode.Scalar, quote: Character) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{0B}": return "\\v"
        default: break
        }
        if Character(scalar) == quote { return "\\" + String(quote) }
        let v = scalar.value
        if v < 0x20 || v == 0x7F {
            return "\\x" + hex(v, width: 2)
        }
        if (0x80..<0xA0).contains(v) || v == 0xAD || (0xD800...0xDFFF).contains(v) || v == 0xFEFF {
            return v <= 0xFFFF ? "\\u" + hex(v, width: 4) : "\\U" + hex(v, width: 8)
        }
        return String(scalar)
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

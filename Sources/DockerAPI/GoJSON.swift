/// Writes `JSONValue`s byte for byte as Go's `encoding/json` does.
///
/// Go escapes `<`, `>`, `&`, U+2028 and U+2029, writes other non-ASCII text as UTF-8, and
/// indents with the prefix and indent strings it is given (docker inspect uses four spaces).
public enum GoJSON {
    /// `json.Marshal`: compact, no trailing newline.
    public static func encode(_ value: JSONValue, escapeHTML: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0, escapeHTML: escapeHTML)
        return out
    }

    /// `json.MarshalIndent(v, "", indent)`, or `json.Indent` over the compact form, which is the same text.
    public static func encodeIndented(_ value: JSONValue, indent: String = "    ", escapeHTML: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: indent, level: 0, escapeHTML: escapeHTML)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: String?, level: Int, escapeHTML: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatFloat(d)
        case .string(let s): writeString(s, into: &out, escapeHTML: escapeHTML)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1, escapeHTML: escapeHTML)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                writeString(member.key, into: &out, escapeHTML: escapeHTML)
                out += indent == nil ? ":" : ": "
                write(member.value, into: &out, indent: indent, level: level + 1, escapeHTML: escapeHTML)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    private static let hex: [Character] = Array("0123456789abcdef")

    /// Go's string encoding: control characters as `\u00XX` except `\b`, `\f`, `\n`, `\r`, `\t` (Go 1.22+); HTML-sensitive runes escaped.
    public static func writeString(_ s: String, into out: inout String, escapeHTML: Bool = true) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<", ">", "&":
                if escapeHTML {
                    out += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Go's float64 encoding (`encoding/json`'s `floatEncoder`): the shortest digits that read back
    /// as the same double, in `%f` form, or in `%e` form below 1e-6 and from 1e21 with a one-digit
    /// negative exponent (`1e-7`, `1.5e+21`). `-0` keeps its sign. Non-finite values (which Go
    /// refuses to encode) write `null`.
    public static func formatFloat(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        let magnitude = abs(d)
        let (digits, dp) = shortestDigits(magnitude)
        var out = d.sign == .minus ? "-" : ""
        if magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21) {
            out.unicodeScalars.append(Unicode.Scalar(digits.first ?? UInt8(ascii: "0")))
            if digits.count > 1 {
                out += "."
                for digit in digits.dropFirst() { out.unicodeScalars.append(Unicode.Scalar(digit)) }
            }
            let exp = digits.isEmpty ? 0 : dp - 1
            // Go writes at least two exponent digits, then encoding/json turns e-07 into e-7.
            out += exp < 0 ? "e-" : "e+"
            out += exp < 0 || abs(exp) >= 10 ? String(abs(exp)) : "0" + String(exp)
            return out
        }
        if dp > 0 {
            for i in 0..<dp { out.unicodeScalars.append(Unicode.Scalar(i < digits.count ? digits[i] : UInt8(ascii: "0"))) }
        } else {
            out += "0"
        }
        if digits.count > dp {
            out += "."
            for i in dp..<digits.count { out.unicodeScalars.append(Unicode.Scalar(i >= 0 ? digits[i] : UInt8(ascii: "0"))) }
        }
        return out
    }

    /// The shortest round-trip decimal digits of a non-negative double (Swift's `description`
    /// prints them, as Go's Ryū does) and the decimal point: value = 0.DIGITS × 10^dp.
    static func shortestDigits(_ value: Double) -> ([UInt8], Int) {
        if value == 0 { return ([], 0) }
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
        return (digits, digits.isEmpty ? 0 : dp)
    }
}

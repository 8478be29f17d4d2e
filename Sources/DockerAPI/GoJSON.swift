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

    /// Go's string encoding: control characters as `\u00XX` except `\n`, `\r`, `\t`; HTML-sensitive runes escaped.
    public static func writeString(_ s: String, into out: inout String, escapeHTML: Bool = true) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
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

    /// Go's float64 encoding: shortest representation, `e` notation below 1e-6 and from 1e21.
    public static func formatFloat(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 1e21 {
            return String(Int64(d))
        }
        let magnitude = abs(d)
        if magnitude < 1e-6 || magnitude >= 1e21 {
            // Swift prints "1e-07"; Go prints "1e-07" too, and "1e+21" where Swift prints "1e+21".
            return "\(d)"
        }
        return "\(d)"
    }
}

import Foundation
import DockerAPI

/// Writes an ordered document the way go-yaml v3's encoder does with `SetIndent(2)`.
///
/// `docker compose config` marshals Go structs with gopkg.in/yaml.v3: block style, nested
/// sequences indented under their key, `{}`/`[]` for empty collections, no line wrapping,
/// and quoting chosen by go-yaml (double quotes for strings that would read back as another
/// type, libyaml's single quotes for indicator characters, literal blocks for multi-line text).
public enum GoYAMLWriter {
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        emit(value, indent: 0, into: &out, context: .root)
        return out
    }

    private enum Context { case root, mappingValue, sequenceItem }

    private static func emit(_ value: JSONValue, indent: Int, into out: inout String, context: Context) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let members) where !members.isEmpty:
            for (i, m) in members.enumerated() {
                if !(context == .sequenceItem && i == 0) { out += pad }
                out += scalar(m.key, isKey: true, indent: indent) + ":"
                emitChild(m.value, indent: indent, into: &out)
            }
        case .array(let items) where !items.isEmpty:
            for (i, item) in items.enumerated() {
                if !(context == .sequenceItem && i == 0) { out += pad }
                out += "-"
                switch item {
                case .object(let m) where !m.isEmpty:
                    out += " "
                    emit(item, indent: indent + 2, into: &out, context: .sequenceItem)
                case .array(let a) where !a.isEmpty:
                    out += " "
                    emit(item, indent: indent + 2, into: &out, context: .sequenceItem)
                default:
                    out += " " + scalarText(item, indent: indent + 2) + "\n"
                }
            }
        default:
            out += pad + scalarText(value, indent: indent) + "\n"
        }
    }

    private static func emitChild(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let m) where !m.isEmpty:
            out += "\n"
            emit(value, indent: indent + 2, into: &out, context: .mappingValue)
        case .array(let a) where !a.isEmpty:
            out += "\n"
            emit(value, indent: indent + 2, into: &out, context: .mappingValue)
        default:
            out += " " + scalarText(value, indent: indent + 2) + "\n"
        }
    }

    private static func scalarText(_ value: JSONValue, indent: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            return YAMLFloat.format(d)
        case .string(let s): return scalar(s, isKey: false, indent: indent)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    /// go-yaml's `stringv` style choice followed by libyaml's scalar analysis.
    static func scalar(_ s: String, isKey: Bool, indent: Int) -> String {
        let resolvesToString: Bool = {
            if case .string = NodeResolution.plain(s) { return !isBase60Float(s) && !isOldBool(s) }
            return false
        }()
        if s.contains("\n"), !isKey {
            if let literal = literalBlock(s, indent: indent) { return literal }
            return doubleQuoted(s)
        }
        if !resolvesToString { return doubleQuoted(s) }
        let analysis = analyze(s)
        if analysis.plain, !(isKey && analysis.multiline) { return s }
        if analysis.singleQuoted { return "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
        return doubleQuoted(s)
    }

    private struct Analysis { var plain: Bool; var singleQuoted: Bool; var block: Bool; var multiline: Bool }

    /// libyaml `yaml_emitter_analyze_scalar`, block context.
    private static func analyze(_ s: String) -> Analysis {
        let c = Array(s.unicodeScalars)
        if c.isEmpty { return Analysis(plain: false, singleQuoted: true, block: false, multiline: false) }
        var blockIndicators = false, lineBreaks = false, special = false, tabs = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false
        if s.hasPrefix("---") || s.hasPrefix("...") { blockIndicators = true }
        var preceededByWhitespace = true
        for (i, ch) in c.enumerated() {
            let next: Unicode.Scalar? = i + 1 < c.count ? c[i + 1] : nil
            let followedByWhitespace = next == nil || next == " " || next == "\t" || next == "\n" || next == "\r"
            if i == 0 {
                if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(ch) { blockIndicators = true }
                if (ch == "?" || ch == ":") && followedByWhitespace { blockIndicators = true }
                if ch == "-" && followedByWhitespace { blockIndicators = true }
            } else {
                if ch == ":" && followedByWhitespace { blockIndicators = true }
                if ch == "#" && preceededByWhitespace { blockIndicators = true }
            }
            if ch == "\t" { tabs = true }
            let printable = (ch.value >= 0x20 && ch.value != 0x7F && !(0x80..<0xA0).contains(ch.value)) || ch == "\n" || ch == "\t" || ch == "\u{85}"
            if !printable || ch == "\u{FEFF}" { special = true }
            if ch == " " {
                if i == 0 { leadingSpace = true }
                if i == c.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true; previousBreak = false
            } else if ch == "\n" || ch == "\r" || ch == "\u{85}" || ch == "\u{2028}" || ch == "\u{2029}" {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i == c.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false; previousBreak = true
            } else {
                previousSpace = false; previousBreak = false
            }
            preceededByWhitespace = ch == " " || ch == "\t" || ch == "\n" || ch == "\r"
        }
        var plain = true, single = true, block = true
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { plain = false }
        if trailingSpace { block = false }
        if breakSpace { plain = false; single = false }
        if spaceBreak || tabs || special { plain = false; single = false }
        if spaceBreak || special { block = false }
        if lineBreaks { plain = false }
        if blockIndicators { plain = false }
        return Analysis(plain: plain, singleQuoted: single, block: block, multiline: lineBreaks)
    }

    private static func literalBlock(_ s: String, indent: Int) -> String? {
        guard analyze(s).block else { return nil }
        var header = "|"
        if s.hasPrefix(" ") || s.hasPrefix("\n") { header += "2" }
        if !s.hasSuffix("\n") {
            header += "-"
        } else if s.hasSuffix("\n\n") {
            header += "+"
        }
        let pad = String(repeating: " ", count: indent)
        var body = s
        if body.hasSuffix("\n") { body.removeLast() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return header + "\n" + lines.map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) || u.value == 0xFEFF {
                    out += u.value <= 0xFF ? "\\x" + hex(u.value, 2) : "\\u" + hex(u.value, 4)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func isOldBool(_ s: String) -> Bool {
        ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"].contains(s)
    }

    static func isBase60Float(_ s: String) -> Bool {
        guard let c = s.first, c == "+" || c == "-" || c.isNumber, s.contains(":") else { return false }
        return s.range(of: #"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$"#, options: .regularExpression) != nil
    }
}

/// How go-yaml resolves a plain scalar (shared by the reader and the writer's quoting rule).
enum NodeResolution {
    static func plain(_ s: String) -> ComposeValue {
        if GoNumber.looksLikeTimestamp(s) { return .null }
        return PlainScalar.value(s)
    }
}

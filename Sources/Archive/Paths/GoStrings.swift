/// Go's `strconv.Quote`, for error texts that docker formats with `%q`.
///
/// Printable runes stay as they are; quotes and backslashes are escaped; control characters,
/// invalid UTF-8 (already U+FFFD in a Swift string) and non-printable runes use Go's escapes.
enum GoQuote {
    static func quote(_ s: String) -> String {
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
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += "\\x" + hex2(scalar.value)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    if scalar.value < 0x10000 {
                        out += "\\u" + hex(scalar.value, width: 4)
                    } else {
                        out += "\\U" + hex(scalar.value, width: 8)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A rough `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex2(_ v: UInt32) -> String { hex(v, width: 2) }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// Go's `path` package functions on slash-separated names (`Clean`, `Split`, `Join`).
///
/// The tar writer names PAX headers with `path.Join(dir, "PaxHeaders.0", file)`, and docker
/// cleans entry names before it unpacks them; both need Go's exact lexical rules.
enum GoPath {
    /// `path.Clean`: the shortest equivalent name, `.` for empty.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path.Split`: everything up to and including the last slash, and the rest.
    static func split(_ path: String) -> (dir: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let after = path.index(after: slash)
        return (String(path[..<after]), String(path[after...]))
    }

    /// `path.Join`: non-empty elements joined by slashes, then cleaned; empty when all are empty.
    static func join(_ elements: String...) -> String {
        let nonEmpty = elements.filter { !$0.isEmpty }
        if nonEmpty.isEmpty { return "" }
        return clean(nonEmpty.joined(separator: "/"))
    }
}

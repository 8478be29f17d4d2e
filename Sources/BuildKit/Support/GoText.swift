/// Go's text primitives, so that BuildKit's string handling carries over exactly.
///
/// BuildKit is written in Go; its whitespace rules (`unicode.IsSpace`), trimming and quoting
/// (`strconv.Quote`, the `%q` verb) leak into messages and history strings, so we reproduce
/// them rather than use Swift's slightly different notions.
enum GoText {
    /// `unicode.IsSpace`: ASCII white space, NEL, NBSP and the Unicode Z categories.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0:
            return true
        case 0..<0x80:
            return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator:
                return true
            default:
                return false
            }
        }
    }

    /// `unicode.IsLetter`: the L categories.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// `unicode.IsDigit`: decimal digits of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        if start == 0 && end == scalars.count { return s }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// `strings.TrimLeftFunc(s, unicode.IsSpace)`.
    static func trimLeftSpace(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...])
    }

    /// Splits on runs of `[\t\v\f\r ]` the way BuildKit's `reWhitespace.Split(s, n)` does
    /// (n < 0 means no limit). Like Go, a leading run yields an empty first field.
    static func splitWhitespace(_ s: String, limit: Int = -1) -> [String] {
        if limit == 0 { return [] }
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = Array(s.unicodeScalars)[...]
        while let scalar = iterator.first {
            if limit > 0 && fields.count == limit - 1 {
                current.append(contentsOf: iterator)
                break
            }
            iterator = iterator.dropFirst()
            if isRegexWhitespace(scalar) {
                while let next = iterator.first, isRegexWhitespace(next) { iterator = iterator.dropFirst() }
                fields.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        fields.append(String(current))
        return fields
    }

    /// The class `[\t\v\f\r ]` of BuildKit's `reWhitespace`.
    static func isRegexWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0B, 0x0C, 0x0D, 0x20: return true
        default: return false
        }
    }

    /// `strings.ToLower` for the ASCII-dominated texts it is used on.
    static func lower(_ s: String) -> String { s.lowercased() }

    /// `strings.ToUpper`.
    static func upper(_ s: String) -> String { s.uppercased() }

    /// `strings.EqualFold`.
    static func equalFold(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }

    /// `strconv.Quote`, which is also what the `%q` verb prints for a string.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            appendEscaped(scalar, quote: "\"", to: &out)
        }
        out += "\""
        return out
    }

    /// `%q` applied to a `[]string`: `["a" "b"]`.
    static func quoteList(_ list: [String]) -> String {
        "[" + list.map(quote).joined(separator: " ") + "]"
    }

    /// `%v` applied to a `[]string`: `[a b]`.
    static func plainList(_ list: [String]) -> String {
        "[" + list.joined(separator: " ") + "]"
    }

    /// `strconv.QuoteRune`, which is what `%q` prints for an integer.
    static func quoteRune(_ value: Int) -> String {
        var out = "'"
        if let scalar = Unicode.Scalar(UInt32(clamping: max(0, value))), value >= 0, value <= 0x10FFFF {
            appendEscaped(scalar, quote: "'", to: &out)
        } else {
            out += "\u{FFFD}"
        }
        out += "'"
        return out
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, quote: Character, to out: inout String) {
        switch scalar {
        case "\u{07}": out += "\\a"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{0B}": out += "\\v"
        case "\\": out += "\\\\"
        default:
            if Character(scalar) == quote {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else if isPrint(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x80 {
                out += "\\x" + hex(scalar.value, width: 2)
            } else if scalar.value < 0x10000 {
                out += "\\u" + hex(scalar.value, width: 4)
            } else {
                out += "\\U" + hex(scalar.value, width: 8)
            }
        }
    }

    /// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value < 0x7F }
        if scalar.value == 0xFFFD { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    /// The string rebuilt from unicode scalars (used after scalar-level slicing).
    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }
}

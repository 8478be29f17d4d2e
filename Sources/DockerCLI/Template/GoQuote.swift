/// Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteRune`, `Unquote`, `UnquoteChar`.
///
/// Template errors quote with `%q` (`function "x" not defined`), `printf "%q"` and docker's
/// `Command` column (`"nginx -g 'daemon off;'"`) quote with `strconv.Quote`, and template string
/// literals are read with `Unquote`; all must match Go byte for byte.
public enum GoQuote {
    private static let lowerHex: [Character] = Array("0123456789abcdef")

    /// `strconv.Quote`.
    public static func quote(_ s: String) -> String { quoteWith(s, quote: "\"", asciiOnly: false) }

    /// `strconv.QuoteToASCII`.
    public static func quoteToASCII(_ s: String) -> String { quoteWith(s, quote: "\"", asciiOnly: true) }

    /// `strconv.QuoteRune` / `QuoteRuneToASCII`.
    public static func quoteRune(_ r: UInt32, asciiOnly: Bool = false) -> String {
        let scalar = Unicode.Scalar(r) ?? "\u{FFFD}"
        var out = "'"
        appendEscaped(scalar, quote: "'", asciiOnly: asciiOnly, into: &out)
        return out + "'"
    }

    static func quoteWith(_ s: String, quote: Unicode.Scalar, asciiOnly: Bool) -> String {
        var out = String(quote)
        for scalar in s.unicodeScalars {
            appendEscaped(scalar, quote: quote, asciiOnly: asciiOnly, into: &out)
        }
        out.unicodeScalars.append(quote)
        return out
    }

    static func appendEscaped(_ r: Unicode.Scalar, quote: Unicode.Scalar, asciiOnly: Bool, into out: inout String) {
        if r == quote || r == "\\" {
            out += "\\"
            out.unicodeScalars.append(r)
            return
        }
        if asciiOnly {
            if r.value < 0x80 && isPrint(r) {
                out.unicodeScalars.append(r)
                return
            }
        } else if isPrint(r) {
            out.unicodeScalars.append(r)
            return
        }
        switch r {
        case "\u{07}": out += "\\a"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{0B}": out += "\\v"
        default:
            let v = r.value
            if v < 0x20 || v == 0x7F {
                out += "\\x" + String(lowerHex[Int(v >> 4)]) + String(lowerHex[Int(v & 0xF)])
            } else if v < 0x10000 {
                out += "\\u"
                for shift in stride(from: 12, through: 0, by: -4) { out.append(lowerHex[Int((v >> UInt32(shift)) & 0xF)]) }
            } else {
                out += "\\U"
                for shift in stride(from: 28, through: 0, by: -4) { out.append(lowerHex[Int((v >> UInt32(shift)) & 0xF)]) }
            }
        }
    }

    /// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    public static func isPrint(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x20 && r.value < 0x7F }
        switch r.properties.generalCategory {
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

    /// `strconv.CanBackquote`: whether `%#q` may print the string as a raw string.
    public static func canBackquote(_ s: String) -> Bool {
        for r in s.unicodeScalars {
            if r == "`" || r == "\u{FEFF}" { return false }
            if r.value < 0x20 && r != "\t" { return false }
            if r.value == 0x7F { return false }
        }
        return true
    }

    /// Why `strconv.Unquote` failed: Go's `strconv.ErrSyntax`.
    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String { "invalid syntax" }
    }

    /// `strconv.Unquote` of a double-quoted, back-quoted or single-quoted literal.
    public static func unquote(_ literal: String) throws(SyntaxError) -> String {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 2, let quote = bytes.first, bytes.last == quote else { throw SyntaxError() }
        let body = Array(bytes[1..<(bytes.count - 1)])
        switch quote {
        case UInt8(ascii: "`"):
            if body.contains(UInt8(ascii: "`")) { throw SyntaxError() }
            return String(decoding: body.filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if body.contains(UInt8(ascii: "\n")) { throw SyntaxError() }
            var out: [UInt8] = []
            var rest = body[...]
            var count = 0
            while !rest.isEmpty {
                let (value, multibyte, tail) = try unquoteChar(rest, quote: quote)
                if value < 0x80 || !multibyte && value < 0x100 {
                    if multibyte { appendUTF8(value, into: &out) } else { out.append(UInt8(truncatingIfNeeded: value)) }
                } else {
                    appendUTF8(value, into: &out)
                }
                rest = tail
                count += 1
                if quote == UInt8(ascii: "'") && !rest.isEmpty { throw SyntaxError() }
            }
            if quote == UInt8(ascii: "'") && count != 1 { throw SyntaxError() }
            return String(decoding: out, as: UTF8.self)
        default:
            throw SyntaxError()
        }
    }

    /// `strconv.UnquoteChar`: the first character of `s` (an escape or a literal character),
    /// whether it needs a multi-byte UTF-8 encoding, and the rest of `s`.
    static func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) throws(SyntaxError) -> (UInt32, Bool, ArraySlice<UInt8>) {
        guard let c = s.first else { throw SyntaxError() }
        if c == quote && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"")) { throw SyntaxError() }
        if c >= 0x80 {
            let (scalar, size) = decodeRune(s)
            return (scalar, true, s.dropFirst(size))
        }
        if c != UInt8(ascii: "\\") { return (UInt32(c), false, s.dropFirst()) }
        guard s.count > 1 else { throw SyntaxError() }
        let e = s[s.startIndex + 1]
        var rest = s.dropFirst(2)
        let value: UInt32
        var multibyte = false
        switch e {
        case UInt8(ascii: "a"): value = 7
        case UInt8(ascii: "b"): value = 8
        case UInt8(ascii: "f"): value = 12
        case UInt8(ascii: "n"): value = 10
        case UInt8(ascii: "r"): value = 13
        case UInt8(ascii: "t"): value = 9
        case UInt8(ascii: "v"): value = 11
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            guard rest.count >= n else { throw SyntaxError() }
            var v: UInt32 = 0
            for b in rest.prefix(n) {
                guard let x = hexValue(b) else { throw SyntaxError() }
                v = v << 4 | x
            }
            rest = rest.dropFirst(n)
            if e != UInt8(ascii: "x") {
                guard Unicode.Scalar(v) != nil else { throw SyntaxError() }
                multibyte = true
            }
            value = v
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var v = UInt32(e - UInt8(ascii: "0"))
            guard rest.count >= 2 else { throw SyntaxError() }
            for b in rest.prefix(2) {
                guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "7") else { throw SyntaxError() }
                v = v << 3 | UInt32(b - UInt8(ascii: "0"))
            }
            rest = rest.dropFirst(2)
            guard v <= 255 else { throw SyntaxError() }
            value = v
        case UInt8(ascii: "\\"): value = 0x5C
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard e == quote else { throw SyntaxError() }
            value = UInt32(e)
        default:
            throw SyntaxError()
        }
        return (value, multibyte, rest)
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Decodes one UTF-8 scalar (input comes from a Swift `String`, so it is valid).
    static func decodeRune(_ s: ArraySlice<UInt8>) -> (UInt32, Int) {
        var iterator = s.makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
            return (scalar.value, String(scalar).utf8.count)
        default:
            return (0xFFFD, 1)
        }
    }

    static func appendUTF8(_ value: UInt32, into out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: String(scalar).utf8)
    }
}

extension GoQuote {
    /// `%q` of a string, as pflag and docker quote values in messages.
    static func string(_ s: String) -> String { quote(s) }

    /// `%q` of a rune, as pflag quotes a shorthand letter (`'z'`).
    static func rune(_ c: Character) -> String {
        guard let scalar = c.unicodeScalars.first else { return "''" }
        return quoteRune(scalar.value)
    }
}

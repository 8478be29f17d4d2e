/// Go's `parse.newNumber`: every interpretation of a number literal (int, uint, float, complex).
///
/// The executor picks the interpretation the context needs (`{{pad .ID 3 0}}` needs an int,
/// `{{printf "%v" 1.0}}` a float), and the parse errors (`integer overflow: "08"`,
/// `illegal number syntax: "0x"`) follow from which interpretations fail.
enum TemplateNumber {
    /// A literal Go rejects, with Go's message (`illegal number syntax: "0x"`).
    struct ParseError: Error {
        var message: String
    }

    static func parse(pos: Int, text: String, type: ItemType) throws(ParseError) -> NumberNode {
        var n = NumberNode(pos: pos, text: text)
        switch type {
        case .charConstant:
            let bytes = Array(text.utf8)
            guard let quote = bytes.first else { throw ParseError(message: "invalid syntax") }
            let value: UInt32
            let tail: ArraySlice<UInt8>
            do throws(GoQuote.SyntaxError) {
                (value, _, tail) = try GoQuote.unquoteChar(bytes[1...], quote: quote)
            } catch {
                throw ParseError(message: "invalid syntax")
            }
            if Array(tail) != [UInt8(ascii: "'")] {
                throw ParseError(message: "malformed character constant: \(text)")
            }
            n.int64 = Int64(value)
            n.isInt = true
            n.uint64 = UInt64(value)
            n.isUint = true
            n.float64 = Double(value)
            n.isFloat = true
            return n
        case .complex:
            guard let (re, im) = parseComplex(text) else { throw ParseError(message: "expected integer") }
            n.isComplex = true
            n.complex = (re, im)
            simplifyComplex(&n)
            return n
        default:
            break
        }
        if text.hasSuffix("i"), let f = GoNumberSyntax.parseFloat(String(text.dropLast())) {
            n.isComplex = true
            n.complex = (0, f)
            simplifyComplex(&n)
            return n
        }
        let u = GoNumberSyntax.parseUint(text)
        if let u {
            n.isUint = true
            n.uint64 = u
        }
        if let i = GoNumberSyntax.parseInt(text) {
            n.isInt = true
            n.int64 = i
            if i == 0 {
                n.isUint = true
                n.uint64 = u ?? 0
            }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if let f = GoNumberSyntax.parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw ParseError(message: "integer overflow: \(GoQuote.quote(text))")
            }
            n.isFloat = true
            n.float64 = f
            if !n.isInt, let i = exactInt64(f) {
                n.isInt = true
                n.int64 = i
            }
            if !n.isUint, let u = exactUInt64(f) {
                n.isUint = true
                n.uint64 = u
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw ParseError(message: "illegal number syntax: \(GoQuote.quote(text))")
        }
        return n
    }

    /// `float64(int64(f)) == f`, without Swift's trap on out-of-range conversion.
    static func exactInt64(_ f: Double) -> Int64? {
        guard f.isFinite, f >= -9_223_372_036_854_775_808.0, f < 9_223_372_036_854_775_808.0 else { return nil }
        let i = Int64(f)
        return Double(i) == f ? i : nil
    }

    static func exactUInt64(_ f: Double) -> UInt64? {
        guard f.isFinite, f >= 0, f < 18_446_744_073_709_551_616.0 else { return nil }
        let u = UInt64(f)
        return Double(u) == f ? u : nil
    }

    private static func simplifyComplex(_ n: inout NumberNode) {
        n.isFloat = n.complex.1 == 0
        guard n.isFloat else { return }
        n.float64 = n.complex.0
        if let i = exactInt64(n.float64) {
            n.isInt = true
            n.int64 = i
        }
        if let u = exactUInt64(n.float64) {
            n.isUint = true
            n.uint64 = u
        }
    }

    /// `fmt.Sscan` of a complex literal the lexer accepted: `1+2i`, `-1.5-0.5i`.
    private static func parseComplex(_ text: String) -> (Double, Double)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.last == "i" else { return nil }
        var split: Int?
        for i in stride(from: scalars.count - 2, to: 0, by: -1) where scalars[i] == "+" || scalars[i] == "-" {
            let prev = scalars[i - 1]
            if prev != "e" && prev != "E" && prev != "p" && prev != "P" {
                split = i
                break
            }
        }
        guard let split else { return nil }
        let re = String(String.UnicodeScalarView(scalars[0..<split]))
        let im = String(String.UnicodeScalarView(scalars[split..<(scalars.count - 1)]))
        guard let r = GoNumberSyntax.parseFloat(re), let i = GoNumberSyntax.parseFloat(im) else { return nil }
        return (r, i)
    }
}

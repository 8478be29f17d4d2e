/// Go's `strconv` number parsing (`ParseInt(s, 0, 64)`, `ParseUint(s, 0, 64)`, `ParseFloat(s, 64)`).
///
/// Template number literals are classified by which of these succeed (`{{08}}` fails as an
/// integer, parses as a float, and is rejected as `integer overflow: "08"`), so the accepted
/// syntax — base prefixes, octal `0`, underscores, hex floats — must be Go's.
enum GoNumberSyntax {
    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseUint(_ s: String) -> UInt64? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var base: UInt64 = 10
        var digits = bytes[...]
        if bytes[0] == UInt8(ascii: "0") {
            let second = bytes.count >= 3 ? lower(bytes[1]) : 0
            switch second {
            case UInt8(ascii: "b"): base = 2; digits = bytes[2...]
            case UInt8(ascii: "o"): base = 8; digits = bytes[2...]
            case UInt8(ascii: "x"): base = 16; digits = bytes[2...]
            default: base = 8; digits = bytes[1...]
            }
        }
        var n: UInt64 = 0
        var underscores = false
        for c in digits {
            let d: UInt64
            if c == UInt8(ascii: "_") {
                underscores = true
                continue
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                d = UInt64(c - UInt8(ascii: "0"))
            } else if lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "z") {
                d = UInt64(lower(c) - UInt8(ascii: "a") + 10)
            } else {
                return nil
            }
            guard d < base else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            n = a
        }
        if underscores && !underscoreOK(bytes) { return nil }
        return n
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseInt(_ s: String) -> Int64? {
        var body = Substring(s)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        guard let u = parseUint(String(body)) else { return nil }
        if negative {
            guard u <= UInt64(Int64.max) + 1 else { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        guard u <= UInt64(Int64.max) else { return nil }
        return Int64(u)
    }

    /// `strconv.ParseFloat(s, 64)`; `nil` on a syntax error or an overflow to infinity.
    static func parseFloat(_ s: String) -> Double? {
        let bytes = Array(s.utf8)
        var i = 0
        if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
        var hex = false
        if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "0") && lower(bytes[i + 1]) == UInt8(ascii: "x") {
            hex = true
            i += 2
        }
        var sawDigits = false, sawDot = false, underscores = false
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { break }
                sawDot = true
            } else if isDigit(c) || hex && isHexLetter(c) {
                sawDigits = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigits else { return nil }
        let expChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < bytes.count && lower(bytes[i]) == expChar {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { return nil }
            while i < bytes.count && (isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_")) {
                if bytes[i] == UInt8(ascii: "_") { underscores = true }
                i += 1
            }
        } else if hex {
            return nil
        }
        guard i == bytes.count else { return nil }
        if underscores && !underscoreOK(bytes) { return nil }
        let cleaned = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let value = Double(cleaned), !value.isInfinite else { return nil }
        return value
    }

    /// Whether `s` is a JSON number literal (what `json.Number` must hold to be encoded).
    static func isJSONNumber(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        if i < b.count && b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "0") {
            i += 1
        } else if b[i] >= UInt8(ascii: "1") && b[i] <= UInt8(ascii: "9") {
            while i < b.count && isDigit(b[i]) { i += 1 }
        } else {
            return false
        }
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { return false }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i < b.count && lower(b[i]) == UInt8(ascii: "e") {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < b.count, isDigit(b[i]) else { return false }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        return i == b.count
    }

    /// Go's rule: underscores only between digits (or after a base prefix).
    static func underscoreOK(_ bytes: [UInt8]) -> Bool {
        var s = bytes[...]
        if let first = s.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { s = s.dropFirst() }
        var saw: Character = "^"
        var hex = false
        if s.count >= 2, s[s.startIndex] == UInt8(ascii: "0") {
            let p = lower(s[s.startIndex + 1])
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                s = s.dropFirst(2)
                saw = "0"
                hex = p == UInt8(ascii: "x")
            }
        }
        for c in s {
            if isDigit(c) || hex && isHexLetter(c) {
                saw = "0"
                continue
            }
            if c == UInt8(ascii: "_") {
                if saw != "0" { return false }
                saw = "_"
                continue
            }
            if saw == "_" { return false }
            saw = "!"
        }
        return saw != "_"
    }

    static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    static func isHexLetter(_ c: UInt8) -> Bool { lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "f") }
}

/// The lexer's scanning primitives (Go's `next`, `backup`, `peek`, `accept`, `emit`...).
extension TemplateLexer {
    static let eof: UInt32 = 0xFFFF_FFFF

    mutating func next() -> UInt32 {
        guard pos < input.count else {
            atEOF = true
            return Self.eof
        }
        let (r, w) = decode(at: pos)
        pos += w
        if r == 0x0A { line += 1 }
        return r
    }

    func peek() -> UInt32 {
        guard pos < input.count else { return Self.eof }
        return decode(at: pos).0
    }

    mutating func backup() {
        guard !atEOF, pos > 0 else { return }
        var w = 1
        while w < 4, pos - w > 0, input[pos - w] & 0xC0 == 0x80 { w += 1 }
        pos -= w
        if input[pos] == 0x0A { line -= 1 }
    }

    func decode(at i: Int) -> (UInt32, Int) {
        let b = input[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let (r, w) = GoQuote.decodeRune(input[i...])
        return (r, w)
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: input[from..<to], as: UTF8.self)
    }

    mutating func thisItem(_ type: ItemType) -> Item {
        let i = Item(type: type, pos: start, value: text(start, pos), line: startLine)
        start = pos
        startLine = line
        return i
    }

    mutating func emit(_ type: ItemType) -> State? {
        item = thisItem(type)
        return nil
    }

    mutating func ignore() {
        line += input[start..<pos].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        start = pos
        startLine = line
    }

    mutating func accept(_ valid: String) -> Bool {
        let r = next()
        if r != Self.eof, valid.unicodeScalars.contains(where: { $0.value == r }) { return true }
        backup()
        return false
    }

    mutating func acceptRun(_ valid: String) {
        while true {
            let r = next()
            if r == Self.eof || !valid.unicodeScalars.contains(where: { $0.value == r }) { break }
        }
        backup()
    }

    mutating func errorf(_ message: String) -> State? {
        item = Item(type: .error, pos: start, value: message, line: startLine)
        failed = true
        return nil
    }

    func hasPrefix(_ prefix: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + prefix.count <= input.count else { return false }
        for k in 0..<prefix.count where input[i + k] != prefix[k] { return false }
        return true
    }

    static func isSpace(_ r: UInt32) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }

    static func isAlphaNumeric(_ r: UInt32) -> Bool {
        if r == 0x5F { return true }
        guard r != eof, let scalar = Unicode.Scalar(r) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return true
        default: return false
        }
    }

    func hasLeftTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && input[i] == UInt8(ascii: "-") && Self.isSpace(UInt32(input[i + 1]))
    }

    func hasRightTrimMarker(at i: Int) -> Bool {
        i >= 0 && i + 1 < input.count && Self.isSpace(UInt32(input[i])) && input[i + 1] == UInt8(ascii: "-")
    }

    func atRightDelim() -> (delim: Bool, trimSpaces: Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix(rightDelim, at: pos + 2) { return (true, true) }
        if hasPrefix(rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    func atTerminator() -> Bool {
        let r = peek()
        if Self.isSpace(r) { return true }
        switch r {
        case Self.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true  // . , | : ) (
        default: return hasPrefix(rightDelim, at: pos)
        }
    }

    func rightTrimLength(_ from: Int, _ to: Int) -> Int {
        var n = 0
        while to - n > from && Self.isSpace(UInt32(input[to - n - 1])) { n += 1 }
        return n
    }

    func leftTrimLength(_ from: Int) -> Int {
        var n = 0
        while from + n < input.count && Self.isSpace(UInt32(input[from + n])) { n += 1 }
        return n
    }

    func indexOf(_ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= input.count else { return nil }
        var i = from
        while i + needle.count <= input.count {
            if hasPrefix(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

}

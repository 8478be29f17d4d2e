/// Go's template lexer (`text/template/parse/lex.go`): splits template text into items.
///
/// Positions are byte offsets into the UTF-8 text and lines count newlines, because Go's error
/// messages report both (`template: :2: unexpected EOF`, `template: :1:14: executing ...`).
struct TemplateLexer {
    let input: [UInt8]
    let leftDelim: [UInt8] = Array("{{".utf8)
    let rightDelim: [UInt8] = Array("}}".utf8)
    static let leftComment: [UInt8] = Array("/*".utf8)
    static let rightComment: [UInt8] = Array("*/".utf8)
    static let keywords: [String: ItemType] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword, "define": .define,
        "else": .elseKeyword, "end": .end, "if": .ifKeyword, "range": .range, "nil": .nilKeyword,
        "template": .template, "with": .with,
    ]

    var pos = 0
    var start = 0
    var atEOF = false
    var parenDepth = 0
    var line = 1
    var startLine = 1
    var insideAction = false
    var item = Item(type: .eof, pos: 0, value: "EOF", line: 1)
    /// After an error the lexer yields only EOF, as Go's lexer truncates its input.
    var failed = false

    init(_ text: String) {
        input = Array(text.utf8)
    }

    /// The lexer's states (Go's `stateFn`s), run until one emits an item.
    enum State { case text, leftDelim, comment, rightDelim, insideAction, space, identifier, field, variable, char, number, quote, rawQuote }

    /// The next item (Go's `nextItem`).
    mutating func nextItem() -> Item {
        item = Item(type: .eof, pos: pos, value: "EOF", line: startLine)
        if failed { return item }
        var state: State? = insideAction ? .insideAction : .text
        while let current = state {
            state = step(current)
        }
        return item
    }

    mutating func step(_ state: State) -> State? {
        switch state {
        case .text: return lexText()
        case .leftDelim: return lexLeftDelim()
        case .comment: return lexComment()
        case .rightDelim: return lexRightDelim()
        case .insideAction: return lexInsideAction()
        case .space: return lexSpace()
        case .identifier: return lexIdentifier()
        case .field: return lexFieldOrVariable(.field)
        case .variable: return atTerminator() ? emit(.variable) : lexFieldOrVariable(.variable)
        case .char: return lexChar()
        case .number: return lexNumber()
        case .quote: return lexQuote()
        case .rawQuote: return lexRawQuote()
        }
    }

    // MARK: - States

    mutating func lexText() -> State? {
        if let x = indexOf(leftDelim, from: pos) {
            if x > pos {
                pos = x
                var trimLength = 0
                let delimEnd = pos + leftDelim.count
                if hasLeftTrimMarker(at: delimEnd) { trimLength = rightTrimLength(start, pos) }
                pos -= trimLength
                line += input[start..<pos].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                let i = thisItem(.text)
                pos += trimLength
                ignore()
                if !i.value.isEmpty {
                    item = i
                    return nil
                }
            }
            return .leftDelim
        }
        pos = input.count
        if pos > start {
            line += input[start..<pos].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return emit(.text)
        }
        return emit(.eof)
    }

    mutating func lexLeftDelim() -> State? {
        pos += leftDelim.count
        let trimSpace = hasLeftTrimMarker(at: pos)
        let afterMarker = trimSpace ? 2 : 0
        if hasPrefix(Self.leftComment, at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            return .comment
        }
        let i = thisItem(.leftDelim)
        insideAction = true
        pos += afterMarker
        ignore()
        parenDepth = 0
        item = i
        return nil
    }

    mutating func lexComment() -> State? {
        pos += Self.leftComment.count
        guard let x = indexOf(Self.rightComment, from: pos) else { return errorf("unclosed comment") }
        pos = x + Self.rightComment.count
        let (delim, trimSpace) = atRightDelim()
        if !delim { return errorf("comment ends before closing delimiter") }
        line += input[start..<pos].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        _ = thisItem(.comment)
        if trimSpace { pos += 2 }
        pos += rightDelim.count
        if trimSpace { pos += leftTrimLength(pos) }
        ignore()
        return .text
    }

    mutating func lexRightDelim() -> State? {
        let (_, trimSpace) = atRightDelim()
        if trimSpace {
            pos += 2
            ignore()
        }
        pos += rightDelim.count
        let i = thisItem(.rightDelim)
        if trimSpace {
            pos += leftTrimLength(pos)
            ignore()
        }
        insideAction = false
        item = i
        return nil
    }

    mutating func lexInsideAction() -> State? {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 { return .rightDelim }
            return errorf("unclosed left paren")
        }
        let r = next()
        switch r {
        case Self.eof:
            return errorf("unclosed action")
        case _ where Self.isSpace(r):
            backup()
            return .space
        case 0x3D:  // =
            return emit(.assign)
        case 0x3A:  // :
            if next() != 0x3D { return errorf("expected :=") }
            return emit(.declare)
        case 0x7C:  // |
            return emit(.pipe)
        case 0x22:  // "
            return .quote
        case 0x60:  // `
            return .rawQuote
        case 0x24:  // $
            return .variable
        case 0x27:  // '
            return .char
        case 0x2E:  // .
            if pos < input.count {
                let c = input[pos]
                if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") { return .field }
            }
            backup()
            return .number
        case 0x2B, 0x2D, 0x30...0x39:  // + - digits
            backup()
            return .number
        case _ where Self.isAlphaNumeric(r):
            backup()
            return .identifier
        case 0x28:  // (
            parenDepth += 1
            return emit(.leftParen)
        case 0x29:  // )
            parenDepth -= 1
            if parenDepth < 0 { return errorf("unexpected right paren") }
            return emit(.rightParen)
        case _ where r < 0x80 && r >= 0x20 && r < 0x7F:
            return emit(.char)
        default:
            return errorf("unrecognized character in action: " + Self.describeRune(r))
        }
    }

    /// Go's `%#U`: `U+20AC '€'` (the quoted form only for printable runes).
    static func describeRune(_ r: UInt32) -> String {
        var hex = String(r, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        var out = "U+" + hex
        if let scalar = Unicode.Scalar(r), GoQuote.isPrint(scalar) {
            out += " '" + String(scalar) + "'"
        }
        return out
    }

    mutating func lexSpace() -> State? {
        var numSpaces = 0
        while Self.isSpace(peek()) {
            _ = next()
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && hasPrefix(rightDelim, at: pos - 1 + 2) {
            backup()
            if numSpaces == 1 { return .rightDelim }
        }
        return emit(.space)
    }

    mutating func lexIdentifier() -> State? {
        while true {
            let r = next()
            if Self.isAlphaNumeric(r) { continue }
            backup()
            let word = text(start, pos)
            if !atTerminator() { return errorf("bad character " + Self.describeRune(r)) }
            if let keyword = Self.keywords[word], keyword.rawValue > ItemType.keyword.rawValue {
                return emit(keyword)
            }
            if word.hasPrefix(".") { return emit(.field) }
            if word == "true" || word == "false" { return emit(.bool) }
            return emit(.identifier)
        }
    }

    mutating func lexFieldOrVariable(_ type: ItemType) -> State? {
        if atTerminator() {
            return emit(type == .variable ? .variable : .dot)
        }
        var r: UInt32
        while true {
            r = next()
            if !Self.isAlphaNumeric(r) {
                backup()
                break
            }
        }
        if !atTerminator() { return errorf("bad character " + Self.describeRune(r)) }
        return emit(type)
    }

    mutating func lexChar() -> State? {
        while true {
            switch next() {
            case 0x5C:  // backslash
                let r = next()
                if r != Self.eof && r != 0x0A { continue }
                return errorf("unterminated character constant")
            case Self.eof, 0x0A:
                return errorf("unterminated character constant")
            case 0x27:
                return emit(.charConstant)
            default:
                continue
            }
        }
    }

    mutating func lexNumber() -> State? {
        if !scanNumber() { return errorf("bad number syntax: " + GoQuote.quote(text(start, pos))) }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return errorf("bad number syntax: " + GoQuote.quote(text(start, pos)))
            }
            return emit(.complex)
        }
        return emit(.number)
    }

    mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Self.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }

    mutating func lexQuote() -> State? {
        while true {
            switch next() {
            case 0x5C:
                let r = next()
                if r != Self.eof && r != 0x0A { continue }
                return errorf("unterminated quoted string")
            case Self.eof, 0x0A:
                return errorf("unterminated quoted string")
            case 0x22:
                return emit(.string)
            default:
                continue
            }
        }
    }

    mutating func lexRawQuote() -> State? {
        while true {
            switch next() {
            case Self.eof:
                return errorf("unterminated raw quoted string")
            case 0x60:
                return emit(.rawString)
            default:
                continue
            }
        }
    }
}

/// The kinds of tokens of Go's `text/template/parse` lexer.
enum ItemType: Int, Sendable {
    case error, bool, char, charConstant, comment, complex, assign, declare, eof, field, identifier
    case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string, text, variable
    // Keywords come after `keyword`, as in Go (item.String() prints them as `<name>`).
    case keyword, block, breakKeyword, continueKeyword, dot, define, elseKeyword, end, ifKeyword
    case nilKeyword, range, template, with
}

/// A token: its kind, byte offset, text and line, as Go's `item`.
struct Item: Sendable {
    var type: ItemType
    var pos: Int
    var value: String
    var line: Int

    /// Go's `item.String()`, which parse errors print (`unexpected "}}" in define clause`).
    var description: String {
        switch type {
        case .eof: return "EOF"
        case .error: return value
        default:
            if type.rawValue > ItemType.keyword.rawValue { return "<" + value + ">" }
            if value.utf8.count > 10 {
                return GoQuote.quote(String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))) + "..."
            }
            return GoQuote.quote(value)
        }
    }
}

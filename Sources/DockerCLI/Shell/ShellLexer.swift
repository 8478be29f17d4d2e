/// A word of a shell command line after quote removal, with where it was written.
///
/// `check` underlines words, `explain` names them, and the REPL runs them; all three need the
/// same POSIX-shell reading of a line, so there is one lexer.
public struct ShellWord: Sendable, Equatable, CustomStringConvertible {
    /// The word after quote removal (`"a b"` → `a b`).
    public var text: String
    /// The word as written, quotes included.
    public var raw: String
    /// 1-based line of the word's first character in the source.
    public var line: Int
    /// 1-based column (in characters) of the word's first character on its line.
    public var column: Int
    /// `true` when the word's value is only known at run time: it holds an unquoted or double-quoted
    /// `$VAR`, `${...}`, `$(...)`, backticks, or an unquoted glob character.
    public var isOpaque: Bool
    /// `true` when the shell may turn the word into several words (or none) at run time: an
    /// expansion outside double quotes (field splitting, globbing), or `"$@"`. A quoted `"$X"`
    /// is opaque but stays one word, which decides whether an argument count can be judged.
    public var splits: Bool

    public init(text: String, raw: String, line: Int, column: Int, isOpaque: Bool = false, splits: Bool = false) {
        self.text = text
        self.raw = raw
        self.line = line
        self.column = column
        self.isOpaque = isOpaque
        self.splits = splits
    }

    /// The private-use character appended to an opaque word's text before it is parsed, so the
    /// parser skips value checks on it and errors that quote it can be recognised as "unknown".
    public static let opaqueMarker: Character = "\u{E000}"

    /// The text the parser sees: the word, with `opaqueMarker` appended when it is opaque.
    public var parseText: String {
        isOpaque ? text + String(Self.opaqueMarker) : text
    }

    public var description: String { text }
}

/// A token of a shell line: a word, a command separator, or a redirection operator.
public enum ShellToken: Sendable, Equatable {
    case word(ShellWord)
    /// `;`, `&&`, `||`, `|`, `&`, or a newline that ends a command.
    case separator(String, line: Int, column: Int)
    /// `>`, `>>`, `<`, `2>`, `2>&1`, `&>`, `<<`, `<<-`, `<<<` and friends.
    case redirection(String, line: Int, column: Int)
}

/// Why a line could not be split into words.
public enum ShellLexError: Error, Sendable, Equatable, CustomStringConvertible {
    case unterminatedQuote(Character, line: Int, column: Int)
    case unterminatedSubstitution(line: Int, column: Int)

    public var description: String {
        switch self {
        case .unterminatedQuote(let q, _, _): return "unexpected EOF while looking for matching `\(q)'"
        case .unterminatedSubstitution: return "unexpected EOF while looking for matching `)'"
        }
    }
}

/// Splits shell source into tokens the way a POSIX shell reads them, without expanding anything.
///
/// Backslash-newline joins lines, `#` starts a comment at the start of a word, single quotes are
/// literal, double quotes keep `$` live, and `$(...)`, `${...}` and backticks are kept verbatim
/// inside their word (which is then marked opaque). Heredoc bodies are skipped.
public struct ShellLexer {
    /// The source as Unicode scalars: one comparison per step, where `Character` would segment
    /// grapheme clusters (and read `\r\n` as one character). Columns count scalars.
    private let chars: [Unicode.Scalar]
    private var index = 0
    private var line: Int
    private var column: Int
    private var pendingHeredocs: [(delimiter: String, stripTabs: Bool)] = []

    public init(_ source: String, firstLine: Int = 1, firstColumn: Int = 1) {
        self.chars = Array(source.unicodeScalars)
        self.line = firstLine
        self.column = firstColumn
    }

    /// All tokens of the source; newlines appear as `separator("\n")`.
    public static func tokenize(_ source: String, firstLine: Int = 1) throws(ShellLexError) -> [ShellToken] {
        var lexer = ShellLexer(source, firstLine: firstLine)
        return try lexer.all()
    }

    /// The words of a single command line (separators and redirections are errors-free text here:
    /// they are returned as plain words), for the REPL and `explain`.
    public static func words(_ source: String) throws(ShellLexError) -> [ShellWord] {
        try tokenize(source).compactMap { token in
            switch token {
            case .word(let w): return w
            case .separator(let s, let l, let c): return s == "\n" ? nil : ShellWord(text: s, raw: s, line: l, column: c)
            case .redirection(let s, let l, let c): return ShellWord(text: s, raw: s, line: l, column: c)
            }
        }
    }

    private var atEnd: Bool { index >= chars.count }
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() -> Unicode.Scalar {
        let c = chars[index]
        index += 1
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    mutating func all() throws(ShellLexError) -> [ShellToken] {
        var tokens: [ShellToken] = []
        while true {
            skipBlanks()
            guard let c = peek() else { break }
            let (l, col) = (line, column)
            if c == "#" {
                while let n = peek(), n != "\n" { _ = advance() }
                continue
            }
            if c == "\n" {
                _ = advance()
                tokens.append(.separator("\n", line: l, column: col))
                skipHeredocBodies()
                continue
            }
            if let op = operatorAtCursor() {
                for _ in 0..<op.count { _ = advance() }
                if ["<<", "<<-"].contains(op) {
                    tokens.append(.redirection(op, line: l, column: col))
                    skipBlanks()
                    if let delimiter = try readWord() {
                        pendingHeredocs.append((unquotedDelimiter(delimiter.raw), op == "<<-"))
                        tokens.append(.word(delimiter))
                    }
                } else if isSeparator(op) {
                    tokens.append(.separator(op, line: l, column: col))
                } else {
                    tokens.append(.redirection(op, line: l, column: col))
                }
                continue
            }
            if let word = try readWord() {
                tokens.append(.word(word))
            }
        }
        return tokens
    }

    private func isSeparator(_ op: String) -> Bool {
        [";", "&&", "||", "|", "&", ";;", "|&"].contains(op)
    }

    private mutating func skipBlanks() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\r" {
                _ = advance()
            } else if c == "\\" && peek(1) == "\n" {
                _ = advance()
                _ = advance()
            } else {
                break
            }
        }
    }

    /// The operator starting at the cursor, longest match first, or `nil`.
    private func operatorAtCursor() -> String? {
        guard let c = peek() else { return nil }
        let next = peek(1)
        let third = peek(2)
        switch c {
        case "&":
            if next == "&" { return "&&" }
            if next == ">" { return next == ">" && third == ">" ? "&>>" : "&>" }
            return "&"
        case "|":
            if next == "|" { return "||" }
            if next == "&" { return "|&" }
            return "|"
        case ";":
            return next == ";" ? ";;" : ";"
        case ">":
            if next == ">" { return ">>" }
            if next == "&" { return ">&" }
            if next == "|" { return ">|" }
            return ">"
        case "<":
            if next == "<" {
                if third == "<" { return "<<<" }
                if third == "-" { return "<<-" }
                return "<<"
            }
            if next == ">" { return "<>" }
            if next == "&" { return "<&" }
            return "<"
        case "0"..."9":
            // A file-descriptor redirection such as `2>`, `2>&1`, `1>>`: the digits are only an
            // operator when a redirection character follows immediately.
            var j = 0
            while let d = peek(j), d.isASCII, d.isNumber { j += 1 }
            guard let r = peek(j), r == ">" || r == "<" else { return nil }
            var digits = ""
            digits.unicodeScalars.append(contentsOf: chars[index..<(index + j)])
            var op = digits + String(Character(r))
            if let n = peek(j + 1) {
                if n == r { op += String(n) } else if n == "&" {
                    op += "&"
                    var k = j + 2
                    while let d = peek(k), (d.isASCII && d.isNumber) || d == "-" {
                        op.append(d)
                        k += 1
                    }
                }
            }
            return op
        default:
            return nil
        }
    }

    private static let wordBreakers: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n", ";", "&", "|", "<", ">"]

    /// Reads one word, handling quotes and substitutions; `nil` at a word boundary.
    private mutating func readWord() throws(ShellLexError) -> ShellWord? {
        let (startLine, startColumn) = (line, column)
        var text = ""
        var raw = ""
        var opaque = false
        var splits = false
        var sawAnything = false
        while let c = peek() {
            if Self.wordBreakers.contains(c) { break }
            sawAnything = true
            switch c {
            case "\\":
                raw.append(advance())
                guard let n = peek() else { break }
                if n == "\n" {
                    raw.removeLast()
                    _ = advance()
                } else {
                    raw.append(advance())
                    text.append(n)
                }
            case "'":
                let (ql, qc) = (line, column)
                raw.append(advance())
                var closed = false
                while let n = peek() {
                    raw.append(advance())
                    if n == "'" { closed = true; break }
                    text.append(n)
                }
                if !closed { throw .unterminatedQuote("'", line: ql, column: qc) }
            case "\"":
                let (ql, qc) = (line, column)
                raw.append(advance())
                var closed = false
                while let n = peek() {
                    if n == "\"" {
                        raw.append(advance())
                        closed = true
                        break
                    }
                    if n == "\\" {
                        raw.append(advance())
                        if let e = peek() {
                            if e == "\n" {
                                raw.removeLast()
                                _ = advance()
                                continue
                            }
                            raw.append(advance())
                            if !["$", "`", "\"", "\\"].contains(e) { text.append("\\") }
                            text.append(e)
                        }
                        continue
                    }
                    if n == "$" || n == "`" {
                        if let sub = try readSubstitution() {
                            raw += sub
                            text += sub
                            opaque = true
                            // `"$@"` and `"${name[@]}"` expand to one word per element.
                            if sub == "$@" || sub == "${@}" || (sub.hasPrefix("${") && sub.hasSuffix("[@]}")) { splits = true }
                            continue
                        }
                    }
                    raw.append(advance())
                    text.append(n)
                }
                if !closed { throw .unterminatedQuote("\"", line: ql, column: qc) }
            case "$", "`":
                if let sub = try readSubstitution() {
                    raw += sub
                    text += sub
                    opaque = true
                    splits = true
                } else {
                    raw.append(advance())
                    text.append(c)
                }
            case "*", "?", "[":
                // Unquoted glob characters make the word's value depend on the filesystem.
                if c == "*" || c == "?" {
                    opaque = true
                    splits = true
                }
                raw.append(advance())
                text.append(c)
            default:
                raw.append(advance())
                text.append(c)
            }
        }
        guard sawAnything else { return nil }
        return ShellWord(text: text, raw: raw, line: startLine, column: startColumn, isOpaque: opaque, splits: splits)
    }

    /// Reads `$NAME`, `${...}`, `$(...)`, `$((...))` or a backtick substitution verbatim; `nil` for a lone `$`.
    private mutating func readSubstitution() throws(ShellLexError) -> String? {
        guard let c = peek() else { return nil }
        let (l, col) = (line, column)
        if c == "`" {
            var s = String(advance())
            while let n = peek() {
                s.append(advance())
                if n == "\\", peek() != nil { s.append(advance()); continue }
                if n == "`" { return s }
            }
            throw .unterminatedQuote("`", line: l, column: col)
        }
        guard c == "$", let n = peek(1) else { return nil }
        if n == "(" || n == "{" {
            let close: Unicode.Scalar = n == "(" ? ")" : "}"
            var s = String(advance()) + String(advance())
            var depth = 1
            var quote: Unicode.Scalar? = nil
            while let x = peek() {
                s.append(advance())
                if let q = quote {
                    if x == "\\" && q == "\"", peek() != nil { s.append(advance()) } else if x == q { quote = nil }
                    continue
                }
                if x == "'" || x == "\"" { quote = x; continue }
                if x == "\\", peek() != nil { s.append(advance()); continue }
                if x == n { depth += 1 } else if x == close {
                    depth -= 1
                    if depth == 0 { return s }
                }
            }
            throw .unterminatedSubstitution(line: l, column: col)
        }
        if n == "_" || n.isLetter || n.isNumber || "@*#?-$!".unicodeScalars.contains(n) {
            var s = String(advance())
            if n.isNumber || "@*#?-$!".unicodeScalars.contains(n) {
                s.append(advance())
                return s
            }
            while let x = peek(), x == "_" || x.isLetter || x.isNumber { s.append(advance()) }
            return s
        }
        return nil
    }

    private func unquotedDelimiter(_ raw: String) -> String {
        raw.filter { $0 != "'" && $0 != "\"" && $0 != "\\" }
    }

    /// After a newline, skips the bodies of heredocs announced on the line just ended.
    private mutating func skipHeredocBodies() {
        while !pendingHeredocs.isEmpty {
            let (delimiter, stripTabs) = pendingHeredocs.removeFirst()
            while !atEnd {
                var lineText = ""
                while let c = peek(), c != "\n" { lineText.append(advance()) }
                if !atEnd { _ = advance() }
                let candidate = stripTabs ? String(lineText.drop(while: { $0 == "\t" })) : lineText
                if candidate == delimiter { break }
            }
        }
    }
}

extension String {
    /// Appends a Unicode scalar (the lexer works on scalars).
    fileprivate mutating func append(_ scalar: Unicode.Scalar) {
        unicodeScalars.append(scalar)
    }
}

extension Unicode.Scalar {
    fileprivate var isLetter: Bool { properties.isAlphabetic }
    fileprivate var isNumber: Bool { properties.numericType != nil }
}

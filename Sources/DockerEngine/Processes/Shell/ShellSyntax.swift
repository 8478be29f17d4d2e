/// The little shell language containers' `sh -c` scripts are written in: words, `;`, `&&`, `||`,
/// `|`, redirections, `while`/`until`/`for`/`if`.
///
/// Only what short teaching scripts use; the container filesystem work will bring a fuller shell.
indirect enum ShellNode: Sendable, Equatable {
    /// A simple command: words (still to be expanded) and redirections.
    case command(words: [ShellWord], redirects: [ShellRedirect])
    case pipeline([ShellNode])
    case and(ShellNode, ShellNode)
    case or(ShellNode, ShellNode)
    case sequence([ShellNode])
    case whileLoop(condition: ShellNode, body: ShellNode, until: Bool)
    case forLoop(variable: String, items: [ShellWord], body: ShellNode)
    case ifThen(condition: ShellNode, then: ShellNode, otherwise: ShellNode?)
    case negate(ShellNode)
}

/// A word before expansion: parts that are literal, single-quoted or double-quoted.
struct ShellWord: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case bare(String)
        case single(String)
        case double(String)
    }

    var parts: [Part]

    /// The word's text if it is one unquoted literal (for keywords).
    var keyword: String? {
        if parts.count == 1, case .bare(let s) = parts[0] { return s }
        return nil
    }
}

/// `>`, `>>`, `<`, `2>`, `2>&1`, `>&2`.
struct ShellRedirect: Sendable, Equatable {
    var fd: Int
    var op: String
    var target: ShellWord
}

/// A syntax error in a script, with the shell's message.
struct ShellSyntaxError: Error, Sendable, Equatable {
    var message: String
}

/// Turns script text into `ShellNode`s.
struct ShellParser {
    private enum Token: Equatable {
        case word(ShellWord)
        case op(String)
    }

    private var tokens: [Token] = []
    private var index = 0

    static func parse(_ script: String) throws(ShellSyntaxError) -> ShellNode {
        var parser = ShellParser()
        parser.tokens = try tokenize(script)
        let node = try parser.parseList(until: [])
        if parser.index < parser.tokens.count, case .op(let op) = parser.tokens[parser.index] {
            throw ShellSyntaxError(message: "syntax error: unexpected \"\(op)\"")
        }
        return node
    }

    private static func tokenize(_ script: String) throws(ShellSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var parts: [ShellWord.Part] = []
        var bare = ""
        var inWord = false
        let chars = Array(script)
        var i = 0
        func flushBare() {
            if !bare.isEmpty { parts.append(.bare(bare)); bare = "" }
        }
        func endWord() {
            flushBare()
            if inWord { tokens.append(.word(ShellWord(parts: parts))) }
            parts = []
            inWord = false
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case " ", "\t":
                endWord()
            case "\n", ";":
                endWord()
                if i + 1 < chars.count, c == ";", chars[i + 1] == ";" { tokens.append(.op(";;")); i += 1 } else { tokens.append(.op(";")) }
            case "&", "|":
                endWord()
                if i + 1 < chars.count, chars[i + 1] == c {
                    tokens.append(.op(String([c, c])))
                    i += 1
                } else {
                    tokens.append(.op(String(c)))
                }
            case ">", "<":
                var fd = c == ">" ? 1 : 0
                if inWord, parts.isEmpty, bare.count == 1, let d = Int(bare) { fd = d; bare = ""; inWord = false } else { endWord() }
                var op = String(c)
                if i + 1 < chars.count, chars[i + 1] == ">" , c == ">" { op = ">>"; i += 1 }
                if i + 1 < chars.count, chars[i + 1] == "&" { op += "&"; i += 1 }
                tokens.append(.op("\(fd)" + op))
            case "'":
                flushBare()
                inWord = true
                guard let close = chars[(i + 1)...].firstIndex(of: "'") else {
                    throw ShellSyntaxError(message: "syntax error: unterminated quoted string")
                }
                parts.append(.single(String(chars[(i + 1)..<close])))
                i = close
            case "\"":
                flushBare()
                inWord = true
                var j = i + 1
                var text = ""
                while j < chars.count && chars[j] != "\"" {
                    if chars[j] == "\\", j + 1 < chars.count, "\"\\$`".contains(chars[j + 1]) {
                        text.append("\\")
                        text.append(chars[j + 1])
                        j += 2
                        continue
                    }
                    text.append(chars[j])
                    j += 1
                }
                guard j < chars.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
                parts.append(.double(text))
                i = j
            case "\\":
                inWord = true
                if i + 1 < chars.count {
                    if chars[i + 1] != "\n" { flushBare(); parts.append(.single(String(chars[i + 1]))) }
                    i += 1
                }
            case "$" where i + 1 < chars.count && chars[i + 1] == "(":
                inWord = true
                var depth = 0
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                bare += String(chars[i...min(j, chars.count - 1)])
                i = j
            case "#" where !inWord:
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue
            default:
                inWord = true
                bare.append(c)
            }
            i += 1
        }
        endWord()
        return tokens
    }

    private func peekKeyword() -> String? {
        guard index < tokens.count, case .word(let w) = tokens[index] else { return nil }
        return w.keyword
    }

    private mutating func expectKeyword(_ k: String) throws(ShellSyntaxError) {
        skipSeparators()
        guard peekKeyword() == k else {
            throw ShellSyntaxError(message: "syntax error: unexpected end of file (expecting \"\(k)\")")
        }
        index += 1
    }

    private mutating func skipSeparators() {
        while index < tokens.count, case .op(let op) = tokens[index], op == ";" { index += 1 }
    }

    /// A list of and-or items up to one of the keywords in `stop`.
    private mutating func parseList(until stop: Set<String>) throws(ShellSyntaxError) -> ShellNode {
        var items: [ShellNode] = []
        while true {
            skipSeparators()
            if index >= tokens.count { break }
            if let k = peekKeyword(), stop.contains(k) { break }
            if case .op(let op) = tokens[index], op != "!" { throw ShellSyntaxError(message: "syntax error: unexpected \"\(op)\"") }
            items.append(try parseAndOr())
            if index < tokens.count, case .op(let op) = tokens[index], op == "&" { index += 1 }
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseAndOr() throws(ShellSyntaxError) -> ShellNode {
        var node = try parsePipeline()
        while index < tokens.count, case .op(let op) = tokens[index], op == "&&" || op == "||" {
            index += 1
            while index < tokens.count, case .op(";") = tokens[index] { index += 1 }
            let rhs = try parsePipeline()
            node = op == "&&" ? .and(node, rhs) : .or(node, rhs)
        }
        return node
    }

    private mutating func parsePipeline() throws(ShellSyntaxError) -> ShellNode {
        var negate = false
        if peekKeyword() == "!" { negate = true; index += 1 }
        var stages = [try parseCommand()]
        while index < tokens.count, case .op("|") = tokens[index] {
            index += 1
            stages.append(try parseCommand())
        }
        let node = stages.count == 1 ? stages[0] : .pipeline(stages)
        return negate ? .negate(node) : node
    }

    private mutating func parseCommand() throws(ShellSyntaxError) -> ShellNode {
        switch peekKeyword() {
        case "while", "until":
            let isUntil = peekKeyword() == "until"
            index += 1
            let condition = try parseList(until: ["do"])
            try expectKeyword("do")
            let body = try parseList(until: ["done"])
            try expectKeyword("done")
            return .whileLoop(condition: condition, body: body, until: isUntil)
        case "for":
            index += 1
            guard index < tokens.count, case .word(let v) = tokens[index], let name = v.keyword else {
                throw ShellSyntaxError(message: "syntax error: bad for loop variable")
            }
            index += 1
            var items: [ShellWord] = []
            if peekKeyword() == "in" {
                index += 1
                while index < tokens.count, case .word(let w) = tokens[index] { items.append(w); index += 1 }
            }
            try expectKeyword("do")
            let body = try parseList(until: ["done"])
            try expectKeyword("done")
            return .forLoop(variable: name, items: items, body: body)
        case "if":
            index += 1
            let condition = try parseList(until: ["then"])
            try expectKeyword("then")
            let thenPart = try parseList(until: ["else", "elif", "fi"])
            skipSeparators()
            var otherwise: ShellNode?
            if peekKeyword() == "elif" {
                tokens[index] = .word(ShellWord(parts: [.bare("if")]))
                otherwise = try parseCommand()
                return .ifThen(condition: condition, then: thenPart, otherwise: otherwise)
            }
            if peekKeyword() == "else" {
                index += 1
                otherwise = try parseList(until: ["fi"])
            }
            try expectKeyword("fi")
            return .ifThen(condition: condition, then: thenPart, otherwise: otherwise)
        default:
            break
        }
        var words: [ShellWord] = []
        var redirects: [ShellRedirect] = []
        while index < tokens.count {
            switch tokens[index] {
            case .word(let w):
                words.append(w)
                index += 1
            case .op(let op) where op.first?.isNumber == true:
                index += 1
                guard index < tokens.count, case .word(let target) = tokens[index] else {
                    throw ShellSyntaxError(message: "syntax error: unexpected end of file")
                }
                index += 1
                redirects.append(ShellRedirect(fd: Int(String(op.first ?? "1")) ?? 1, op: String(op.dropFirst()), target: target))
            default:
                return .command(words: words, redirects: redirects)
            }
        }
        return .command(words: words, redirects: redirects)
    }
}

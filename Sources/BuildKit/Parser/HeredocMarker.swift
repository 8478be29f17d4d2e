/// Recognising heredoc markers (`<<EOF`, `<<-EOF`, `3<<"EOF"`) in RUN, COPY and ADD lines.
///
/// BuildKit lexes the whole instruction line with its shell lexer (quotes and escapes kept),
/// then matches each word against `^(\d*)<<(-?)\s*([^<]*)$`. The delimiter word is lexed twice
/// — with and without quotes — and any difference in quote count means part of it was quoted,
/// which turns expansion of the body off (`<<"EOF"`, `<<'EOF'`, `<<E"OF"`).
enum HeredocMarker {
    /// `parser.ParseHeredoc`: the heredoc a single word introduces, if any.
    static func parse(_ word: String) -> Heredoc? {
        let scalars = Array(word.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].isASCII, GoText.isDigit(scalars[i]) { i += 1 }
        let digits = String(scalars: scalars[..<i])
        guard i + 1 < scalars.count, scalars[i] == "<", scalars[i + 1] == "<" else { return nil }
        i += 2
        var chomp = false
        if i < scalars.count, scalars[i] == "-" {
            chomp = true
            i += 1
        }
        // `\s*` (RE2: space, \t, \n, \f, \r).
        while i < scalars.count, ["\t", "\n", "\u{0C}", "\r", " "].contains(scalars[i]) { i += 1 }
        let rest = scalars[i...]
        if rest.contains("<") || rest.isEmpty { return nil }
        let restText = String(scalars: rest)

        var lexer = ShellLexer(escapeToken: "\\")
        lexer.skipUnsetEnv = true
        guard let words = try? lexer.processWords(restText, ShellVariables()), words.count == 1 else { return nil }
        lexer.rawQuotes = true
        guard let rawWords = try? lexer.processWords(restText, ShellVariables()), rawWords.count == words.count else {
            return nil
        }
        func quotes(_ s: String) -> Int { s.unicodeScalars.filter { $0 == "'" || $0 == "\"" }.count }
        let fd = Int(digits) ?? 0
        return Heredoc(
            name: words[0],
            fileDescriptor: digits.count > 18 ? 0 : fd,
            expand: quotes(words[0]) == quotes(rawWords[0]),
            chomp: chomp,
            content: ""
        )
    }

    /// `heredocsFromLine`: every heredoc marker on an instruction line, in order.
    static func markers(in line: String) -> [Heredoc] {
        var lexer = ShellLexer(escapeToken: "\\")
        lexer.rawQuotes = true
        lexer.rawEscapes = true
        lexer.skipUnsetEnv = true
        let words = (try? lexer.processWords(line, ShellVariables())) ?? []
        return words.compactMap(parse)
    }

    /// `parser.ChompHeredocContent`: strips leading tabs from every line.
    static func chomp(_ content: String) -> String {
        var out = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in content.unicodeScalars {
            if atLineStart && scalar == "\t" { continue }
            atLineStart = scalar == "\n"
            out.append(scalar)
        }
        return String(out)
    }
}

/// BuildKit's per-instruction line parsers: how the text after a keyword becomes words.
///
/// Each instruction splits its arguments its own way (whitespace, JSON-or-shell, key=value
/// pairs with quotes kept for later expansion, HEALTHCHECK's type word, ONBUILD's nested
/// instruction). The rules — and the errors raised here rather than later — follow
/// `frontend/dockerfile/parser/line_parsers.go`.
enum LineParsers {
    /// What a line parser produced: the argument words, JSON form, and ONBUILD's child.
    struct Parsed {
        var arguments: [String] = []
        var isJSON = false
        var child: SyntaxNode?
        var ignored = false
    }

    /// How each keyword's arguments are split.
    enum Style {
        case maybeJSON, maybeJSONToList, nameOrNameValue, env, label
        case whitespaceDelimited, string, healthcheck, subcommand
    }

    static let styles: [String: Style] = [
        "add": .maybeJSONToList, "arg": .nameOrNameValue, "cmd": .maybeJSON, "copy": .maybeJSONToList,
        "entrypoint": .maybeJSON, "env": .env, "expose": .whitespaceDelimited, "from": .whitespaceDelimited,
        "healthcheck": .healthcheck, "label": .label, "maintainer": .string, "onbuild": .subcommand,
        "run": .maybeJSON, "shell": .maybeJSON, "stopsignal": .string, "user": .string,
        "volume": .maybeJSONToList, "workdir": .string,
    ]

    // MARK: - splitting the keyword and flags

    /// `splitCommand`: keyword, `--flags`, and the remaining argument text.
    static func splitCommand(_ line: String, escape: UInt8) -> (String, [String], String) {
        let bytes = Array(GoText.trimSpace(line).utf8)
        let (keyword, flags, rest) = splitCommand(bytes[...], escape: escape)
        return (keyword, flags, String(decoding: rest, as: UTF8.self))
    }

    /// `splitCommand` on bytes whose end is already trimmed: the keyword up to the first
    /// `[\t\v\f\r ]`, then flags, then the rest with leading space trimmed. Working on slices
    /// keeps nested ONBUILD levels linear.
    static func splitCommand(_ line: ArraySlice<UInt8>, escape: UInt8) -> (String, [String], ArraySlice<UInt8>) {
        let trimmed = line.trimmingLeadingSpace()
        func isSeparator(_ b: UInt8) -> Bool { GoText.isRegexWhitespace(Unicode.Scalar(b)) }
        guard let end = trimmed.firstIndex(where: isSeparator) else {
            return (String(decoding: trimmed, as: UTF8.self), [], trimmed[trimmed.endIndex...])
        }
        let keyword = String(decoding: trimmed[..<end], as: UTF8.self)
        var start = end
        while start < trimmed.endIndex, isSeparator(trimmed[start]) { start += 1 }
        let (rest, flags) = extractBuilderFlags(trimmed[start...], escape: escape)
        return (keyword, flags, rest.trimmingLeadingSpace())
    }

    /// `extractBuilderFlags`: leading `--words` (quotes and escapes removed), byte by byte as
    /// BuildKit does it (so non-ASCII bytes inside flags come out as Latin-1 characters).
    static func extractBuilderFlags(_ line: ArraySlice<UInt8>, escape: UInt8) -> (ArraySlice<UInt8>, [String]) {
        enum Phase { case spaces, word, quote }
        var words: [String] = []
        var phase = Phase.spaces
        var builder = String.UnicodeScalarView()
        var quote: UInt8 = 0
        var blankOK = false
        var pos = line.startIndex
        let end = line.endIndex
        func isSpace(_ b: UInt8) -> Bool { GoText.isSpace(Unicode.Scalar(b)) }
        while pos <= end {
            let ch: UInt8 = pos < end ? line[pos] : 0
            if phase == .spaces {
                if pos == end { break }
                if isSpace(ch) { pos += 1; continue }
                if ch != UInt8(ascii: "-") || pos + 1 == end || line[pos + 1] != UInt8(ascii: "-") {
                    return (line[pos...], words)
                }
                phase = .word
            }
            if pos == end {
                let word = String(builder)
                if word != "--" && (blankOK || !word.isEmpty) { words.append(word) }
                break
            }
            var c = ch
            if phase == .word {
                if isSpace(c) {
                    let word = String(builder)
                    phase = .spaces
                    if word == "--" { return (line[pos...], words) }
                    if blankOK || !word.isEmpty { words.append(word) }
                    builder = String.UnicodeScalarView()
                    blankOK = false
                    pos += 1
                    continue
                }
                if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                    quote = c
                    blankOK = true
                    phase = .quote
                    pos += 1
                    continue
                }
                if c == escape {
                    if pos + 1 == end { pos += 1; continue }
                    pos += 1
                    c = line[pos]
                }
                builder.append(Unicode.Scalar(c))
                pos += 1
                continue
            }
            // Inside quotes.
            if c == quote {
                phase = .word
                pos += 1
                continue
            }
            if c == escape {
                if pos + 1 == end {
                    phase = .word
                    pos += 1
                    continue
                }
                pos += 1
                c = line[pos]
            }
            builder.append(Unicode.Scalar(c))
            pos += 1
        }
        return (line[end...], words)
    }

    // MARK: - argument styles

    static func parse(_ style: Style?, _ rest: String, escape: UInt8) throws(DockerfileError) -> Parsed {
        guard let style else { return Parsed(ignored: true) }
        switch style {
        case .maybeJSON:
            return try maybeJSON(rest)
        case .maybeJSONToList:
            switch JSONArray.parse(rest) {
            case .strings(let list): return Parsed(arguments: list, isJSON: true)
            case .notStrings: throw DockerfileError(notStringArrayMessage)
            case .notJSON: return Parsed(arguments: whitespaceDelimited(rest))
            }
        case .whitespaceDelimited:
            return Parsed(arguments: whitespaceDelimited(rest))
        case .string:
            return Parsed(arguments: rest.isEmpty ? [] : [rest])
        case .nameOrNameValue:
            return Parsed(arguments: words(rest, escape: escape))
        case .env:
            return Parsed(arguments: try nameValue(rest, key: "ENV", escape: escape))
        case .label:
            return Parsed(arguments: try nameValue(rest, key: "LABEL", escape: escape))
        case .healthcheck:
            return try healthcheck(rest)
        case .subcommand:
            // Handled by the parser, which nests ONBUILD without recursion.
            return Parsed()
        }
    }

    /// `parseMaybeJSON`: a JSON array of strings, or the whole text as one shell-form word.
    static func maybeJSON(_ rest: String) throws(DockerfileError) -> Parsed {
        if rest.isEmpty { return Parsed() }
        switch JSONArray.parse(rest) {
        case .strings(let list): return Parsed(arguments: list, isJSON: true)
        case .notStrings: throw DockerfileError(notStringArrayMessage)
        case .notJSON: return Parsed(arguments: [rest])
        }
    }

    /// `parseStringsWhitespaceDelimited`.
    static func whitespaceDelimited(_ rest: String) -> [String] {
        if rest.isEmpty { return [] }
        return GoText.splitWhitespace(rest)
    }

    /// `parseHealthConfig`: the type word (`CMD`, `NONE`), then JSON-or-shell.
    static func healthcheck(_ rest: String) throws(DockerfileError) -> Parsed {
        let bytes = Array(rest.utf8)
        var separator = 0
        while separator < bytes.count, !GoText.isSpace(Unicode.Scalar(bytes[separator])) { separator += 1 }
        var next = separator
        while next < bytes.count, GoText.isSpace(Unicode.Scalar(bytes[next])) { next += 1 }
        if separator == 0 { return Parsed() }
        let type = String(decoding: bytes[..<separator], as: UTF8.self)
        let command = try maybeJSON(String(decoding: bytes[next...], as: UTF8.self))
        return Parsed(arguments: [type] + command.arguments, isJSON: command.isJSON)
    }

    /// `parseNameVal` for ENV and LABEL: `key value` (legacy) or `k=v k2=v2`, quotes kept.
    static func nameValue(_ rest: String, key: String, escape: UInt8) throws(DockerfileError) -> [String] {
        let list = words(rest, escape: escape)
        guard let first = list.first else { return [] }
        if !first.contains("=") {
            let parts = GoText.splitWhitespace(rest, limit: 2)
            if parts.count < 2 {
                throw DockerfileError("\(key) must have two arguments")
            }
            return [parts[0], parts[1], ""]
        }
        var triples: [String] = []
        for word in list {
            guard let equals = word.firstIndex(of: "=") else {
                throw DockerfileError(missingEqualsMessage(word))
            }
            triples += [String(word[..<equals]), String(word[word.index(after: equals)...]), "="]
        }
        return triples
    }

    /// `parseWords`: splits on white space, keeping quotes and escapes for later expansion.
    static func words(_ rest: String, escape: UInt8) -> [String] {
        enum Phase { case spaces, word, quote }
        let text = Array(rest.unicodeScalars)
        let escapeScalar = Unicode.Scalar(escape)
        var words: [String] = []
        var phase = Phase.spaces
        var quote: Unicode.Scalar = "\0"
        var blankOK = false
        var builder = String.UnicodeScalarView()
        var pos = 0
        var ch: Unicode.Scalar = "\0"
        while pos <= text.count {
            if pos != text.count { ch = text[pos] }
            if phase == .spaces {
                if pos == text.count { break }
                if GoText.isSpace(ch) { pos += 1; continue }
                phase = .word
            }
            if pos == text.count {
                if blankOK || !builder.isEmpty { words.append(String(builder)) }
                break
            }
            if phase == .word {
                if GoText.isSpace(ch) {
                    phase = .spaces
                    if blankOK || !builder.isEmpty { words.append(String(builder)) }
                    builder = String.UnicodeScalarView()
                    blankOK = false
                    pos += 1
                    continue
                }
                if ch == "'" || ch == "\"" {
                    quote = ch
                    blankOK = true
                    phase = .quote
                }
                if ch == escapeScalar {
                    if pos + 1 == text.count { pos += 1; continue }
                    builder.append(ch)
                    pos += 1
                    ch = text[pos]
                }
                builder.append(ch)
                pos += 1
                continue
            }
            if ch == quote { phase = .word }
            if ch == escapeScalar && quote != "'" {
                if pos + 1 == text.count {
                    phase = .word
                    pos += 1
                    continue
                }
                pos += 1
                builder.append(ch)
                ch = text[pos]
            }
            builder.append(ch)
            pos += 1
        }
        return words
    }

    // MARK: - messages (parser/line_parsers.go)

    static let notStringArrayMessage = "when using JSON array syntax, arrays must be comprised of strings only"

    static func missingEqualsMessage(_ word: String) -> String {
        "Syntax error - can't find = in \(GoText.quote(word)). Must be of the form: name=value"
    }
}

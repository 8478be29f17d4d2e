/// The Dockerfile parser: lines, continuations, comments, directives and heredocs into nodes.
///
/// Follows `frontend/dockerfile/parser/parser.go` (BuildKit v0.22, as vendored by docker
/// 28.2): the escape character ends a line to continue it, comment lines and blank lines
/// inside a continuation are dropped (blank ones with a warning), heredoc bodies follow the
/// instruction line, and errors carry the line numbers BuildKit gives them.
public enum DockerfileParser {
    /// ONBUILD nesting kept in the tree; deeper levels are still parsed for errors (they can
    /// never build: `ONBUILD ONBUILD` is refused later) but dropped to keep the tree shallow.
    static let maxSubcommandDepth = 4

    /// Parses Dockerfile text.
    public static func parse(_ text: String) throws(DockerfileError) -> DockerfileSyntax {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses Dockerfile bytes (a BOM at the start is ignored).
    public static func parse(bytes: [UInt8]) throws(DockerfileError) -> DockerfileSyntax {
        var lines = SourceLines(bytes)
        var directives = DirectiveScanner()
        var escape = UInt8(ascii: "\\")
        var currentLine = 0
        var comments: [String] = []
        var nodes: [SyntaxNode] = []
        var found: [ParserDirective] = []
        var emptyContinuations: [Int] = []

        while let raw = lines.next() {
            var bytesRead = raw
            if currentLine == 0, bytesRead.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytesRead = bytesRead.dropFirst(3)
            }
            if bytesRead.isComment {
                let comment = GoText.trimSpace(bytesRead.dropFirst().text)
                if comment.isEmpty { comments = [] } else { comments.append(comment) }
            }
            var line = bytesRead.trimmingNewline().trimmingLeadingSpace()
            let directive: ParserDirective?
            do {
                directive = try directives.parse(line)
            } catch {
                throw error.located(currentLine)
            }
            if let directive {
                if directive.name == "escape" {
                    guard let token = escapeToken(directive.value) else {
                        throw DockerfileError(invalidEscapeMessage(directive.value)).located(currentLine)
                    }
                    escape = token
                }
                found.append(directive)
                if !comments.isEmpty { comments.removeLast() }
            }
            if line.isComment { line = [] }
            currentLine += 1

            let startLine = currentLine
            var (piece, isEndOfLine) = trimContinuation(line, escape: escape)
            if isEndOfLine && piece.isEmpty { continue }
            var buffer = Array(piece)
            var hasEmptyContinuation = false
            while !isEndOfLine, let next = lines.next() {
                currentLine += 1
                if next.isComment { continue }
                let candidate = next.trimmingNewline()
                if candidate.trimmingLeadingSpace().isEmpty {
                    hasEmptyContinuation = true
                    continue
                }
                (piece, isEndOfLine) = trimContinuation(candidate, escape: escape)
                buffer.append(contentsOf: piece)
            }
            let text = String(decoding: buffer, as: UTF8.self)
            if hasEmptyContinuation { emptyContinuations.append(currentLine) }

            var node: SyntaxNode
            do {
                node = try makeNode(text, escape: escape, comments: comments)
            } catch {
                throw error.located(startLine, currentLine)
            }

            if node.canContainHeredoc && text.contains("<<") {
                for var heredoc in HeredocMarker.markers(in: text) {
                    let terminator = Array(heredoc.name.utf8)
                    var terminated = false
                    var content: [UInt8] = []
                    while let body = lines.next() {
                        currentLine += 1
                        var candidate = body.trimmingNewline()
                        if heredoc.chomp { candidate = candidate.trimmingLeadingTabs() }
                        if candidate.elementsEqual(terminator) {
                            terminated = true
                            break
                        }
                        content.append(contentsOf: body)
                    }
                    if !terminated {
                        throw DockerfileError(unterminatedHeredocMessage).located(startLine, currentLine)
                    }
                    heredoc.content = String(decoding: content, as: UTF8.self)
                    node.heredocs.append(heredoc)
                }
            }
            node.startLine = startLine
            node.endLine = currentLine
            nodes.append(node)
            comments = []
        }

        if nodes.isEmpty {
            throw DockerfileError(noInstructionsMessage).located(currentLine)
        }
        if lines.tooLong {
            throw DockerfileError(SourceLines.tooLongMessage).located(currentLine)
        }
        return DockerfileSyntax(
            nodes: nodes,
            escapeToken: Character(Unicode.Scalar(escape)),
            directives: found,
            emptyContinuationLines: emptyContinuations,
            syntax: DirectiveScanner.lookup("syntax", in: bytes)?.value,
            check: DirectiveScanner.lookup("check", in: bytes)?.value
        )
    }

    /// `setEscapeToken`: only `` ` `` and `\` are allowed.
    static func escapeToken(_ value: String) -> UInt8? {
        switch value {
        case "`": return UInt8(ascii: "`")
        case "\\": return UInt8(ascii: "\\")
        default: return nil
        }
    }

    /// `trimContinuationCharacter`: strips a final unescaped escape character (and trailing
    /// blanks after it); false when the line continues.
    static func trimContinuation(_ line: ArraySlice<UInt8>, escape: UInt8) -> (ArraySlice<UInt8>, Bool) {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        guard end > line.startIndex, line[end - 1] == escape else { return (line, true) }
        let escapeIndex = end - 1
        if escapeIndex == line.startIndex { return (line[line.startIndex..<line.startIndex], false) }
        if line[escapeIndex - 1] == escape { return (line, true) }
        return (line[line.startIndex..<escapeIndex], false)
    }

    /// `newNodeFromLine`, with ONBUILD's nested instructions unrolled into a loop.
    static func makeNode(_ line: String, escape: UInt8, comments: [String]) throws(DockerfileError) -> SyntaxNode {
        var levels: [(keyword: String, flags: [String], original: String, parsed: LineParsers.Parsed)] = []
        let bytes = Array(GoText.trimSpace(line).utf8)
        var text = bytes[...]
        while true {
            let (keyword, flags, rest) = LineParsers.splitCommand(text, escape: escape)
            let style = LineParsers.styles[keyword.lowercased()]
            let original = levels.isEmpty ? line : (levels.count < maxSubcommandDepth ? String(decoding: text, as: UTF8.self) : "")
            if style == .subcommand && !rest.isEmpty {
                levels.append((keyword, flags, original, LineParsers.Parsed()))
                text = rest
                continue
            }
            let restText = String(decoding: rest, as: UTF8.self)
            levels.append((keyword, flags, original, try LineParsers.parse(style, restText, escape: escape)))
            break
        }
        var node: SyntaxNode?
        for (depth, level) in levels.enumerated().reversed() {
            var current = SyntaxNode(
                keyword: level.keyword,
                flags: level.flags,
                arguments: level.parsed.arguments,
                isJSON: level.parsed.isJSON,
                heredocs: [],
                original: level.original,
                startLine: 0,
                endLine: 0,
                comments: depth == 0 ? comments : [],
                children: [],
                ignoredArguments: level.parsed.ignored
            )
            if let child = node, depth < maxSubcommandDepth {
                current.children = [child]
            }
            node = current
        }
        // `levels` is never empty, so neither is `node`.
        return node ?? SyntaxNode(
            keyword: "", flags: [], arguments: [], isJSON: false, heredocs: [], original: line,
            startLine: 0, endLine: 0, comments: comments, children: [], ignoredArguments: true)
    }

    // MARK: - messages (parser/parser.go, parser/directives.go)

    static let unterminatedHeredocMessage = "unterminated heredoc"
    static let noInstructionsMessage = "file with no instructions"

    static func invalidEscapeMessage(_ value: String) -> String {
        "invalid escape token '\(value)' does not match ` or \\"
    }
}

extension SyntaxNode {
    /// `canContainHeredoc`: RUN, COPY and ADD in shell form, also as an ONBUILD trigger.
    var canContainHeredoc: Bool {
        var node = self
        if keyword.lowercased() == "onbuild", let sub = subcommand { node = sub }
        let name = node.keyword.lowercased()
        guard name == "run" || name == "copy" || name == "add" else { return false }
        return !node.isJSON
    }
}

/// A rough reading of RUN's shell commands, for the teaching rules.
///
/// Not a shell: just enough to find simple commands (`apt-get install curl`), the operators
/// between them (`&&`, `|`, `;`) and where each word sits in the Dockerfile, so a rule can
/// say "line 4, column 5". Quotes and backslashes are honoured so quoted text is not
/// mistaken for a command.
struct ShellCommands {
    /// A word of a command, unquoted, with its position in the Dockerfile.
    struct Word {
        var text: String
        var line: Int
        var column: Int
    }

    /// A simple command and the operator that follows it (`&&`, `|`, `;`, or "" at the end).
    struct Command {
        var words: [Word]
        var separator: String

        /// The index of the program word: after `VAR=value` assignments and `sudo`/`env`.
        var programIndex: Int? {
            var i = 0
            while i < words.count {
                let w = words[i].text
                if w == "sudo" || w == "env" || w == "exec" || (w.contains("=") && !w.hasPrefix("-") && !w.hasPrefix("=")) {
                    i += 1
                    continue
                }
                if words[i].text.hasPrefix("-") && i > 0 && words[i - 1].text == "sudo" {
                    i += 1
                    continue
                }
                return i
            }
            return nil
        }

        var program: Word? { programIndex.map { words[$0] } }

        /// The words after the program.
        var arguments: [Word] { programIndex.map { Array(words[($0 + 1)...]) } ?? [] }

        /// The program name without its directory (`/usr/bin/apt-get` is `apt-get`).
        var programName: String? {
            program.map { $0.text.split(separator: "/").last.map(String.init) ?? $0.text }
        }

        func has(_ argument: String) -> Bool { arguments.contains { $0.text == argument } }
    }

    /// Splits positioned text into commands. `positions[i]` is the (line, column) of scalar i.
    static func parse(_ scalars: [Unicode.Scalar], positions: [(Int, Int)]) -> [Command] {
        var commands: [Command] = []
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var start: (Int, Int)?
        var i = 0
        func position(_ index: Int) -> (Int, Int) {
            index < positions.count ? positions[index] : (positions.last ?? (0, 0))
        }
        func endWord() {
            if let s = start {
                words.append(Word(text: String(current), line: s.0, column: s.1))
            }
            current = String.UnicodeScalarView()
            start = nil
        }
        func endCommand(_ separator: String) {
            endWord()
            if !words.isEmpty || !separator.isEmpty { commands.append(Command(words: words, separator: separator)) }
            words = []
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case " ", "\t", "\r":
                endWord()
                i += 1
            case "\n", ";", "(", ")":
                endCommand(c == "\n" ? ";" : String(c))
                i += 1
            case "&", "|":
                let doubled = i + 1 < scalars.count && scalars[i + 1] == c
                endCommand(doubled ? String(c) + String(c) : String(c))
                i += doubled ? 2 : 1
            case "#" where start == nil:
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
            case "'", "\"":
                if start == nil { start = position(i) }
                i += 1
                while i < scalars.count, scalars[i] != c {
                    if c == "\"" && scalars[i] == "\\" && i + 1 < scalars.count { i += 1 }
                    current.append(scalars[i])
                    i += 1
                }
                i += 1
            case "\\":
                if start == nil { start = position(i) }
                if i + 1 < scalars.count { current.append(scalars[i + 1]) }
                i += 2
            default:
                if start == nil { start = position(i) }
                current.append(c)
                i += 1
            }
        }
        endCommand("")
        return commands.filter { !$0.words.isEmpty }
    }
}

/// The Dockerfile as the teaching rules see it: typed stages plus the raw lines, so that
/// findings can point at a line and column.
public struct TeachingContext {
    public let dockerfile: ParsedDockerfile
    let lines: [[Unicode.Scalar]]
    let escape: Unicode.Scalar

    public init(dockerfile: ParsedDockerfile, source: String) {
        self.dockerfile = dockerfile
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        self.escape = dockerfile.syntax.escapeToken.unicodeScalars.first ?? "\\"
    }

    /// The column (1-based) where `word` first appears on `line`, after the keyword.
    func column(of word: String, line: Int) -> Int? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        let needle = Array(word.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle {
            return start + 1
        }
        return nil
    }

    /// The column of the first non-blank character of `line`.
    func indentColumn(_ line: Int) -> Int {
        guard line >= 1, line <= lines.count else { return 1 }
        return (lines[line - 1].firstIndex { $0 != " " && $0 != "\t" } ?? 0) + 1
    }

    /// The shell commands of a RUN: its shell-form text (continuations joined with positions
    /// kept) and its heredoc bodies.
    func commands(of instruction: Instruction) -> [ShellCommands.Command] {
        guard case .run(let run) = instruction.kind else { return [] }
        let lines = instruction.source.lines
        guard run.command.prependShell else {
            let words = run.command.arguments.map {
                ShellCommands.Word(text: $0, line: lines.start, column: indentColumn(lines.start))
            }
            return [ShellCommands.Command(words: words, separator: "")]
        }
        var scalars: [Unicode.Scalar] = []
        var positions: [(Int, Int)] = []
        var line = lines.start
        var first = true
        while line <= lines.end, line <= self.lines.count {
            var text = self.lines[line - 1]
            if text.last == "\r" { text.removeLast() }
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if !first && (trimmed.first == "#" || trimmed.isEmpty) {
                line += 1
                continue
            }
            var end = text.count
            while end > 0, text[end - 1] == " " || text[end - 1] == "\t" { end -= 1 }
            let continues = end > 0 && text[end - 1] == escape && (end == 1 || text[end - 2] != escape)
            if continues { end -= 1 }
            let startIndex = first ? text.count - trimmed.count : 0
            for index in startIndex..<max(startIndex, end) {
                scalars.append(text[index])
                positions.append((line, index + 1))
            }
            first = false
            line += 1
            if !continues { break }
        }
        var commands = ShellCommands.parse(scalars, positions: positions)
        // Drop the RUN keyword and its --flags from the first command.
        if var head = commands.first {
            head.words.removeFirst()
            while let w = head.words.first, w.text.hasPrefix("--") { head.words.removeFirst() }
            commands[0] = head
        }
        for file in run.command.files {
            let bodyLines = file.data.split(separator: "\n", omittingEmptySubsequences: false).count
            let start = bodyStartLine(of: file, in: instruction, run: run) ?? line
            var bodyScalars: [Unicode.Scalar] = []
            var bodyPositions: [(Int, Int)] = []
            var l = start
            var c = 1
            for scalar in file.data.unicodeScalars {
                bodyScalars.append(scalar)
                bodyPositions.append((l, c))
                if scalar == "\n" { l += 1; c = 1 } else { c += 1 }
            }
            _ = bodyLines
            commands += ShellCommands.parse(bodyScalars, positions: bodyPositions)
        }
        return commands.filter { !$0.words.isEmpty }
    }

    /// Heredoc bodies come right after the instruction line(s), each followed by its terminator.
    private func bodyStartLine(of file: InlineFile, in instruction: Instruction, run: RunInstruction) -> Int? {
        var line = instruction.source.lines.end + 1
        for other in run.command.files.reversed() {
            let count = other.data.isEmpty ? 0 : other.data.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            line -= count + 1
            if other == file { return line }
        }
        return nil
    }
}

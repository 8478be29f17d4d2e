/// A docker command found in a script, a Markdown document or a list, with where it was written.
public struct FoundCommand: Sendable, Equatable {
    /// The words after `docker`, quotes removed; opaque words (`$VAR`, `$(...)`) keep their source text.
    public var arguments: [ShellWord]
    /// The `docker` word itself (its position is the command's position).
    public var docker: ShellWord
    /// The command as written, from `docker` to its last word, on one line.
    public var text: String
    /// Where the command's standard input comes from, which decides `-it` and `docker load`.
    public var stdin: StreamConnection
    /// Where its standard output goes, which decides `docker save` and `docker export` without `-o`.
    public var stdout: StreamConnection

    public init(arguments: [ShellWord], docker: ShellWord, text: String,
                stdin: StreamConnection = .inherited, stdout: StreamConnection = .inherited) {
        self.arguments = arguments
        self.docker = docker
        self.text = text
        self.stdin = stdin
        self.stdout = stdout
    }

    public var line: Int { docker.line }
    public var column: Int { docker.column }
}

/// How a command's standard stream is connected, as far as the shell text says.
public enum StreamConnection: Sendable, Equatable {
    /// Whatever the script or the user's shell has (a terminal when typed at a prompt).
    case inherited
    /// A pipe to or from another command (`a | docker ...`, `docker ... | b`).
    case pipe
    /// A file or here-document (`< file`, `<<EOF`, `> file`).
    case file
}

/// The kind of document `check` reads, which decides where commands are.
public enum ScriptKind: String, Sendable, CaseIterable {
    /// A shell script: every simple command whose program is `docker`.
    case shell
    /// Markdown: commands inside fenced code blocks tagged sh, bash, shell, console, zsh, or untagged.
    case markdown
    /// A plain list: one command per line (read like a shell script without control flow).
    case list
    /// A Dockerfile, recognised by its name; checked through `DockerfileCheck`, not scanned.
    case dockerfile

    /// Chooses a kind from a file name and its first line.
    public static func detect(fileName: String?, firstLine: String) -> ScriptKind {
        if let fileName, DockerfileCheck.isDockerfile(name: fileName) { return .dockerfile }
        let lower = (fileName ?? "").lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdx") { return .markdown }
        if lower.hasSuffix(".sh") || lower.hasSuffix(".bash") || lower.hasSuffix(".zsh") || firstLine.hasPrefix("#!") {
            return .shell
        }
        if firstLine.hasPrefix("```") || firstLine.hasPrefix("# ") { return .markdown }
        return .list
    }
}

/// A problem with the document itself (not with a docker command in it).
public struct ScanProblem: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// Finds docker commands in shell scripts, Markdown and plain lists.
///
/// Commands joined by `&&`, `||`, `;` and `|` are separate commands; `sudo`, `time`, `exec`,
/// `command` and leading `VAR=value` assignments are looked through; redirections are dropped;
/// docker commands inside `$(...)` are found too. Markdown code blocks drop `$ ` prompts and,
/// where prompts are used, the output lines between them.
public struct ScriptScanner {
    public var kind: ScriptKind

    public init(kind: ScriptKind) {
        self.kind = kind
    }

    public struct Result: Sendable {
        public var commands: [FoundCommand]
        public var problems: [ScanProblem]
    }

    public func scan(_ source: String) -> Result {
        switch kind {
        case .shell, .list:
            return Self.scanShell(source, firstLine: 1)
        case .markdown:
            return scanMarkdown(source)
        case .dockerfile:
            return Result(commands: [], problems: [])
        }
    }

    // MARK: Shell

    static func scanShell(_ source: String, firstLine: Int) -> Result {
        var commands: [FoundCommand] = []
        var problems: [ScanProblem] = []
        let tokens: [ShellToken]
        do {
            tokens = try ShellLexer.tokenize(source, firstLine: firstLine)
        } catch {
            let (l, c): (Int, Int)
            switch error {
            case .unterminatedQuote(_, let line, let column): (l, c) = (line, column)
            case .unterminatedSubstitution(let line, let column): (l, c) = (line, column)
            }
            problems.append(ScanProblem(line: l, column: c, message: error.description))
            // Scan what precedes the broken line so the rest of the file is still checked.
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let before = lines.prefix(max(0, l - firstLine)).joined(separator: "\n")
            if !before.isEmpty && l > firstLine {
                let partial = scanShell(before, firstLine: firstLine)
                return Result(commands: partial.commands, problems: partial.problems + problems)
            }
            return Result(commands: [], problems: problems)
        }
        var simple: [ShellWord] = []
        var stdin = StreamConnection.inherited
        var stdout = StreamConnection.inherited
        var skipNextWord = false
        func flush(separator: String?) {
            let pipesOut = separator == "|" || separator == "|&"
            if var found = dockerCommand(in: simple) {
                found.stdin = stdin
                found.stdout = stdout == .inherited && pipesOut ? .pipe : stdout
                commands.append(found)
            }
            for word in simple where word.isOpaque {
                commands.append(contentsOf: nestedCommands(in: word))
            }
            simple = []
            stdin = pipesOut ? .pipe : .inherited
            stdout = .inherited
        }
        for token in tokens {
            switch token {
            case .word(let w):
                if skipNextWord {
                    skipNextWord = false
                    if w.isOpaque { commands.append(contentsOf: nestedCommands(in: w)) }
                    continue
                }
                simple.append(w)
            case .separator(let s, _, _):
                skipNextWord = false
                flush(separator: s)
            case .redirection(let op, _, _):
                let target = Self.redirectedStream(op)
                if target == 0 { stdin = .file } else if target == 1 { stdout = .file }
                // `2>&1`-style operators carry their target; the others take the next word.
                if let last = op.last, last.isNumber || last == "-" {
                    skipNextWord = false
                } else {
                    skipNextWord = true
                }
            }
        }
        flush(separator: nil)
        return Result(commands: commands, problems: problems)
    }

    private static let wrappers: Set<String> = ["sudo", "time", "exec", "command", "nohup", "env"]
    private static let sudoOptionsWithValue: Set<String> = ["-u", "-g", "-h", "-p", "-C", "-U", "-r", "-t"]

    /// The file descriptor a redirection operator replaces: 0 for `<`, `<<`, `<<<`; 1 for `>`,
    /// `>>`, `&>`, `>|`, `1>`; 2 for `2>`; `nil` for duplications such as `2>&1`.
    static func redirectedStream(_ op: String) -> Int? {
        let digits = op.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = op.dropFirst(digits.count)
        if rest.hasPrefix(">&") || rest.hasPrefix("<&") { return nil }
        if let fd = Int(digits) { return fd }
        if rest.hasPrefix("<") { return rest == "<>" ? nil : 0 }
        if rest.hasPrefix(">") || rest.hasPrefix("&>") { return 1 }
        return nil
    }

    /// The docker command a simple command runs, looking through wrappers and assignments.
    static func dockerCommand(in words: [ShellWord]) -> FoundCommand? {
        var i = 0
        while i < words.count {
            let w = words[i]
            if isAssignment(w.text) && !w.isOpaque {
                i += 1
                continue
            }
            if wrappers.contains(w.text) {
                i += 1
                // Skip the wrapper's own options (`sudo -E`, `sudo -u root`, `env -i`).
                while i < words.count, words[i].text.hasPrefix("-") {
                    if w.text == "sudo", sudoOptionsWithValue.contains(words[i].text) { i += 1 }
                    i += 1
                }
                continue
            }
            break
        }
        guard i < words.count else { return nil }
        let program = words[i]
        guard program.text == "docker" || program.text.hasSuffix("/docker") else { return nil }
        let arguments = Array(words[(i + 1)...])
        let text = ([program] + arguments).map(\.raw).joined(separator: " ")
        return FoundCommand(arguments: arguments, docker: program, text: text)
    }

    static func isAssignment(_ s: String) -> Bool {
        guard let eq = s.firstIndex(of: "="), eq != s.startIndex else { return false }
        let name = s[..<eq]
        guard let first = name.first, first == "_" || first.isLetter else { return false }
        return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// Docker commands inside `$(...)` and backticks of an opaque word.
    static func nestedCommands(in word: ShellWord) -> [FoundCommand] {
        var found: [FoundCommand] = []
        let raw = Array(word.raw)
        var i = 0
        while i < raw.count {
            if raw[i] == "$", i + 1 < raw.count, raw[i + 1] == "(", !(i + 2 < raw.count && raw[i + 2] == "(") {
                var depth = 1
                var j = i + 2
                while j < raw.count, depth > 0 {
                    if raw[j] == "(" { depth += 1 } else if raw[j] == ")" { depth -= 1 }
                    j += 1
                }
                let inner = String(raw[(i + 2)..<max(i + 2, j - 1)])
                found += relocated(scanShell(inner, firstLine: word.line).commands, by: word, offset: i + 2)
                i = j
            } else if raw[i] == "`" {
                var j = i + 1
                while j < raw.count, raw[j] != "`" { j += 1 }
                let inner = String(raw[(i + 1)..<min(j, raw.count)])
                found += relocated(scanShell(inner, firstLine: word.line).commands, by: word, offset: i + 1)
                i = j + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Moves positions of commands found inside a word to where the word sits in the file.
    private static func relocated(_ commands: [FoundCommand], by word: ShellWord, offset: Int) -> [FoundCommand] {
        commands.map { command in
            var c = command
            func shift(_ w: inout ShellWord) {
                if w.line == word.line { w.column += word.column - 1 + offset }
            }
            shift(&c.docker)
            for k in c.arguments.indices { shift(&c.arguments[k]) }
            return c
        }
    }
}

// MARK: Markdown

extension ScriptScanner {
    /// Info strings whose fenced blocks hold shell commands.
    static let shellInfoStrings: Set<String> = [
        "", "sh", "bash", "shell", "console", "zsh", "shell-session", "shellsession", "terminal", "sh-session",
    ]

    /// Info strings whose blocks use `# ` as a root prompt rather than a comment.
    static let sessionInfoStrings: Set<String> = ["console", "shell-session", "shellsession", "terminal", "sh-session"]

    func scanMarkdown(_ source: String) -> Result {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var commands: [FoundCommand] = []
        var problems: [ScanProblem] = []
        var i = 0
        while i < lines.count {
            guard let fence = Self.fenceOpening(lines[i]) else {
                i += 1
                continue
            }
            var body: [String] = []
            var j = i + 1
            while j < lines.count, !Self.closesFence(lines[j], fence: fence) {
                body.append(lines[j])
                j += 1
            }
            if Self.shellInfoStrings.contains(fence.info) {
                let masked = Self.maskPrompts(body, session: Self.sessionInfoStrings.contains(fence.info))
                let result = Self.scanShell(masked.joined(separator: "\n"), firstLine: i + 2)
                commands += result.commands
                problems += result.problems
            }
            i = j + 1
        }
        return Result(commands: commands, problems: problems)
    }

    struct Fence {
        var marker: Character
        var length: Int
        var info: String
    }

    static func fenceOpening(_ line: String) -> Fence? {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3, let marker = trimmed.first, marker == "`" || marker == "~" else {
            return nil
        }
        let run = trimmed.prefix(while: { $0 == marker })
        guard run.count >= 3 else { return nil }
        let rest = trimmed.dropFirst(run.count).trimmed(of: " \t")
        if marker == "`" && rest.contains("`") { return nil }
        let info = rest.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," }).first.map { String($0).lowercased() } ?? ""
        return Fence(marker: marker, length: run.count, info: info)
    }

    static func closesFence(_ line: String, fence: Fence) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3 else { return false }
        let run = trimmed.prefix(while: { $0 == fence.marker })
        return run.count >= fence.length && trimmed.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Replaces prompts with spaces (so columns stay true) and blanks output lines, when the block uses prompts.
    static func maskPrompts(_ body: [String], session: Bool) -> [String] {
        func promptLength(_ line: String) -> Int? {
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let rest = line.dropFirst(indent)
            if rest.hasPrefix("$ ") || rest == "$" { return indent + min(2, rest.count) }
            if session && (rest.hasPrefix("# ") || rest == "#") { return indent + min(2, rest.count) }
            return nil
        }
        guard body.contains(where: { promptLength($0) != nil }) else { return body }
        var out: [String] = []
        var continuing = false
        for line in body {
            if let n = promptLength(line) {
                out.append(String(repeating: " ", count: n) + line.dropFirst(n))
                continuing = line.hasSuffix("\\")
            } else if continuing {
                // `> ` continuation prompts of interactive shells.
                let indent = line.prefix(while: { $0 == " " }).count
                let rest = line.dropFirst(indent)
                out.append(rest.hasPrefix("> ") ? String(repeating: " ", count: indent + 2) + rest.dropFirst(2) : line)
                continuing = line.hasSuffix("\\")
            } else {
                out.append("")
            }
        }
        return out
    }
}

extension StringProtocol {
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// Gives docker's verdict on one command line: the parser, then the command's own checks.
///
/// The steps follow the real client: the parse (flags, value syntaxes, argument counts, help),
/// then what the command's run function checks before its first API call (`ClientChecks`).
/// Words only known at run time (`$VAR`, `$(...)`) are parsed as what they stand in for (a
/// positional argument or a flag's value) and their values are not checked; where such a word
/// decides the command, the flags or the argument count, the verdict is `unknown`.
public struct CommandChecker: Sendable {
    public var environment: CheckEnvironment

    public init(environment: CheckEnvironment = .standard) {
        self.environment = environment
    }

    /// The verdict on the words after `docker`, run with `terminal`.
    public func verdict(_ words: [ShellWord], terminal: TerminalState = .interactive) -> CommandVerdict {
        judge(words, terminal: terminal).verdict
    }

    /// The verdict, and how the words were read (which `check`'s rules and positions need).
    public func judge(_ words: [ShellWord], terminal: TerminalState = .interactive)
        -> (verdict: CommandVerdict, anatomy: CommandAnatomy)
    {
        let texts = words.map(\.parseText)
        let anatomy = CommandAnatomy(texts, environment: environment.client)
        return (verdict(words, texts: texts, anatomy: anatomy, terminal: terminal), anatomy)
    }

    func verdict(_ words: [ShellWord], texts: [String], anatomy: CommandAnatomy, terminal: TerminalState) -> CommandVerdict {
        let invocation: Invocation
        do {
            var parsed = texts
            if let first = anatomy.roles.firstIndex(where: { if case .command = $0 { return true }; return false }) {
                parsed = Builder.forwardedWords(texts, commandAt: first, environment.client)
            }
            invocation = try DockerCommandLine.parse(parsed, environment: environment.client)
        } catch {
            return refusal(error, words: words, anatomy: anatomy)
        }
        let stdout = invocation.output.filter { $0.stream == .stdout }.map(\.text).joined()
        let stderr = invocation.output.filter { $0.stream == .stderr }.map(\.text).joined()
        switch invocation.action {
        case .run:
            break
        case .showHelp(let stream):
            let help = HelpRenderer(environment: environment.client, width: 80).render(invocation)
            return CommandVerdict(status: .valid, exitCode: 0, stderr: stderr + (stream == .stderr ? help : ""),
                                  stdout: stdout + (stream == .stdout ? help : ""), invocation: invocation)
        case .printVersion:
            return CommandVerdict(status: .valid, exitCode: 0, stderr: stderr, stdout: stdout, invocation: invocation)
        }
        if let index = flagListWord(words, anatomy: anatomy) {
            return CommandVerdict(status: .unknown, exitCode: nil, stderr: stderr, stdout: stdout, word: index,
                                  note: Self.flagListNote(words[index].raw), invocation: invocation)
        }
        guard ClientChecks.hasChecks(invocation.canonicalPath) else {
            return CommandVerdict(status: .valid, exitCode: 0, stderr: stderr, stdout: stdout, invocation: invocation)
        }
        var context = ClientCheckContext(invocation: invocation, environment: environment, terminal: terminal)
        do {
            try ClientChecks.run(&context)
        } catch {
            let errorText = error.rendered ?? error.message + "\n"
            return CommandVerdict(
                status: .invalid, exitCode: error.exitCode, stderr: stderr + context.stderr + errorText, stdout: stdout,
                error: Self.firstLine(error.rendered ?? error.message), word: ErrorLocation.word(for: error.target, in: anatomy),
                note: context.notes.isEmpty ? nil : context.notes.joined(separator: "; "), invocation: invocation)
        }
        var verdict = CommandVerdict(
            status: .valid, exitCode: 0, stderr: stderr + context.stderr, stdout: stdout,
            note: context.notes.isEmpty ? nil : context.notes.joined(separator: "; "), invocation: invocation)
        if !context.afterDaemon.isEmpty {
            verdict.afterDaemon = context.afterDaemon.map {
                CommandVerdict.DeferredError(message: $0.message, word: ErrorLocation.word(for: $0.target, in: anatomy))
            }
        }
        return verdict
    }

    /// The verdict on a line the parser refused: docker's error, or `unknown` when the error is
    /// about a word only known at run time.
    func refusal(_ error: CommandLineError, words: [ShellWord], anatomy: CommandAnatomy) -> CommandVerdict {
        if error.message.contains(ShellWord.opaqueMarker) || error.stderr.contains(ShellWord.opaqueMarker) {
            let index = words.firstIndex { $0.isOpaque && error.message.contains($0.parseText) }
                ?? words.firstIndex(where: \.isOpaque)
            let raw = index.map { words[$0].raw } ?? "an expansion"
            return CommandVerdict(status: .unknown, exitCode: nil, word: index, note: Self.opaqueNote(raw))
        }
        if error.kind == .argumentCount, let index = flagListWord(words, anatomy: anatomy) {
            return CommandVerdict(status: .unknown, exitCode: nil, word: index, note: Self.flagListNote(words[index].raw))
        }
        if let index = anatomy.argumentWords.first, words[index].isOpaque,
           !anatomy.command.subcommands.isEmpty || anatomy.path.isEmpty {
            // An expansion where docker expects a command name (`docker $CMD -a`).
            return CommandVerdict(status: .unknown, exitCode: nil, word: index, note: Self.opaqueNote(words[index].raw))
        }
        if error.kind == .argumentCount, let index = anatomy.argumentWords.first(where: { words[$0].splits }) {
            return CommandVerdict(status: .unknown, exitCode: nil, word: index, note: Self.countNote(words[index].raw))
        }
        let stderr = error.stderr
        return CommandVerdict(
            status: .invalid, exitCode: error.exitCode, stderr: stderr, stdout: error.stdout,
            error: Self.firstLine(error.message), word: ErrorLocation.word(for: error, in: anatomy))
    }

    /// An unquoted expansion taken as an argument whose name says it holds flags (`$OPTS`,
    /// `$DOCKER_ARGS`, `"$@"`): the shell will split it into words docker reads as flags.
    func flagListWord(_ words: [ShellWord], anatomy: CommandAnatomy) -> Int? {
        for index in anatomy.argumentWords where words[index].splits && Self.namesFlagList(words[index].raw) {
            return index
        }
        return nil
    }

    /// `true` for `$@`, `$*` and variables named like option lists.
    static func namesFlagList(_ raw: String) -> Bool {
        let name = raw.filter { $0.isLetter || $0 == "_" || $0 == "@" || $0 == "*" }.uppercased()
        if name == "@" || name == "*" { return true }
        return ["OPTS", "OPTIONS", "FLAGS", "ARGS"].contains { name.hasSuffix($0) }
    }

    /// The first line of a message.
    static func firstLine(_ text: String) -> String {
        text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
    }

    static func opaqueNote(_ raw: String) -> String {
        "\(raw) stands where docker expects a command name or a flag; its value decides the verdict"
    }

    static func countNote(_ raw: String) -> String {
        "\(raw) may expand to any number of words; the argument count depends on it"
    }

    static func flagListNote(_ raw: String) -> String {
        "\(raw) probably expands to flags, which docker reads at run time"
    }
}

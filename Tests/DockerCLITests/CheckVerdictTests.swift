import Testing

@testable import DockerCLI

/// The verdict pipeline on what the differential corpus cannot show: opaque words, the
/// terminal and redirections, `check`'s standard environment (compose and buildx installed),
/// file access switched off, and the word each error is about.
@Suite struct CheckVerdictTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var terminal: TerminalState = .interactive
        var status: CommandVerdict.Status
        var exitCode: Int32?
        var error: String? = nil
        /// The word the error or the unknown is about, as written.
        var word: String? = nil
        var note: String? = nil
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        // Opaque words are values: their checks are skipped, the parse still runs.
        Case(line: "docker run -p \"$PORT:80\" -m $MEM \"$IMAGE\" sh", status: .valid, exitCode: 0),
        Case(line: "docker run --name=$NAME --restart $POLICY redis:7", status: .valid, exitCode: 0),
        Case(line: "docker rm -f $(docker ps -aq)", status: .valid, exitCode: 0),
        Case(line: "docker stop $C1 $C2", status: .valid, exitCode: 0),
        Case(line: "docker run -p \"$PORT:80\" -p foo redis", status: .invalid, exitCode: 125,
             error: "docker: invalid containerPort: foo", word: "foo"),
        Case(line: "docker run --pull $P --bogus redis", status: .invalid, exitCode: 125, error: "unknown flag: --bogus", word: "--bogus"),
        // ...and where they decide the command, the flags or the count, the verdict is unknown.
        Case(line: "docker $CMD -a", status: .unknown, exitCode: nil, word: "$CMD",
             note: "$CMD stands where docker expects a command name or a flag; its value decides the verdict"),
        Case(line: "docker container \"$ACTION\" web", status: .unknown, exitCode: nil, word: "\"$ACTION\"",
             note: "\"$ACTION\" stands where docker expects a command name or a flag; its value decides the verdict"),
        Case(line: "docker --$FLAG ps", status: .unknown, exitCode: nil, word: "--$FLAG",
             note: "--$FLAG stands where docker expects a command name or a flag; its value decides the verdict"),
        Case(line: "docker tag $PAIR", status: .unknown, exitCode: nil, word: "$PAIR",
             note: "$PAIR may expand to any number of words; the argument count depends on it"),
        Case(line: "docker tag \"$ONE\"", status: .invalid, exitCode: 1,
             error: "docker: 'docker tag' requires 2 arguments", word: "tag"),
        Case(line: "docker ps $PS_OPTS", status: .unknown, exitCode: nil, word: "$PS_OPTS",
             note: "$PS_OPTS probably expands to flags, which docker reads at run time"),
        Case(line: "docker run \"$@\"", status: .unknown, exitCode: nil, word: "\"$@\"",
             note: "\"$@\" probably expands to flags, which docker reads at run time"),
        // The terminal: -it needs stdin to be one; save and export refuse to write to one.
        Case(line: "docker run -it alpine sh", status: .valid, exitCode: 0),
        Case(line: "docker run -it alpine sh", terminal: .detached, status: .invalid, exitCode: 1,
             error: "the input device is not a TTY", word: "-it"),
        Case(line: "docker run -dit alpine sh", terminal: .detached, status: .valid, exitCode: 0),
        Case(line: "docker save redis:7", status: .invalid, exitCode: 1,
             error: "cowardly refusing to save to a terminal. Use the -o flag or redirect", word: "save"),
        Case(line: "docker save redis:7", terminal: .detached, status: .valid, exitCode: 0),
        Case(line: "docker load", status: .invalid, exitCode: 1, error: "requested load from stdin, but stdin is empty", word: "load"),
        // check's environment: compose and buildx installed, files not read, a Linux daemon.
        Case(line: "docker compose up -d --build", status: .valid, exitCode: 0),
        Case(line: "docker compose -f a.yml ps --format json", status: .valid, exitCode: 0),
        Case(line: "docker compose upp", status: .invalid, exitCode: 1, error: "unknown docker command: \"compose upp\"", word: "upp"),
        Case(line: "docker compose up --bogus", status: .invalid, exitCode: 1, error: "unknown flag: --bogus", word: "--bogus"),
        Case(line: "docker buildx build -t app:1 .", status: .valid, exitCode: 0),
        Case(line: "docker build -t app:1 .", status: .valid, exitCode: 0),
        Case(line: "docker run --env-file prod.env redis:7", status: .valid, exitCode: 0,
             note: "depends on --env-file, which check does not read"),
        Case(line: "docker run --device /dev/fuse alpine", status: .valid, exitCode: 0),
        Case(line: "docker container prune", status: .valid, exitCode: 0,
             note: "docker asks for confirmation first (answer y to go on)"),
        Case(line: "docker login -u me -p x", status: .valid, exitCode: 0,
             note: "talks to the registry (terminal prompts, stored credentials, network)"),
        // Error words.
        Case(line: "docker run -d --publish=80:x nginx", status: .invalid, exitCode: 125,
             error: "docker: invalid containerPort: x", word: "--publish=80:x"),
        Case(line: "docker rename web", status: .invalid, exitCode: 1,
             error: "docker: 'docker rename' requires 2 arguments", word: "rename"),
        Case(line: "docker port a b c", status: .invalid, exitCode: 1,
             error: "docker: 'docker port' requires at least 1 and at most 2 arguments", word: "c"),
        Case(line: "docker cp a b", status: .invalid, exitCode: 1, error: "must specify at least one container source", word: "a"),
        Case(line: "docker network create --subnet 10.0.0.0/8 --gateway 11.0.0.1 n", status: .invalid, exitCode: 1,
             error: "no matching subnet for gateway 11.0.0.1", word: "11.0.0.1"),
        Case(line: "docker -l nope ps", status: .invalid, exitCode: 1, error: "Unable to parse logging level: nope", word: "-l"),
    ]

    @Test(arguments: cases)
    func verdict(_ c: Case) throws {
        let words = Array(try ShellLexer.words(c.line).dropFirst())
        let verdict = CommandChecker().verdict(words, terminal: c.terminal)
        #expect(verdict.status == c.status)
        #expect(verdict.exitCode == c.exitCode)
        #expect(verdict.error == c.error)
        #expect(verdict.word.map { words[$0].raw } == c.word)
        #expect(verdict.note == c.note)
    }

    /// A command found after `|` or with `<` has no terminal on stdin; `>` none on stdout.
    @Test func redirectionsDecideTheTerminal() {
        let report = DocumentCheck().check(
            source: "echo x | docker run -it alpine\ndocker save redis:7 > r.tar\ndocker load < r.tar\ndocker save redis:7 | gzip > r.tgz",
            kind: .shell, file: "t")
        #expect(report.commands.map(\.verdict.status) == [.invalid, .valid, .valid, .valid])
        #expect(report.commands.map(\.command.stdin) == [.pipe, .inherited, .file, .inherited])
        #expect(report.commands.map(\.command.stdout) == [.inherited, .file, .inherited, .pipe])
    }

    /// The anatomy reads flags exactly as the parser does, on every valid line of both corpora.
    @Test func anatomyAgreesWithTheParser() throws {
        var lines = GrammarDifferentialTests.corpus().map(\.text)
        lines += CheckDifferentialTests.corpus().filter { !$0.plugin }.map(\.text)
        var compared = 0
        for line in lines {
            let words = Array(try ShellLexer.words(line).dropFirst()).map(\.text)
            let environment = ClientEnvironment(plugins: [])
            guard let invocation = try? DockerCommandLine.parse(words, environment: environment),
                  invocation.action == .run else { continue }
            let anatomy = CommandAnatomy(words, environment: environment)
            let ours = anatomy.flagUses.filter { !$0.isGlobal }.map { "\($0.spec.name)=\($0.value)" }
            let theirs = invocation.flags.map { "\($0.spec.name)=\($0.value)" }
            #expect(ours == theirs, "\(line)")
            #expect(anatomy.argumentWords.map { words[$0] } == invocation.arguments, "\(line)")
            #expect(anatomy.canonicalPath == invocation.canonicalPath, "\(line)")
            compared += 1
        }
        #expect(compared > 500)
    }
}

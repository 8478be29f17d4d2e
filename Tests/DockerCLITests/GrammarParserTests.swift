import Testing

@testable import DockerCLI

/// What the parser makes of lines docker accepts: the command, the flags in order and how they
/// were written, the arguments, help and version requests, and docker's warnings.
@Suite struct GrammarParserTests {
    /// One flag as the parser should report it.
    struct Flag: Equatable, CustomStringConvertible {
        var name: String
        var value: String
        var spelling: ParsedFlag.Spelling
        var description: String { "\(name)=\(value) (\(spelling))" }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var line: String
        var canonical: String
        var typed: [String]
        var flags: [Flag]
        var arguments: [String]
        var action: Invocation.Action = .run
        var output: [OutputLine] = []
        var beforeDash: Int?
        var testDescription: String { "docker " + line }
    }

    static let cases: [Case] = [
        // Clusters: bools, then a value letter taking the rest or the next word.
        Case(line: "run -itd busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "interactive", value: "true", spelling: .short), Flag(name: "tty", value: "true", spelling: .short),
                     Flag(name: "detach", value: "true", spelling: .short)], arguments: ["busybox"]),
        Case(line: "run -itp8080:80 nginx", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "interactive", value: "true", spelling: .short), Flag(name: "tty", value: "true", spelling: .short),
                     Flag(name: "publish", value: "8080:80", spelling: .shortWithValue)], arguments: ["nginx"]),
        Case(line: "run -ite FOO=bar busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "interactive", value: "true", spelling: .short), Flag(name: "tty", value: "true", spelling: .short),
                     Flag(name: "env", value: "FOO=bar", spelling: .shortThenWord)], arguments: ["busybox"]),
        // `=` after a shorthand is dropped; `-eFOO=bar` keeps everything after the letter.
        Case(line: "run -e=FOO=bar busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "env", value: "FOO=bar", spelling: .shortWithEquals)], arguments: ["busybox"]),
        Case(line: "run -eFOO=bar busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "env", value: "FOO=bar", spelling: .shortWithValue)], arguments: ["busybox"]),
        // Long forms; the next word is taken even when it looks like a flag.
        Case(line: "run --name web busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "name", value: "web", spelling: .longThenWord)], arguments: ["busybox"]),
        Case(line: "run --name --rm busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "name", value: "--rm", spelling: .longThenWord)], arguments: ["busybox"]),
        Case(line: "run --name=web busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "name", value: "web", spelling: .longWithValue)], arguments: ["busybox"]),
        // Bools: `--rm false` makes `false` the image; `--rm=false` sets false.
        Case(line: "run --rm false", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "rm", value: "true", spelling: .long)], arguments: ["false"]),
        Case(line: "run --rm=false busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "rm", value: "false", spelling: .longWithValue)], arguments: ["busybox"]),
        // Non-interspersed: everything after the image belongs to the container.
        Case(line: "run busybox ls -la --rm", canonical: "container run", typed: ["run"],
             flags: [], arguments: ["busybox", "ls", "-la", "--rm"]),
        Case(line: "exec -it c sh -c x", canonical: "container exec", typed: ["exec"],
             flags: [Flag(name: "interactive", value: "true", spelling: .short), Flag(name: "tty", value: "true", spelling: .short)],
             arguments: ["c", "sh", "-c", "x"]),
        // Interspersed: flags after arguments still count.
        Case(line: "rm a -f b", canonical: "container rm", typed: ["rm"],
             flags: [Flag(name: "force", value: "true", spelling: .short)], arguments: ["a", "b"]),
        // `--` ends the flags.
        Case(line: "rm -- -a", canonical: "container rm", typed: ["rm"], flags: [], arguments: ["-a"], beforeDash: 0),
        Case(line: "run busybox -- ls", canonical: "container run", typed: ["run"], flags: [], arguments: ["busybox", "--", "ls"]),
        // -h is --hostname on run and create.
        Case(line: "run -h box busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "hostname", value: "box", spelling: .shortThenWord)], arguments: ["busybox"]),
        Case(line: "container create -hbox busybox", canonical: "container create", typed: ["container", "create"],
             flags: [Flag(name: "hostname", value: "box", spelling: .shortWithValue)], arguments: ["busybox"]),
        // Aliases and legacy forms resolve to the management form.
        Case(line: "container list -q", canonical: "container ls", typed: ["container", "list"],
             flags: [Flag(name: "quiet", value: "true", spelling: .short)], arguments: []),
        Case(line: "rmi a", canonical: "image rm", typed: ["rmi"], flags: [], arguments: ["a"]),
        Case(line: "image remove a", canonical: "image rm", typed: ["image", "remove"], flags: [], arguments: ["a"]),
        Case(line: "remove a", canonical: "container rm", typed: ["remove"], flags: [], arguments: ["a"]),
        Case(line: "build .", canonical: "image build", typed: ["build"], flags: [], arguments: ["."]),
        // Repeats: all kept in order.
        Case(line: "run -e A=1 -e B=2 --name a --name b busybox", canonical: "container run", typed: ["run"],
             flags: [Flag(name: "env", value: "A=1", spelling: .shortThenWord), Flag(name: "env", value: "B=2", spelling: .shortThenWord),
                     Flag(name: "name", value: "a", spelling: .longThenWord), Flag(name: "name", value: "b", spelling: .longThenWord)],
             arguments: ["busybox"]),
        // Deprecated flags warn (on stdout, after the parse) and still work.
        Case(line: "stop --time 3 x", canonical: "container stop", typed: ["stop"],
             flags: [Flag(name: "time", value: "3", spelling: .longThenWord)], arguments: ["x"],
             output: [OutputLine(.stdout, "Flag --time has been deprecated, use --timeout instead\n")]),
        // Help: -h is help elsewhere (its shorthand is deprecated), management commands alone print to stderr.
        Case(line: "ps -h", canonical: "container ls", typed: ["ps"], flags: [Flag(name: "help", value: "true", spelling: .short)],
             arguments: [], action: .showHelp(.stdout),
             output: [OutputLine(.stdout, "Flag shorthand -h has been deprecated, use --help\n")]),
        Case(line: "container ls --help", canonical: "container ls", typed: ["container", "ls"],
             flags: [Flag(name: "help", value: "true", spelling: .long)], arguments: [], action: .showHelp(.stdout)),
        Case(line: "container", canonical: "container", typed: ["container"], flags: [], arguments: [], action: .showHelp(.stderr)),
        Case(line: "help ps", canonical: "container ls", typed: ["ps"], flags: [], arguments: [], action: .showHelp(.stdout)),
        // Plugins: compose and buildx.
        Case(line: "compose -f a.yml up -d web", canonical: "compose up", typed: ["compose", "up"],
             flags: [Flag(name: "file", value: "a.yml", spelling: .shortThenWord), Flag(name: "detach", value: "true", spelling: .short)],
             arguments: ["web"]),
        Case(line: "compose run --rm web echo -n hi", canonical: "compose run", typed: ["compose", "run"],
             flags: [Flag(name: "rm", value: "true", spelling: .long)], arguments: ["web", "echo", "-n", "hi"]),
        Case(line: "buildx build -t app --push .", canonical: "buildx build", typed: ["buildx", "build"],
             flags: [Flag(name: "tag", value: "app", spelling: .shortThenWord), Flag(name: "push", value: "true", spelling: .long)],
             arguments: ["."]),
        Case(line: "buildx b --builder x .", canonical: "buildx build", typed: ["buildx", "b"],
             flags: [Flag(name: "builder", value: "x", spelling: .longThenWord)], arguments: ["."]),
        // compose's flag-name normalisations.
        Case(line: "compose down --volume", canonical: "compose down", typed: ["compose", "down"],
             flags: [Flag(name: "volumes", value: "true", spelling: .long)], arguments: []),
        Case(line: "compose up --y", canonical: "compose up", typed: ["compose", "up"],
             flags: [Flag(name: "yes", value: "true", spelling: .long)], arguments: []),
        Case(line: "compose", canonical: "compose", typed: ["compose"], flags: [], arguments: [], action: .showHelp(.stdout)),
    ]

    @Test(arguments: cases)
    func accepts(_ c: Case) throws {
        let invocation = try DockerCommandLine.parse(c.line.split(separator: " ").map(String.init))
        #expect(invocation.canonicalPath == c.canonical)
        #expect(invocation.typedPath == c.typed)
        #expect(invocation.flags.map { Flag(name: $0.spec.name, value: $0.value, spelling: $0.spelling) } == c.flags)
        #expect(invocation.arguments == c.arguments)
        #expect(invocation.action == c.action)
        #expect(invocation.output == c.output)
        #expect(invocation.argumentsBeforeDash == c.beforeDash)
    }

    @Test func legacyBuilderWarnsWithoutBuildx() throws {
        let invocation = try DockerCommandLine.parse(["builder", "build", "."], environment: .oracle)
        #expect(invocation.canonicalPath == "image build")
        #expect(invocation.output == [OutputLine(.stderr, """
            DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
                        Install the buildx component to build images with BuildKit:
                        https://docs.docker.com/go/buildx/


            """)])
    }

    @Test func globalFlagsAreKeptApartFromTheCommands() throws {
        let invocation = try DockerCommandLine.parse(["-H", "unix:///x", "-D", "ps", "-a"])
        #expect(invocation.globalFlags.map(\.spec.name) == ["host", "debug"])
        #expect(invocation.globalValue(of: "host") == "unix:///x")
        #expect(invocation.flags.map(\.spec.name) == ["all"])
    }

    @Test func listFlagsAccumulateAndScalarsKeepTheLast() throws {
        let invocation = try DockerCommandLine.parse(["run", "-p", "80:80", "-p", "443:443", "--name", "a", "--name", "b", "nginx"])
        #expect(invocation.values(of: "publish") == ["80:80", "443:443"])
        #expect(invocation.value(of: "name") == "b")
        #expect(invocation.isSet("publish"))
        #expect(!invocation.isSet("detach"))
    }

    @Test func versionAndRootHelp() throws {
        #expect(try DockerCommandLine.parse(["--version"]).action == .printVersion)
        #expect(try DockerCommandLine.parse(["--version", "x"]).action == .printVersion)
        // The version flag belongs to the root: with a command, the command runs.
        #expect(try DockerCommandLine.parse(["-v", "ps"]).action == .run)
        #expect(try DockerCommandLine.parse([]).action == .showHelp(.stderr))
        #expect(try DockerCommandLine.parse(["--help"]).action == .showHelp(.stdout))
    }

    @Test func legacyFormsShareTheirFlagsWithTheManagementForm() {
        let ps = CommandTree.docker.subcommand(named: "ps")
        let ls = CommandTree.docker.subcommand(named: "container")?.subcommand(named: "ls")
        #expect(ps?.flags.map(\.name) == ls?.flags.map(\.name))
        #expect(ps?.canonicalPath == "container ls")
        #expect(ls?.aliases == ["ps", "list"])
    }
}

/// Plugins, daemon features and the value hook's fallbacks: what depends on the client's setup.
@Suite struct GrammarEnvironmentTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var words: [String]
        var environment: ClientEnvironment
        var exitCode: Int32
        var stderr: String
        var testDescription: String { "docker " + words.joined(separator: " ") }
    }

    static let oldExperimentalLess = ClientEnvironment(
        plugins: [CommandTree.composePlugin, CommandTree.buildxPlugin],
        daemon: DaemonFeatures(apiVersion: "1.30", experimental: false, osType: "linux", swarm: nil))

    static let cases: [ErrorCase] = [
        ErrorCase(words: ["compose", "up"], environment: .oracle, exitCode: 1,
                  stderr: "docker: unknown command: docker compose\n\nRun 'docker --help' for more information\n"),
        // compose reports flag errors bare, with exit 1; its argument checks are cobra's.
        ErrorCase(words: ["compose", "up", "--foo"], environment: .standard, exitCode: 1, stderr: "unknown flag: --foo\n"),
        ErrorCase(words: ["compose", "exec", "web"], environment: .standard, exitCode: 1,
                  stderr: "requires at least 2 arg(s), only received 1\n"),
        ErrorCase(words: ["compose", "ls", "x"], environment: .standard, exitCode: 1,
                  stderr: "unknown command \"x\" for \"docker compose ls\"\n"),
        // buildx keeps docker's flag error format.
        ErrorCase(words: ["buildx", "build", "--foo", "."], environment: .standard, exitCode: 125,
                  stderr: "unknown flag: --foo\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n"),
        ErrorCase(words: ["buildx", "build"], environment: .standard, exitCode: 1,
                  stderr: "docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n"),
        // Daemon features: experimental commands, API versions.
        ErrorCase(words: ["checkpoint", "ls", "c"], environment: oldExperimentalLess, exitCode: 1,
                  stderr: "docker checkpoint ls is only supported on a Docker daemon with experimental features enabled\n"),
        ErrorCase(words: ["pull", "--platform", "linux/arm64", "alpine"], environment: oldExperimentalLess, exitCode: 1,
                  stderr: "\"--platform\" requires API version 1.32, but the Docker daemon API version is 1.30\n"),
        ErrorCase(words: ["volume", "create", "--scope", "single", "v"], environment: oldExperimentalLess, exitCode: 1,
                  stderr: "\"--scope\" requires API version 1.42, but the Docker daemon API version is 1.30\n"),
    ]

    @Test(arguments: cases)
    func refuses(_ c: ErrorCase) {
        do {
            let invocation = try DockerCommandLine.parse(c.words, environment: c.environment)
            Issue.record("accepted: \(invocation.canonicalPath)")
        } catch {
            #expect(error.stderr == c.stderr)
            #expect(error.exitCode == c.exitCode)
        }
    }

    @Test func installedPluginsAreListedInRootHelp() throws {
        let help = try #require(HelpRenderer(environment: .standard).render(path: []))
        #expect(help.contains("\n  buildx*     Docker Buildx\n"))
        #expect(help.contains("\n  compose*    Docker Compose\n"))
        #expect(help.contains("\n  bake        Build from a file\n"))
    }

    @Test func helpHidesWhatTheDaemonCannotServe() throws {
        let renderer = HelpRenderer(environment: Self.oldExperimentalLess)
        let root = try #require(renderer.render(path: []))
        #expect(!root.contains("checkpoint"))
        let run = try #require(renderer.render(path: ["run"]))
        #expect(!run.contains("--gpus"))
        #expect(!run.contains("--cpu-count"))
    }

    @Test func pflagChecksIntegersAndDurationsLikeGo() {
        let int = FlagSpec("n", .int, "")
        #expect(PflagValueCheck.error(int, "0x1F") == nil)
        #expect(PflagValueCheck.error(int, "1_000") == nil)
        #expect(PflagValueCheck.error(int, "08") == "strconv.ParseInt: parsing \"08\": invalid syntax")
        #expect(PflagValueCheck.error(int, "9223372036854775808") == "strconv.ParseInt: parsing \"9223372036854775808\": value out of range")
        #expect(PflagValueCheck.error(int, "-9223372036854775808") == nil)
        let uint16 = FlagSpec("w", .uint16, "")
        #expect(PflagValueCheck.error(uint16, "65536") == "strconv.ParseUint: parsing \"65536\": value out of range")
        #expect(PflagValueCheck.error(uint16, "-1") == "strconv.ParseUint: parsing \"-1\": invalid syntax")
        let duration = FlagSpec("d", .duration, "")
        #expect(PflagValueCheck.error(duration, "1h30m") == nil)
        #expect(PflagValueCheck.error(duration, "1.5s") == nil)
        #expect(PflagValueCheck.error(duration, "5x") == "time: unknown unit \"x\" in duration \"5x\"")
        #expect(PflagValueCheck.error(duration, "5") == "time: missing unit in duration \"5\"")
        #expect(PflagValueCheck.error(duration, "x") == "time: invalid duration \"x\"")
    }
}

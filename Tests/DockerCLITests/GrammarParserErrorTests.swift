import Testing

@testable import DockerCLI

/// Command lines the real client refuses at parse stage, with its exact output and exit code.
///
/// Texts recorded from the docker 28.2.2 client (`DOCKER_HOST=unix:///nonexistent docker ...`,
/// stdin not a terminal), covering each kind of parse error: unknown flags and shorthands, bad
/// syntax, missing and invalid values (pflag's own bool/int/duration checks), unknown commands
/// and subcommands, errors in a parent's flags, global option checks, argument counts under
/// every rule (including docker's "SRun" typo), help topics, and the builder hand-off.
@Suite struct GrammarParserErrorTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var words: [String]
        var exitCode: Int32
        var stderr: String
        var stdout: String

        init(_ words: [String], exitCode: Int32, stderr: String, stdout: String = "") {
            self.words = words
            self.exitCode = exitCode
            self.stderr = stderr
            self.stdout = stdout
        }

        var testDescription: String { (["docker"] + words).joined(separator: " ") }
    }

    static let cases: [ErrorCase] = [
        ErrorCase(["ps", "--foo"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-z"], exitCode: 125, stderr: "unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-aZ"], exitCode: 125, stderr: "unknown shorthand flag: 'Z' in -Z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "--foo=bar"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-e=x"], exitCode: 125, stderr: "unknown shorthand flag: 'e' in -e=x\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "---x"], exitCode: 125, stderr: "bad flag syntax: ---x\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "--=x"], exitCode: 125, stderr: "bad flag syntax: --=x\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "--all=foo"], exitCode: 125, stderr: "invalid argument \"foo\" for \"-a, --all\" flag: strconv.ParseBool: parsing \"foo\": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-aq=foo"], exitCode: 125, stderr: "invalid argument \"foo\" for \"-q, --quiet\" flag: strconv.ParseBool: parsing \"foo\": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "--last", "x"], exitCode: 125, stderr: "invalid argument \"x\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-n", "99999999999999999999"], exitCode: 125, stderr: "invalid argument \"99999999999999999999\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"99999999999999999999\": value out of range\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "-n", "08"], exitCode: 125, stderr: "invalid argument \"08\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"08\": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["ps", "x"], exitCode: 1, stderr: "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
        ErrorCase(["run"], exitCode: 1, stderr: "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n"),
        ErrorCase(["run", "-p"], exitCode: 125, stderr: "flag needs an argument: 'p' in -p\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "--publish"], exitCode: 125, stderr: "flag needs an argument: --publish\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "--rm=foo", "busybox"], exitCode: 125, stderr: "invalid argument \"foo\" for \"--rm\" flag: strconv.ParseBool: parsing \"foo\": invalid syntax\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "-itz", "busybox"], exitCode: 125, stderr: "unknown shorthand flag: 'z' in -z\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "-h"], exitCode: 125, stderr: "flag needs an argument: 'h' in -h\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["container", "foo"], exitCode: 1, stderr: "docker: unknown command: docker container foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n"),
        ErrorCase(["container", "--foo", "ls"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n"),
        ErrorCase(["container", "--foo=x", "ls"], exitCode: 1, stderr: "unknown flag: --foo\n"),
        ErrorCase(["container", "ls", "--foo"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n"),
        ErrorCase(["image", "-q"], exitCode: 125, stderr: "unknown shorthand flag: 'q' in -q\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n"),
        ErrorCase(["foo"], exitCode: 1, stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n"),
        ErrorCase(["foo", "--bar"], exitCode: 125, stderr: "unknown flag: --bar\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n"),
        ErrorCase(["--foo", "ps"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n"),
        ErrorCase(["-Z", "ps"], exitCode: 125, stderr: "unknown shorthand flag: 'Z' in -Z\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n"),
        ErrorCase(["-l"], exitCode: 125, stderr: "flag needs an argument: 'l' in -l\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n"),
        ErrorCase(["-l", "foo", "ps"], exitCode: 1, stderr: "Unable to parse logging level: foo\n"),
        ErrorCase(["-c", "default", "-H", "unix:///x", "ps"], exitCode: 1, stderr: "conflicting options: cannot specify both --host and --context\n"),
        ErrorCase(["help", "foo"], exitCode: 1, stderr: "unknown help topic: foo\n"),
        ErrorCase(["help", "ps", "x"], exitCode: 1, stderr: "unknown help topic: x\n"),
        ErrorCase(["stop", "--time=3", "--foo", "x"], exitCode: 125, stderr: "unknown flag: --foo\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker stop --help' for more information\n"),
        ErrorCase(["cp", "a"], exitCode: 1, stderr: "docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker cp --help' for more information\n"),
        ErrorCase(["rename", "a", "b", "c"], exitCode: 1, stderr: "docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n"),
        ErrorCase(["tag", "a"], exitCode: 1, stderr: "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n"),
        ErrorCase(["logs", "a", "b"], exitCode: 1, stderr: "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n"),
        ErrorCase(["port", "a", "b", "c"], exitCode: 1, stderr: "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n"),
        ErrorCase(["volume", "prune", "x"], exitCode: 1, stderr: "docker: 'docker volume prune' accepts no arguments\n\nUsage:  docker volume prune [OPTIONS]\n\nRun 'docker volume prune --help' for more information\n"),
        ErrorCase(["secret", "create", "a", "b", "c"], exitCode: 1, stderr: "docker: 'docker secret create' requires at least 1 and at most 2 arguments\n\nUsage:  docker secret create [OPTIONS] SECRET [file|-]\n\nRun 'docker secret create --help' for more information\n"),
        ErrorCase(["network", "connect", "a"], exitCode: 1, stderr: "docker: 'docker network connect' requires 2 arguments\n\nUsage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network connect --help' for more information\n"),
        ErrorCase(["context", "use"], exitCode: 1, stderr: "accepts 1 arg(s), received 0\n"),
        ErrorCase(["service", "scale", "web"], exitCode: 1, stderr: "invalid scale specifier 'web'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n"),
        ErrorCase(["service", "create", "--replicas", "x", "img"], exitCode: 125, stderr: "invalid argument \"x\" for \"--replicas\" flag: strconv.ParseUint: parsing \"x\": invalid syntax\n\nUsage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker service create --help' for more information\n"),
        ErrorCase(["completion", "fish", "--bogus"], exitCode: 125, stderr: "unknown flag: --bogus\n\nUsage:  docker completion fish [flags]\n\nRun 'docker completion fish --help' for more information\n"),
        ErrorCase(["manifest", "create", "a"], exitCode: 1, stderr: "docker: 'docker manifest create' requires at least 2 arguments\n\nUsage:  docker manifest create MANIFEST_LIST MANIFEST [MANIFEST...]\n\nSee 'docker manifest create --help' for more information\n"),
        ErrorCase(["bake"], exitCode: 1, stderr: "ERROR: docker bake requires the buildx component but it is missing or broken.\n       Install the buildx component to use bake:\n       https://docs.docker.com/go/buildx/\n"),
        ErrorCase(["build", "--foo", "."], exitCode: 125, stderr: "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nunknown flag: --foo\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nRun 'docker build --help' for more information\n"),
        ErrorCase(["run", "--health-interval", "5x", "busybox"], exitCode: 125, stderr: "invalid argument \"5x\" for \"--health-interval\" flag: time: unknown unit \"x\" in duration \"5x\"\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "--stop-timeout", "x", "busybox"], exitCode: 125, stderr: "invalid argument \"x\" for \"--stop-timeout\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["run", "--blkio-weight", "99999", "busybox"], exitCode: 125, stderr: "invalid argument \"99999\" for \"--blkio-weight\" flag: strconv.ParseUint: parsing \"99999\": value out of range\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n"),
        ErrorCase(["-h", "-l", "foo", "ps"], exitCode: 1, stderr: "Flag shorthand -h has been deprecated, use --help\nUnable to parse logging level: foo\n"),
    ]

    @Test(arguments: cases)
    func refuses(_ c: ErrorCase) {
        #expect(throws: CommandLineError.self) {
            try DockerCommandLine.parse(c.words, environment: .oracle)
        }
        do {
            _ = try DockerCommandLine.parse(c.words, environment: .oracle)
        } catch {
            #expect(error.stderr == c.stderr)
            #expect(error.stdout == c.stdout)
            #expect(error.exitCode == c.exitCode)
        }
    }
}

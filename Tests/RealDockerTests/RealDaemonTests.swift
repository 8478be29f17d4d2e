import Testing
@testable import RealDocker

/// The client, probe and normalizer against a real daemon with the offline images of
/// `Scripts/real-docker/build-images.sh`. Skipped, with the reason, when CI or the developer
/// did not provide one (see `RealDaemon`).
@Suite(.serialized, .enabled(if: RealDaemon.isAvailable, Comment(rawValue: RealDaemon.unavailableReason ?? "")))
struct RealDaemonTests {
    let docker: RealDockerClient

    init() throws {
        docker = try RealDaemon.client()
        _ = try docker.run(["rm", "-f", "-v", "dt-test-redis", "dt-test-sleep"])
    }

    @Test func probeFindsTheDaemon() throws {
        let version = try docker.run(["version", "--format", "{{.Server.Version}}"]).stdout.trimmingWhitespace
        #expect(!version.isEmpty)
        #expect(docker.probeDaemon() == .available(serverVersion: version))
    }

    struct RunCase: Sendable, CustomStringConvertible {
        var arguments: [String]
        var input: [UInt8]? = nil
        var stdout: String
        var stderr: String = ""
        var exitCode: Int32
        var description: String { arguments.joined(separator: " ") }
    }

    static let runCases: [RunCase] = [
        RunCase(arguments: ["run", "--rm", "busybox", "echo", "hi"], stdout: "hi\n", exitCode: 0),
        RunCase(arguments: ["run", "--rm", "busybox", "sh", "-c", "echo out; echo err >&2; exit 3"],
                stdout: "out\n", stderr: "err\n", exitCode: 3),
        RunCase(arguments: ["run", "-i", "--rm", "busybox", "wc", "-c"], input: Array("hello".utf8), stdout: "5\n", exitCode: 0),
        RunCase(arguments: ["run", "--rm", "alpine", "cat", "/etc/alpine-release"], stdout: "3.22.0\n", exitCode: 0),
        RunCase(arguments: ["rm", "dt-test-nonexistent"], stdout: "",
                stderr: "Error response from daemon: No such container: dt-test-nonexistent\n", exitCode: 1),
    ]

    @Test(arguments: runCases)
    func runsCommands(_ c: RunCase) throws {
        let result = try docker.run(c.arguments, input: c.input)
        #expect(result.stdout == c.stdout)
        #expect(result.stderr == c.stderr)
        #expect(result.exitCode == c.exitCode)
    }

    /// The daemon words this error after its containerd and runc versions, so only the part docker adds is fixed.
    @Test func reportsAMissingProgramWithExitCode127() throws {
        let result = try docker.run(["run", "--rm", "busybox", "dt-no-such-program"])
        #expect(result.exitCode == 127)
        #expect(result.stderr.hasPrefix("docker: Error response from daemon: "))
        #expect(result.stderr.contains(#"exec: "dt-no-such-program": executable file not found in $PATH"#))
        #expect(result.stderr.hasSuffix("\n\nRun 'docker run --help' for more information\n"))
    }

    @Test func helloWorldPrintsTheOfficialGreeting() throws {
        let result = try docker.run(["run", "--rm", "hello-world"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n"))
        #expect(result.stdout.hasSuffix(" https://docs.docker.com/get-started/\n\n"))
    }

    @Test func redisLifecycleNormalizesToAStableTable() throws {
        defer { _ = try? docker.run(["rm", "-f", "-v", "dt-test-redis"]) }
        let started = try docker.run(["run", "-d", "--name", "dt-test-redis", "redis", "redis-server", "--appendonly", "yes"])
        #expect(started.exitCode == 0)
        #expect(OutputNormalizer().normalize(started.stdout) == "<id>\n")

        var pong = ""
        for _ in 0..<50 where pong != "PONG\n" {
            pong = try docker.run(["exec", "dt-test-redis", "redis-cli", "ping"]).stdout
        }
        #expect(pong == "PONG\n")
        #expect(try docker.run(["exec", "dt-test-redis", "ls", "/data"]).stdout == "appendonlydir\n")

        let ps = try docker.run(["ps", "--filter", "name=dt-test-redis"])
        #expect(OutputNormalizer().normalize(ps.stdout) == """
            CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES
            <short-id>   redis   "docker-entrypoint.s…"   <duration> ago   Up <duration>   6379/tcp   dt-test-redis

            """)
    }

    /// A timed-out `docker run` is killed, but the container it started lives on: replay must say so and clean up.
    @Test func timeoutKillsTheClientNotTheContainer() throws {
        defer { _ = try? docker.run(["rm", "-f", "dt-test-sleep"]) }
        let result = try docker.run(["run", "--rm", "--name", "dt-test-sleep", "busybox", "sleep", "30"], timeout: .seconds(2))
        #expect(result.termination == .timedOut(.seconds(2)))
        let state = try docker.run(["inspect", "--format", "{{.State.Status}}", "dt-test-sleep"])
        #expect(state.stdout == "running\n")
    }
}

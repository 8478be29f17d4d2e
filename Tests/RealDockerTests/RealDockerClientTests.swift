import Foundation
import Testing
@testable import RealDocker

@Suite struct RealDockerClientTests {
    /// A stand-in docker that prints each argument on its own line, between brackets.
    static let echoArguments = #"for a in "$@"; do printf '[%s]\n' "$a"; done"#

    struct ArgumentCase: Sendable, CustomStringConvertible {
        var arguments: [String]
        var stdout: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let argumentCases: [ArgumentCase] = [
        ArgumentCase(arguments: ["ps", "-a"], stdout: "[ps]\n[-a]\n"),
        ArgumentCase(arguments: ["run", "busybox", "sh", "-c", "echo $HOME; exit 3"],
                     stdout: "[run]\n[busybox]\n[sh]\n[-c]\n[echo $HOME; exit 3]\n"),
        ArgumentCase(arguments: ["rm", "$(docker ps -aq)"], stdout: "[rm]\n[$(docker ps -aq)]\n"),
        ArgumentCase(arguments: ["run", "-e", "A=b c", "x'y\"z", ""], stdout: "[run]\n[-e]\n[A=b c]\n[x'y\"z]\n[]\n"),
        ArgumentCase(arguments: ["*", ">", "out.txt", "|", "cat"], stdout: "[*]\n[>]\n[out.txt]\n[|]\n[cat]\n"),
        ArgumentCase(arguments: [], stdout: ""),
    ]

    @Test(arguments: argumentCases)
    func passesTheArgumentVectorUntouched(_ c: ArgumentCase) throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", Self.echoArguments), environment: [:])
        let result = try client.run(c.arguments)
        #expect(result.stdout == c.stdout)
        #expect(result.termination == .exited(0))
    }

    @Test func capturesBothStreamsAndTheExitCode() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(
            executable: try fakes.script("docker", "echo out; echo err >&2; echo more; exit 125"), environment: [:])
        let result = try client.run(["run"])
        #expect(result.stdout == "out\nmore\n")
        #expect(result.stderr == "err\n")
        #expect(result.exitCode == 125)
    }

    @Test func capturesOutputLargerThanAPipeBuffer() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(
            executable: try fakes.script("docker", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2"), environment: [:])
        let result = try client.run([])
        #expect(result.standardOutput.count == 300_000)
        #expect(result.standardError.count == 200_000)
    }

    @Test func feedsStandardInputOrGivesDevNull() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", "wc -c"), environment: [:])
        #expect(try client.run(["load"], input: Array(repeating: 65, count: 200_000)).stdout.trimmingWhitespace == "200000")
        #expect(try client.run(["load"]).stdout.trimmingWhitespace == "0")
    }

    @Test func passesTheEnvironmentWithOverrides() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(
            executable: try fakes.script("docker", #"echo "host=${DOCKER_HOST-unset} context=${DOCKER_CONTEXT-unset} tls=${DOCKER_TLS_VERIFY-unset}""#),
            environment: ["DOCKER_HOST": "tcp://10.0.0.1:2376", "DOCKER_TLS_VERIFY": "1", "DOCKER_CONTEXT": "prod"])
        #expect(try client.run([]).stdout == "host=tcp://10.0.0.1:2376 context=prod tls=1\n")
        #expect(try client.run([], environment: ["DOCKER_CONTEXT": nil, "DOCKER_HOST": "unix:///x.sock"]).stdout
            == "host=unix:///x.sock context=unset tls=1\n")
        #expect(client.connectionSettings.map { "\($0.name)=\($0.value)" }
            == ["DOCKER_HOST=tcp://10.0.0.1:2376", "DOCKER_CONTEXT=prod", "DOCKER_TLS_VERIFY=1"])
    }

    @Test func killsACommandThatOutlivesItsTimeout() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", "echo started; sleep 30; echo never"), environment: [:])
        let clock = ContinuousClock()
        var result: CommandResult?
        let elapsed = try clock.measure { result = try client.run(["attach", "x"], timeout: .milliseconds(300)) }
        #expect(result?.termination == .timedOut(.milliseconds(300)))
        #expect(result?.stdout == "started\n")
        #expect(result?.exitCode == nil)
        #expect(elapsed < .seconds(5))
    }

    @Test func reportsADeathBySignal() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", "kill -9 $$"), environment: [:])
        let result = try client.run([])
        #expect(result.termination == .signalled(9))
        #expect(result.exitCode == 137)
    }

    @Test func locatesTheFirstDockerOnPathSkippingItself() throws {
        let fakes = try FakeBinaries()
        let own = try fakes.script("tutor/docker", "echo tutor")
        try fakes.script("nonexec/docker", "echo no", executable: false)
        let real = try fakes.script("real/docker", "echo real")
        try fakes.script("later/docker", "echo later")
        let path = ["tutor", "nonexec", "missing", "real", "later"].map { "\(fakes.directory)/\($0)" }.joined(separator: ":")
        let client = try RealDockerClient.locate(environment: ["PATH": path], excluding: own)
        #expect(client.executable == real)
        #expect(try RealDockerClient.locate(environment: ["PATH": path], excluding: nil).executable == own)
    }

    @Test func explainsAMissingDocker() throws {
        let fakes = try FakeBinaries()
        #expect(throws: RealDockerError.dockerNotFound(searchPath: "\(fakes.directory):/nonexistent")) {
            try RealDockerClient.locate(environment: ["PATH": "\(fakes.directory):/nonexistent"], excluding: nil)
        }
        #expect(throws: RealDockerError.notExecutable(path: "/nonexistent/docker")) {
            try RealDockerClient.locate(explicitPath: "/nonexistent/docker", environment: [:])
        }
        #expect(RealDockerError.dockerNotFound(searchPath: "/bin").description
            == "no docker client found on PATH (/bin); install docker or give its path")
    }

    struct ProbeCase: Sendable, CustomStringConvertible {
        var name: String
        var script: String
        var status: DaemonStatus
        var description: String { name }
    }

    static let probeCases: [ProbeCase] = [
        ProbeCase(name: "answers", script: #"[ "$*" = "version --format {{.Server.Version}}" ] && echo 28.2.2"#,
                  status: .available(serverVersion: "28.2.2")),
        ProbeCase(name: "no daemon",
                  script: "echo; echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' >&2; exit 1",
                  status: .unavailable(reason: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")),
        ProbeCase(name: "silent failure", script: "exit 1",
                  status: .unavailable(reason: "the Docker daemon did not report a version (DOCKER version exited 1)")),
    ]

    @Test(arguments: probeCases)
    func probesTheDaemon(_ c: ProbeCase) throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", c.script), environment: [:])
        let expected: DaemonStatus = switch c.status {
        case .unavailable(let reason): .unavailable(reason: reason.replacingOccurrences(of: "DOCKER", with: client.executable))
        case let other: other
        }
        #expect(client.probeDaemon() == expected)
    }

    @Test func probeGivesUpOnASilentDaemon() throws {
        let fakes = try FakeBinaries()
        let client = RealDockerClient(executable: try fakes.script("docker", "sleep 30"), environment: [:])
        #expect(client.probeDaemon(timeout: .milliseconds(200))
            == .unavailable(reason: "the Docker daemon did not answer within 0.2 seconds (\(client.executable) version)"))
    }

    /// The docker 28 client itself, pointed at a socket nobody listens on: docker's own message comes back.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/local/bin/docker"), "no /usr/local/bin/docker"))
    func probesWithTheRealClientAndNoDaemon() throws {
        let client = try RealDockerClient.locate(
            explicitPath: "/usr/local/bin/docker",
            environment: ["DOCKER_HOST": "unix:///nonexistent/docker.sock", "HOME": "/nonexistent-home"])
        #expect(client.probeDaemon()
            == .unavailable(reason: "Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock. Is the docker daemon running?"))
    }
}

import Foundation
import Testing
@testable import DockerAPI
@testable import DockerCLI

/// Runs docker run/create lines through the real docker 28.2.2 client with a dead daemon socket
/// and compares what it prints with the conversion's answer.
///
/// With `DOCKER_HOST=unix:///nonexistent` the client parses and validates everything, then fails to
/// connect: a line docker refuses must be refused by us with the same text and exit code, and a
/// line that reaches `Cannot connect to the Docker daemon` must be accepted by us. The client
/// cannot learn the daemon's OS there, so `--device` fails with `unknown server OS: ` on both sides.
@Suite(.enabled(if: LiveOracle.available, "docker 28.2.2 client not found at /usr/local/bin/docker; skipping live comparison"))
struct ValuesLiveOracleTests {
    static let lines: [String] = [
        "run redis",
        "run -p 8080:80 -p 127.0.0.1::53/udp -v /data -v vol:/x --rm redis",
        "run -p foo redis",
        "run -p 70000 redis",
        "run -p 80:foo redis",
        "run -p 1-2:3-5 redis",
        "run -p 80/icmp redis",
        "run -p 1.2.3:80:80 redis",
        "run -p [::1:80:80 redis",
        "run -p :80 redis",
        "run -p 8080: redis",
        "run -p published=8080 redis",
        "run -p target=80,bogus redis",
        "run --expose 1:2 redis",
        "run --expose 5-1 redis",
        "run --expose foo redis",
        "run --expose 80-x redis",
        "run -v :/x redis",
        "run -v a::b redis",
        "run -v /a:/b:ro:x redis",
        "run --restart always --rm redis",
        "run --restart :3 redis",
        "run --restart on-failure:x redis",
        "run --pull sometimes redis",
        "run --network-alias a redis",
        "run --network host --link db redis",
        "run --mac-address 1:2:3 redis",
        "run --memory-swappiness 200 redis",
        "run --pid container: redis",
        "run --uts x redis",
        "run --security-opt x redis",
        "run --security-opt seccomp redis",
        "run --storage-opt x redis",
        "run --log-driver none --log-opt a=b redis",
        "run --no-healthcheck --health-retries 1 redis",
        "run --health-timeout -5s redis",
        "run --device /dev/sda redis",
        "run --env-file missing.env redis",
        "run --label-file missing.txt redis",
        "run -d -a stdout redis",
        "run UPPER",
        "run redis:bad:tag",
        "run --platform x/y/z/w redis",
        "run --platform linux/arm64 redis",
        "create -p foo redis",
        "create UPPER",
        "create --platform nope redis",
        "create --pull x redis",
        "create --network a --network host redis",
        "create --network name=a,ip6=::1 --ip6 ::2 redis",
        "create --network name=a,link-local-ip=169.254.0.1 --link-local-ip 169.254.0.2 redis",
        "create --network name=a,mac-address=02:42:ac:11:00:02 --mac-address 02:42:ac:11:00:03 redis",
    ]

    @Test(arguments: lines)
    func matchesTheRealClient(_ line: String) throws {
        let words = line.split(separator: " ").map(String.init)
        let output = try LiveOracle.run(words)
        let command = ContainerCommand(rawValue: words[0]) ?? .run
        let parsed = try RunCommandLine.read(Array(words.dropFirst()))
        var context = ContainerOptionsContext(workingDirectory: LiveOracle.directory, serverOS: "", stdinIsTerminal: false)
        context.readFile = { _ in .failure(.notFound) }
        let result = ContainerOptions.plan(command: command, flags: parsed.flags, image: parsed.image, args: parsed.args,
                                           context: context)
        if output.stderr.contains("Cannot connect to the Docker daemon") {
            #expect(result.failure == nil, "docker accepted it")
        } else {
            #expect(result.failure?.rendered(for: command) == output.stderr)
            #expect(result.failure?.exitCode(for: command) == output.exitCode)
        }
    }
}

/// The real docker client on this machine, driven with a dead daemon socket.
enum LiveOracle {
    static let path = "/usr/local/bin/docker"
    static let directory = NSTemporaryDirectory() + "docker-tutor-values-oracle"

    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path), let out = try? run(["--version"]) else { return false }
        return out.stdout.hasPrefix("Docker version 28.2.2,")
    }()

    static func run(_ arguments: [String]) throws -> (stdout: String, stderr: String, exitCode: Int32) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "DOCKER_HOST": "unix:///nonexistent"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus)
    }
}

import DockerAPI
import DockerEngine
import Foundation
import Testing
@testable import DockerCLI

/// A seeded simulated daemon with a sandbox host, driven one docker command line at a time.
final class TestSandbox {
    let clock: VirtualClock
    let daemon: DockerDaemon
    let files: SandboxHostFileSystem

    init(seed: UInt64 = 1) throws {
        clock = VirtualClock()
        daemon = DockerDaemon.fresh(catalog: try Catalog.bundled(), clock: clock, seed: seed)
        files = SandboxHostFileSystem()
    }

    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    /// Runs one command line (`docker ...`), split as a shell would split it.
    func run(_ commandLine: String, stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false,
             input: [UInt8]? = nil) throws -> Result {
        var words = try ShellLexer.words(commandLine).map(\.text)
        if words.first == "docker" { words.removeFirst() }
        let (io, captured) = ClientIO.capturing(stdinIsTerminal: stdinIsTerminal, stdoutIsTerminal: stdoutIsTerminal,
                                                input: input)
        let host = ClientHost(environment: ["HOME": "/home/learner", "PATH": "/usr/local/bin:/usr/bin:/bin"],
                              files: files)
        let status = DockerClient(engine: daemon, io: io, host: host).run(words)
        return Result(stdout: captured.stdout, stderr: captured.stderr, exitCode: status)
    }
}

/// Runs the golden transcripts under `Tests/ClientTests/Transcripts/` and compares every entry.
enum TranscriptRunner {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Transcripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Runs one transcript file in a fresh sandbox; with `DOCKER_TUTOR_RECORD=1` rewrites it instead.
    static func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
        let sandbox = try TestSandbox()
        var recorded: [Transcript.Entry] = []
        for entry in transcript.entries {
            var stdinTTY = false, stdoutTTY = false
            var input: [UInt8]? = nil
            for directive in entry.directives {
                if directive.hasPrefix("advance ") {
                    sandbox.clock.advance(nanoseconds: durationNanoseconds(String(directive.dropFirst(8))))
                } else if directive == "stdin-tty" {
                    stdinTTY = true
                } else if directive == "stdout-tty" {
                    stdoutTTY = true
                } else if directive.hasPrefix("input ") {
                    input = Array((String(directive.dropFirst(6)) + "\n").utf8)
                }
            }
            let result = try sandbox.run(entry.command, stdinIsTerminal: stdinTTY, stdoutIsTerminal: stdoutTTY, input: input)
            var actual = entry
            actual.stdout = result.stdout
            actual.stderr = result.stderr
            actual.exitCode = result.exitCode
            recorded.append(actual)
            if ProcessInfo.processInfo.environment["DOCKER_TUTOR_RECORD"] == nil {
                #expect(result.stdout == entry.stdout, "\(name):\(entry.line): stdout of `\(entry.command)`", sourceLocation: sourceLocation)
                #expect(result.stderr == entry.stderr, "\(name):\(entry.line): stderr of `\(entry.command)`", sourceLocation: sourceLocation)
                #expect(result.exitCode == entry.exitCode, "\(name):\(entry.line): exit status of `\(entry.command)`", sourceLocation: sourceLocation)
            }
        }
        if ProcessInfo.processInfo.environment["DOCKER_TUTOR_RECORD"] != nil {
            try Transcript.render(recorded).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// `90s`, `5m`, `2h`, `3d` as nanoseconds.
    static func durationNanoseconds(_ text: String) -> Int64 {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last, let scale = units[unit], let value = Int64(text.dropLast()) else { return 0 }
        return value * scale * 1_000_000_000
    }
}

@Suite struct GoldenTranscripts {
    @Test(arguments: TranscriptRunner.names)
    func transcript(_ name: String) throws {
        try TranscriptRunner.check(name)
    }
}

import DockerAPI
import Testing
@testable import DockerEngine

/// `docker logs` options against recorded output (daemon/logs.go, the json-file reader).
@Suite struct LogsTests {
    /// A container that printed `line 1` … `line 5`, one a second from 00:00:10, `line 3` on stderr.
    static func daemon() throws -> (DockerDaemon, String) {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        clock.advance(seconds: 10)
        let id = try d.run("alpine", name: "talker",
                           cmd: ["sh", "-c", "echo line 1; sleep 1; echo line 2; sleep 1; echo line 3 >&2; sleep 1; echo line 4; sleep 1; echo line 5"])
        clock.advance(seconds: 60)
        return (d, id)
    }

    static func at(_ second: Int) -> Timestamp { Timestamp.utc(year: 2025, month: 1, day: 1, second: second) }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var options: LogsOptions
        var lines: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "everything", options: LogsOptions(), lines: ["line 1", "line 2", "line 3", "line 4", "line 5"]),
        Case(name: "stdout only", options: LogsOptions(stderr: false), lines: ["line 1", "line 2", "line 4", "line 5"]),
        Case(name: "stderr only", options: LogsOptions(stdout: false), lines: ["line 3"]),
        Case(name: "tail 2", options: LogsOptions(tail: 2), lines: ["line 4", "line 5"]),
        Case(name: "tail 0", options: LogsOptions(tail: 0), lines: []),
        Case(name: "since 00:00:12", options: LogsOptions(since: at(12)), lines: ["line 3", "line 4", "line 5"]),
        Case(name: "until 00:00:11", options: LogsOptions(until: at(11)), lines: ["line 1", "line 2"]),
        Case(name: "since and until", options: LogsOptions(since: at(11), until: at(13)), lines: ["line 2", "line 3", "line 4"]),
        Case(name: "tail before since", options: LogsOptions(since: at(13), tail: 3), lines: ["line 4", "line 5"]),
    ]

    @Test(arguments: cases)
    func filter(_ c: Case) throws {
        let (d, _) = try Self.daemon()
        let batch = try d.containerLogs("talker", options: c.options)
        #expect(batch.entries.map { String($0.text.dropLast()) } == c.lines)
    }

    @Test func entriesCarryTheirTimeAndStream() throws {
        let (d, _) = try Self.daemon()
        let entries = try d.containerLogs("talker", options: LogsOptions()).entries
        #expect(entries.map(\.time.rfc3339Nano) == ["2025-01-01T00:00:10Z", "2025-01-01T00:00:11Z", "2025-01-01T00:00:12Z",
                                                     "2025-01-01T00:00:13Z", "2025-01-01T00:00:14Z"])
        #expect(entries.map(\.stream) == [.stdout, .stdout, .stderr, .stdout, .stdout])
    }

    @Test func followIsACursorToPollFrom() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        let id = try d.run("alpine", cmd: ["sh", "-c", "echo a; sleep 5; echo b; sleep 5; echo c"])
        var batch = try d.containerLogs(id, options: LogsOptions(follow: true))
        #expect(batch.entries.map(\.text) == ["a\n"])
        #expect(batch.more)
        #expect(batch.exitsAt == Timestamp.utc(year: 2025, month: 1, day: 1, second: 10))
        clock.advance(seconds: 6)
        batch = try d.containerLogs(id, options: LogsOptions(follow: true, after: batch.cursor))
        #expect(batch.entries.map(\.text) == ["b\n"])
        clock.advance(seconds: 6)
        batch = try d.containerLogs(id, options: LogsOptions(follow: true, after: batch.cursor))
        #expect(batch.entries.map(\.text) == ["c\n"])
        #expect(!batch.more)
    }

    @Test func attachSeesOnlyWhatComesAfterIt() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "echo early; sleep 5; echo late"])
        clock.advance(seconds: 1)
        let cursor = try d.containerAttach(id, options: AttachOptions())
        let batch = try d.attachRead(cursor, options: AttachOptions(), block: true)
        #expect(batch.entries.map(\.text) == ["late\n"])
        #expect(!batch.more)
    }

    @Test func logsRefusals() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["echo", "x"]) { $0.hostConfig.logConfig = LogConfig(type: "none") }
        #expect(throws: EngineError.system("configured logging driver does not support reading")) {
            try d.containerLogs(id, options: LogsOptions())
        }
        #expect(throws: EngineError.invalidParameter("You must choose at least one stream")) {
            try d.containerLogs(id, options: LogsOptions(stdout: false, stderr: false))
        }
    }

    @Test func oldOutputIsDroppedPastTheLimitAndCursorsStayValid() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "while true; do echo spam; sleep 0.001; done"])
        clock.advance(seconds: 30)
        let batch = try d.containerLogs(id, options: LogsOptions(follow: true))
        #expect(batch.entries.count == ContainerRecord.outputLimit)
        #expect(batch.cursor.sequence > ContainerRecord.outputLimit)
    }
}

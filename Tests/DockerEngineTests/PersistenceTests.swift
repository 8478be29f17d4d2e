import DockerAPI
import Foundation
import Testing
@testable import DockerEngine

@Suite struct PersistenceTests {
    static func temporaryDirectory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("dt-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// A daemon with something of everything: images, a running and an exited container,
    /// a volume with data, a user network, output and events.
    static func busyState() throws -> EngineState {
        let (d, clock) = Fixtures.daemon(pulled: ["redis", "alpine", "nginx"])
        _ = try d.networkCreate(NetworkCreateOptions(name: "backend", labels: ["tier": "data"]))
        _ = try d.run("redis", name: "cache", cmd: ["redis-server", "--appendonly", "yes"]) { r in
            r.hostConfig.portBindings["6379/tcp"] = [PortBinding(hostPort: "6379")]
            r.hostConfig.restartPolicy = RestartPolicy(name: .unlessStopped)
            r.hostConfig.binds = ["cache-data:/data"]
            r.networkingConfig = NetworkingConfig(endpoints: [("backend", EndpointSettings())])
        }
        _ = try d.run("alpine", name: "once", cmd: ["sh", "-c", "echo hello; echo oops >&2; exit 3"])
        clock.advance(seconds: 5)
        return d.snapshot
    }

    @Test func packedCodecRoundTripsTheWholeState() throws {
        let state = try Self.busyState()
        let bytes = try PackedWriter.encode(state)
        let back = try PackedReader.decode(EngineState.self, from: bytes)
        #expect(back == state)
        #expect(back.containers.count == 2)
        #expect(back.volumes["cache-data"]?.content.contains("appendonlydir/appendonly.aof.manifest") == true)
    }

    /// Values whose encodings have edge cases: negative and large integers, empty and non-ASCII
    /// strings, optionals inside arrays, nested empty containers.
    struct Odd: Codable, Equatable {
        var a: Int64 = -1
        var b: UInt64 = .max
        var c: String = ""
        var d: String = "héllo\u{0}wörld ✓"
        var e: [Int?] = [1, nil, -3]
        var f: [String: [String]] = ["x": [], "": ["y"]]
        var g: Double = -0.5
        var h: Bool? = nil
        var i: [[String: Int]] = [[:], ["k": Int.min]]
    }

    @Test func packedCodecHandlesEdgeValues() throws {
        let value = Odd()
        #expect(try PackedReader.decode(Odd.self, from: try PackedWriter.encode(value)) == value)
    }

    /// A field added later (an optional the old file lacks) reads as nil; fields in another order are found.
    struct Old: Codable { var name = "web"; var count = 2 }
    struct New: Codable, Equatable { var count: Int; var extra: String?; var name: String }

    @Test func packedCodecToleratesAddedOptionalFields() throws {
        let back = try PackedReader.decode(New.self, from: try PackedWriter.encode(Old()))
        #expect(back == New(count: 2, extra: nil, name: "web"))
    }

    @Test func storeSavesAndLoadsUnderTheLock() throws {
        let directory = Self.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = SandboxStore(directory: directory)
        try store.lock()
        #expect(try store.load() == nil)
        let state = try Self.busyState()
        try store.save(state)
        #expect(try store.load() == state)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == ["engine-state.bin", "engine.lock"])
        store.unlock()
    }

    @Test func aReloadedDaemonContinuesTheSeededSequenceAndClock() throws {
        let (first, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try first.run("alpine", name: "one", cmd: ["true"])
        let saved = first.snapshot
        // The same commands in one daemon, or split across a save and load, give the same ids.
        let reopened = DockerDaemon(state: saved, catalog: Fixtures.catalog, clock: VirtualClock())
        let continued = try reopened.create("alpine", cmd: ["true"])
        let straight = try first.create("alpine", cmd: ["true"])
        #expect(continued == straight)
        #expect(reopened.now == first.now)
    }

    struct CorruptCase: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var expected: @Sendable (String) -> SandboxStore.Failure
        var description: String { name }
    }

    static let corruptCases: [CorruptCase] = [
        CorruptCase(name: "not ours", bytes: Array("{\"containers\": {}}".utf8)) {
            .corrupt(path: $0, reason: "not a docker-tutor state file")
        },
        CorruptCase(name: "truncated", bytes: StateCodec.magic + [1, 0, 0, 0, 5]) {
            .corrupt(path: $0, reason: "unexpected end of data at byte 13")
        },
        CorruptCase(name: "newer format", bytes: StateCodec.magic + [9, 0, 0, 0]) {
            .newerVersion(path: $0, found: 9, supported: EngineState.currentFormatVersion)
        },
    ]

    @Test(arguments: corruptCases)
    func unreadableFilesAreErrorsNamingTheFileAndStayUntouched(_ c: CorruptCase) throws {
        let directory = Self.temporaryDirectory("corrupt")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = SandboxStore(directory: directory)
        try store.lock()
        try Data(c.bytes).write(to: store.stateFile)
        #expect(throws: c.expected(store.stateFile.path)) { try store.load() }
        #expect(try Data(contentsOf: store.stateFile) == Data(c.bytes))
        let aside = try store.quarantine(now: Timestamp(seconds: 1_700_000_000))
        #expect(aside == store.stateFile.path + ".corrupt-1700000000")
        #expect(try store.load() == nil)
    }

    @Test func corruptErrorMessageNamesTheFile() {
        let failure = SandboxStore.Failure.corrupt(path: "/home/u/.docker-tutor/engine-state.bin", reason: "unexpected end of data at byte 13")
        #expect(failure.description == "the sandbox state /home/u/.docker-tutor/engine-state.bin is corrupt (unexpected end of data at byte 13); it was left untouched — move it aside or reset the sandbox")
    }

    @Test func defaultDirectoryFollowsTheEnvironment() {
        #expect(SandboxStore.defaultDirectory(environment: ["DOCKER_TUTOR_HOME": "/tmp/x"]).path == "/tmp/x")
        #expect(SandboxStore.defaultDirectory(environment: [:]).lastPathComponent == ".docker-tutor")
    }
}

/// Every stored property of a hand-packed type must have a field number, or it would silently not be saved.
@Suite struct FastPackCoverageTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var mirrored: [String]
        var packed: [String]
        var description: String { name }
    }

    static func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    static let cases: [Case] = [
        Case(name: "ContainerConfig", mirrored: labels(ContainerConfig()), packed: ContainerConfig.packedFieldNames),
        Case(name: "HostConfig", mirrored: labels(HostConfig()), packed: HostConfig.packedFieldNames),
        Case(name: "EndpointSettings", mirrored: labels(EndpointSettings()), packed: EndpointSettings.packedFieldNames),
        Case(name: "ContainerRecord", mirrored: labels(ContainerRecord.empty), packed: ContainerRecord.packedFieldNames),
        Case(name: "MountRecord", mirrored: labels(MountRecord(type: .bind, source: "", destination: "")), packed: MountRecord.packedFieldNames),
        Case(name: "ProcessRecord", mirrored: labels(ProcessRecord(model: "", argv: [], pid: 0, startedAt: Timestamp(nanoseconds: 0))), packed: ProcessRecord.packedFieldNames),
        Case(name: "RestartManagerState", mirrored: labels(RestartManagerState(restartCount: 0)), packed: RestartManagerState.packedFieldNames),
        Case(name: "EngineState", mirrored: labels(EngineState(daemon: DaemonIdentity(id: "", name: "", startedAt: Timestamp(nanoseconds: 0)), random: .system)), packed: EngineState.packedFieldNames),
        Case(name: "OutputLog", mirrored: labels(OutputLog()), packed: OutputLog.packedFieldNames),
        Case(name: "LogEntry", mirrored: labels(LogEntry(stream: .stdout, time: Timestamp(nanoseconds: 0), text: "")), packed: LogEntry.packedFieldNames),
    ]

    @Test(arguments: cases)
    func everyStoredPropertyHasAFieldNumber(_ c: Case) {
        #expect(c.mirrored == c.packed, "update the FastPackable conformance of \(c.name) (Persistence/FastPack*.swift)")
    }

    @Test func nonDefaultValuesOfEveryKindSurvive() throws {
        var h = HostConfig()
        h.binds = ["a:/b"]
        h.logConfig = LogConfig(type: "local", config: ["max-size": "1m"])
        h.portBindings["80/tcp"] = [PortBinding(hostIP: "127.0.0.1", hostPort: "8080")]
        h.restartPolicy = RestartPolicy(name: .onFailure, maximumRetryCount: 3)
        h.consoleSize = [24, 80]
        h.dns = ["1.1.1.1"]
        h.blkioWeight = 300
        h.memorySwappiness = 60
        h.oomKillDisable = false
        h.pidsLimit = -1
        h.ulimits = [Ulimit(name: "nofile", hard: 2, soft: 1)]
        h.mounts = [Mount(type: .tmpfs, target: "/run")]
        h.initProcess = true
        h.tmpfs = [:]
        var c = ContainerConfig()
        c.env = []
        c.labels = ["k": "v"]
        c.stopTimeout = 0
        c.healthcheck = HealthConfig(test: ["CMD", "true"], retries: 3)
        var ep = EndpointSettings()
        ep.aliases = ["db"]
        ep.gwPriority = -2
        var record = ContainerRecord.empty
        record.config = c
        record.hostConfig = h
        record.networks = ["net": ep, "bridge": EndpointSettings()]
        record.ports = PortMap([.init(port: "80/tcp", bindings: nil), .init(port: "53/udp", bindings: [PortBinding(hostIP: "::", hostPort: "53")])])
        record.process = ProcessRecord(model: "shell", argv: ["sleep", "9"], pid: 7, startedAt: Timestamp(seconds: 5))
        record.output = OutputLog([LogEntry(stream: .stderr, time: Timestamp(seconds: -1), text: "x\r\n"),
                                   LogEntry(stream: .stdout, time: Timestamp(seconds: 3), text: "héllo")])
        record.health = HealthState(status: "healthy")
        let back = try PackedReader.decode(ContainerRecord.self, from: try PackedWriter.encode(record))
        #expect(back == record)
    }
}

@Suite struct SandboxTransactionTests {
    @Test func aSeededSandboxReplaysAcrossCommands() throws {
        func session(_ name: String) throws -> [String] {
            let directory = PersistenceTests.temporaryDirectory(name)
            defer { try? FileManager.default.removeItem(at: directory) }
            _ = try SandboxStore.transaction(in: directory, catalog: Fixtures.catalog, seed: 9) { d in
                try d.imagePull("alpine", allTags: false, platform: "")
            }
            let id = try SandboxStore.transaction(in: directory, catalog: Fixtures.catalog, seed: 9) { d in
                try d.run("alpine", cmd: ["sh", "-c", "sleep 3; echo done"])
            }
            return try SandboxStore.transaction(in: directory, catalog: Fixtures.catalog, seed: nil) { d in
                _ = try d.containerWait(id, condition: .notRunning)
                let row = try d.containerList(ContainerListOptions(all: true))[0]
                return [id, row.names[0], row.status, try d.output(id)]
            }
        }
        let first = try session("replay-a")
        #expect(try session("replay-b") == first)
        #expect(first[2] == "Exited (0) Less than a second ago")
        #expect(first[3] == "done\n")
    }
}

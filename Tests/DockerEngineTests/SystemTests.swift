import DockerAPI
import Testing
@testable import DockerEngine

/// ps filters, events, info, version, df, top, stats and container prune.
@Suite struct SystemTests {
    static func daemon() throws -> DockerDaemon {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine", "redis"])
        _ = try d.run("redis", name: "cache") { $0.config.labels = ["tier": "data"] }
        _ = try d.run("alpine", name: "done", cmd: ["sh", "-c", "exit 3"])
        _ = try d.create("alpine", name: "fresh", cmd: ["true"])
        _ = try d.run("alpine", name: "sleeper", cmd: ["sleep", "1000"]) { $0.hostConfig.binds = ["vol:/v"] }
        try d.containerPause("sleeper")
        clock.advance(seconds: 90)
        return d
    }

    struct PsCase: Sendable, CustomStringConvertible {
        var name: String
        var options: ContainerListOptions
        var names: [String]
        var description: String { name }
    }

    static let psCases: [PsCase] = [
        PsCase(name: "running", options: ContainerListOptions(), names: ["/sleeper", "/cache"]),
        PsCase(name: "all", options: ContainerListOptions(all: true), names: ["/sleeper", "/fresh", "/done", "/cache"]),
        PsCase(name: "last 2", options: ContainerListOptions(limit: 2), names: ["/sleeper", "/fresh"]),
        PsCase(name: "status=exited", options: ContainerListOptions(filters: FilterArgs(["status": ["exited"]])), names: ["/done"]),
        PsCase(name: "status=created", options: ContainerListOptions(filters: FilterArgs(["status": ["created"]])), names: ["/fresh"]),
        PsCase(name: "status=paused", options: ContainerListOptions(filters: FilterArgs(["status": ["paused"]])), names: ["/sleeper"]),
        PsCase(name: "exited=3", options: ContainerListOptions(all: true, filters: FilterArgs(["exited": ["3"]])), names: ["/done"]),
        PsCase(name: "name regex", options: ContainerListOptions(all: true, filters: FilterArgs(["name": ["^/?c"]])), names: ["/cache"]),
        PsCase(name: "label", options: ContainerListOptions(all: true, filters: FilterArgs(["label": ["tier=data"]])), names: ["/cache"]),
        PsCase(name: "ancestor", options: ContainerListOptions(all: true, filters: FilterArgs(["ancestor": ["alpine"]])), names: ["/sleeper", "/fresh", "/done"]),
        PsCase(name: "volume", options: ContainerListOptions(all: true, filters: FilterArgs(["volume": ["vol"]])), names: ["/sleeper"]),
        PsCase(name: "before", options: ContainerListOptions(all: true, filters: FilterArgs(["before": ["fresh"]])), names: ["/done", "/cache"]),
        PsCase(name: "since", options: ContainerListOptions(all: true, filters: FilterArgs(["since": ["done"]])), names: ["/sleeper", "/fresh"]),
        PsCase(name: "expose", options: ContainerListOptions(all: true, filters: FilterArgs(["expose": ["6379"]])), names: ["/cache"]),
    ]

    @Test(arguments: psCases)
    func ps(_ c: PsCase) throws {
        let d = try Self.daemon()
        #expect(try d.containerList(c.options).map { $0.names[0] } == c.names)
    }

    @Test func psStatusTextsAndCommand() throws {
        let d = try Self.daemon()
        let rows = try d.containerList(ContainerListOptions(all: true))
        #expect(rows.map(\.status) == ["Up About a minute (Paused)", "Created", "Exited (3) About a minute ago", "Up About a minute"])
        #expect(rows.map(\.command) == ["sleep 1000", "true", "sh -c 'exit 3'", "docker-entrypoint.sh redis-server"])
        #expect(rows.map(\.state) == ["paused", "created", "exited", "running"])
    }

    @Test func psFilterErrors() throws {
        let d = try Self.daemon()
        #expect(throws: EngineError.invalidParameter("invalid filter 'status=sleeping': invalid value for state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead")) {
            try d.containerList(ContainerListOptions(filters: FilterArgs(["status": ["sleeping"]])))
        }
        #expect(throws: EngineError.invalidParameter("invalid filter 'colour'")) {
            try d.containerList(ContainerListOptions(filters: FilterArgs(["colour": ["red"]])))
        }
    }

    @Test func eventsFilteredAndWindowed() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        let t0 = clock.now
        let id = try d.run("alpine", name: "aa", cmd: ["sleep", "5"])
        clock.advance(seconds: 10)
        let t1 = clock.now
        try d.containerRemove(id, options: ContainerRemoveOptions())
        let all = try d.events(EventsOptions(since: t0, filters: FilterArgs(["container": ["aa"]])))
        #expect(all.map(\.action) == ["create", "start", "die", "destroy"])
        #expect(all[2].attributes["exitCode"] == "0" && all[2].attributes["execDuration"] == "5")
        #expect(try d.events(EventsOptions(since: t1, filters: FilterArgs(["type": ["container"]]))).map(\.action) == ["destroy"])
        #expect(try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), until: t0, filters: FilterArgs(["type": ["container"]]))).map(\.action) == ["create", "start"])
        let json = GoJSON.encode(all[0].json)
        #expect(json == #"{"status":"create","id":"\#(id)","from":"alpine","Type":"container","Action":"create","Actor":{"ID":"\#(id)","Attributes":{"image":"alpine","name":"aa"}},"scope":"local","time":1735689600,"timeNano":1735689600000000000}"#)
    }

    @Test func theEventBufferKeepsTheLast256() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        for _ in 0..<100 { _ = try d.run("alpine", cmd: ["true"]) }
        #expect(d.state.events.count == 256)
    }

    @Test func infoVersionPingDf() throws {
        let d = try Self.daemon()
        let info = d.info()
        #expect([info.containers, info.containersRunning, info.containersPaused, info.containersStopped, info.images] == [4, 1, 1, 2, 2])
        #expect(info.serverVersion == "28.2.2")
        #expect(info.id.count == 36)
        let version = d.version()
        #expect(version.apiVersion == "1.50")
        #expect(version.components.map(\.name) == ["Engine", "containerd", "runc", "docker-init"])
        #expect(d.ping().apiVersion == "1.50")
        let df = d.diskUsage()
        #expect(df.images.map(\.containers) == [3, 1])
        #expect(df.volumes.map(\.name).contains("vol"))
        #expect(df.layersSize == df.images.reduce(0) { $0 + $1.size })
    }

    @Test func topAndStats() throws {
        let (d, _) = Fixtures.daemon(pulled: ["nginx"])
        let id = try d.run("nginx")
        let top = try d.containerTop(id, psArgs: "")
        #expect(top.titles == ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"])
        #expect(top.processes.first?.last == "nginx: master process nginx -g daemon off;")
        #expect(top.processes.count == 1 + d.host.ncpu)
        let stats = try d.containerStats(id)
        #expect(stats.pids == UInt64(1 + d.host.ncpu))
        #expect(stats.memoryLimit == UInt64(d.host.memTotal))
        try d.containerStop(id, options: StopOptions())
        #expect(throws: EngineError.conflict("container \(id) is not running")) { try d.containerTop(id, psArgs: "") }
    }

    @Test func containerPruneRemovesStoppedOnes() throws {
        let d = try Self.daemon()
        let report = try d.containersPrune(FilterArgs())
        #expect(report.containersDeleted.count == 2)
        #expect(try d.containerList(ContainerListOptions(all: true)).map { $0.names[0] } == ["/sleeper", "/cache"])
    }
}

/// Health checks: starting, healthy, unhealthy after the retries, the log of the last five probes.
@Suite struct HealthTests {
    @Test func aPassingCheckTurnsHealthy() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["redis"], step: 0)
        let id = try d.run("redis", name: "cache") { $0.config.healthcheck = HealthConfig(test: ["CMD", "redis-cli", "ping"], interval: 10 * Timestamp.second) }
        #expect(try d.containerList(ContainerListOptions())[0].status == "Up Less than a second (health: starting)")
        clock.advance(seconds: 11)
        let inspect = try d.containerInspect(id, size: false)
        #expect(inspect.state.health?.status == "healthy")
        #expect(inspect.state.health?.log.map(\.output) == ["PONG\n"])
        #expect(try d.containerList(ContainerListOptions())[0].status == "Up 11 seconds (healthy)")
        #expect(try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["event": ["health_status"]]))).map(\.action) == ["health_status: healthy"])
    }

    @Test func aFailingCheckTurnsUnhealthyAfterTheRetries() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        let id = try d.run("alpine", cmd: ["sleep", "1000"]) { r in
            r.config.healthcheck = HealthConfig(test: ["CMD-SHELL", "exit 1"], interval: 5 * Timestamp.second, retries: 2)
        }
        clock.advance(seconds: 6)
        #expect(try d.containerInspect(id, size: false).state.health?.status == "starting")
        clock.advance(seconds: 5)
        let health = try d.containerInspect(id, size: false).state.health
        #expect(health?.status == "unhealthy")
        #expect(health?.failingStreak == 2)
        clock.advance(seconds: 60)
        #expect(try d.containerInspect(id, size: false).state.health?.log.count == 5)
        let json = GoJSON.encode(try d.containerInspect(id, size: false).state.health?.log.first?.json ?? .null)
        #expect(json.hasPrefix(#"{"Start":"2025-01-01T00:00:"#) && json.hasSuffix(#","ExitCode":1,"Output":""}"#))
    }
}

extension SystemTests {
    @Test func withoutAWindowNoBufferedEventsAreSent() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.run("alpine", cmd: ["true"])
        #expect(try d.events(EventsOptions()).isEmpty)
    }
}

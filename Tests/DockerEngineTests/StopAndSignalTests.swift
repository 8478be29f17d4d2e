import DockerAPI
import Testing
@testable import DockerEngine

/// How processes end: on their own, on the stop signal, after the stop timeout, on `kill -s`.
@Suite struct StopAndSignalTests {
    struct StopCase: Sendable, CustomStringConvertible {
        var name: String
        var image: String
        var cmd: [String]?
        var options = StopOptions()
        var configure: @Sendable (inout ContainerCreateRequest) -> Void = { _ in }
        var exitCode: Int
        /// How long `docker stop` blocks.
        var takes: Int64
        var signals: [String]
        var description: String { name }
    }

    static let ms = Timestamp.millisecond
    static let stopCases: [StopCase] = [
        StopCase(name: "sleep as PID 1 ignores SIGTERM and is killed after 10s", image: "alpine", cmd: ["sleep", "1000"],
                 exitCode: 137, takes: 10_000 * ms, signals: ["15", "9"]),
        StopCase(name: "sh -c sleep likewise", image: "alpine", cmd: ["sh", "-c", "sleep 1000"],
                 exitCode: 137, takes: 10_000 * ms, signals: ["15", "9"]),
        StopCase(name: "a shorter -t", image: "alpine", cmd: ["sleep", "1000"], options: StopOptions(timeout: 2),
                 exitCode: 137, takes: 2_000 * ms, signals: ["15", "9"]),
        StopCase(name: "-t 0 kills at once", image: "busybox", cmd: ["sleep", "1000"], options: StopOptions(timeout: 0),
                 exitCode: 137, takes: 0, signals: ["15", "9"]),
        StopCase(name: "the container's StopTimeout", image: "alpine", cmd: ["sleep", "1000"], configure: { $0.config.stopTimeout = 3 },
                 exitCode: 137, takes: 3_000 * ms, signals: ["15", "9"]),
        StopCase(name: "with --init tini forwards SIGTERM", image: "alpine", cmd: ["sleep", "1000"], configure: { $0.hostConfig.initProcess = true },
                 exitCode: 143, takes: 1 * ms, signals: ["15"]),
        StopCase(name: "redis saves and exits 0 on SIGTERM", image: "redis", cmd: nil,
                 exitCode: 0, takes: 102 * ms, signals: ["15"]),
        StopCase(name: "nginx stops gracefully on its SIGQUIT", image: "nginx", cmd: nil,
                 exitCode: 0, takes: 5 * ms, signals: ["3"]),
        StopCase(name: "stop --signal overrides the stop signal", image: "nginx", cmd: nil, options: StopOptions(signal: "SIGTERM"),
                 exitCode: 0, takes: 5 * ms, signals: ["15"]),
        StopCase(name: "postgres stops on SIGINT", image: "postgres", cmd: nil, configure: { $0.config.env = ["POSTGRES_PASSWORD=x"] },
                 exitCode: 0, takes: 100 * ms, signals: ["2"]),
    ]

    @Test(arguments: stopCases)
    func stop(_ c: StopCase) throws {
        let (d, clock) = Fixtures.daemon(pulled: [c.image])
        let id = try d.run(c.image, name: "web", cmd: c.cmd, configure: c.configure)
        clock.advance(seconds: 5)
        let before = clock.now.adding(nanoseconds: clock.step)
        try d.containerStop("web", options: c.options)
        let after = try d.containerInspect(id, size: false)
        #expect(after.state.status == "exited")
        #expect(after.state.exitCode == c.exitCode)
        #expect(Timestamp.parseRFC3339(after.state.finishedAt).map { $0.since(before) } == c.takes)
        let kills = try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["event": ["kill"]]))).compactMap { $0.attributes["signal"] }
        #expect(kills == c.signals)
        let actions = try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["container": [id]]))).map(\.action)
        #expect(actions.suffix(2) == ["die", "stop"])
    }

    struct KillCase: Sendable, CustomStringConvertible {
        var image: String
        var cmd: [String]?
        var signal: String
        /// `nil` when the process keeps running.
        var exitCode: Int?
        var description: String { "\(image) \(cmd ?? []) kill -s \(signal)" }
    }

    static let killCases: [KillCase] = [
        KillCase(image: "alpine", cmd: ["sleep", "1000"], signal: "", exitCode: 137),
        KillCase(image: "alpine", cmd: ["sleep", "1000"], signal: "KILL", exitCode: 137),
        KillCase(image: "alpine", cmd: ["sleep", "1000"], signal: "TERM", exitCode: nil),
        KillCase(image: "alpine", cmd: ["sleep", "1000"], signal: "SIGHUP", exitCode: nil),
        KillCase(image: "redis", cmd: nil, signal: "TERM", exitCode: 0),
        KillCase(image: "redis", cmd: nil, signal: "15", exitCode: 0),
        KillCase(image: "redis", cmd: nil, signal: "HUP", exitCode: nil),
        KillCase(image: "nginx", cmd: nil, signal: "QUIT", exitCode: 0),
        KillCase(image: "nginx", cmd: nil, signal: "HUP", exitCode: nil),
    ]

    @Test(arguments: killCases)
    func kill(_ c: KillCase) throws {
        let (d, clock) = Fixtures.daemon(pulled: [c.image])
        let id = try d.run(c.image, cmd: c.cmd)
        try d.containerKill(id, signal: c.signal)
        clock.advance(seconds: 1)
        let state = try d.containerInspect(id, size: false).state
        if let code = c.exitCode {
            #expect(state.status == "exited")
            #expect(state.exitCode == code)
        } else {
            #expect(state.status == "running")
        }
    }

    @Test(arguments: [("FOO", "cannot kill container: web: invalid signal: FOO", 400),
                      ("0", "cannot kill container: web: invalid signal: 0", 400),
                      ("99", "cannot kill container: web: the linux daemon does not support signal 99", 400)])
    func badSignals(_ signal: String, _ message: String, _ status: Int) throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.run("alpine", name: "web", cmd: ["sleep", "100"])
        #expect(throws: EngineError(status, message)) { try d.containerKill("web", signal: signal) }
        #expect(throws: EngineError.system("cannot stop container: web: invalid signal: FOO")) {
            try d.containerStop("web", options: StopOptions(signal: "FOO"))
        }
    }

    @Test func nginxReloadsOnHUPAndLogsTheSignalsItGets() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["nginx"])
        let id = try d.run("nginx")
        clock.advance(seconds: 1)
        try d.containerKill(id, signal: "HUP")
        let stderr = try d.containerLogs(id, options: LogsOptions(stdout: false)).entries.map(\.text).joined()
        #expect(stderr.contains("[notice] 1#1: signal 1 (SIGHUP) received from 0, reconfiguring\n"))
        try d.containerStop(id, options: StopOptions())
        let after = try d.containerLogs(id, options: LogsOptions(stdout: false)).entries.map(\.text)
        #expect(after.last == "2025/01/01 00:00:01 [notice] 1#1: exit\n")
        #expect(after.contains("2025/01/01 00:00:01 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n"))
    }

    @Test func pausedProcessesStopTheirClock() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "sleep 10; echo done"])
        clock.advance(seconds: 4)
        try d.containerPause(id)
        clock.advance(seconds: 60)
        #expect(try d.containerInspect(id, size: false).state.status == "paused")
        try d.containerUnpause(id)
        clock.advance(seconds: 5)
        #expect(try d.containerInspect(id, size: false).state.status == "running")
        #expect(try d.output(id) == "")
        clock.advance(seconds: 2)
        #expect(try d.containerInspect(id, size: false).state.status == "exited")
        #expect(try d.output(id) == "done\n")
    }

    @Test func waitJumpsTheVirtualClockToTheExit() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "echo start; sleep 5; echo end; exit 3"])
        let start = clock.now
        let result = try d.containerWait(id, condition: .notRunning)
        #expect(result == ContainerWaitResponse(statusCode: 3))
        #expect(clock.now.since(start) >= 5 * Timestamp.second)
        #expect(try d.output(id) == "start\nend\n")
    }

    @Test func waitOnAContainerThatNeverStopsSaysSo() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis", "alpine"])
        let redis = try d.run("redis")
        #expect(try d.containerWait(redis, condition: .notRunning).blocksForever)
        let created = try d.create("alpine", cmd: ["true"])
        #expect(try d.containerWait(created, condition: .notRunning) == ContainerWaitResponse(statusCode: 0))
        #expect(try d.containerWait(created, condition: .nextExit).blocksForever)
    }

    @Test func autoRemoveRemovesOnExitAndWaitRemovedSeesIt() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", name: "once", cmd: ["sh", "-c", "sleep 2; exit 4"]) { r in
            r.hostConfig.autoRemove = true
            r.config.volumes = ["/scratch"]
        }
        #expect(d.state.volumes.count == 1)
        #expect(try d.containerWait(id, condition: .removed) == ContainerWaitResponse(statusCode: 4))
        #expect(d.state.containers[id] == nil)
        #expect(d.state.volumes.isEmpty)
        let actions = try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["type": ["container"]]))).map(\.action)
        #expect(actions == ["create", "start", "die", "destroy"])
    }
}

/// The calls a client makes for `docker run` in the foreground: create, attach, start, read, wait.
@Suite struct RunFlowTests {
    @Test func helloWorldRunsToItsExitCode() throws {
        let (d, _) = Fixtures.daemon(pulled: ["hello-world"])
        let id = try d.create("hello-world")
        let cursor = try d.containerAttach(id, options: AttachOptions())
        try d.containerStart(id)
        let batch = try d.attachRead(cursor, options: AttachOptions(), block: true)
        #expect(batch.entries.first?.text == "\n")
        #expect(!batch.more)
        #expect(try d.containerWait(id, condition: .nextExit) == ContainerWaitResponse(statusCode: 0))
    }

    @Test func rmContainersAnswerTheirExitAfterRemoval() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.create("alpine", cmd: ["sh", "-c", "exit 5"]) { $0.hostConfig.autoRemove = true }
        try d.containerStart(id)
        clock.advance(seconds: 1)
        #expect(try d.containerWait(id, condition: .removed) == ContainerWaitResponse(statusCode: 5))
    }

    @Test func aRestartingContainersRunEndsAtItsFirstExit() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "exit 2"]) { $0.hostConfig.restartPolicy = RestartPolicy(name: .always) }
        #expect(try d.containerWait(id, condition: .nextExit) == ContainerWaitResponse(statusCode: 2))
    }
}

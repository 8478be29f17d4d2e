import DockerAPI
import Testing
@testable import DockerEngine

/// Restart policies: back-off, retry counts, manual stops and daemon restarts
/// (restartmanager/restartmanager.go, daemon/monitor.go, daemon/daemon.go `restore`).
@Suite struct RestartPolicyTests {
    static func run(_ d: DockerDaemon, _ policy: RestartPolicy, _ script: String) throws -> String {
        try d.run("alpine", name: "svc", cmd: ["sh", "-c", script]) { $0.hostConfig.restartPolicy = policy }
    }

    struct Case: Sendable, CustomStringConvertible {
        var policy: RestartPolicy
        var script: String
        var after: Int64
        var status: String
        var restarts: Int
        var description: String { "\(policy.name.rawValue):\(policy.maximumRetryCount) \(script)" }
    }

    static let ms = Timestamp.millisecond
    /// The clock does not step between calls here, so times are exact. `exit` ends the script
    /// 1 ms after it starts; each exit counts a restart at once (moby increments RestartCount when
    /// it schedules one) and the back-off doubles from 100 ms: exits at 1, 102, 303, 704, 1505 ms.
    static let cases: [Case] = [
        Case(policy: RestartPolicy(name: .always), script: "exit 1", after: 1_000 * ms, status: "restarting", restarts: 4),
        Case(policy: RestartPolicy(name: .always), script: "exit 0", after: 1_000 * ms, status: "restarting", restarts: 4),
        Case(policy: RestartPolicy(name: .always), script: "exit 1", after: 1_504 * ms, status: "running", restarts: 4),
        Case(policy: RestartPolicy(name: .always), script: "exit 1", after: 1_505 * ms, status: "restarting", restarts: 5),
        Case(policy: RestartPolicy(name: .unlessStopped), script: "exit 1", after: 1_000 * ms, status: "restarting", restarts: 4),
        Case(policy: RestartPolicy(name: .onFailure), script: "exit 0", after: 1_000 * ms, status: "exited", restarts: 0),
        Case(policy: RestartPolicy(name: .onFailure, maximumRetryCount: 2), script: "exit 1", after: 60_000 * ms, status: "exited", restarts: 2),
        Case(policy: RestartPolicy(name: .no), script: "exit 1", after: 60_000 * ms, status: "exited", restarts: 0),
        // A run of ten seconds or more resets the back-off to 100 ms: exits at 10 000, 20 100, 30 200 ms.
        Case(policy: RestartPolicy(name: .always), script: "sleep 10; exit 1", after: 20_150 * ms, status: "restarting", restarts: 2),
        Case(policy: RestartPolicy(name: .always), script: "sleep 10; exit 1", after: 20_250 * ms, status: "running", restarts: 2),
        Case(policy: RestartPolicy(name: .always), script: "sleep 10; exit 1", after: 30_350 * ms, status: "running", restarts: 3),
    ]

    @Test(arguments: cases)
    func policy(_ c: Case) throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        let id = try Self.run(d, c.policy, c.script)
        let started = clock.now
        clock.sleep(until: started.adding(nanoseconds: c.after))
        let inspect = try d.containerInspect(id, size: false)
        #expect(inspect.state.status == c.status)
        #expect(inspect.restartCount == c.restarts)
    }

    @Test func restartingStatusText() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        _ = try Self.run(d, RestartPolicy(name: .always), "exit 7")
        clock.advance(nanoseconds: 150 * Self.ms)
        let row = try d.containerList(ContainerListOptions(all: true))[0]
        #expect(row.state == "restarting")
        #expect(row.status == "Restarting (7) Less than a second ago")
    }

    @Test func aStopCancelsTheRestartAndAManualStartResetsTheCount() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"], step: 0)
        let id = try Self.run(d, RestartPolicy(name: .always), "exit 1")
        clock.advance(seconds: 1)
        try d.containerStop(id, options: StopOptions())
        clock.advance(seconds: 120)
        var inspect = try d.containerInspect(id, size: false)
        #expect(inspect.state.status == "exited")
        #expect(inspect.restartCount == 4)
        try d.containerStart(id)
        inspect = try d.containerInspect(id, size: false)
        #expect(inspect.restartCount == 0)
    }

    struct DaemonCase: Sendable, CustomStringConvertible {
        var policy: RestartPolicy
        var stoppedByUser: Bool
        var runningAfter: Bool
        var description: String { "\(policy.name.rawValue) \(stoppedByUser ? "stopped by the user" : "running")" }
    }

    static let daemonCases: [DaemonCase] = [
        DaemonCase(policy: RestartPolicy(name: .always), stoppedByUser: false, runningAfter: true),
        DaemonCase(policy: RestartPolicy(name: .always), stoppedByUser: true, runningAfter: true),
        DaemonCase(policy: RestartPolicy(name: .unlessStopped), stoppedByUser: false, runningAfter: true),
        DaemonCase(policy: RestartPolicy(name: .unlessStopped), stoppedByUser: true, runningAfter: false),
        DaemonCase(policy: RestartPolicy(name: .no), stoppedByUser: false, runningAfter: false),
        // redis exits 0 on the shutdown's SIGTERM: on-failure leaves it stopped.
        DaemonCase(policy: RestartPolicy(name: .onFailure), stoppedByUser: false, runningAfter: false),
    ]

    @Test(arguments: daemonCases)
    func daemonRestart(_ c: DaemonCase) throws {
        let (d, clock) = Fixtures.daemon(pulled: ["redis"])
        let id = try d.run("redis") { $0.hostConfig.restartPolicy = c.policy }
        clock.advance(seconds: 30)
        if c.stoppedByUser { try d.containerStop(id, options: StopOptions()) }
        d.restartDaemon()
        let state = try d.containerInspect(id, size: false).state
        #expect(state.running == c.runningAfter)
        if !c.runningAfter { #expect(state.exitCode == 0) }
    }

    @Test func aShutdownKillsWhatIgnoresSIGTERMAfterTheTimeout() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sleep", "1000"]) { $0.hostConfig.restartPolicy = RestartPolicy(name: .onFailure) }
        let before = clock.now.adding(nanoseconds: clock.step)
        d.restartDaemon()
        let inspect = try d.containerInspect(id, size: false)
        // on-failure restarts it: the shutdown's SIGKILL after 10 s was a failure (137).
        #expect(inspect.state.running)
        #expect(Timestamp.parseRFC3339(inspect.state.startedAt).map { $0.since(before) } == 10 * Timestamp.second)
        #expect(d.state.daemon.restarts == 1)
    }
}

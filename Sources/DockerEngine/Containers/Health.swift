import DockerAPI

/// Health checks (daemon/health.go), run lazily: the probes due since the last call are run,
/// in order, each through the container's process models as an exec would be.
extension DockerDaemon {
    static let defaultProbeInterval: Int64 = 30 * Timestamp.second
    static let defaultProbeTimeout: Int64 = 30 * Timestamp.second
    static let defaultStartInterval: Int64 = 5 * Timestamp.second
    static let defaultProbeRetries = 3
    static let maxHealthLogEntries = 5
    static let maxProbeOutput = 4096

    /// The probe's command, or `nil` when there is no health check (`NONE`, no test).
    static func probeCommand(_ c: ContainerRecord) -> [String]? {
        guard let test = c.config.healthcheck?.test, let kind = test.first else { return nil }
        switch kind {
        case "CMD": return test.count > 1 ? Array(test.dropFirst()) : nil
        case "CMD-SHELL": return test.count > 1 ? ["/bin/sh", "-c", test.dropFirst().joined(separator: " ")] : nil
        default: return nil
        }
    }

    /// `initHealthMonitor`: a started container's health begins as `starting`.
    func initHealth(_ c: inout ContainerRecord) {
        guard Self.probeCommand(c) != nil else { return }
        var h = c.health ?? HealthState(status: "starting")
        h.status = "starting"
        h.failingStreak = 0
        c.health = h
    }

    /// Runs every probe due up to `now` while the container runs unpaused.
    func runProbes(_ c: inout ContainerRecord, until now: Timestamp) {
        guard c.running, !c.paused, !c.restarting, let argv = Self.probeCommand(c), var h = c.health,
              let startedAt = c.startedAt, let check = c.config.healthcheck else { return }
        let interval = check.interval > 0 ? check.interval : Self.defaultProbeInterval
        let startInterval = check.startInterval > 0 ? check.startInterval : Self.defaultStartInterval
        let startPeriod = check.startPeriod
        let timeout = check.timeout > 0 ? check.timeout : Self.defaultProbeTimeout
        let retries = check.retries > 0 ? check.retries : Self.defaultProbeRetries
        let end = min(now, c.process?.exitAt ?? now)
        var last = h.log.last.map { max($0.end, startedAt) } ?? startedAt
        if last < startedAt { last = startedAt }
        var probes = 0
        while true {
            let wait = last.since(startedAt) < startPeriod && h.status == "starting" ? startInterval : interval
            let start = last.adding(nanoseconds: wait)
            guard start <= end, probes < 1000 else { break }
            probes += 1
            let result = probe(argv, in: c, at: start, timeout: timeout)
            let old = h.status
            h.log.append(result)
            if h.log.count > Self.maxHealthLogEntries { h.log.removeFirst(h.log.count - Self.maxHealthLogEntries) }
            if result.exitCode == 0 {
                h.failingStreak = 0
                h.status = "healthy"
            } else if !(h.status == "starting" && start.since(startedAt) < startPeriod) {
                h.failingStreak += 1
                if h.failingStreak >= retries { h.status = "unhealthy" }
            }
            c.health = h
            if h.status != old { emitContainer(c, "health_status: " + h.status, at: result.end) }
            last = result.end
        }
        c.health = h
    }

    /// One probe: the command run as an exec; a missing program or an overrun is exit code -1.
    private func probe(_ argv: [String], in c: ContainerRecord, at start: Timestamp, timeout: Int64) -> HealthcheckResult {
        switch ProcessRegistry.resolve(argv, image: state.images[c.imageID]) {
        case .notFound:
            return HealthcheckResult(start: start, end: start.adding(nanoseconds: Timestamp.millisecond), exitCode: -1,
                                     output: Self.execError(argv[0]))
        case .run(let key, let resolved):
            let context = processContext(c, argv: resolved, at: start, pid: c.pid + 100)
            let plan = (key == "redis-cli" && c.process?.model == "redis" ? RedisClientExec() : ProcessRegistry.model(key)).start(context)
            guard let exit = plan.exit, exit.after <= timeout else {
                return HealthcheckResult(start: start, end: start.adding(nanoseconds: timeout), exitCode: -1,
                                         output: "Health check exceeded timeout (\(timeout / Timestamp.second)s)")
            }
            let output = String(plan.output.map(\.text).joined().prefix(Self.maxProbeOutput))
            return HealthcheckResult(start: start, end: start.adding(nanoseconds: max(exit.after, Timestamp.millisecond)),
                                     exitCode: exit.code, output: output)
        }
    }
}

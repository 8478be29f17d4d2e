import DockerAPI

/// A simulated `systemctl restart docker` (without live-restore): shutdown, then restore
/// (daemon/daemon.go `Shutdown`, `shutdownContainer` and `restore`).
extension DockerDaemon {
    /// Stops every running container with its stop signal and timeout — as a shutdown, so they
    /// are not marked stopped by the user — then starts again those whose restart policy says so:
    /// `always`, `unless-stopped` unless the user stopped them, `on-failure` after a failure.
    public func restartDaemon() {
        let now = begin()
        var end = now
        let running = state.containers.values.filter(\.running).sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        for original in running {
            var c = original
            c.restartManager = (c.restartManager ?? RestartManagerState(restartCount: c.restartCount)).cancelling()
            if c.restarting {
                c.running = false
                c.restarting = false
                c.restartDueAt = nil
                state.containers[c.id] = c
                continue
            }
            if c.paused { resume(&c, at: now) }
            let signal = stopSignal(c)
            let timeout = Int64(c.config.stopTimeout ?? 10)
            let killAt = now.adding(seconds: max(timeout, 0))
            var exitAt = deliver(signal, to: &c, at: now)
            emitContainer(c, "kill", ["signal": String(signal)], at: now)
            if exitAt.map({ $0 > killAt }) ?? true {
                dropFutureOutput(&c, after: killAt)
                c.process?.exitAt = killAt
                c.process?.exitCode = 137
                exitAt = killAt
            }
            state.containers[c.id] = c
            end = max(end, exitAt ?? killAt)
        }
        clock.sleep(until: end)
        reconcile(until: end)
        state.daemon.restarts += 1
        state.daemon.startedAt = end
        for c in state.containers.values.sorted(by: { ($0.created, $0.id) < ($1.created, $1.id) }) {
            guard !c.running, c.hasBeenStartedBefore, !c.dead, !c.removalInProgress else { continue }
            var fresh = RestartManagerState(restartCount: c.restartCount)
            let duration = (c.finishedAt ?? end).since(c.startedAt ?? end)
            let decision = fresh.shouldRestart(policy: c.hostConfig.restartPolicy, exitCode: c.exitCode,
                                               manuallyStopped: c.hasBeenManuallyStopped, executionDuration: duration)
            if decision.restart { try? startContainer(c.id, at: end, manual: true) }
        }
    }
}

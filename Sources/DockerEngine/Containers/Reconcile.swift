import DockerAPI

/// Catching the state up with the clock: process exits, restart policies and back-off, AutoRemove
/// (daemon/monitor.go `handleContainerExit`, restartmanager).
extension DockerDaemon {
    /// The next thing that happens on its own, and when.
    private enum Pending {
        case exit(String)
        case restart(String)
        case execEnd(String)
    }

    /// Applies, in time order, every exit and restart due by `now`.
    func reconcile(until now: Timestamp) {
        var budget = 20_000
        while budget > 0 {
            budget -= 1
            var next: (Timestamp, Pending)?
            for c in state.containers.values {
                if c.running && !c.paused && !c.restarting, let at = c.process?.exitAt, at <= now {
                    if next.map({ at < $0.0 || (at == $0.0 && c.id < pendingID($0.1)) }) ?? true { next = (at, .exit(c.id)) }
                }
                if c.restarting, let at = c.restartDueAt, at <= now {
                    if next.map({ at < $0.0 }) ?? true { next = (at, .restart(c.id)) }
                }
            }
            for e in state.execs.values where e.running {
                if let at = e.endsAt, at <= now, next.map({ at < $0.0 }) ?? true { next = (at, .execEnd(e.id)) }
            }
            guard let (time, event) = next else { break }
            switch event {
            case .exit(let id):
                guard var c = state.containers[id], let process = c.process else { continue }
                materializeRepeating(&c, until: time)
                state.containers[id] = c
                handleExit(id, code: process.exitCode, at: time)
            case .restart(let id):
                restartByPolicy(id, at: time)
            case .execEnd(let id):
                state.execs[id]?.running = false
                if let code = state.execs[id]?.exitCode, let cid = state.execs[id]?.containerID,
                   let c = state.containers[cid] {
                    emitContainer(c, "exec_die", ["execID": id, "exitCode": String(code)], at: time)
                }
            }
        }
        for id in state.containers.keys {
            guard var c = state.containers[id], c.running, c.process?.repeating != nil else { continue }
            materializeRepeating(&c, until: now)
            state.containers[id] = c
        }
    }

    private func pendingID(_ p: Pending) -> String {
        switch p {
        case .exit(let id), .restart(let id), .execEnd(let id): return id
        }
    }

    /// The main process ended with `code` at `time`: restart policy, network release, `die`, AutoRemove.
    func handleExit(_ id: String, code: Int, at time: Timestamp) {
        guard var c = state.containers[id] else { return }
        let startedAt = c.startedAt ?? time
        let duration = time.since(startedAt)
        var manager = c.restartManager ?? RestartManagerState(restartCount: c.restartCount)
        let decision = manager.shouldRestart(policy: c.hostConfig.restartPolicy, exitCode: code,
                                             manuallyStopped: c.hasBeenManuallyStopped, executionDuration: duration)
        c.restartManager = manager
        c.process = nil
        c.pid = 0
        c.paused = false
        c.exitCode = code
        c.finishedAt = time
        c.output.removeAll(after: time)
        leaveNetworks(&c, at: time)
        for m in c.mounts where m.type == .volume {
            emit("volume", "unmount", actor: m.name, ["container": c.id, "driver": m.driver], at: time)
        }
        var autoRemove = false
        if decision.restart {
            c.restartCount += 1
            c.running = true
            c.restarting = true
            c.restartDueAt = time.adding(nanoseconds: decision.after)
        } else {
            c.running = false
            c.restarting = false
            c.restartDueAt = nil
            autoRemove = !c.hasBeenManuallyRestarted && c.hostConfig.autoRemove && !c.removalInProgress
        }
        state.containers[id] = c
        emitContainer(c, "die", ["exitCode": String(code), "execDuration": String(duration / Timestamp.second)], at: time)
        if autoRemove { destroyContainer(id, removeVolumes: true, at: time) }
    }

    /// The back-off ended: start again, keeping the restart manager (`containerStart(..., false)`).
    private func restartByPolicy(_ id: String, at time: Timestamp) {
        guard var c = state.containers[id] else { return }
        c.restarting = false
        c.restartDueAt = nil
        c.running = false
        state.containers[id] = c
        do {
            try startContainer(id, at: time, manual: false)
        } catch {
            guard var failed = state.containers[id] else { return }
            failed.running = false
            failed.restarting = false
            state.containers[id] = failed
            if failed.hostConfig.autoRemove { destroyContainer(id, removeVolumes: true, at: time) }
        }
    }

    /// Removes a container and what only it used (`cleanupContainer`): name, anonymous volumes, `destroy`.
    func destroyContainer(_ id: String, removeVolumes: Bool, at time: Timestamp) {
        guard let c = state.containers[id] else { return }
        state.containers[id] = nil
        for execID in c.execIDs { state.execs[execID] = nil }
        if removeVolumes { removeAnonymousVolumes(of: c) }
        emitContainer(c, "destroy", at: time)
    }
}

import DockerAPI

/// start, stop, kill, restart, pause, unpause (daemon/start.go, stop.go, kill.go, restart.go,
/// pause.go, unpause.go).
extension DockerDaemon {
    public func containerStart(_ idOrName: String) throws(EngineError) {
        let now = begin()
        let c = try container(idOrName)
        if c.paused { throw .conflict("cannot start a paused container, try unpause instead") }
        if c.running { return }
        if c.removalInProgress || c.dead { throw .conflict("container is marked for removal and cannot be started") }
        try startContainer(c.id, at: now, manual: true)
    }

    /// moby's `containerStart`: resolve the command, mount, join networks, run the process.
    /// A failure leaves the container stopped with the error and exit code moby records
    /// (127 for a command the runtime cannot exec, otherwise 128 unless one was set).
    func startContainer(_ id: String, at now: Timestamp, manual: Bool) throws(EngineError) {
        guard var c = state.containers[id] else { return }
        if c.removalInProgress || c.dead { throw .conflict("container is marked for removal and cannot be started") }
        if manual {
            c.restartManager = nil
            c.restartCount = 0
            c.hasBeenManuallyStopped = false
        }
        let resolution = ProcessRegistry.resolve([c.path] + c.args, image: state.images[c.imageID])
        let model: String, argv: [String]
        switch resolution {
        case .notFound(let message):
            c.exitCode = 127
            try failStart(&c, .invalidParameter(message), at: now)
            return
        case .run(let m, let a):
            (model, argv) = (m, a)
        }
        for m in c.mounts where m.type == .volume {
            emit("volume", "mount", actor: m.name, ["container": c.id, "destination": m.destination, "driver": m.driver,
                                                    "propagation": m.propagation, "read/write": String(m.rw)], at: now)
        }
        do {
            try joinNetworks(&c)
        } catch {
            try failStart(&c, error, at: now)
            return
        }
        c.running = true
        c.paused = false
        c.restarting = false
        c.oomKilled = false
        c.exitCode = 0
        c.error = ""
        c.startedAt = now
        c.hasBeenStartedBefore = true
        c.hasBeenManuallyRestarted = false
        launchProcess(&c, model: model, argv: argv, at: now)
        state.containers[id] = c
        emitContainer(c, "start", at: now)
    }

    private func failStart(_ c: inout ContainerRecord, _ error: EngineError, at now: Timestamp) throws(EngineError) {
        c.error = error.message
        if c.exitCode == 0 { c.exitCode = 128 }
        c.running = false
        leaveNetworks(&c, at: now)
        state.containers[c.id] = c
        if c.hostConfig.autoRemove { destroyContainer(c.id, removeVolumes: true, at: now) }
        throw error
    }

    /// The container's stop signal: its `StopSignal`, or SIGTERM.
    func stopSignal(_ c: ContainerRecord) -> Int32 {
        if !c.config.stopSignal.isEmpty, let s = Signals.parse(c.config.stopSignal), s > 0 { return s }
        return Signals.sigterm
    }

    public func containerStop(_ idOrName: String, options: StopOptions) throws(EngineError) {
        let now = begin()
        let c = try container(idOrName)
        guard c.running else { return }
        do {
            try stop(c.id, options: options, at: now)
        } catch {
            throw .system("cannot stop container: \(idOrName): \(error.message)")
        }
    }

    /// moby's `containerStop`: the stop signal, then SIGKILL when the timeout passes; returns once exited.
    func stop(_ id: String, options: StopOptions, at now: Timestamp) throws(EngineError) {
        guard let c = state.containers[id], c.running else { return }
        var signal = stopSignal(c)
        if !options.signal.isEmpty {
            guard let s = Signals.parse(options.signal) else { throw .invalidParameter("invalid signal: \(options.signal)") }
            signal = s
        }
        let timeout = options.timeout ?? c.config.stopTimeout ?? 10
        let exitAt = try killWithSignal(id, signal, at: now)
        var end = now
        if let exitAt, timeout < 0 || exitAt <= now.adding(seconds: Int64(timeout)) {
            end = exitAt
        } else if state.containers[id]?.running == true {
            let killAt = now.adding(seconds: Int64(max(timeout, 0)))
            clock.sleep(until: killAt)
            reconcile(until: killAt)
            if state.containers[id]?.running == true && state.containers[id]?.restarting == false {
                _ = try killWithSignal(id, Signals.sigkill, at: killAt)
            }
            end = killAt
        }
        clock.sleep(until: end)
        reconcile(until: end)
        if let stopped = state.containers[id] { emitContainer(stopped, "stop", at: end) }
    }

    /// moby's `killWithSignal`: cancels the restart policy, marks the container manually stopped,
    /// delivers the signal and logs `kill`. Returns when the process will exit, if it will.
    @discardableResult
    func killWithSignal(_ id: String, _ signal: Int32, at now: Timestamp) throws(EngineError) -> Timestamp? {
        guard var c = state.containers[id] else { return nil }
        guard c.running else { throw .conflict("container \(c.id) is not running") }
        var cancels = true
        if !c.config.stopSignal.isEmpty && signal != Signals.sigkill {
            cancels = Signals.parse(c.config.stopSignal) == signal
        }
        if cancels { c.restartManager = (c.restartManager ?? RestartManagerState(restartCount: c.restartCount)).cancelling() }
        c.hasBeenManuallyStopped = true
        if c.restarting {
            if cancels {
                c.running = false
                c.restarting = false
                c.restartDueAt = nil
                state.containers[id] = c
                if c.hostConfig.autoRemove && !c.removalInProgress { destroyContainer(id, removeVolumes: true, at: now) }
            } else {
                state.containers[id] = c
            }
            return nil
        }
        if c.paused && cancels { resume(&c, at: now) }
        let exitAt = deliver(signal, to: &c, at: now)
        state.containers[id] = c
        emitContainer(c, "kill", ["signal": String(signal)], at: now)
        return exitAt
    }

    public func containerKill(_ idOrName: String, signal: String) throws(EngineError) {
        let now = begin()
        do throws(EngineError) {
            var sig = Signals.sigkill
            if !signal.isEmpty {
                guard let s = Signals.parse(signal) else { throw EngineError.invalidParameter("invalid signal: \(signal)") }
                guard Signals.isValid(s) else { throw EngineError.invalidParameter("the linux daemon does not support signal \(s)") }
                sig = s
            }
            let c = try container(idOrName)
            let exitAt = try killWithSignal(c.id, sig, at: now)
            if sig == Signals.sigkill, let exitAt { reconcile(until: exitAt) }
        } catch {
            throw EngineError(error.statusCode, "cannot kill container: \(idOrName): \(error.message)")
        }
    }

    public func containerRestart(_ idOrName: String, options: StopOptions) throws(EngineError) {
        let now = begin()
        let c = try container(idOrName)
        do throws(EngineError) {
            var at = now
            if c.running {
                state.containers[c.id]?.hasBeenManuallyRestarted = true
                try stop(c.id, options: options, at: now)
                at = clock.now
            }
            try startContainer(c.id, at: at, manual: true)
            if let started = state.containers[c.id] { emitContainer(started, "restart", at: at) }
        } catch {
            throw EngineError(error.statusCode, "Cannot restart container \(idOrName): \(error.message)")
        }
    }

    public func containerPause(_ idOrName: String) throws(EngineError) {
        let now = begin()
        var c = try container(idOrName)
        guard c.running else { throw .conflict("container \(c.id) is not running") }
        if c.paused { throw .conflict("Container \(c.id) is already paused") }
        if c.restarting { throw .conflict("Container \(c.id) is restarting, wait until the container is running") }
        c.paused = true
        c.pausedAt = now
        state.containers[c.id] = c
        emitContainer(c, "pause", at: now)
    }

    public func containerUnpause(_ idOrName: String) throws(EngineError) {
        let now = begin()
        var c = try container(idOrName)
        guard c.paused else { throw .system("Container \(c.id) is not paused") }
        guard c.running else { throw .conflict("container \(c.id) is not running") }
        resume(&c, at: now)
        state.containers[c.id] = c
        emitContainer(c, "unpause", at: now)
    }

    /// Thaws a paused process: everything it had planned moves later by the time it was frozen.
    func resume(_ c: inout ContainerRecord, at now: Timestamp) {
        let frozen = now.since(c.pausedAt ?? now)
        let since = c.pausedAt ?? now
        c.paused = false
        c.pausedAt = nil
        guard frozen > 0, var process = c.process else { return }
        process.exitAt = process.exitAt.map { $0.adding(nanoseconds: frozen) }
        if var r = process.repeating {
            r.start = r.start.adding(nanoseconds: frozen)
            process.repeating = r
        }
        c.process = process
        c.output.shift(after: since, by: frozen)
    }
}

extension RestartManagerState {
    /// The same manager with its restarts cancelled (`ExitOnNext`).
    func cancelling() -> RestartManagerState {
        var copy = self
        copy.canceled = true
        return copy
    }
}

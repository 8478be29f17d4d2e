import DockerAPI

/// logs, attach, top and stats: what a container printed and what runs in it
/// (daemon/logs.go, daemon/attach.go, daemon/top_unix.go, daemon/stats.go).
extension DockerDaemon {
    /// The output visible at `now`, with the sequence number of each entry.
    /// The output visible at `now` from `sequence` on, and the sequence number after it.
    private func visibleOutput(_ c: ContainerRecord, from sequence: Int, until now: Timestamp) -> (entries: [LogEntry], next: Int) {
        let start = max(0, sequence - c.outputBase)
        guard start < c.output.count else { return ([], c.outputBase + max(start, c.output.count)) }
        var end = c.output.count
        while end > start && c.output.time(end - 1) > now { end -= 1 }
        return (c.output.entries(start..<end), c.outputBase + end)
    }

    public func containerLogs(_ idOrName: String, options: LogsOptions) throws(EngineError) -> OutputBatch {
        let now = begin()
        if !options.stdout && !options.stderr { throw .invalidParameter("You must choose at least one stream") }
        let c = try container(idOrName)
        if c.removalInProgress || c.dead {
            throw .conflict("can not get logs from container which is dead or marked for removal")
        }
        if c.hostConfig.logConfig.type == "none" { throw .system("configured logging driver does not support reading") }
        let visible = visibleOutput(c, from: options.after?.sequence ?? c.outputBase, until: now)
        var entries = visible.entries
        if options.after == nil, let tail = options.tail, tail >= 0 { entries = Array(entries.suffix(tail)) }
        entries = entries.filter { e in
            (e.stream == .stdout ? options.stdout : options.stderr)
                && options.since.map { e.time >= $0 } ?? true
                && options.until.map { e.time <= $0 } ?? true
        }
        let cursor = OutputCursor(containerID: c.id, sequence: visible.next)
        return OutputBatch(entries: entries, cursor: cursor, more: options.follow && c.running, exitsAt: c.process?.exitAt)
    }

    public func containerAttach(_ idOrName: String, options: AttachOptions) throws(EngineError) -> OutputCursor {
        let now = begin()
        if !options.stdout && !options.stderr { throw .invalidParameter("Bad parameters: you must choose at least one stream") }
        let c = try container(idOrName)
        if c.paused { throw .conflict("container \(idOrName) is paused, unpause the container before attach") }
        if c.restarting { throw .conflict("container \(idOrName) is restarting, wait until the container is running") }
        let visible = visibleOutput(c, from: c.outputBase, until: now)
        emitContainer(c, "attach", at: now)
        return OutputCursor(containerID: c.id, sequence: visible.next)
    }

    public func attachRead(_ cursor: OutputCursor, options: AttachOptions, block: Bool) throws(EngineError) -> OutputBatch {
        begin()
        guard var c = state.containers[cursor.containerID] else {
            throw .notFound("No such container: \(cursor.containerID)")
        }
        if block, let until = c.process?.exitAt, !c.paused {
            clock.sleep(until: until)
            reconcile(until: until)
            if let updated = state.containers[cursor.containerID] { c = updated } else {
                return OutputBatch(entries: [], cursor: cursor, more: false, exitsAt: nil)
            }
        }
        let visible = visibleOutput(c, from: cursor.sequence, until: clock.now)
        let entries = visible.entries.filter { $0.stream == .stdout ? options.stdout : options.stderr }
        let next = OutputCursor(containerID: c.id, sequence: visible.next)
        return OutputBatch(entries: Array(entries), cursor: next, more: c.running, exitsAt: c.process?.exitAt)
    }

    public func containerTop(_ idOrName: String, psArgs: String) throws(EngineError) -> ContainerTopResponse {
        let now = begin()
        let c = try container(idOrName)
        guard c.running, let process = c.process else { throw .conflict("container \(c.id) is not running") }
        if c.restarting { throw .conflict("Container \(c.id) is restarting, wait until the container is running") }
        let stime = { () -> String in
            let t = process.startedAt.civil
            return (t.hour < 10 ? "0" : "") + "\(t.hour):" + (t.minute < 10 ? "0" : "") + "\(t.minute)"
        }()
        let cpu = HumanUnits.cpuTime(nanoseconds: now.since(process.startedAt) / 1000)
        var main = process.argv.joined(separator: " ")
        if process.model == "nginx" { main = "nginx: master process " + main }
        let user = c.config.user.isEmpty ? "root" : c.config.user
        var rows = [[user, String(process.pid), String(process.pid - 21), "0", stime, c.config.tty ? "pts/0" : "?", cpu, main]]
        for child in process.childPids {
            rows.append(["message+", String(child), String(process.pid), "0", stime, "?", "00:00:00", "nginx: worker process"])
        }
        return ContainerTopResponse(titles: ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"], processes: rows)
    }

    public func containerStats(_ idOrName: String) throws(EngineError) -> ContainerStatsSnapshot {
        let now = begin()
        let c = try container(idOrName)
        guard c.running, let process = c.process else {
            return ContainerStatsSnapshot(id: c.id, name: c.name, read: Timestamp(nanoseconds: 0), preread: nil,
                                          cpuTotalUsage: 0, preCPUTotalUsage: 0, systemCPUUsage: 0, preSystemCPUUsage: 0,
                                          onlineCPUs: 0, memoryUsage: 0, memoryLimit: 0, memoryInactiveFile: 0,
                                          networkRxBytes: 0, networkTxBytes: 0, blockRead: 0, blockWrite: 0, pids: 0)
        }
        let uptime = UInt64(max(0, now.since(process.startedAt)))
        let memory: UInt64
        switch process.model {
        case "redis": memory = 3_870_720
        case "nginx": memory = 7_471_104
        case "mysql", "mariadb": memory = 448_790_528
        case "postgres": memory = 38_772_736
        default: memory = 491_520
        }
        let limit = c.hostConfig.memory > 0 ? UInt64(c.hostConfig.memory) : UInt64(host.memTotal)
        let cpus = UInt64(host.ncpu)
        let systemNow = UInt64(max(0, now.nanoseconds)) / 1000 * cpus
        let cpuNow = uptime / 4000
        return ContainerStatsSnapshot(
            id: c.id, name: c.name, read: now, preread: now.adding(seconds: -1),
            cpuTotalUsage: cpuNow, preCPUTotalUsage: cpuNow - min(cpuNow, 250_000),
            systemCPUUsage: systemNow, preSystemCPUUsage: systemNow - 1_000_000 * cpus, onlineCPUs: UInt32(cpus),
            memoryUsage: memory, memoryLimit: limit, memoryInactiveFile: 0,
            networkRxBytes: 1_046 + uptime / 1_000_000_000 * 12, networkTxBytes: 126, blockRead: 0, blockWrite: 0,
            pids: UInt64(1 + process.childPids.count))
    }
}

extension HumanUnits {
    /// `ps` TIME: `HH:MM:SS` of CPU time.
    static func cpuTime(nanoseconds: Int64) -> String {
        let s = nanoseconds / Timestamp.second
        func p(_ v: Int64) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(p(s / 3600)):\(p(s / 60 % 60)):\(p(s % 60))"
    }
}

import DockerAPI

/// Starting a container's main process, delivering signals to it and recording its output:
/// the runtime (containerd, runc) and the log driver of the simulation.
extension DockerDaemon {
    /// The context a process model sees for this container.
    func processContext(_ c: ContainerRecord, argv: [String], at time: Timestamp, pid: Int) -> ProcessContext {
        var env: [String: String] = [:]
        for entry in c.config.env ?? [] {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            env[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        var volumes: [String: FileTree] = [:]
        for m in c.mounts where m.type == .volume {
            if let v = state.volumes[m.name] { volumes[m.destination] = v.content }
        }
        let image = state.images[c.imageID]
        return ProcessContext(argv: argv, env: env, hostname: c.config.hostname, workingDir: c.config.workingDir,
                              user: c.config.user, tty: c.config.tty, openStdin: c.config.openStdin,
                              hasInit: c.hostConfig.initProcess ?? false, startedAt: time, pid: pid, host: host,
                              rootfs: ProcessRegistry.family(of: image), volumes: volumes,
                              previousStarts: c.hasBeenStartedBefore ? 1 : 0)
    }

    /// Plans the main process of a container that starts at `time`: its output, exit and files.
    func launchProcess(_ c: inout ContainerRecord, model key: String, argv: [String], at time: Timestamp) {
        let pid = nextPid()
        let context = processContext(c, argv: argv, at: time, pid: pid)
        let plan = ProcessRegistry.model(key).start(context)
        var process = ProcessRecord(model: key, argv: argv, pid: pid, startedAt: time)
        process.childPids = (0..<plan.children).map { _ in nextPid() }
        if let exit = plan.exit {
            process.exitAt = time.adding(nanoseconds: exit.after)
            process.exitCode = exit.code
        }
        if let r = plan.repeating {
            process.repeating = RepeatingOutput(start: time.adding(nanoseconds: r.offset), period: r.period, lines: r.lines)
        }
        c.pid = pid
        c.process = process
        record(plan.output, for: &c, from: time)
        apply(plan.writes, for: c)
    }

    /// Appends output stamped at `start + offset`, newline style adjusted for a TTY.
    func record(_ output: [TimedOutput], for c: inout ContainerRecord, from start: Timestamp) {
        for chunk in output {
            var text = chunk.text
            if c.config.tty && !text.hasSuffix("\r\n") && text.hasSuffix("\n") { text = String(text.dropLast()) + "\r\n" }
            let stream: OutputStream = c.config.tty ? .stdout : chunk.stream
            c.output.append(LogEntry(stream: stream, time: start.adding(nanoseconds: chunk.offset), text: text))
        }
        trimOutput(&c)
    }

    func trimOutput(_ c: inout ContainerRecord) {
        let excess = c.output.count - ContainerRecord.outputLimit
        if excess > 0 {
            c.output.removeFirst(excess)
            c.outputBase += excess
        }
    }

    /// Writes files into the volumes mounted where the paths point; others land in the container's own layer.
    func apply(_ writes: [FileWrite], for c: ContainerRecord) {
        for w in writes {
            let path = FileTree.normalize(w.path)
            let mount = c.mounts.filter { $0.type == .volume && (path == $0.destination || path.hasPrefix($0.destination + "/")) }
                .max { $0.destination.count < $1.destination.count }
            guard let mount, mount.rw else { continue }
            let relative = path == mount.destination ? "/" : String(path.dropFirst(mount.destination.count))
            state.volumes[mount.name]?.content.write(relative, w.contents)
        }
    }

    /// Writes the periods of repeating output that have come due by `now`.
    func materializeRepeating(_ c: inout ContainerRecord, until now: Timestamp) {
        guard var r = c.process?.repeating, r.period > 0 else { return }
        let end = min(now, c.process?.exitAt ?? now)
        guard end >= r.start else { return }
        let due = Int(end.since(r.start) / r.period) + 1
        if due <= r.emitted { return }
        var first = r.emitted
        let cap = ContainerRecord.outputLimit / max(1, r.lines.count)
        if due - first > cap {
            c.outputBase += (due - cap - first) * r.lines.count
            first = due - cap
        }
        for k in first..<due {
            let base = r.start.adding(nanoseconds: Int64(k) * r.period)
            for line in r.lines where base.adding(nanoseconds: line.offset) <= end {
                let text = c.config.tty && line.text.hasSuffix("\n") && !line.text.hasSuffix("\r\n")
                    ? String(line.text.dropLast()) + "\r\n" : line.text
                c.output.append(LogEntry(stream: c.config.tty ? .stdout : line.stream, time: base.adding(nanoseconds: line.offset), text: text))
            }
        }
        r.emitted = due
        c.process?.repeating = r
        trimOutput(&c)
    }

    /// Delivers a signal to the running main process and returns when it will exit because of it,
    /// if it will. SIGKILL always ends it at once with 137.
    @discardableResult
    func deliver(_ signal: Int32, to c: inout ContainerRecord, at now: Timestamp) -> Timestamp? {
        guard var process = c.process else { return nil }
        if signal == Signals.sigkill {
            dropFutureOutput(&c, after: now)
            process.exitAt = now
            process.exitCode = 137
            process.repeating = nil
            c.process = process
            return now
        }
        let context = processContext(c, argv: process.argv, at: process.startedAt, pid: process.pid)
        switch ProcessRegistry.model(process.model).receive(signal, context: context, elapsed: now.since(process.startedAt)) {
        case .ignored:
            return process.exitAt
        case .handled(let output):
            record(output, for: &c, from: process.startedAt)
            return process.exitAt
        case .exits(let code, let after, let output, let writes):
            dropFutureOutput(&c, after: now)
            record(output, for: &c, from: process.startedAt)
            let at = now.adding(nanoseconds: after)
            if process.exitAt.map({ $0 <= at }) ?? false { return process.exitAt }
            c.process?.exitAt = at
            c.process?.exitCode = code
            c.process?.repeating = nil
            apply(writes, for: c)
            return at
        }
    }

    /// A process that ends now writes nothing it had planned for later.
    func dropFutureOutput(_ c: inout ContainerRecord, after now: Timestamp) {
        materializeRepeating(&c, until: now)
        c.output.removeAll(after: now)
        c.process?.repeating = nil
    }
}

import DockerAPI

/// `docker exec`: processes started in a running container (daemon/exec.go).
extension DockerDaemon {
    public func execCreate(_ idOrName: String, config: ExecCreateConfig) throws(EngineError) -> String {
        let now = begin()
        var c = try container(idOrName)
        guard c.running else { throw .conflict("container \(c.id) is not running") }
        if c.paused { throw .conflict("Container \(c.id) is paused, unpause the container before exec") }
        if c.restarting { throw .conflict("Container \(c.id) is restarting, wait until the container is running") }
        if config.cmd.isEmpty { throw .invalidParameter("No exec command specified") }
        let id = newID()
        state.execs[id] = ExecRecord(id: id, containerID: c.id, config: config)
        c.execIDs.append(id)
        state.containers[c.id] = c
        emitContainer(c, "exec_create: " + config.cmd.joined(separator: " "), ["execID": id], at: now)
        return id
    }

    public func execStart(_ execID: String, detach: Bool) throws(EngineError) -> ExecStartResult {
        let now = begin()
        guard var e = state.execs[execID] else { throw .notFound("No such exec instance: \(execID)") }
        if e.exitCode != nil { throw .conflict("exec command \(e.id) has already run") }
        if e.running { throw .conflict("exec command \(e.id) is already running") }
        guard let c = state.containers[e.containerID] else { throw .notFound("No such exec instance: \(execID)") }
        emitContainer(c, "exec_start: " + e.cmd.joined(separator: " "), ["execID": e.id], at: now)
        guard c.running, !c.restarting else { throw .conflict("container \(c.id) is not running") }
        let resolution = ProcessRegistry.resolve(e.cmd, image: state.images[c.imageID])
        let argv: [String]
        let key: String
        switch resolution {
        case .notFound(let message):
            e.exitCode = 127
            state.execs[e.id] = e
            let detail = message.replacingOccurrences(of: ProcessRegistry.ociError(""), with: "")
            _ = detail
            throw .invalidParameter(Self.execError(e.cmd[0]))
        case .run(let model, let a):
            (key, argv) = (model, a)
        }
        var context = processContext(c, argv: argv, at: now, pid: nextPid())
        context.tty = e.tty
        context.openStdin = e.attachStdin
        for entry in e.env {
            let parts = entry.split(separator: "=", maxSplits: 1)
            context.env[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        if !e.workingDir.isEmpty { context.workingDir = e.workingDir }
        let plan = execModel(key, in: c).start(context)
        e.pid = context.pid
        apply(plan.writes, for: c)
        let output = plan.output.map { chunk -> LogEntry in
            var text = chunk.text
            if e.tty && text.hasSuffix("\n") && !text.hasSuffix("\r\n") { text = String(text.dropLast()) + "\r\n" }
            return LogEntry(stream: e.tty ? .stdout : chunk.stream, time: now.adding(nanoseconds: chunk.offset), text: text)
        }
        guard let exit = plan.exit else {
            e.running = true
            state.execs[e.id] = e
            return ExecStartResult(output: detach ? [] : output, exitCode: nil)
        }
        let end = now.adding(nanoseconds: exit.after)
        e.exitCode = exit.code
        if detach {
            e.running = true
            e.endsAt = end
            state.execs[e.id] = e
            return ExecStartResult(output: [], exitCode: nil)
        }
        clock.sleep(until: end)
        e.running = false
        state.execs[e.id] = e
        reconcile(until: end)
        if let current = state.containers[c.id] {
            emitContainer(current, "exec_die", ["execID": e.id, "exitCode": String(exit.code)], at: end)
        }
        return ExecStartResult(output: output, exitCode: exit.code)
    }

    /// runc's exec error for a missing program, as the exec stream carries it (exit 127).
    static func execError(_ command: String) -> String {
        let detail = command.contains("/") ? "exec: \"\(command)\": stat \(command): no such file or directory"
                                          : "exec: \"\(command)\": executable file not found in $PATH"
        return "OCI runtime exec failed: exec failed: unable to start container process: \(detail): unknown"
    }

    /// The model of an exec'd program: clients of the container's own server talk to it.
    private func execModel(_ key: String, in c: ContainerRecord) -> any ProcessModel {
        if key == "redis-cli" && c.process?.model == "redis" { return RedisClientExec() }
        if ["redis", "nginx", "mysql", "mariadb", "postgres"].contains(key) { return NoopModel() }
        return ProcessRegistry.model(key)
    }

    public func execInspect(_ execID: String) throws(EngineError) -> ExecInspect {
        begin()
        guard let e = state.execs[execID], state.containers[e.containerID] != nil else {
            throw .notFound("No such exec instance: \(execID)")
        }
        return ExecInspect(id: e.id, containerID: e.containerID, running: e.running, exitCode: e.exitCode,
                           pid: e.running ? e.pid : 0, entrypoint: e.cmd.first ?? "", arguments: Array(e.cmd.dropFirst()),
                           tty: e.tty, user: e.user, privileged: e.privileged, openStdin: e.attachStdin,
                           openStdout: e.attachStdout, openStderr: e.attachStderr, canRemove: false, detachKeys: e.detachKeys)
    }
}

/// `redis-cli` inside a redis container: the few commands lessons use, answered as redis does.
struct RedisClientExec: ProcessModel {
    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let args = Array(context.argv.dropFirst())
        if args.isEmpty {
            if context.openStdin { return plan }
            plan.exit = PlannedExit(after: Timestamp.millisecond, code: 0)
            return plan
        }
        let reply: String
        switch args[0].uppercased() {
        case "PING": reply = args.count > 1 ? "\"\(args[1])\"" : "PONG"
        case "ECHO": reply = "\"\(args.dropFirst().joined(separator: " "))\""
        case "SET": reply = "OK"
        case "DBSIZE": reply = "(integer) 0"
        case "GET": reply = "(nil)"
        case "INFO": reply = "# Server\r\nredis_version:\(context.env("REDIS_VERSION"))"
        default: reply = "(error) ERR unknown command '\(args[0])', with args beginning with: " + args.dropFirst().map { "'\($0)' " }.joined()
        }
        plan.print([reply])
        plan.exit = PlannedExit(after: Timestamp.millisecond, code: 0)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        .exits(code: 128 + Int(signal), after: 0, output: [])
    }
}

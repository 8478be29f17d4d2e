import DockerAPI

/// `/hello` of the hello-world image: its message, then exit 0 (docker-library/hello-world `hello.c`).
struct HelloWorldModel: ProcessModel {
    static let message = """

    Hello from Docker!
    This message shows that your installation appears to be working correctly.

    To generate this message, Docker took the following steps:
     1. The Docker client contacted the Docker daemon.
     2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
        (amd64)
     3. The Docker daemon created a new container from that image which runs the
        executable that produces the output you are currently reading.
     4. The Docker daemon streamed that output to the Docker client, which sent it
        to your terminal.

    To try something more ambitious, you can run an Ubuntu container with:
     $ docker run -it ubuntu bash

    Share images, automate workflows, and more with a free Docker ID:
     https://hub.docker.com/

    For more examples and ideas, visit:
     https://docs.docker.com/get-started/


    """

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let newline = context.tty ? "\r\n" : "\n"
        let lines = Self.message.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines { plan.output.append(TimedOutput(offset: 0, text: String(line) + newline)) }
        plan.exit = PlannedExit(after: Timestamp.millisecond, code: 0)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        DefaultSignalAction.response(signal, context: context)
    }
}

/// `redis-server` 7: its startup log, AOF files with `--appendonly yes`, the RDB it saves on
/// SIGTERM and loads on the next start (redis `server.c`, `aof.c`, `rdb.c` log lines).
struct RedisModel: ProcessModel {
    static func clock(_ t: Timestamp) -> String {
        let c = t.civil
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func p(_ v: Int, _ w: Int = 2) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(p(c.day)) \(months[c.month - 1]) \(c.year) \(p(c.hour)):\(p(c.minute)):\(p(c.second)).\(p(Int(t.fraction / Timestamp.millisecond), 3))"
    }

    static let overcommitWarning = "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."

    private func appendOnly(_ argv: [String]) -> Bool {
        if let i = argv.firstIndex(of: "--appendonly"), i + 1 < argv.count { return argv[i + 1] == "yes" }
        return false
    }

    private func port(_ argv: [String]) -> String {
        if let i = argv.firstIndex(of: "--port"), i + 1 < argv.count { return argv[i + 1] }
        return "6379"
    }

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let version = context.env("REDIS_VERSION").isEmpty ? "7.4.2" : context.env("REDIS_VERSION")
        func log(_ ms: Int64, _ role: String, _ level: String, _ text: String) {
            let t = context.startedAt.adding(nanoseconds: ms * Timestamp.millisecond)
            plan.output.append(TimedOutput(offset: ms * Timestamp.millisecond, text: "1:\(role) \(Self.clock(t)) \(level) \(text)\n"))
        }
        log(0, "C", "#", Self.overcommitWarning)
        log(0, "C", "*", "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
        log(0, "C", "*", "Redis version=\(version), bits=64, commit=00000000, modified=0, pid=1, just started")
        if context.argv.count <= 1 {
            log(0, "C", "#", "Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf")
        } else {
            log(0, "C", "*", "Configuration loaded")
        }
        log(1, "M", "*", "monotonic clock: POSIX clock_gettime")
        log(1, "M", "*", "Running mode=standalone, port=\(port(context.argv)).")
        log(2, "M", "*", "Server initialized")
        let data = context.volume(containing: "/data")
        let tree = data.flatMap { context.volumes[$0.mount] }
        if appendOnly(context.argv) {
            if let tree, tree.contains("appendonlydir/appendonly.aof.manifest") {
                log(2, "M", "*", "DB loaded from base file appendonly.aof.1.base.rdb: 0.000 seconds")
                log(2, "M", "*", "DB loaded from append only file: 0.000 seconds")
                log(2, "M", "*", "Opening AOF incr file appendonly.aof.1.incr.aof on server start")
            } else {
                log(2, "M", "*", "Creating AOF base file appendonly.aof.1.base.rdb on server start")
                log(2, "M", "*", "Creating AOF incr file appendonly.aof.1.incr.aof on server start")
                plan.writes = [
                    FileWrite("/data/appendonlydir/appendonly.aof.1.base.rdb", "REDIS0011"),
                    FileWrite("/data/appendonlydir/appendonly.aof.1.incr.aof", ""),
                    FileWrite("/data/appendonlydir/appendonly.aof.manifest",
                              "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n"),
                ]
            }
        } else if let tree, let rdb = tree.file("dump.rdb") {
            let saved = Int64(rdb.split(separator: " ").last ?? "") ?? context.startedAt.seconds
            log(2, "M", "*", "Loading RDB produced by version \(version)")
            log(2, "M", "*", "RDB age \(max(0, context.startedAt.seconds - saved)) seconds")
            log(2, "M", "*", "RDB memory usage when created 0.90 Mb")
            log(2, "M", "*", "Done loading RDB, keys loaded: 0, keys expired: 0.")
            log(2, "M", "*", "DB loaded from disk: 0.000 seconds")
        }
        log(2, "M", "*", "Ready to accept connections tcp")
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        guard signal == 15 || signal == 2 else { return .ignored }
        let at = context.startedAt.adding(nanoseconds: elapsed)
        let epoch = at.seconds
        var out: [TimedOutput] = []
        func log(_ ms: Int64, _ text: String) {
            let t = at.adding(nanoseconds: ms * Timestamp.millisecond)
            out.append(TimedOutput(offset: elapsed + ms * Timestamp.millisecond, text: "1:M \(Self.clock(t)) \(text)\n"))
        }
        let name = signal == 15 ? "SIGTERM" : "SIGINT"
        out.append(TimedOutput(offset: elapsed, text: "1:signal-handler (\(epoch)) Received \(name) scheduling shutdown...\n"))
        log(100, "* User requested shutdown...")
        if appendOnly(context.argv) { log(100, "* Calling fsync() on the AOF file.") }
        log(100, "* Saving the final RDB snapshot before exiting.")
        log(101, "* DB saved on disk")
        log(101, "# Redis is now ready to exit, bye bye...")
        // The save time is kept in the file for the next start's `RDB age`.
        return .exits(code: 0, after: 102 * Timestamp.millisecond, output: out,
                      writes: [FileWrite("/data/dump.rdb", "REDIS0011 \(at.seconds)")])
    }
}

/// nginx from the official image: the entrypoint's configuration lines on stdout, nginx's
/// notices on stderr, graceful exit on SIGQUIT and fast exit on SIGTERM/SIGINT.
struct NginxModel: ProcessModel {
    static func clock(_ t: Timestamp) -> String {
        let c = t.civil
        func p(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(c.year)/\(p(c.month))/\(p(c.day)) \(p(c.hour)):\(p(c.minute)):\(p(c.second))"
    }

    /// Whether the entrypoint runs its configuration scripts (only for `nginx` and `nginx-debug`).
    static func entrypointLines(_ context: ProcessContext) -> [String] {
        guard context.env("NGINX_ENTRYPOINT_QUIET_LOGS").isEmpty else { return [] }
        let e = "/docker-entrypoint.sh"
        return [
            "\(e): /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "\(e): Looking for shell scripts in /docker-entrypoint.d/",
            "\(e): Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "\(e): Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "\(e): Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "\(e): Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "\(e): Configuration complete; ready for start up",
        ]
    }

    func workers(_ context: ProcessContext) -> [Int] { (1...max(1, context.host.ncpu)).map { 28 + $0 } }

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        plan.print(Self.entrypointLines(context))
        let t = Self.clock(context.startedAt.adding(nanoseconds: 10 * Timestamp.millisecond))
        let version = context.env("NGINX_VERSION").isEmpty ? "1.27.5" : context.env("NGINX_VERSION")
        var notices = [
            "using the \"epoll\" event method",
            "nginx/\(version)",
            "built by gcc 12.2.0 (Debian 12.2.0-14) ",
            "OS: Linux \(context.host.kernelVersion)",
            "getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "start worker processes",
        ]
        notices += workers(context).map { "start worker process \($0)" }
        plan.print(notices.map { "\(t) [notice] 1#1: \($0)" }, at: 10 * Timestamp.millisecond, stream: .stderr)
        plan.children = workers(context).count
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        let t = Self.clock(context.startedAt.adding(nanoseconds: elapsed))
        let ws = workers(context)
        var lines: [String]
        switch signal {
        case 3:
            lines = ["1#1: signal 3 (SIGQUIT) received, shutting down"]
            for w in ws { lines += ["\(w)#\(w): gracefully shutting down", "\(w)#\(w): exiting", "\(w)#\(w): exit"] }
            for w in ws { lines += ["1#1: signal 17 (SIGCHLD) received from \(w)", "1#1: worker process \(w) exited with code 0"] }
            lines.append("1#1: exit")
        case 15, 2:
            lines = ["1#1: signal \(signal) (\(Signals.name(signal))) received, exiting"]
            for w in ws { lines += ["\(w)#\(w): exiting", "\(w)#\(w): exit"] }
            for w in ws { lines += ["1#1: signal 17 (SIGCHLD) received from \(w)", "1#1: worker process \(w) exited with code 0"] }
            lines.append("1#1: exit")
        case 1:
            lines = ["1#1: signal 1 (SIGHUP) received from 0, reconfiguring", "1#1: reconfiguring",
                     "1#1: using the \"epoll\" event method", "1#1: start worker processes"]
            return .handled(lines.map { TimedOutput(offset: elapsed, stream: .stderr, text: "\(t) [notice] \($0)\n") })
        default:
            return .ignored
        }
        let out = lines.map { TimedOutput(offset: elapsed, stream: .stderr, text: "\(t) [notice] \($0)\n") }
        return .exits(code: 0, after: 5 * Timestamp.millisecond, output: out)
    }
}

import DockerAPI

/// Finds what runs when a container starts: the entrypoint wrapper's rules, then the executable
/// and the process model behind it.
///
/// Data-driven by the catalog: an image's `process` names its service (`redis`, `nginx`...) and
/// `rootfs` its family (`debian`, `alpine`, `busybox`, `scratch`), which decide which
/// executables exist in it.
enum ProcessRegistry {
    /// The model for a registry key.
    static func model(_ key: String) -> any ProcessModel {
        switch key {
        case "hello-world": return HelloWorldModel()
        case "redis": return RedisModel()
        case "nginx": return NginxModel()
        case "mysql": return MySQLModel(flavor: "mysql")
        case "mariadb": return MySQLModel(flavor: "mariadb")
        case "postgres": return PostgresModel()
        case "redis-cli": return RedisCLIModel()
        case "noop": return NoopModel()
        default:
            if key.hasPrefix("entrypoint-missing:") { return EntrypointExecFailure(command: String(key.dropFirst(19))) }
            return ShellModel()
        }
    }

    /// The outcome of resolving a container's command.
    enum Resolution: Equatable {
        /// Run `model` with `argv` (after wrappers), having printed `preamble` first.
        case run(model: String, argv: [String])
        /// The runtime cannot start it: moby's start error (exit code 127).
        case notFound(message: String)
    }

    /// Commands `MiniShell` simulates, by where they exist.
    static let coreCommands: Set<String> = [
        "sh", "echo", "printf", "sleep", "true", "false", "cat", "ls", "env", "printenv", "hostname", "date", "uname",
        "pwd", "whoami", "id", "seq", "yes", "mkdir", "touch", "head", "tail", "wc", "grep", "top", "test", "[", "nproc",
    ]
    /// Present in the images but not simulated: they run and exit 0 without output.
    static let inertCommands: Set<String> = ["apt-get", "apt", "apk", "rm", "cp", "mv", "chmod", "chown", "ps", "kill", "ping", "wget", "curl", "tar", "gzip", "find", "sed", "awk", "sort", "uniq", "tr", "cut", "xargs", "vi", "less", "more", "mount", "df", "du", "free", "ln", "which", "tee", "dd", "nc", "clear", "reset", "stty", "tput"]

    static func executables(family: String, process: String?) -> Set<String> {
        var names: Set<String>
        switch family {
        case "scratch": names = []
        case "busybox": names = coreCommands.union(["ash"]).union(inertCommands.subtracting(["apt-get", "apt", "apk", "curl", "less"]))
        case "alpine": names = coreCommands.union(["ash", "apk"]).union(inertCommands.subtracting(["apt-get", "apt", "curl"]))
        default: names = coreCommands.union(["bash", "dash"]).union(inertCommands.subtracting(["apk", "ping", "wget", "curl", "vi", "nc"]))
        }
        switch process {
        case "hello-world"?: names.insert("hello")
        case "redis"?: names.formUnion(["redis-server", "redis-cli", "redis-sentinel", "docker-entrypoint.sh", "gosu"])
        case "nginx"?: names.formUnion(["nginx", "nginx-debug", "docker-entrypoint.sh", "curl"])
        case "mysql"?: names.formUnion(["mysqld", "mysql", "mysqladmin", "docker-entrypoint.sh", "gosu"])
        case "mariadb"?: names.formUnion(["mariadbd", "mysqld", "mariadb", "mysql", "docker-entrypoint.sh", "gosu"])
        case "postgres"?: names.formUnion(["postgres", "psql", "pg_ctl", "initdb", "docker-entrypoint.sh", "gosu"])
        default: break
        }
        return names
    }

    /// The family when the catalog does not name one.
    static func family(of image: ImageRecord?) -> String {
        if let rootfs = image?.rootfs { return rootfs }
        if image?.process == "hello-world" { return "scratch" }
        return image == nil ? "scratch" : "debian"
    }

    static let binDirectories: Set<String> = ["/bin", "/usr/bin", "/sbin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"]

    /// moby's start error for a command the runtime cannot exec (libcontainerd/remote/client.go wraps runc's).
    static func ociError(_ detail: String) -> String {
        "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: \(detail): unknown"
    }

    /// Resolves Path + Args of a container.
    static func resolve(_ argv: [String], image: ImageRecord?) -> Resolution {
        guard let first = argv.first else { return .notFound(message: ociError("exec: \"\": executable file not found in $PATH")) }
        let family = family(of: image)
        let process = image?.process
        let available = executables(family: family, process: process)
        let (dir, base) = split(first)
        guard exists(dir: dir, base: base, in: available, process: process) else {
            if first.contains("/") {
                return .notFound(message: ociError("exec: \"\(first)\": stat \(first): no such file or directory"))
            }
            return .notFound(message: ociError("exec: \"\(first)\": executable file not found in $PATH"))
        }
        var rest = argv
        if base == "docker-entrypoint.sh" {
            rest = Array(argv.dropFirst())
            let prepend: String?
            switch process {
            case "redis"?: prepend = rest.first.map { $0.hasPrefix("-") || $0.hasSuffix(".conf") } ?? false ? "redis-server" : nil
            case "mysql"?: prepend = rest.first?.hasPrefix("-") == true ? "mysqld" : nil
            case "mariadb"?: prepend = rest.first?.hasPrefix("-") == true ? "mariadbd" : nil
            case "postgres"?: prepend = rest.first?.hasPrefix("-") == true ? "postgres" : nil
            default: prepend = nil
            }
            if let prepend { rest.insert(prepend, at: 0) }
            guard let next = rest.first else { return .run(model: "noop", argv: []) }
            let (d, b) = split(next)
            if !exists(dir: d, base: b, in: available, process: process) {
                return .run(model: "entrypoint-missing:\(next)", argv: rest)
            }
        }
        let exe = split(rest.first ?? "").1
        switch exe {
        case "hello": return .run(model: "hello-world", argv: rest)
        case "redis-server": return .run(model: "redis", argv: rest)
        case "redis-cli": return .run(model: "redis-cli", argv: rest)
        case "nginx", "nginx-debug": return .run(model: "nginx", argv: rest)
        case "mysqld": return .run(model: process == "mariadb" ? "mariadb" : "mysql", argv: rest)
        case "mariadbd": return .run(model: "mariadb", argv: rest)
        case "postgres": return .run(model: "postgres", argv: rest)
        default:
            if coreCommands.contains(exe) || ["bash", "ash", "dash"].contains(exe) { return .run(model: "shell", argv: rest) }
            return .run(model: "noop", argv: rest)
        }
    }

    /// The directory (`nil` when the name has no slash, `""` for the root) and the base name.
    private static func split(_ path: String) -> (dir: String?, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return (nil, path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    private static func exists(dir: String?, base: String, in available: Set<String>, process: String?) -> Bool {
        if base == "hello" { return process == "hello-world" && dir == "" }
        if base == "docker-entrypoint.sh" {
            guard available.contains(base) else { return false }
            return process == "nginx" ? dir == "" : (dir == nil || dir == "/usr/local/bin")
        }
        guard let dir else { return available.contains(base) }
        return binDirectories.contains(dir) && available.contains(base)
    }
}

/// Commands run through `MiniShell`: PID 1 without a handler, so it ignores signals (see `DefaultSignalAction`).
struct ShellModel: ProcessModel {
    var interpreter: any CommandInterpreter = MiniShell()

    func start(_ context: ProcessContext) -> ProcessPlan { interpreter.run(context.argv, context: context) }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        DefaultSignalAction.response(signal, context: context)
    }
}

/// An entrypoint script whose final `exec "$@"` names a program the image lacks: bash reports
/// it and the container exits 127.
struct EntrypointExecFailure: ProcessModel {
    var command: String

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let script = context.rootfs == "nginx" ? "/docker-entrypoint.sh" : "/usr/local/bin/docker-entrypoint.sh"
        plan.print(["\(script): line 24: exec: \(command): not found"], stream: .stderr)
        plan.exit = PlannedExit(after: Timestamp.millisecond, code: 127)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse { .ignored }
}

/// A program the simulation knows exists but does not model: it does nothing and exits 0.
struct NoopModel: ProcessModel {
    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        plan.exit = PlannedExit(after: Timestamp.millisecond, code: 0)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        DefaultSignalAction.response(signal, context: context)
    }
}

/// `redis-cli` run as a container's main process: nothing listens on its own localhost.
struct RedisCLIModel: ProcessModel {
    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        if context.argv.dropFirst().isEmpty && context.openStdin {
            plan.print(["Could not connect to Redis at 127.0.0.1:6379: Connection refused"])
            return plan
        }
        plan.print(["Could not connect to Redis at 127.0.0.1:6379: Connection refused"])
        plan.exit = PlannedExit(after: Timestamp.millisecond, code: 1)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        DefaultSignalAction.response(signal, context: context)
    }
}

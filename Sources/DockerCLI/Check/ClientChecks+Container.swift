import DockerAPI

/// The container commands' checks before their first API call (`cli/command/container/*.go`).
extension ClientChecks {
    static let containerChecks: [String: Check] = [
        "container run": { (c) throws(ClientFailure) in try runOrCreate(&c, .run) },
        "container create": { (c) throws(ClientFailure) in try runOrCreate(&c, .create) },
        "container exec": { (c) throws(ClientFailure) in try exec(&c) },
        "container cp": { (c) throws(ClientFailure) in try copy(&c) },
        "container diff": { (c) throws(ClientFailure) in
            // runDiff: an empty name is refused before asking the daemon.
            if c.argument(0) == "" { throw ClientFailure(emptyContainerName, at: .argument(0)) }
        },
        "container rename": { (c) throws(ClientFailure) in
            let names = [c.argument(0), c.argument(1)]
            if names.contains(where: { $0.map { $0.trimmingSpaces.isEmpty } ?? false }) {
                throw ClientFailure(emptyRenameNames, at: .argument(c.argument(0)?.trimmingSpaces.isEmpty == true ? 0 : 1))
            }
        },
        "container update": { (c) throws(ClientFailure) in try update(&c) },
        "container stop": { (c) throws(ClientFailure) in try stopTimeout(&c) },
        "container restart": { (c) throws(ClientFailure) in try stopTimeout(&c) },
        "container start": { (c) throws(ClientFailure) in
            // RunStart: attaching (-a or -i) works on one container only.
            let attaching = c.flags.bool("attach") || c.flags.bool("interactive") || c.opaqueFlags.contains("attach")
            if attaching && c.invocation.arguments.count > 1 {
                throw ClientFailure(startAttachMany, at: .argument(1))
            }
        },
        "container export": { (c) throws(ClientFailure) in
            try outputFile(&c, flag: "output", wrap: "failed to export container")
        },
        "container ls": { (c) throws(ClientFailure) in try FormatChecks.containerList(&c) },
        "container inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 64) },
        "container prune": { (c) throws(ClientFailure) in confirm(&c) },
        "container logs": { (c) throws(ClientFailure) in
            // The Engine API client converts --since and --until after inspecting the container.
            for flag in ["since", "until"] {
                guard let value = c.flags.last(flag), !value.isEmpty else { continue }
                if case .failure(let e) = TimestampSpec.timestamp(value, now: c.environment.now) {
                    c.afterDaemon.append(ClientFailure(e.message, at: .flag(flag)))
                }
            }
        },
    ]

    /// `docker run` and `docker create`: `validatePullOpt`, the options conversion and the
    /// create-time checks, in `ContainerOptions.plan`.
    static func runOrCreate(_ c: inout ClientCheckContext, _ command: ContainerCommand) throws(ClientFailure) {
        let files = c.environment.files
        if files == nil {
            for name in ["env-file", "label-file"] where c.changed(name) { c.noteFileNotRead("--\(name)") }
            if c.flags.all("security-opt").contains(where: { $0.hasPrefix("seccomp") && !$0.hasSuffix("=unconfined") && !$0.hasSuffix("=builtin") }) {
                c.noteFileNotRead("the seccomp profile")
            }
        }
        let placeholder = c.invocation.arguments.map { $0.contains(ShellWord.opaqueMarker) ? "x" : $0 }
        let image = c.argument(0) ?? "image"
        let environment = c.environment
        let context = ContainerOptionsContext(
            environment: environment.hostEnvironment,
            readFile: { path in
                // Without file access every file reads as one no-op line (a valid JSON value too).
                guard let files else { return .success(Array("{}".utf8)) }
                switch files.kind(path) {
                case .missing: return .failure(.notFound)
                case .directory: return .failure(.isDirectory)
                case .file: return files.read(path).map { .success($0) } ?? .failure(EnvFile.FileError("permission denied"))
                }
            },
            fileExists: { path in files.map { $0.kind(of: path) != .missing } ?? false },
            workingDirectory: files?.workingDirectory ?? "/",
            serverOS: environment.serverOS,
            stdinIsTerminal: c.terminal.stdinIsTerminal)
        let result = ContainerOptions.plan(command: command, flags: c.flags, image: image,
                                           args: Array(placeholder.dropFirst()), context: context)
        if case .failure(let error) = result {
            if error.stage == .daemon {
                c.afterDaemon.append(ClientFailure("Error response from daemon: " + error.message, at: runErrorTarget(error)))
                return
            }
            throw ClientFailure(error.message,
                                exitCode: error.exitCode(for: command), rendered: error.rendered(for: command),
                                at: runErrorTarget(error))
        }
    }

    /// The word a run/create error is about, from docker's wording.
    static func runErrorTarget(_ error: ContainerOptionsError) -> ClientFailure.Target {
        let m = error.message
        if m == "the input device is not a TTY" { return .flag("tty") }
        for (prefix, flag) in runErrorFlags where m.hasPrefix(prefix) || m.contains(prefix) { return .flag(flag) }
        if error.stage == .create && (m.contains("reference") || m.contains("repository")) { return .argument(0) }
        return .command
    }

    /// Message fragments of the options conversion and the flag they are about.
    static let runErrorFlags: [(String, String)] = [
        ("invalid pull option", "pull"), ("invalid publish", "publish"), ("invalid containerPort", "publish"),
        ("invalid hostPort", "publish"), ("invalid proto", "publish"), ("no port specified", "publish"),
        ("invalid ranges specified", "publish"), ("hostip is not supported", "publish"),
        ("for --expose", "expose"), ("invalid range specified for port", "expose"),
        ("volume spec", "volume"), ("invalid spec", "volume"), ("invalid mode", "volume"), ("bad mode specified", "volume"),
        ("--restart", "restart"), ("restart policy", "restart"), ("mac address", "mac-address"),
        ("memory swappiness", "memory-swappiness"), ("--health", "health-cmd"), ("--no-healthcheck", "no-healthcheck"),
        ("--cgroupns", "cgroupns"), ("--pid", "pid"), ("--userns", "userns"), ("--uts", "uts"),
        ("--security-opt", "security-opt"), ("seccomp", "security-opt"), ("storage option", "storage-opt"),
        ("log", "log-opt"), ("--link", "link"), ("links", "link"), ("--ip6", "ip6"), ("--ip ", "ip"),
        ("--network-alias", "network-alias"), ("network-scoped aliases", "network-alias"), ("--link-local-ip", "link-local-ip"),
        ("network-modes", "network"), ("network", "network"), ("--attach and --detach", "attach"),
        ("mount", "mount"), ("'target'", "mount"), ("source is required", "mount"), ("device", "device"),
        ("env file", "env-file"), ("environment variable", "env"), ("ulimit", "ulimit"), ("add-host", "add-host"),
        ("platform", "platform"), ("container ID file", "cidfile"), ("gpu", "gpus"), ("label", "label"),
        ("unknown server OS", "device"), ("--use-api-socket", "use-api-socket"),
    ]

    /// `docker exec`: `parseExec` reads `--env-file` before anything else.
    static func exec(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard c.changed("env-file") else { return }
        guard let files = c.environment.files else {
            c.noteFileNotRead("--env-file")
            return
        }
        let context = ContainerOptionsContext(
            environment: c.environment.hostEnvironment,
            readFile: { path in
                switch files.kind(path) {
                case .missing: return .failure(.notFound)
                case .directory: return .failure(.isDirectory)
                case .file: return files.read(path).map { .success($0) } ?? .failure(EnvFile.FileError("permission denied"))
                }
            },
            workingDirectory: files.workingDirectory)
        if case .failure(let e) = ExecValues.environment(flags: c.flags, context: context) {
            throw ClientFailure(e.message, at: .flag("env-file"))
        }
    }

    /// `docker cp`: empty paths, then the direction `splitCpArg` reads from the two arguments.
    static func copy(_ c: inout ClientCheckContext) throws(ClientFailure) {
        if c.argument(0) == "" { throw ClientFailure("source can not be empty", at: .argument(0)) }
        if c.argument(1) == "" { throw ClientFailure("destination can not be empty", at: .argument(1)) }
        guard let source = c.argument(0), let destination = c.argument(1) else { return }
        let fromContainer = containerPart(source) != nil
        let toContainer = containerPart(destination) != nil
        if fromContainer && toContainer {
            throw ClientFailure("copying between containers is not supported", at: .argument(1))
        }
        if !fromContainer && !toContainer {
            throw ClientFailure("must specify at least one container source", at: .argument(0))
        }
        guard let files = c.environment.files else {
            if (fromContainer && destination != "-") || (toContainer && source != "-") { c.noteFileNotRead("the local path") }
            return
        }
        if toContainer && source != "-" {
            // copyToContainer: CopyInfoSourcePath lstats the source, component by component.
            var prefix = ""
            for component in GoPath.abs(source, workingDirectory: files.workingDirectory).split(separator: "/") {
                prefix += "/" + component
                if files.kind(prefix) == .missing {
                    throw ClientFailure("lstat \(prefix): no such file or directory", at: .argument(0))
                }
            }
        }
        if fromContainer && destination != "-" {
            // copyFromContainer: ValidateOutputPath on the absolute destination.
            let path = GoPath.abs(destination, workingDirectory: files.workingDirectory)
            let directory = GoPath.clean(GoPath.split(path).dir)
            if directory != ".", files.kind(directory) == .missing, !parentIsFile(directory, files) {
                throw ClientFailure("invalid output path: directory \(GoQuote.quote(directory)) does not exist", at: .argument(1))
            }
            if parentIsFile(path, files) {
                throw ClientFailure("stat \(path): not a directory", at: .argument(1))
            }
        }
    }

    /// `true` when a proper ancestor of `path` is a file (stat then fails with ENOTDIR).
    static func parentIsFile(_ path: String, _ files: FileAccess) -> Bool {
        var prefix = ""
        let components = path.split(separator: "/")
        for component in components.dropLast() {
            prefix += "/" + component
            switch files.kind(prefix) {
            case .file: return true
            case .missing: return false
            case .directory: continue
            }
        }
        return false
    }

    /// `splitCpArg`: the container of `CONTAINER:PATH`, or `nil` for a local path (absolute, no
    /// colon, or a relative path starting with `.`).
    static func containerPart(_ arg: String) -> String? {
        if arg.hasPrefix("/") { return nil }
        guard let colon = arg.firstIndex(of: ":") else { return nil }
        let container = arg[..<colon]
        if container.hasPrefix(".") { return nil }
        return String(container)
    }

    /// `docker update`: at least one flag, then the restart policy's syntax.
    static func update(_ c: inout ClientCheckContext) throws(ClientFailure) {
        // NFlag counts every flag set, `--help=false` included.
        if c.invocation.flags.isEmpty { throw ClientFailure(updateNeedsFlags, at: .command) }
        if let restart = c.flags.last("restart"), !restart.isEmpty,
           case .failure(let e) = RestartPolicySpec.parse(restart) {
            throw ClientFailure(e.message, at: .flag("restart"))
        }
    }

    /// `docker stop` and `docker restart`: the deprecated `--time` with `--timeout`.
    static func stopTimeout(_ c: inout ClientCheckContext) throws(ClientFailure) {
        if c.changed("time") && c.changed("timeout") {
            throw ClientFailure(CommandValueChecks.stopTimeConflict, at: .flag("timeout"))
        }
    }

    /// `docker save` and `docker export`: without `-o` they refuse to write a tar to a terminal;
    /// with it, the output's directory must exist (atomicwriter checks it).
    static func outputFile(_ c: inout ClientCheckContext, flag: String, wrap: String) throws(ClientFailure) {
        if c.opaqueFlags.contains(flag) { return }
        guard let path = c.flags.last(flag), !path.isEmpty else {
            if c.terminal.stdoutIsTerminal { throw ClientFailure(cowardlyRefusing, at: .command) }
            return
        }
        guard let files = c.environment.files else {
            c.noteFileNotRead("the directory of --\(flag)")
            return
        }
        // atomicwriter's validateDestination: the directory must exist, the target must not be one.
        let directory = GoPath.clean(GoPath.split(path).dir)
        if directory != "." && directory != ".." {
            switch files.kind(of: directory) {
            case .missing:
                throw ClientFailure("\(wrap): invalid output path: stat \(directory): no such file or directory", at: .flag(flag))
            case .file:
                throw ClientFailure("\(wrap): invalid output path: stat \(directory): not a directory", at: .flag(flag))
            case .directory:
                break
            }
        }
        if files.kind(of: path) == .directory {
            throw ClientFailure("\(wrap): cannot write to a directory", at: .flag(flag))
        }
    }

    /// Prune commands without `--force` ask first; the verdict assumes the answer is yes.
    static func confirm(_ c: inout ClientCheckContext) {
        if !c.flags.bool("force") {
            c.notes.append("docker asks for confirmation first (answer y to go on)")
        }
    }

    static let emptyContainerName = "Container name cannot be empty"
    static let emptyRenameNames = "Error: Neither old nor new names may be empty"
    static let startAttachMany = "you cannot start and attach multiple containers at once"
    static let updateNeedsFlags = "you must provide one or more flags when using this command"
    static let cowardlyRefusing = "cowardly refusing to save to a terminal. Use the -o flag or redirect"
}

extension String {
    /// `strings.TrimSpace`.
    var trimmingSpaces: String {
        String(unicodeScalars.drop(while: { $0.properties.isWhitespace }).reversed()
            .drop(while: { $0.properties.isWhitespace }).reversed().map(Character.init))
    }
}

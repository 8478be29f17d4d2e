import DockerAPI

/// The two commands that build a container from `containerOptions`: `docker run` and `docker create`.
public enum ContainerCommand: String, Sendable {
    case run
    case create
}

/// What the run/create conversion needs from outside the command line.
///
/// Docker reads the host environment (`-e KEY`, env files), files (`--env-file`, `--label-file`,
/// seccomp profiles), the working directory (`-v ./dir:/x`), the daemon's OS (`--device`) and the
/// terminal; the simulation supplies its sandbox's versions so the conversion stays pure.
public struct ContainerOptionsContext: Sendable {
    /// The client's environment (`os.LookupEnv`).
    public var environment: @Sendable (String) -> String?
    /// Reads a file named on the command line, relative paths against `workingDirectory`.
    public var readFile: EnvFile.Reader
    /// `true` when a path exists (docker refuses an existing `--cidfile`).
    public var fileExists: @Sendable (String) -> Bool
    /// The client's working directory, for `./relative` bind sources.
    public var workingDirectory: String
    /// The daemon's `OSType` (`linux`).
    public var serverOS: String
    /// The client's `runtime.GOOS` and `runtime.GOARCH`, which fill in a partial `--platform`.
    public var hostOS: String
    public var hostArchitecture: String
    /// The terminal's height and width, sent as `HostConfig.ConsoleSize`.
    public var consoleSize: [Int]
    /// `true` when the client's stdin is a terminal (`-it` needs one).
    public var stdinIsTerminal: Bool
    /// The daemon address (`unix:///var/run/docker.sock`), for `--use-api-socket`.
    public var daemonHost: String

    public init(
        environment: @escaping @Sendable (String) -> String? = { _ in nil },
        readFile: @escaping EnvFile.Reader = { _ in .failure(.notFound) },
        fileExists: @escaping @Sendable (String) -> Bool = { _ in false },
        workingDirectory: String = "/",
        serverOS: String = "linux",
        hostOS: String = "linux",
        hostArchitecture: String = "amd64",
        consoleSize: [Int] = [0, 0],
        stdinIsTerminal: Bool = true,
        daemonHost: String = "unix:///var/run/docker.sock"
    ) {
        self.environment = environment
        self.readFile = readFile
        self.fileExists = fileExists
        self.workingDirectory = workingDirectory
        self.serverOS = serverOS
        self.hostOS = hostOS
        self.hostArchitecture = hostArchitecture
        self.consoleSize = consoleSize
        self.stdinIsTerminal = stdinIsTerminal
        self.daemonHost = daemonHost
    }
}

/// A run/create failure before the container exists, with where docker raises it,
/// because that decides how docker prints it.
public struct ContainerOptionsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in docker's code path the error comes from.
    public enum Stage: Sendable, Equatable {
        /// `validatePullOpt` and `parse()`: `docker: MSG` + help hint, exit 125, for run and create.
        case options
        /// `runContainer` before creating (`--attach` with `--detach`, no TTY): plain text, exit 1.
        case run
        /// `createContainer` (image reference, platform, cidfile): like `.options` for run,
        /// plain text with exit 1 for create.
        case create
        /// The daemon's answer to values the API types cannot carry (an unknown restart policy or
        /// mount type): `Error response from daemon: MSG`, framed like `.create`.
        case daemon
    }

    public var stage: Stage
    public var message: String

    public init(_ stage: Stage, _ message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { message }

    /// The full stderr text docker prints, with its final newline.
    public func rendered(for command: ContainerCommand) -> String {
        let text = stage == .daemon ? "Error response from daemon: " + message : message
        switch (stage, command) {
        case (.options, _), (.create, .run), (.daemon, .run):
            return "docker: \(text)\n\nRun 'docker \(command.rawValue) --help' for more information\n"
        default:
            return text + "\n"
        }
    }

    /// The exit code docker ends with.
    public func exitCode(for command: ContainerCommand) -> Int32 {
        switch (stage, command) {
        case (.options, _), (.create, .run), (.daemon, .run): return 125
        default: return 1
        }
    }
}

/// `--pull`: when run and create pull the image.
public enum PullPolicy: String, Sendable {
    case always, missing, never
}

/// Everything `docker run`/`docker create` decided before talking to the daemon.
public struct ContainerRunPlan: Sendable, Equatable {
    /// The body of `POST /containers/create` (ConsoleSize included).
    public var request: ContainerCreateRequest
    /// The image as `reference.ParseAnyReference` read it, with `latest` added to bare names.
    public var image: ImageReference.AnyReference
    public var pull: PullPolicy
    /// `-q`: no pull progress.
    public var quiet: Bool
    /// Run only: `-d`, `--sig-proxy`, `--detach-keys`.
    public var detach: Bool
    public var sigProxy: Bool
    public var detachKeys: String
    /// Warnings the client adds to the daemon's after creating (`Localhost DNS (...) may fail in containers.`).
    public var clientWarnings: [String]
}

/// Docker's `containerOptions`: the conversion of run/create flags into a create request.
public enum ContainerOptions {
    /// Docker's run/create path up to the create call: `validatePullOpt`, `parse`, the run-only
    /// attach checks, then `createContainer`'s reference, platform and cidfile checks.
    public static func plan(command: ContainerCommand, flags: FlagValues, image: String, args: [String],
                            context: ContainerOptionsContext) -> Result<ContainerRunPlan, ContainerOptionsError>
    {
        let pullValue = flags.string("pull", default: "missing")
        let pull: PullPolicy
        switch pullValue {
        case "always", "missing", "never", "":
            pull = PullPolicy(rawValue: pullValue) ?? .missing
        default:
            return .failure(ContainerOptionsError(.options,
                "invalid pull option: '\(pullValue)': must be one of \"always\", \"missing\" or \"never\""))
        }
        var request: ContainerCreateRequest
        switch parse(flags: flags, image: image, args: args, context: context) {
        case .success(let r): request = r
        case .failure(let e): return .failure(ContainerOptionsError(.options, e.message))
        }
        let detach = command == .run && flags.bool("detach")
        if command == .run {
            if !detach {
                if request.config.attachStdin && request.config.tty && !context.stdinIsTerminal {
                    return .failure(ContainerOptionsError(.run, "the input device is not a TTY"))
                }
            } else {
                if flags.changed("attach") {
                    return .failure(ContainerOptionsError(.run, "conflicting options: cannot specify both --attach and --detach"))
                }
                request.config.attachStdin = false
                request.config.attachStdout = false
                request.config.attachStderr = false
                request.config.stdinOnce = false
            }
        }
        let cidFile = request.hostConfig.containerIDFile
        if !cidFile.isEmpty && context.fileExists(cidFile) {
            return .failure(ContainerOptionsError(.create,
                "container ID file found, make sure the other container isn't running or delete \(cidFile)"))
        }
        let reference: ImageReference.AnyReference
        do {
            reference = try ImageReference.parseAny(image)
        } catch {
            return .failure(ContainerOptionsError(.create, error.description))
        }
        if flags.bool("use-api-socket") {
            guard context.daemonHost.hasPrefix("unix://") else {
                return .failure(ContainerOptionsError(.create,
                    "flag --use-api-socket can only be used with unix sockets: docker endpoint \(context.daemonHost) incompatible"))
            }
            var socket = Mount(type: .bind, source: String(context.daemonHost.dropFirst("unix://".count)),
                               target: "/var/run/docker.sock")
            socket.bindOptions = Mount.BindOptions()
            request.hostConfig.mounts = (request.hostConfig.mounts ?? []) + [socket]
        }
        let platformValue = flags.string("platform")
        if !platformValue.isEmpty {
            switch PlatformSpec.parse(platformValue, hostOS: context.hostOS, hostArchitecture: context.hostArchitecture) {
            case .success(let p): request.platform = p.requestValue
            case .failure(let e):
                return .failure(ContainerOptionsError(.create, "error parsing specified platform: " + e.message))
            }
        }
        request.hostConfig.consoleSize = context.consoleSize
        applyAPIClientAdjustments(&request)
        if let problem = daemonRejection(flags: flags, request: request) {
            return .failure(ContainerOptionsError(.daemon, problem))
        }
        var warnings: [String] = []
        if let warning = localhostDNSWarning(request.hostConfig.dns) { warnings.append(warning) }
        return .success(ContainerRunPlan(
            request: request, image: reference.withDefaultTag, pull: pull, quiet: flags.bool("quiet"),
            detach: detach, sigProxy: flags.bool("sig-proxy", default: true), detachKeys: flags.string("detach-keys"),
            clientWarnings: warnings))
    }

    /// The daemon's refusals of values the API types cannot carry (an unknown mount type, an
    /// unknown restart policy name), in the daemon's checking order: mounts before the restart
    /// policy. Representable values are the engine's to validate (`RestartPolicy.validationError`).
    static func daemonRejection(flags: FlagValues, request: ContainerCreateRequest) -> String? {
        for value in flags.all("mount") {
            if case .success(let spec) = MountSpec.parse(value), !spec.hasKnownType { return spec.unknownTypeMessage }
        }
        if case .success(let restart) = RestartPolicySpec.parse(flags.string("restart", default: "no")),
           restart.policy == nil
        {
            return RestartPolicySpec.daemonValidationError(restart)
        }
        return nil
    }

    /// What the Engine API client (negotiating API 1.50) changes while sending the request:
    /// capabilities upper-cased with `CAP_` prefixes, de-duplicated and sorted; the deprecated
    /// container-wide `MacAddress` cleared (the endpoint keeps it).
    static func applyAPIClientAdjustments(_ request: inout ContainerCreateRequest) {
        request.hostConfig.capAdd = normalizedCapabilities(request.hostConfig.capAdd)
        request.hostConfig.capDrop = normalizedCapabilities(request.hostConfig.capDrop)
        request.config.macAddress = ""
    }

    /// The client's `normalizeCapabilities`.
    public static func normalizedCapabilities(_ caps: [String]?) -> [String]? {
        guard let caps else { return nil }
        var seen: Set<String> = []
        var out: [String] = []
        for cap in caps {
            var c = cap.uppercased()
            if c != "ALL" && !c.hasPrefix("CAP_") { c = "CAP_" + c }
            if seen.insert(c).inserted { out.append(c) }
        }
        return out.isEmpty ? nil : out.sorted()
    }

    /// `localhostDNSWarning`: `--dns` pointing at a loopback address.
    public static func localhostDNSWarning(_ dns: [String]) -> String? {
        for server in dns {
            if let ip = GoNet.parseIP(server), ip.isLoopback {
                return "Localhost DNS (\(ip.description)) may fail in containers."
            }
        }
        return nil
    }
}

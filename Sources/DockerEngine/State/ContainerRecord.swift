import DockerAPI

/// A container as the daemon stores it: its configuration, moby's state flags, its simulated main
/// process, its recorded output, its network endpoints and mounts.
public struct ContainerRecord: Codable, Sendable, Equatable {
    public var id: String
    /// With the leading slash, as moby stores it: `/web`.
    public var name: String
    public var created: Timestamp
    /// The executable and arguments the runtime starts (Entrypoint + Cmd split as moby splits them).
    public var path: String
    public var args: [String]
    public var config: ContainerConfig
    public var hostConfig: HostConfig
    public var imageID: String
    public var platform: String = "linux"
    public var driver: String = "overlay2"
    /// The storage driver directory of the container's writable layer.
    public var layerCacheID: String

    // MARK: State (moby container.State)

    public var running = false
    public var paused = false
    public var restarting = false
    public var oomKilled = false
    public var dead = false
    public var removalInProgress = false
    public var pid = 0
    public var exitCode = 0
    /// The last error a start, stop or removal left behind.
    public var error = ""
    public var startedAt: Timestamp?
    public var finishedAt: Timestamp?
    public var health: HealthState?

    // MARK: Restart bookkeeping (moby container.Container, restartmanager)

    public var restartCount = 0
    public var hasBeenStartedBefore = false
    public var hasBeenManuallyStopped = false
    public var hasBeenManuallyRestarted = false
    /// The restart manager, created on the first exit after a start; `nil` when none exists yet.
    public var restartManager: RestartManagerState?
    /// While `restarting`: when the restart manager's back-off ends and the process starts again.
    public var restartDueAt: Timestamp?
    /// While `paused`: since when the process has been frozen.
    public var pausedAt: Timestamp?

    // MARK: Process and output

    /// The simulated main process while the container runs.
    public var process: ProcessRecord?
    /// Everything the main process wrote, oldest first; entries may lie in the future of the clock
    /// (a planned `sleep 5; echo done`) and are only visible once their time has come.
    public var output = OutputLog()
    /// The sequence number of `output[0]` (older entries were dropped by `ContainerRecord.outputLimit`).
    public var outputBase = 0

    // MARK: Networking

    /// Network name to endpoint, as inspect's `NetworkSettings.Networks` shows them.
    public var networks: [String: EndpointSettings] = [:]
    public var sandboxID = ""
    public var sandboxKey = ""
    /// The published and exposed ports while running (`NetworkSettings.Ports`); empty when stopped.
    public var ports = PortMap()

    // MARK: Mounts and the rest

    public var mounts: [MountRecord] = []
    public var execIDs: [String] = []
    /// Bytes written to the writable layer.
    public var sizeRw: Int64 = 0

    /// Entries kept per container; older ones are dropped (docker's json-file would rotate them).
    public static let outputLimit = 10_000

    public init(id: String, name: String, created: Timestamp, path: String, args: [String], config: ContainerConfig,
                hostConfig: HostConfig, imageID: String, layerCacheID: String) {
        self.id = id
        self.name = name
        self.created = created
        self.path = path
        self.args = args
        self.config = config
        self.hostConfig = hostConfig
        self.imageID = imageID
        self.layerCacheID = layerCacheID
    }

    /// moby's `StateString`.
    public var status: String {
        if running {
            if paused { return "paused" }
            if restarting { return "restarting" }
            return "running"
        }
        if removalInProgress { return "removing" }
        if dead { return "dead" }
        if startedAt == nil { return "created" }
        return "exited"
    }

    /// The name without its slash.
    public var shortName: String { name.hasPrefix("/") ? String(name.dropFirst()) : name }

    /// The sequence number the next output entry gets.
    public var outputEnd: Int { outputBase + output.count }
}

/// moby's restart manager: the policy's retry count, the back-off and whether it was cancelled
/// (a `stop` or `kill` cancels it so the exit that follows does not restart the container).
public struct RestartManagerState: Codable, Sendable, Equatable {
    public var restartCount: Int
    /// The current back-off in nanoseconds: 100 ms, doubled each restart, capped at one minute,
    /// reset when the process ran ten seconds or more (restartmanager/restartmanager.go).
    public var timeout: Int64 = 0
    public var canceled = false

    public init(restartCount: Int) { self.restartCount = restartCount }

    public static let defaultTimeout: Int64 = 100 * Timestamp.millisecond
    public static let maxTimeout: Int64 = 60 * Timestamp.second

    /// `ShouldRestart`: whether to restart and after how long.
    public mutating func shouldRestart(policy: RestartPolicy, exitCode: Int, manuallyStopped: Bool,
                                       executionDuration: Int64) -> (restart: Bool, after: Int64) {
        if policy.name == .no || policy.name == .disabled { return (false, 0) }
        if canceled { return (false, 0) }
        if executionDuration >= 10 * Timestamp.second { timeout = 0 }
        if timeout == 0 {
            timeout = Self.defaultTimeout
        } else if timeout < Self.maxTimeout {
            timeout *= 2
        }
        if timeout > Self.maxTimeout { timeout = Self.maxTimeout }
        var restart = false
        switch policy.name {
        case .always: restart = true
        case .unlessStopped: restart = !manuallyStopped
        case .onFailure:
            if policy.maximumRetryCount == 0 || restartCount < policy.maximumRetryCount { restart = exitCode != 0 }
        case .no, .disabled: restart = false
        }
        guard restart else { return (false, 0) }
        restartCount += 1
        return (true, timeout)
    }
}

/// A mount of a container: a volume, a bind mount or a tmpfs, as inspect's `Mounts` lists it.
public struct MountRecord: Codable, Sendable, Equatable {
    public var type: Mount.Kind
    /// The volume name; empty for binds and tmpfs.
    public var name: String
    public var source: String
    public var destination: String
    public var driver: String
    public var mode: String
    public var rw: Bool
    public var propagation: String
    /// An anonymous volume, removed with the container by `rm -v` and `--rm`.
    public var anonymous: Bool

    public init(type: Mount.Kind, name: String = "", source: String, destination: String, driver: String = "",
                mode: String = "", rw: Bool = true, propagation: String = "", anonymous: Bool = false) {
        self.type = type
        self.name = name
        self.source = source
        self.destination = destination
        self.driver = driver
        self.mode = mode
        self.rw = rw
        self.propagation = propagation
        self.anonymous = anonymous
    }

    var mountPoint: MountPoint {
        MountPoint(type: type.rawValue, name: name, source: source, destination: destination, driver: driver,
                   mode: mode, rw: rw, propagation: propagation)
    }
}

/// The simulated main process of a running container.
///
/// Its future is planned when it starts (`exitAt`, output with future timestamps) or when a
/// signal reaches it (`exitAt` moves earlier), so the daemon only has to compare times.
public struct ProcessRecord: Codable, Sendable, Equatable {
    /// The process model that runs it (`redis`, `nginx`, `shell`...).
    public var model: String
    /// The command after entrypoint wrappers resolved it (`redis-server --appendonly yes`).
    public var argv: [String]
    /// The host pid of the container's PID 1.
    public var pid: Int
    /// Host pids of other processes (nginx workers).
    public var childPids: [Int] = []
    public var startedAt: Timestamp
    /// When the process exits, if it will without being signalled.
    public var exitAt: Timestamp?
    public var exitCode: Int = 0
    /// Output repeated forever (`while true; do echo hi; sleep 1; done`), materialised lazily.
    public var repeating: RepeatingOutput?

    public init(model: String, argv: [String], pid: Int, startedAt: Timestamp) {
        self.model = model
        self.argv = argv
        self.pid = pid
        self.startedAt = startedAt
    }
}

/// Output a process writes again and again: `lines` at their offsets within each `period`.
public struct RepeatingOutput: Codable, Sendable, Equatable {
    public var start: Timestamp
    public var period: Int64
    public var lines: [TimedOutput]
    /// How many periods have been written into the container's output so far.
    public var emitted: Int = 0

    public init(start: Timestamp, period: Int64, lines: [TimedOutput]) {
        self.start = start
        self.period = period
        self.lines = lines
    }
}

/// A chunk of output at an offset from some start.
public struct TimedOutput: Codable, Sendable, Equatable {
    public var offset: Int64
    public var stream: OutputStream
    public var text: String

    public init(offset: Int64, stream: OutputStream = .stdout, text: String) {
        self.offset = offset
        self.stream = stream
        self.text = text
    }
}

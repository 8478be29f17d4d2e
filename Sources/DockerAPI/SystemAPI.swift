/// The answer of `GET /info`: the fields `docker info` prints for the server, moby's `system.Info`.
public struct SystemInfo: Sendable, Equatable {
    public var id: String
    public var containers: Int
    public var containersRunning: Int
    public var containersPaused: Int
    public var containersStopped: Int
    public var images: Int
    public var driver: String
    public var driverStatus: [[String]]
    public var volumePlugins: [String]
    public var networkPlugins: [String]
    public var logPlugins: [String]
    public var systemTime: String
    public var loggingDriver: String
    public var cgroupDriver: String
    public var cgroupVersion: String
    public var kernelVersion: String
    public var operatingSystem: String
    public var osVersion: String
    public var osType: String
    public var architecture: String
    public var indexServerAddress: String
    public var ncpu: Int
    public var memTotal: Int64
    public var dockerRootDir: String
    public var name: String
    public var labels: [String]
    public var experimentalBuild: Bool
    public var serverVersion: String
    public var runtimes: [String]
    public var defaultRuntime: String
    public var liveRestoreEnabled: Bool
    public var initBinary: String
    public var containerdCommit: String
    public var runcCommit: String
    public var initCommit: String
    public var securityOptions: [String]
    public var insecureRegistries: [String]
    public var warnings: [String]

    public init(id: String, containers: Int, containersRunning: Int, containersPaused: Int, containersStopped: Int,
                images: Int, driver: String, driverStatus: [[String]], volumePlugins: [String], networkPlugins: [String],
                logPlugins: [String], systemTime: String, loggingDriver: String, cgroupDriver: String,
                cgroupVersion: String, kernelVersion: String, operatingSystem: String, osVersion: String,
                osType: String, architecture: String, indexServerAddress: String, ncpu: Int, memTotal: Int64,
                dockerRootDir: String, name: String, labels: [String], experimentalBuild: Bool, serverVersion: String,
                runtimes: [String], defaultRuntime: String, liveRestoreEnabled: Bool, initBinary: String,
                containerdCommit: String, runcCommit: String, initCommit: String, securityOptions: [String],
                insecureRegistries: [String], warnings: [String]) {
        self.id = id
        self.containers = containers
        self.containersRunning = containersRunning
        self.containersPaused = containersPaused
        self.containersStopped = containersStopped
        self.images = images
        self.driver = driver
        self.driverStatus = driverStatus
        self.volumePlugins = volumePlugins
        self.networkPlugins = networkPlugins
        self.logPlugins = logPlugins
        self.systemTime = systemTime
        self.loggingDriver = loggingDriver
        self.cgroupDriver = cgroupDriver
        self.cgroupVersion = cgroupVersion
        self.kernelVersion = kernelVersion
        self.operatingSystem = operatingSystem
        self.osVersion = osVersion
        self.osType = osType
        self.architecture = architecture
        self.indexServerAddress = indexServerAddress
        self.ncpu = ncpu
        self.memTotal = memTotal
        self.dockerRootDir = dockerRootDir
        self.name = name
        self.labels = labels
        self.experimentalBuild = experimentalBuild
        self.serverVersion = serverVersion
        self.runtimes = runtimes
        self.defaultRuntime = defaultRuntime
        self.liveRestoreEnabled = liveRestoreEnabled
        self.initBinary = initBinary
        self.containerdCommit = containerdCommit
        self.runcCommit = runcCommit
        self.initCommit = initCommit
        self.securityOptions = securityOptions
        self.insecureRegistries = insecureRegistries
        self.warnings = warnings
    }
}

/// One component of `GET /version` (`Engine`, `containerd`, `runc`, `docker-init`).
public struct ComponentVersion: Sendable, Equatable {
    public var name: String
    public var version: String
    /// Key order as docker prints it.
    public var details: [(String, String)]

    public init(name: String, version: String, details: [(String, String)]) {
        self.name = name
        self.version = version
        self.details = details
    }

    public static func == (lhs: ComponentVersion, rhs: ComponentVersion) -> Bool {
        lhs.name == rhs.name && lhs.version == rhs.version
            && lhs.details.map(\.0) == rhs.details.map(\.0) && lhs.details.map(\.1) == rhs.details.map(\.1)
    }
}

/// The answer of `GET /version`, moby's `types.Version`.
public struct SystemVersion: Sendable, Equatable {
    public var platformName: String
    public var components: [ComponentVersion]
    public var version: String
    public var apiVersion: String
    public var minAPIVersion: String
    public var gitCommit: String
    public var goVersion: String
    public var os: String
    public var arch: String
    public var kernelVersion: String
    public var experimental: Bool
    public var buildTime: String

    public init(platformName: String, components: [ComponentVersion], version: String, apiVersion: String,
                minAPIVersion: String, gitCommit: String, goVersion: String, os: String, arch: String,
                kernelVersion: String, experimental: Bool, buildTime: String) {
        self.platformName = platformName
        self.components = components
        self.version = version
        self.apiVersion = apiVersion
        self.minAPIVersion = minAPIVersion
        self.gitCommit = gitCommit
        self.goVersion = goVersion
        self.os = os
        self.arch = arch
        self.kernelVersion = kernelVersion
        self.experimental = experimental
        self.buildTime = buildTime
    }
}

/// The answer of `GET /system/df`.
public struct DiskUsage: Sendable, Equatable {
    public var layersSize: Int64
    /// With `containers` and `sharedSize` filled in.
    public var images: [ImageSummary]
    /// With `sizeRw` and `sizeRootFs` filled in.
    public var containers: [ContainerSummary]
    /// With `usage` filled in.
    public var volumes: [Volume]
    public init(layersSize: Int64, images: [ImageSummary], containers: [ContainerSummary], volumes: [Volume]) {
        self.layersSize = layersSize
        self.images = images
        self.containers = containers
        self.volumes = volumes
    }
}

/// What the daemon answers `GET /_ping` with.
public struct PingResponse: Sendable, Equatable {
    public var apiVersion: String
    public var osType: String
    public var experimental: Bool
    public var builderVersion: String
    public init(apiVersion: String, osType: String, experimental: Bool, builderVersion: String) {
        self.apiVersion = apiVersion
        self.osType = osType
        self.experimental = experimental
        self.builderVersion = builderVersion
    }
}

/// One event of `GET /events`, moby's `events.Message`.
public struct EventMessage: Codable, Sendable, Equatable, JSONRepresentable {
    /// `container`, `image`, `volume`, `network`, `daemon`...
    public var type: String
    public var action: String
    public var actorID: String
    public var attributes: [String: String]
    public var time: Timestamp

    public init(type: String, action: String, actorID: String, attributes: [String: String], time: Timestamp) {
        self.type = type
        self.action = action
        self.actorID = actorID
        self.attributes = attributes
        self.time = time
    }

    /// The deprecated `status`, `id` and `from` fields are still filled for containers and images
    /// (daemon/events/events.go `Log`).
    public var json: JSONValue {
        let legacy = type == "container" || type == "image"
        let from = type == "container" ? attributes["image"] ?? "" : ""
        return .ordered([
            ("status", legacy && !action.isEmpty ? .string(action) : nil),
            ("id", legacy && !actorID.isEmpty ? .string(actorID) : nil),
            ("from", from.isEmpty ? nil : .string(from)),
            ("Type", .string(type)),
            ("Action", .string(action)),
            ("Actor", .object([JSONMember("ID", .string(actorID)), JSONMember("Attributes", .stringMap(attributes))])),
            ("scope", .string("local")),
            ("time", .int(time.seconds)),
            ("timeNano", .int(time.nanoseconds)),
        ])
    }
}

/// The options of `GET /events`; without `until` the answer stops at the daemon's now.
public struct EventsOptions: Sendable, Equatable {
    public var since: Timestamp?
    public var until: Timestamp?
    public var filters: FilterArgs
    public init(since: Timestamp? = nil, until: Timestamp? = nil, filters: FilterArgs = FilterArgs()) {
        self.since = since
        self.until = until
        self.filters = filters
    }
}

/// The body of `POST /containers/{id}/exec`.
public struct ExecCreateConfig: Sendable, Equatable {
    public var cmd: [String]
    public var env: [String]
    public var workingDir: String
    public var user: String
    public var privileged: Bool
    public var tty: Bool
    public var attachStdin: Bool
    public var attachStdout: Bool
    public var attachStderr: Bool
    public var detachKeys: String

    public init(cmd: [String], env: [String] = [], workingDir: String = "", user: String = "", privileged: Bool = false,
                tty: Bool = false, attachStdin: Bool = false, attachStdout: Bool = true, attachStderr: Bool = true,
                detachKeys: String = "") {
        self.cmd = cmd
        self.env = env
        self.workingDir = workingDir
        self.user = user
        self.privileged = privileged
        self.tty = tty
        self.attachStdin = attachStdin
        self.attachStdout = attachStdout
        self.attachStderr = attachStderr
        self.detachKeys = detachKeys
    }
}

/// What an attached exec produced: its output and exit code (detached: no output, still running or done).
public struct ExecStartResult: Sendable, Equatable {
    public var output: [LogEntry]
    public var exitCode: Int?
    public init(output: [LogEntry], exitCode: Int?) {
        self.output = output
        self.exitCode = exitCode
    }
}

/// The answer of `GET /exec/{id}/json`, moby's `container.ExecInspect` (the fields clients use).
public struct ExecInspect: Sendable, Equatable {
    public var id: String
    public var containerID: String
    public var running: Bool
    public var exitCode: Int?
    public var pid: Int
    public var entrypoint: String
    public var arguments: [String]
    public var tty: Bool
    public var user: String
    public var privileged: Bool
    public var openStdin: Bool
    public var openStdout: Bool
    public var openStderr: Bool
    public var canRemove: Bool
    public var detachKeys: String

    public init(id: String, containerID: String, running: Bool, exitCode: Int?, pid: Int, entrypoint: String,
                arguments: [String], tty: Bool, user: String, privileged: Bool, openStdin: Bool, openStdout: Bool,
                openStderr: Bool, canRemove: Bool, detachKeys: String) {
        self.id = id
        self.containerID = containerID
        self.running = running
        self.exitCode = exitCode
        self.pid = pid
        self.entrypoint = entrypoint
        self.arguments = arguments
        self.tty = tty
        self.user = user
        self.privileged = privileged
        self.openStdin = openStdin
        self.openStdout = openStdout
        self.openStderr = openStderr
        self.canRemove = canRemove
        self.detachKeys = detachKeys
    }
}

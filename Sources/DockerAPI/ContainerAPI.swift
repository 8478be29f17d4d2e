/// One row of `GET /containers/json`, moby's `container.Summary`: what `docker ps` tabulates.
public struct ContainerSummary: Sendable, Equatable, JSONRepresentable {
    public var id: String
    /// With leading slashes; links add `/parent/alias` entries.
    public var names: [String]
    /// The image as the user named it (`redis`, or an id).
    public var image: String
    public var imageID: String
    /// `Path` and `Args` joined, arguments with spaces quoted in single quotes.
    public var command: String
    /// Unix seconds.
    public var created: Int64
    public var ports: [PortSummary]
    public var sizeRw: Int64?
    public var sizeRootFs: Int64?
    public var labels: [String: String]?
    public var state: String
    /// `Up 3 minutes`, `Exited (0) 2 seconds ago`... computed against the daemon's clock.
    public var status: String
    public var networkMode: String
    public var annotations: [String: String]?
    public var networks: [String: EndpointSettings]
    public var mounts: [MountPoint]

    public init(id: String, names: [String], image: String, imageID: String, command: String, created: Int64,
                ports: [PortSummary], sizeRw: Int64? = nil, sizeRootFs: Int64? = nil, labels: [String: String]?,
                state: String, status: String, networkMode: String, annotations: [String: String]? = nil,
                networks: [String: EndpointSettings], mounts: [MountPoint]) {
        self.id = id
        self.names = names
        self.image = image
        self.imageID = imageID
        self.command = command
        self.created = created
        self.ports = ports
        self.sizeRw = sizeRw
        self.sizeRootFs = sizeRootFs
        self.labels = labels
        self.state = state
        self.status = status
        self.networkMode = networkMode
        self.annotations = annotations
        self.networks = networks
        self.mounts = mounts
    }

    public var json: JSONValue {
        .ordered([
            ("Id", .string(id)),
            ("Names", .strings(names)),
            ("Image", .string(image)),
            ("ImageID", .string(imageID)),
            ("Command", .string(command)),
            ("Created", .int(created)),
            ("Ports", .array(ports.map(\.json))),
            ("SizeRw", sizeRw.flatMap { $0 == 0 ? nil : .int($0) }),
            ("SizeRootFs", sizeRootFs.flatMap { $0 == 0 ? nil : .int($0) }),
            ("Labels", .stringMap(labels)),
            ("State", .string(state)),
            ("Status", .string(status)),
            ("HostConfig", .ordered([
                ("NetworkMode", networkMode.isEmpty ? nil : .string(networkMode)),
                ("Annotations", (annotations ?? [:]).isEmpty ? nil : .stringMap(annotations)),
            ])),
            ("NetworkSettings", .object([JSONMember("Networks", .object(networks.keys.sorted().map {
                JSONMember($0, networks[$0]?.json ?? .null)
            }))])),
            ("Mounts", .array(mounts.map(\.json))),
        ])
    }
}

/// The answer of `POST /containers/create`.
public struct ContainerCreateResponse: Sendable, Equatable {
    public var id: String
    public var warnings: [String]
    public init(id: String, warnings: [String]) {
        self.id = id
        self.warnings = warnings
    }
}

/// How `stop` and `restart` end the main process: the signal and seconds before SIGKILL.
public struct StopOptions: Sendable, Equatable {
    /// Empty for the container's own stop signal.
    public var signal: String
    /// `nil` for the container's own timeout; negative waits forever.
    public var timeout: Int?
    public init(signal: String = "", timeout: Int? = nil) {
        self.signal = signal
        self.timeout = timeout
    }
}

/// The options of `DELETE /containers/{id}`.
public struct ContainerRemoveOptions: Sendable, Equatable {
    public var force: Bool
    /// Also remove anonymous volumes (`-v`).
    public var removeVolumes: Bool
    /// Remove the link named by the id instead of the container (`--link`).
    public var removeLink: Bool
    public init(force: Bool = false, removeVolumes: Bool = false, removeLink: Bool = false) {
        self.force = force
        self.removeVolumes = removeVolumes
        self.removeLink = removeLink
    }
}

/// The options of `GET /containers/json`.
public struct ContainerListOptions: Sendable, Equatable {
    public var all: Bool
    /// Show at most this many, newest first; `nil` or 0 for no limit (`-n`, `--last`).
    public var limit: Int?
    public var size: Bool
    public var filters: FilterArgs
    public init(all: Bool = false, limit: Int? = nil, size: Bool = false, filters: FilterArgs = FilterArgs()) {
        self.all = all
        self.limit = limit
        self.size = size
        self.filters = filters
    }
}

/// The condition `POST /containers/{id}/wait` waits for.
public enum WaitCondition: String, Sendable, Equatable, CaseIterable {
    case notRunning = "not-running"
    case nextExit = "next-exit"
    case removed
}

/// The answer of a wait: the exit code, and the error a failed start left behind.
public struct ContainerWaitResponse: Sendable, Equatable {
    public var statusCode: Int
    public var errorMessage: String?
    /// The condition will never hold on its own (a container that runs until stopped, a created
    /// one waiting for its next exit): a real client would block until interrupted.
    public var blocksForever: Bool
    public init(statusCode: Int, errorMessage: String? = nil, blocksForever: Bool = false) {
        self.statusCode = statusCode
        self.errorMessage = errorMessage
        self.blocksForever = blocksForever
    }
}

/// What `docker update` may change; `nil` leaves a setting as it is.
public struct ContainerUpdateConfig: Sendable, Equatable {
    public var blkioWeight: UInt16?
    public var cpuShares: Int64?
    public var cpuPeriod: Int64?
    public var cpuQuota: Int64?
    public var cpuRealtimePeriod: Int64?
    public var cpuRealtimeRuntime: Int64?
    public var cpusetCpus: String?
    public var cpusetMems: String?
    public var nanoCpus: Int64?
    public var memory: Int64?
    public var memoryReservation: Int64?
    public var memorySwap: Int64?
    public var pidsLimit: Int64?
    public var restartPolicy: RestartPolicy?
    public init() {}
}

/// The container-prune report: ids removed and bytes freed.
public struct ContainersPruneReport: Sendable, Equatable {
    public var containersDeleted: [String]
    public var spaceReclaimed: UInt64
    public init(containersDeleted: [String], spaceReclaimed: UInt64) {
        self.containersDeleted = containersDeleted
        self.spaceReclaimed = spaceReclaimed
    }
}

/// The answer of `GET /containers/{id}/top`: `ps` titles and rows.
public struct ContainerTopResponse: Sendable, Equatable {
    public var titles: [String]
    public var processes: [[String]]
    public init(titles: [String], processes: [[String]]) {
        self.titles = titles
        self.processes = processes
    }
}

/// One sample of `GET /containers/{id}/stats?stream=false`, with the fields `docker stats` computes from.
public struct ContainerStatsSnapshot: Sendable, Equatable {
    public var id: String
    /// With the leading slash.
    public var name: String
    public var read: Timestamp
    public var preread: Timestamp?
    public var cpuTotalUsage: UInt64
    public var preCPUTotalUsage: UInt64
    public var systemCPUUsage: UInt64
    public var preSystemCPUUsage: UInt64
    public var onlineCPUs: UInt32
    public var memoryUsage: UInt64
    public var memoryLimit: UInt64
    /// `memory_stats.stats.inactive_file`, which the client subtracts from the usage.
    public var memoryInactiveFile: UInt64
    public var networkRxBytes: UInt64
    public var networkTxBytes: UInt64
    public var blockRead: UInt64
    public var blockWrite: UInt64
    public var pids: UInt64

    public init(id: String, name: String, read: Timestamp, preread: Timestamp?, cpuTotalUsage: UInt64,
                preCPUTotalUsage: UInt64, systemCPUUsage: UInt64, preSystemCPUUsage: UInt64, onlineCPUs: UInt32,
                memoryUsage: UInt64, memoryLimit: UInt64, memoryInactiveFile: UInt64, networkRxBytes: UInt64,
                networkTxBytes: UInt64, blockRead: UInt64, blockWrite: UInt64, pids: UInt64) {
        self.id = id
        self.name = name
        self.read = read
        self.preread = preread
        self.cpuTotalUsage = cpuTotalUsage
        self.preCPUTotalUsage = preCPUTotalUsage
        self.systemCPUUsage = systemCPUUsage
        self.preSystemCPUUsage = preSystemCPUUsage
        self.onlineCPUs = onlineCPUs
        self.memoryUsage = memoryUsage
        self.memoryLimit = memoryLimit
        self.memoryInactiveFile = memoryInactiveFile
        self.networkRxBytes = networkRxBytes
        self.networkTxBytes = networkTxBytes
        self.blockRead = blockRead
        self.blockWrite = blockWrite
        self.pids = pids
    }
}

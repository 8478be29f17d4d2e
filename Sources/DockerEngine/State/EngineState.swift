import DockerAPI

/// Everything the simulated daemon knows, as one value: what `SandboxStore` saves between commands
/// and what lesson goals are evaluated against.
///
/// A value type so a command can work on a copy and the daemon can hand snapshots to the tutor;
/// keyed dictionaries mirror the daemon's own stores (image store, reference store, layer store,
/// container store, volume store, network controller).
public struct EngineState: Codable, Sendable, Equatable {
    /// Bumped whenever a saved state can no longer be read as is.
    public static let currentFormatVersion = 1

    public var formatVersion: Int = EngineState.currentFormatVersion
    public var daemon: DaemonIdentity
    /// The daemon's randomness; seeded sandboxes save the generator so the next command continues it.
    public var random: RandomSource
    /// The virtual clock's last reading, so a seeded sandbox resumes its time; `nil` on the wall clock.
    public var virtualTime: Timestamp?

    /// Image id (`sha256:...`) to image.
    public var images: [String: ImageRecord] = [:]
    /// Layer chain id (`sha256:...`) to layer.
    public var layers: [String: LayerRecord] = [:]
    /// Fully qualified reference (`docker.io/library/redis:latest`, `...@sha256:...`) to image id.
    public var references: [String: String] = [:]
    /// Container id to container.
    public var containers: [String: ContainerRecord] = [:]
    /// Volume name to volume.
    public var volumes: [String: VolumeRecord] = [:]
    /// Network id to network.
    public var networks: [String: NetworkRecord] = [:]
    /// Exec id to exec instance.
    public var execs: [String: ExecRecord] = [:]
    /// The daemon's event buffer (the last `EngineState.eventLimit`).
    public var events: [EventMessage] = []
    /// The next host process id to hand out.
    public var nextPid: Int = 1400
    /// The last ephemeral host port handed out, per protocol (the port allocator continues after it).
    public var lastPort: [String: Int] = [:]

    /// moby keeps the last 256 events in memory (daemon/events/events.go `eventsLimit`).
    public static let eventLimit = 256

    public init(daemon: DaemonIdentity, random: RandomSource, virtualTime: Timestamp? = nil) {
        self.daemon = daemon
        self.random = random
        self.virtualTime = virtualTime
    }
}

/// Who the daemon is: its id, host name, when it (last) started and its boot count.
public struct DaemonIdentity: Codable, Sendable, Equatable {
    /// A UUID, as `docker info` prints under `ID`.
    public var id: String
    /// The host name (`docker info` `Name`).
    public var name: String
    public var startedAt: Timestamp
    /// How many times the simulated daemon has been restarted.
    public var restarts: Int

    public init(id: String, name: String, startedAt: Timestamp, restarts: Int = 0) {
        self.id = id
        self.name = name
        self.startedAt = startedAt
        self.restarts = restarts
    }
}

/// An image in the image store, however it arrived.
///
/// Holds what an image is made of (config, layers, history, parent) and where it came from, so
/// images made by `commit`, `build` or `load` fit beside pulled ones.
public struct ImageRecord: Codable, Sendable, Equatable {
    /// `sha256:` + the config digest.
    public var id: String
    public var config: ImageConfig
    public var created: Timestamp?
    public var architecture: String
    public var os: String
    public var variant: String = ""
    public var author: String = ""
    public var comment: String = ""
    public var dockerVersion: String = ""
    /// Diff ids of the filesystem layers, bottom first.
    public var diffIDs: [String]
    public var history: [ImageHistoryRecord]
    /// The parent image id for committed or built images; empty for pulled ones.
    public var parent: String = ""
    public var provenance: ImageProvenance
    /// The process model the image's default command runs (`redis`, `nginx`...), from the catalog.
    public var process: String?
    /// The root filesystem family (`debian`, `alpine`, `busybox`...), from the catalog.
    public var rootfs: String?
    /// Set by `docker tag` (moby's `SetLastUpdated`).
    public var lastTagTime: Timestamp?

    public init(id: String, config: ImageConfig, created: Timestamp?, architecture: String, os: String,
                diffIDs: [String], history: [ImageHistoryRecord], provenance: ImageProvenance,
                process: String? = nil, rootfs: String? = nil) {
        self.id = id
        self.config = config
        self.created = created
        self.architecture = architecture
        self.os = os
        self.diffIDs = diffIDs
        self.history = history
        self.provenance = provenance
        self.process = process
        self.rootfs = rootfs
    }
}

/// One step of an image's build history.
public struct ImageHistoryRecord: Codable, Sendable, Equatable {
    public var created: Timestamp?
    public var createdBy: String
    public var comment: String
    public var emptyLayer: Bool

    public init(created: Timestamp?, createdBy: String, comment: String = "", emptyLayer: Bool = false) {
        self.created = created
        self.createdBy = createdBy
        self.comment = comment
        self.emptyLayer = emptyLayer
    }
}

/// How an image entered the store.
public enum ImageProvenance: Codable, Sendable, Equatable {
    /// From the simulated registry: repository (`docker.io/library/redis`) and manifest list digest.
    case pulled(repository: String, digest: String)
    /// `docker commit` of a container.
    case committed(containerID: String)
    case built
    case loaded
    case imported
}

/// A filesystem layer in the layer store, shared by every image whose chain reaches it.
public struct LayerRecord: Codable, Sendable, Equatable {
    public var chainID: String
    public var diffID: String
    /// The chain id of the layer below, empty for a base layer.
    public var parent: String
    /// The registry blob digest it was pulled as, if pulled.
    public var blobDigest: String
    /// Uncompressed bytes.
    public var size: Int64
    /// The storage driver's directory name (`/var/lib/docker/overlay2/<cacheID>`).
    public var cacheID: String

    public init(chainID: String, diffID: String, parent: String, blobDigest: String, size: Int64, cacheID: String) {
        self.chainID = chainID
        self.diffID = diffID
        self.parent = parent
        self.blobDigest = blobDigest
        self.size = size
        self.cacheID = cacheID
    }
}

/// An exec instance: a process started inside a running container.
public struct ExecRecord: Codable, Sendable, Equatable {
    public var id: String
    public var containerID: String
    public var cmd: [String]
    public var env: [String]
    public var workingDir: String
    public var user: String
    public var tty: Bool
    public var privileged: Bool
    public var attachStdin: Bool
    public var attachStdout: Bool
    public var attachStderr: Bool
    public var detachKeys: String
    public var running: Bool = false
    public var exitCode: Int?
    public var pid: Int = 0
    /// When a detached exec's process ends, if it does.
    public var endsAt: Timestamp?

    public init(id: String, containerID: String, config: ExecCreateConfig) {
        self.id = id
        self.containerID = containerID
        self.cmd = config.cmd
        self.env = config.env
        self.workingDir = config.workingDir
        self.user = config.user
        self.tty = config.tty
        self.privileged = config.privileged
        self.attachStdin = config.attachStdin
        self.attachStdout = config.attachStdout
        self.attachStderr = config.attachStderr
        self.detachKeys = config.detachKeys
    }
}

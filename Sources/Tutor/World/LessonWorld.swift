import DockerAPI

/// The read-only view of the sandbox that lesson goals are checked against.
///
/// Goals are predicates on state, never on what the learner typed, so they need a way to look at
/// containers, images, volumes, files and registries. This protocol is that seam: the simulated
/// engine implements it for the REPL and `lesson check`, and tests implement it in memory.
/// Every query answers from the current state; none may change it.
public protocol LessonWorld {
    /// Every container, running or not.
    func containers() -> [ContainerSnapshot]
    /// Every image in the local image store.
    func images() -> [ImageSnapshot]
    /// A file or directory inside an image's root filesystem; `imageID` is an `ImageSnapshot.id`.
    func imageFile(imageID: String, path: String) -> FileEntry?
    func volumes() -> [VolumeSnapshot]
    /// A file or directory inside a volume; `path` starts at the volume's root (`/todo.txt`, `/appendonlydir`).
    func volumeFile(volume: String, path: String) -> FileEntry?
    func networks() -> [NetworkSnapshot]
    /// The absolute sandbox path a host path names (relative paths start at the learner's working directory).
    func hostPath(_ path: String) -> String
    /// A file or directory on the sandbox host.
    func hostFile(path: String) -> FileEntry?
    /// The references held by a docker image archive on the host (what `docker save` wrote and `docker load` reads),
    /// or `nil` when the file is missing or not an image archive.
    func archiveReferences(hostPath: String) -> [String]?
    /// The registry listening at `host:port` (a `registry:2` container with a published port), or `nil`.
    func registry(at address: String) -> RegistrySnapshot?
    /// A file or directory inside a container's filesystem, as `docker exec NAME cat PATH` would see it.
    func containerFile(container: String, path: String) -> FileEntry?
    /// The string value of a key in the Redis server of a running container, or `nil` when unset.
    func redisValue(container: String, key: String) -> String?
    /// The command lines the learner has run, oldest first.
    var commandsRun: [String] { get }
}

/// A container as `docker inspect` shows it, reduced to what goals ask about.
public struct ContainerSnapshot: Sendable, Equatable {
    public var id: String
    /// The name without docker's leading slash.
    public var name: String
    /// The image as given at creation (`Config.Image`: `redis`, `my-app:1.0`, or an id).
    public var image: String
    /// The id of the image the container was created from.
    public var imageID: String
    public var state: ContainerState
    /// The exit code of the last run (0 for a container that never ran).
    public var exitCode: Int
    /// `nil` when the container has no health check.
    public var health: HealthStatus?
    /// The process's executable and arguments (`Path`, `Args`): the entrypoint and command together.
    public var path: String
    public var args: [String]
    public var config: ContainerConfig
    public var hostConfig: HostConfig
    public var mounts: [ContainerMount]
    /// The names of the networks the container is connected to.
    public var networks: [String]

    public init(id: String, name: String, image: String, imageID: String = "", state: ContainerState,
                exitCode: Int = 0, health: HealthStatus? = nil, path: String = "", args: [String] = [],
                config: ContainerConfig = ContainerConfig(), hostConfig: HostConfig = HostConfig(),
                mounts: [ContainerMount] = [], networks: [String] = []) {
        self.id = id
        self.name = name
        self.image = image
        self.imageID = imageID
        self.state = state
        self.exitCode = exitCode
        self.health = health
        self.path = path
        self.args = args
        self.config = config
        self.hostConfig = hostConfig
        self.mounts = mounts
        self.networks = networks
    }

    /// The words the container's process runs with: `Path` followed by `Args`.
    public var commandWords: [String] { (path.isEmpty ? [] : [path]) + args }
}

/// A container's state, as `State.Status` names it.
public enum ContainerState: String, Sendable, CaseIterable {
    case created, running, paused, restarting, removing, exited, dead
}

/// The health of a container with a health check, as `State.Health.Status` names it.
public enum HealthStatus: String, Sendable, CaseIterable {
    case starting, healthy, unhealthy
}

/// One entry of a container's `Mounts` in `docker inspect`.
public struct ContainerMount: Sendable, Equatable {
    public var type: Mount.Kind
    /// The volume name, for volume mounts (a 64-hex id for anonymous volumes).
    public var name: String?
    /// The host path of a bind mount, or the volume's directory.
    public var source: String
    public var destination: String
    public var readWrite: Bool

    public init(type: Mount.Kind, name: String? = nil, source: String = "", destination: String, readWrite: Bool = true) {
        self.type = type
        self.name = name
        self.source = source
        self.destination = destination
        self.readWrite = readWrite
    }
}

/// An image in the local store.
public struct ImageSnapshot: Sendable, Equatable {
    /// `sha256:...`.
    public var id: String
    /// The tags pointing at the image, as `RepoTags` shows them (`redis:latest`, `localhost:5000/app:1.0`).
    public var references: [String]
    /// How the image came into the store, or `nil` when the engine does not know.
    public var origin: ImageOrigin?
    /// The image's runtime defaults (`Config` in `docker image inspect`).
    public var config: ContainerConfig
    /// The number of filesystem layers (`RootFS.Layers`).
    public var layerCount: Int

    public init(id: String, references: [String], origin: ImageOrigin? = nil, config: ContainerConfig = ContainerConfig(),
                layerCount: Int = 1) {
        self.id = id
        self.references = references
        self.origin = origin
        self.config = config
        self.layerCount = layerCount
    }
}

/// How an image came to be in the local store.
public enum ImageOrigin: String, Sendable, CaseIterable {
    case pull, build, commit, load
    /// `docker import` of a filesystem tarball.
    case `import`
}

/// A volume.
public struct VolumeSnapshot: Sendable, Equatable {
    public var name: String
    public var driver: String
    /// `true` for a volume docker created for an image's `VOLUME` or a `-v /path` without a name.
    public var anonymous: Bool

    public init(name: String, driver: String = "local", anonymous: Bool = false) {
        self.name = name
        self.driver = driver
        self.anonymous = anonymous
    }
}

/// A network and the containers attached to it.
public struct NetworkSnapshot: Sendable, Equatable {
    public var name: String
    public var driver: String
    /// Names of the attached containers.
    public var containers: [String]

    public init(name: String, driver: String = "bridge", containers: [String] = []) {
        self.name = name
        self.driver = driver
        self.containers = containers
    }
}

/// The contents of a registry: repository path to its tags.
public struct RegistrySnapshot: Sendable, Equatable {
    /// `host:port`.
    public var address: String
    /// Repository path (`my-nginx`, `team/app`) to tags.
    public var repositories: [String: [String]]

    public init(address: String, repositories: [String: [String]] = [:]) {
        self.address = address
        self.repositories = repositories
    }
}

/// A file or directory found by a file query.
public enum FileEntry: Sendable, Equatable {
    /// A regular file and its contents (binary contents decoded lossily as UTF-8).
    case file(String)
    /// A directory and the names of its entries.
    case directory([String])
    /// A symbolic link and its target.
    case symlink(String)
}

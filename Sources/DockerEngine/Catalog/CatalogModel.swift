import DockerAPI

/// The simulated Docker Hub: the repositories `docker pull` can reach and the images behind their tags.
///
/// The catalog is data (`catalog.json`), so lessons can add repositories of their own.
public struct Catalog: Codable, Sendable, Equatable {
    public var repositories: [CatalogRepository]

    public init(repositories: [CatalogRepository]) {
        self.repositories = repositories
    }
}

/// One repository on the simulated registry (`redis`, `bitnami/redis`, `localhost:5000/app` never: registries are separate).
public struct CatalogRepository: Codable, Sendable, Equatable {
    /// The familiar name (`redis`, `library/redis` is implied for official images).
    public var name: String
    /// The description `docker search` shows.
    public var description: String
    public var official: Bool
    public var stars: Int
    /// The images, each under one or more tags (`latest`, `7`, `7.2`, `7.2.5`, `bookworm`).
    public var images: [CatalogImage]

    public init(name: String, description: String, official: Bool, stars: Int, images: [CatalogImage]) {
        self.name = name
        self.description = description
        self.official = official
        self.stars = stars
        self.images = images
    }
}

/// One image of the catalog, as the registry serves it for linux/amd64.
public struct CatalogImage: Codable, Sendable, Equatable {
    /// Every tag that points at this image.
    public var tags: [String]
    /// The digest `docker pull` prints (`Digest: sha256:...`): the manifest list's (index's) digest.
    public var repoDigest: String
    /// The image id: the digest of the image config (`sha256:...`).
    public var id: String
    /// RFC 3339 creation time of the image.
    public var created: String
    public var architecture: String
    public var os: String
    /// The image's default configuration.
    public var config: ImageConfigSpec
    /// Filesystem layers, bottom first.
    public var layers: [CatalogLayer]
    /// History entries as `docker history` shows them, oldest first; entries with `emptyLayer` add no layer.
    public var history: [CatalogHistoryEntry]
    /// The name of the process model that runs when a container starts with the default command
    /// (`hello-world`, `redis`, `nginx`, `shell`...).
    public var process: String?
    /// The image family whose root filesystem template the container sees (`debian`, `alpine`, `busybox`...).
    public var rootfs: String?
    /// The digest of the linux/amd64 manifest inside the index (`repoDigest`), when known: what
    /// `docker pull --platform linux/amd64 name@sha256:...` and `docker manifest inspect` show for one platform.
    public var manifestDigest: String?
    /// Where this entry's facts came from and which of its values are derived rather than copied,
    /// so a lesson author can tell a real digest from an estimate.
    public var provenance: CatalogProvenance?

    public init(tags: [String], repoDigest: String, id: String, created: String, architecture: String = "amd64",
                os: String = "linux", config: ImageConfigSpec, layers: [CatalogLayer], history: [CatalogHistoryEntry],
                process: String? = nil, rootfs: String? = nil, manifestDigest: String? = nil,
                provenance: CatalogProvenance? = nil) {
        self.tags = tags
        self.repoDigest = repoDigest
        self.id = id
        self.created = created
        self.architecture = architecture
        self.os = os
        self.config = config
        self.layers = layers
        self.history = history
        self.process = process
        self.rootfs = rootfs
        self.manifestDigest = manifestDigest
        self.provenance = provenance
    }
}

/// Where a catalog image's facts come from.
///
/// The bundled catalog copies digests, sizes, history and config from public records
/// (`Scripts/catalog/README.md`); the few values no record holds are derived, and say so here.
public struct CatalogProvenance: Codable, Sendable, Equatable {
    /// The record the facts were copied from (a docker-library/repo-info file, a public `docker inspect`...).
    public var source: String
    /// The values that were derived or estimated rather than copied, one sentence each.
    public var derived: [String]

    public init(source: String, derived: [String] = []) {
        self.source = source
        self.derived = derived
    }
}

/// An image's runtime defaults (the OCI image config's `config` object).
public struct ImageConfigSpec: Codable, Sendable, Equatable {
    public var user: String?
    public var env: [String]?
    public var cmd: [String]?
    public var entrypoint: [String]?
    public var exposedPorts: [String]?
    public var volumes: [String]?
    public var workingDir: String?
    public var labels: [String: String]?
    public var stopSignal: String?
    public var healthcheck: HealthConfig?
    public var onBuild: [String]?
    public var shell: [String]?

    public init(user: String? = nil, env: [String]? = nil, cmd: [String]? = nil, entrypoint: [String]? = nil,
                exposedPorts: [String]? = nil, volumes: [String]? = nil, workingDir: String? = nil,
                labels: [String: String]? = nil, stopSignal: String? = nil, healthcheck: HealthConfig? = nil,
                onBuild: [String]? = nil, shell: [String]? = nil) {
        self.user = user
        self.env = env
        self.cmd = cmd
        self.entrypoint = entrypoint
        self.exposedPorts = exposedPorts
        self.volumes = volumes
        self.workingDir = workingDir
        self.labels = labels
        self.stopSignal = stopSignal
        self.healthcheck = healthcheck
        self.onBuild = onBuild
        self.shell = shell
    }
}

/// One filesystem layer as the registry stores it.
public struct CatalogLayer: Codable, Sendable, Equatable {
    /// The compressed blob's digest (`sha256:...`); the short form (`a2abf6c4d29d`) appears in pull output.
    public var digest: String
    /// The compressed size in bytes (what `Downloading` counts).
    public var compressedSize: Int64
    /// The uncompressed size in bytes (what `docker images` and `history` add up).
    public var size: Int64

    public init(digest: String, compressedSize: Int64, size: Int64) {
        self.digest = digest
        self.compressedSize = compressedSize
        self.size = size
    }
}

/// One line of an image's build history.
public struct CatalogHistoryEntry: Codable, Sendable, Equatable {
    public var created: String
    public var createdBy: String
    public var comment: String?
    /// `true` for metadata-only steps (ENV, CMD...), which add no layer.
    public var emptyLayer: Bool

    public init(created: String, createdBy: String, comment: String? = nil, emptyLayer: Bool = false) {
        self.created = created
        self.createdBy = createdBy
        self.comment = comment
        self.emptyLayer = emptyLayer
    }
}

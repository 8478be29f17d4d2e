/// An image's runtime defaults as image inspect shows them, moby's `DockerOCIImageConfig`.
///
/// Every field is `omitempty` in the image spec, so unset fields are left out of the JSON.
public struct ImageConfig: Codable, Sendable, Equatable, JSONRepresentable {
    public var user: String = ""
    public var exposedPorts: [String]? = nil
    public var env: [String]? = nil
    public var entrypoint: [String]? = nil
    public var cmd: [String]? = nil
    public var volumes: [String]? = nil
    public var workingDir: String = ""
    public var labels: [String: String]? = nil
    public var stopSignal: String = ""
    public var argsEscaped: Bool = false
    public var healthcheck: HealthConfig? = nil
    public var onBuild: [String]? = nil
    public var shell: [String]? = nil

    public init() {}

    public var json: JSONValue {
        func nonEmpty(_ a: [String]?) -> JSONValue? { (a ?? []).isEmpty ? nil : .strings(a) }
        return .ordered([
            ("User", user.isEmpty ? nil : .string(user)),
            ("ExposedPorts", (exposedPorts ?? []).isEmpty ? nil : .set(exposedPorts)),
            ("Env", nonEmpty(env)),
            ("Entrypoint", nonEmpty(entrypoint)),
            ("Cmd", nonEmpty(cmd)),
            ("Volumes", (volumes ?? []).isEmpty ? nil : .set(volumes)),
            ("WorkingDir", workingDir.isEmpty ? nil : .string(workingDir)),
            ("Labels", (labels ?? [:]).isEmpty ? nil : .stringMap(labels)),
            ("StopSignal", stopSignal.isEmpty ? nil : .string(stopSignal)),
            ("ArgsEscaped", argsEscaped ? .bool(true) : nil),
            ("Healthcheck", healthcheck?.json),
            ("OnBuild", nonEmpty(onBuild)),
            ("Shell", nonEmpty(shell)),
        ])
    }
}

/// The answer of `GET /images/{name}/json`, moby's `image.InspectResponse` at API 1.50.
public struct ImageInspect: Sendable, Equatable, JSONRepresentable {
    public var id: String
    public var repoTags: [String]
    public var repoDigests: [String]
    public var parent: String
    public var comment: String
    /// RFC3339Nano; empty when the image has no creation time.
    public var created: String
    public var dockerVersion: String
    public var author: String
    public var config: ImageConfig
    public var architecture: String
    public var variant: String
    public var os: String
    public var size: Int64
    public var graphDriver: GraphDriverData
    /// The layers' diff ids, bottom first.
    public var rootFSLayers: [String]
    /// RFC3339Nano of the last `docker tag`, or Go's zero time.
    public var lastTagTime: String

    public init(id: String, repoTags: [String], repoDigests: [String], parent: String, comment: String, created: String,
                dockerVersion: String, author: String, config: ImageConfig, architecture: String, variant: String = "",
                os: String, size: Int64, graphDriver: GraphDriverData, rootFSLayers: [String], lastTagTime: String) {
        self.id = id
        self.repoTags = repoTags
        self.repoDigests = repoDigests
        self.parent = parent
        self.comment = comment
        self.created = created
        self.dockerVersion = dockerVersion
        self.author = author
        self.config = config
        self.architecture = architecture
        self.variant = variant
        self.os = os
        self.size = size
        self.graphDriver = graphDriver
        self.rootFSLayers = rootFSLayers
        self.lastTagTime = lastTagTime
    }

    public var json: JSONValue {
        .ordered([
            ("Id", .string(id)),
            ("RepoTags", .strings(repoTags)),
            ("RepoDigests", .strings(repoDigests)),
            ("Parent", .string(parent)),
            ("Comment", .string(comment)),
            ("Created", created.isEmpty ? nil : .string(created)),
            ("DockerVersion", .string(dockerVersion)),
            ("Author", .string(author)),
            ("Config", config.json),
            ("Architecture", .string(architecture)),
            ("Variant", variant.isEmpty ? nil : .string(variant)),
            ("Os", .string(os)),
            ("Size", .int(size)),
            ("GraphDriver", graphDriver.json),
            ("RootFS", .ordered([
                ("Type", .string("layers")),
                ("Layers", rootFSLayers.isEmpty ? nil : .strings(rootFSLayers)),
            ])),
            ("Metadata", .object([JSONMember("LastTagTime", .string(lastTagTime))])),
        ])
    }
}

/// One row of `GET /images/json`, moby's `image.Summary`: what `docker images` tabulates.
public struct ImageSummary: Sendable, Equatable, JSONRepresentable {
    /// `-1` unless container counts were asked for.
    public var containers: Int64
    /// Unix seconds.
    public var created: Int64
    public var id: String
    public var labels: [String: String]?
    public var parentID: String
    public var repoDigests: [String]
    public var repoTags: [String]
    /// `-1` unless shared sizes were asked for.
    public var sharedSize: Int64
    public var size: Int64

    public init(containers: Int64 = -1, created: Int64, id: String, labels: [String: String]?, parentID: String,
                repoDigests: [String], repoTags: [String], sharedSize: Int64 = -1, size: Int64) {
        self.containers = containers
        self.created = created
        self.id = id
        self.labels = labels
        self.parentID = parentID
        self.repoDigests = repoDigests
        self.repoTags = repoTags
        self.sharedSize = sharedSize
        self.size = size
    }

    public var json: JSONValue {
        .ordered([
            ("Containers", .int(containers)),
            ("Created", .int(created)),
            ("Id", .string(id)),
            ("Labels", .stringMap(labels)),
            ("ParentId", .string(parentID)),
            ("RepoDigests", .strings(repoDigests)),
            ("RepoTags", .strings(repoTags)),
            ("SharedSize", .int(sharedSize)),
            ("Size", .int(size)),
        ])
    }
}

/// The options of `GET /images/json`.
public struct ImageListOptions: Sendable, Equatable {
    /// Include intermediate images (`-a`).
    public var all: Bool
    public var filters: FilterArgs
    /// Count the containers using each image (`system df -v`).
    public var containerCount: Bool
    public var sharedSize: Bool
    public init(all: Bool = false, filters: FilterArgs = FilterArgs(), containerCount: Bool = false, sharedSize: Bool = false) {
        self.all = all
        self.filters = filters
        self.containerCount = containerCount
        self.sharedSize = sharedSize
    }
}

/// One row of `GET /images/{name}/history`, moby's `image.HistoryResponseItem`.
public struct ImageHistoryItem: Sendable, Equatable, JSONRepresentable {
    /// The image id for the top entry of each image in the chain, `<missing>` otherwise.
    public var id: String
    /// Unix seconds.
    public var created: Int64
    public var createdBy: String
    public var tags: [String]?
    public var size: Int64
    public var comment: String

    public init(id: String, created: Int64, createdBy: String, tags: [String]?, size: Int64, comment: String) {
        self.id = id
        self.created = created
        self.createdBy = createdBy
        self.tags = tags
        self.size = size
        self.comment = comment
    }

    public var json: JSONValue {
        .ordered([
            ("Comment", .string(comment)),
            ("Created", .int(created)),
            ("CreatedBy", .string(createdBy)),
            ("Id", .string(id)),
            ("Size", .int(size)),
            ("Tags", .strings(tags)),
        ])
    }
}

/// One line of an image removal: `Untagged: redis:latest` or `Deleted: sha256:...`.
public enum ImageDeleteResponseItem: Sendable, Equatable {
    case untagged(String)
    case deleted(String)
}

/// One message of the pull progress stream, moby's `jsonmessage.JSONMessage` as the daemon sends it.
///
/// `id` is a layer's short digest, the tag (`latest: Pulling from library/redis`), or `nil` for
/// whole-pull lines (`Digest: ...`, `Status: ...`). `current`/`total` are bytes for `Downloading`
/// and `Extracting`; the client draws the bar.
public struct PullProgress: Sendable, Equatable {
    public var id: String?
    public var status: String
    public var current: Int64?
    public var total: Int64?

    public init(id: String?, status: String, current: Int64? = nil, total: Int64? = nil) {
        self.id = id
        self.status = status
        self.current = current
        self.total = total
    }
}

/// The image-prune report.
public struct ImagesPruneReport: Sendable, Equatable {
    public var imagesDeleted: [ImageDeleteResponseItem]
    public var spaceReclaimed: UInt64
    public init(imagesDeleted: [ImageDeleteResponseItem], spaceReclaimed: UInt64) {
        self.imagesDeleted = imagesDeleted
        self.spaceReclaimed = spaceReclaimed
    }
}

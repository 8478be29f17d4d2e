/// The image configuration a stage produces: what `docker inspect` shows under `Config`.
///
/// These are the OCI/Docker image config fields the Dockerfile's metadata instructions write.
/// Optional arrays keep Docker's distinction between "not set" and "set to empty" (an
/// `ENTRYPOINT` resets an inherited `Cmd` to null, not to `[]`).
public struct ImageConfig: Equatable, Sendable {
    public var user: String = ""
    /// `80/tcp` style keys, sorted.
    public var exposedPorts: [String] = []
    /// `KEY=value` entries in order.
    public var env: [String] = []
    public var entrypoint: [String]?
    public var cmd: [String]?
    /// Mount points, sorted.
    public var volumes: [String] = []
    public var workingDir: String = ""
    public var labels: [String: String] = [:]
    public var stopSignal: String = ""
    public var argsEscaped = false
    public var healthcheck: HealthConfig?
    public var onBuild: [String] = []
    public var shell: [String] = []

    public init() {}
}

/// One entry of the image history, as `docker history` shows it.
public struct HistoryEntry: Equatable, Sendable {
    /// `RUN /bin/sh -c apt-get update # buildkit`, `ENV A=b`, `CMD ["redis-server"]`.
    public var createdBy: String
    /// `buildkit.dockerfile.v0` for entries BuildKit writes.
    public var comment: String
    /// True for metadata-only instructions.
    public var emptyLayer: Bool

    public init(createdBy: String, comment: String = HistoryEntry.buildkitComment, emptyLayer: Bool) {
        self.createdBy = createdBy
        self.comment = comment
        self.emptyLayer = emptyLayer
    }

    public static let buildkitComment = "buildkit.dockerfile.v0"
}

/// An image as the builder sees it: platform, author, config and history.
public struct ImageSpec: Equatable, Sendable {
    public var platform: Platform
    public var author: String = ""
    public var config = ImageConfig()
    public var history: [HistoryEntry] = []

    public init(platform: Platform, author: String = "", config: ImageConfig = ImageConfig(), history: [HistoryEntry] = []) {
        self.platform = platform
        self.author = author
        self.config = config
        self.history = history
    }

    /// `emptyImage`: what `FROM scratch` starts from.
    public static func scratch(_ platform: Platform) -> ImageSpec {
        var spec = ImageSpec(platform: platform)
        spec.config.workingDir = "/"
        if platform.os != "windows" { spec.config.env = ["PATH=" + defaultPath] }
        return spec
    }

    /// `system.DefaultPathEnvUnix`.
    public static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
}

/// What a base image resolved to.
public struct BaseImage: Equatable, Sendable {
    public var spec: ImageSpec
    /// The manifest digest, shown in BuildKit's `FROM ...@sha256:` progress line.
    public var digest: String?
    /// False when the resolver knows nothing about this image's config. The builder then
    /// starts from an empty config and stays quiet about variables the real image might define.
    public var isKnown: Bool

    public init(spec: ImageSpec, digest: String? = nil, isKnown: Bool = true) {
        self.spec = spec
        self.digest = digest
        self.isKnown = isKnown
    }
}

/// Supplies base images' configs to the builder: the simulated daemon's image store and
/// catalog during `docker build`, or nothing at all for `docker-tutor check`.
public protocol BaseImageResolver: Sendable {
    /// The image for a normalised reference (`docker.io/library/node:20`), or a failure
    /// message worded as the daemon would word it (`... not found`).
    func resolve(_ reference: String, platform: Platform) -> Result<BaseImage, BaseImageResolutionError>
}

/// A base image that could not be resolved.
public struct BaseImageResolutionError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// A resolver that knows no images: every base is an unknown, empty image. Used for lint.
public struct UnknownBaseImages: BaseImageResolver {
    public init() {}

    public func resolve(_ reference: String, platform: Platform) -> Result<BaseImage, BaseImageResolutionError> {
        .success(BaseImage(spec: ImageSpec(platform: platform), isKnown: false))
    }
}

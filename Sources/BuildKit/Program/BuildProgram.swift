/// What `docker build` asks of the Dockerfile frontend.
public struct BuildOptions: Sendable {
    /// `--build-arg KEY=value`.
    public var buildArgs: [String: String] = [:]
    /// `--target`; empty builds the last stage.
    public var target: String = ""
    /// `--platform`; nil builds for the build platform.
    public var targetPlatform: Platform?
    /// The daemon's platform.
    public var buildPlatform: Platform = .linuxAMD64
    /// `--label KEY=value`, added to the final image.
    public var labels: [String: String] = [:]
    /// Patterns from `.dockerignore` (see `DockerIgnore.parse`).
    public var dockerignore: [String] = []
    /// Dispatch every stage, not just those the target needs (what build checks do).
    public var allStages = false
    /// Where base images come from.
    public var resolver: any BaseImageResolver = UnknownBaseImages()

    public init() {}
}

/// The build a Dockerfile describes: stages with expanded, ready-to-run steps, each stage's
/// resulting image config and history, and the build checks BuildKit would print.
public struct BuildProgram: Sendable {
    /// Every stage in Dockerfile order.
    public var stages: [BuildStage]
    /// The stage `--target` (or the last stage) selected.
    public var targetIndex: Int
    /// Build-check warnings in the order BuildKit raises them.
    public var warnings: [LintFinding]
    /// Global ARG values visible to FROM lines (predefined platform ARGs included).
    public var globalArgs: ShellVariables
    /// Images read by `COPY --from=image` or `RUN --mount=from=image` rather than a stage.
    public var externalImages: [String]

    /// The image the build produces.
    public var target: BuildStage { stages[targetIndex] }
}

/// One stage after dispatch.
public struct BuildStage: Equatable, Sendable {
    public var index: Int
    /// The `AS` name (lowercase), nil when unnamed.
    public var name: String?
    /// The name BuildKit shows in progress lines: the AS name, `stage-N`, or empty when the
    /// build has a single stage.
    public var displayName: String
    public var base: StageBase
    public var platform: Platform
    /// Whether the target needs this stage (only reachable stages are dispatched).
    public var isReachable: Bool
    public var isDispatched: Bool
    /// Stages this one reads from (FROM, `COPY --from`, `RUN --mount=from=`), by index.
    public var dependencies: [Int]
    /// The steps, ONBUILD triggers first, with values expanded.
    public var steps: [BuildStep]
    /// The resulting image (config and history, inherited entries first).
    public var image: ImageSpec
    /// How many numbered progress steps the stage has (`[2/5]`).
    public var progressTotal: Int
    /// The progress name of loading the base image (`[1/3] FROM docker.io/library/alpine:latest`),
    /// nil for scratch and stage bases.
    public var fromProgressName: String?
}

/// What a stage starts from.
public enum StageBase: Equatable, Sendable {
    case scratch
    /// An image, normalised (`docker.io/library/alpine:3.20`), with the digest if resolved.
    case image(reference: String, digest: String?)
    /// An earlier stage, by index.
    case stage(Int)
}

/// One instruction, expanded and ready to execute.
public struct BuildStep: Equatable, Sendable {
    /// The instruction with variables expanded where BuildKit expands them.
    public var instruction: Instruction
    /// BuildKit's progress name (`[2/4] RUN apt-get update`) for steps that make a layer.
    public var progressName: String?
    /// Whether this step came from an ONBUILD trigger of the base.
    public var isOnBuildTrigger: Bool
    /// What the step does to the filesystem, if anything.
    public var action: StepAction
    /// The history entry it adds (nil for ONBUILD, which adds none).
    public var history: HistoryEntry?
}

/// The filesystem effect of a step.
public enum StepAction: Equatable, Sendable {
    /// Metadata only (ENV, LABEL, CMD, ...).
    case none
    case run(RunStep)
    case copy(CopyStep)
    /// Create the directory (WORKDIR other than `/`).
    case makeDirectory(path: String, user: String)
}

/// A RUN ready to execute.
public struct RunStep: Equatable, Sendable {
    /// The argv: the stage's shell prepended for shell form, heredocs folded in.
    public var arguments: [String]
    /// The environment the command sees: image Env plus ARG values, in LLB order.
    public var environment: [String]
    /// Proxy build args passed through (`http_proxy=...`).
    public var proxyEnvironment: [String]
    public var workingDir: String
    public var user: String
    public var mounts: [RunMount]
    /// Stage indexes of `--mount=from=` sources (nil for the context or an image).
    public var mountSources: [Int?]
    public var network: String
    /// For a single `RUN <<EOF` with a `#!` line: the file the heredoc is written to.
    public var scriptFile: InlineFile?
}

/// A COPY or ADD ready to execute.
public struct CopyStep: Equatable, Sendable {
    public var isAdd: Bool
    public var source: CopySource
    /// Sources as written (expanded), with their kind.
    public var sources: [CopyStepSource]
    /// Heredoc files (bodies expanded unless the delimiter was quoted).
    public var inlineFiles: [InlineSource]
    /// The absolute destination (a trailing `/` kept, meaning "into this directory").
    public var destination: String
    public var chown: String
    public var chmod: String
    public var link: Bool
    public var keepGitDir: Bool
    public var checksum: String
    public var parents: Bool
    public var excludes: [String]
}

/// Where COPY reads from.
public enum CopySource: Equatable, Sendable {
    case context
    case stage(Int)
    case image(String)
}

/// One COPY/ADD source and how ADD treats it.
public enum CopyStepSource: Equatable, Sendable {
    case path(String)
    case url(String, fileName: String)
    case git(remote: String, ref: String, subdirectory: String)
}

/// One typed Dockerfile instruction (everything except FROM, which starts a `StageDefinition`).
///
/// Values are as written in the Dockerfile: variables are expanded later, when the build
/// program is assembled, because what `$VAR` means depends on the stage's ARGs and ENVs at
/// that point. `source` keeps the keyword as typed and the lines, for messages and lint.
public struct Instruction: Equatable, Sendable {
    public var source: InstructionSource
    public var kind: Kind

    public init(source: InstructionSource, kind: Kind) {
        self.source = source
        self.kind = kind
    }

    public enum Kind: Equatable, Sendable {
        case env([KeyValue])
        case maintainer(String)
        case label([KeyValue])
        case add(AddInstruction)
        case copy(CopyInstruction)
        /// The trigger text registered for images built FROM this one.
        case onbuild(String)
        case workdir(String)
        case run(RunInstruction)
        case cmd(CommandLine)
        case healthcheck(HealthcheckInstruction)
        case entrypoint(CommandLine)
        /// Port specs, sorted as BuildKit sorts them.
        case expose([String])
        case user(String)
        case volume([String])
        case stopSignal(String)
        case arg([ArgDefinition])
        case shell([String])
    }

    /// The instruction's name in upper case (`RUN`), whatever case it was written in.
    public var name: String {
        switch kind {
        case .env: "ENV"
        case .maintainer: "MAINTAINER"
        case .label: "LABEL"
        case .add: "ADD"
        case .copy: "COPY"
        case .onbuild: "ONBUILD"
        case .workdir: "WORKDIR"
        case .run: "RUN"
        case .cmd: "CMD"
        case .healthcheck: "HEALTHCHECK"
        case .entrypoint: "ENTRYPOINT"
        case .expose: "EXPOSE"
        case .user: "USER"
        case .volume: "VOLUME"
        case .stopSignal: "STOPSIGNAL"
        case .arg: "ARG"
        case .shell: "SHELL"
        }
    }
}

/// Where an instruction came from.
public struct InstructionSource: Equatable, Sendable {
    /// The keyword exactly as written (`run`, `Run`, `RUN`).
    public var keyword: String
    /// The instruction's text with continuations joined and outer space trimmed.
    public var code: String
    /// The lines it spans, heredoc bodies included.
    public var lines: LineRange
    /// Comment lines directly above it.
    public var comments: [String]
}

/// `KEY=value` from ENV or LABEL. `legacy` marks the whitespace form (`ENV KEY value`).
public struct KeyValue: Equatable, Sendable {
    public var key: String
    public var value: String
    public var legacy: Bool

    public init(key: String, value: String, legacy: Bool = false) {
        self.key = key
        self.value = value
        self.legacy = legacy
    }

    /// `KEY=value`, as BuildKit writes it into history.
    public var text: String { key + "=" + value }
}

/// One name in an ARG instruction, with its optional default.
public struct ArgDefinition: Equatable, Sendable {
    public var key: String
    public var value: String?
    /// The description from a `# KEY description` comment above the ARG.
    public var comment: String

    public init(key: String, value: String? = nil, comment: String = "") {
        self.key = key
        self.value = value
        self.comment = comment
    }
}

/// The command of RUN, CMD or ENTRYPOINT: exec form (`prependShell == false`) or shell form.
public struct CommandLine: Equatable, Sendable {
    /// Exec form: the argv. Shell form: one element, the command text.
    public var arguments: [String]
    /// Shell form: the stage's SHELL (default `/bin/sh -c`) runs the text.
    public var prependShell: Bool
    /// Heredoc bodies (RUN only).
    public var files: [InlineFile]

    public init(arguments: [String], prependShell: Bool, files: [InlineFile] = []) {
        self.arguments = arguments
        self.prependShell = prependShell
        self.files = files
    }
}

/// A heredoc body passed to RUN.
public struct InlineFile: Equatable, Sendable {
    public var name: String
    public var data: String
    public var chomp: Bool
}

/// RUN with its BuildKit flags.
public struct RunInstruction: Equatable, Sendable {
    public var command: CommandLine
    /// `--mount` values as written; typed by `RunMount.parse` once variables are known.
    public var mounts: [String]
    /// `--network`: `default`, `none` or `host`.
    public var network: String
    /// `--security` (Dockerfile labs only): `sandbox` or `insecure`.
    public var security: String?
    /// `--device` values (CDI device names).
    public var devices: [String]
    /// The flags that were given, in the order written (the classic builder refuses them).
    public var flagsUsed: [String]
}

/// COPY and ADD sources, heredoc files and destination.
public struct SourcesAndDestination: Equatable, Sendable {
    public var sources: [String]
    public var contents: [InlineSource]
    public var destination: String
}

/// A heredoc used as a COPY/ADD source (`COPY <<EOF /etc/motd`).
public struct InlineSource: Equatable, Sendable {
    /// The heredoc name, also the file name created.
    public var path: String
    public var data: String
    /// Whether `$VAR` in the body is expanded (the delimiter was not quoted).
    public var expand: Bool
}

public struct AddInstruction: Equatable, Sendable {
    public var files: SourcesAndDestination
    public var chown: String
    public var chmod: String
    public var link: Bool
    public var keepGitDir: Bool
    public var checksum: String
    /// `--exclude` patterns (Dockerfile labs only).
    public var excludes: [String]
}

public struct CopyInstruction: Equatable, Sendable {
    public var files: SourcesAndDestination
    /// `--from`: a stage name, a stage index or an image reference; empty for the context.
    public var from: String
    public var chown: String
    public var chmod: String
    public var link: Bool
    /// `--parents` (Dockerfile labs only).
    public var parents: Bool
    /// `--exclude` patterns (Dockerfile labs only).
    public var excludes: [String]
}

/// HEALTHCHECK: either NONE or a test with its timings (nanoseconds, 0 meaning inherit).
public struct HealthcheckInstruction: Equatable, Sendable {
    public var config: HealthConfig
}

/// The image config's Healthcheck (`Test` is `["NONE"]`, `["CMD", ...]` or `["CMD-SHELL", cmd]`).
public struct HealthConfig: Equatable, Sendable {
    public var test: [String]
    public var interval: Int64 = 0
    public var timeout: Int64 = 0
    public var startPeriod: Int64 = 0
    public var startInterval: Int64 = 0
    public var retries: Int = 0

    public init(test: [String], interval: Int64 = 0, timeout: Int64 = 0, startPeriod: Int64 = 0,
                startInterval: Int64 = 0, retries: Int = 0) {
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.startPeriod = startPeriod
        self.startInterval = startInterval
        self.retries = retries
    }
}

/// A FROM instruction and the instructions up to the next FROM.
public struct StageDefinition: Equatable, Sendable {
    /// The `AS` name, lowercased; nil when unnamed.
    public var name: String?
    /// The base as written: an image reference, `scratch`, a stage name, or with `$ARGS`.
    public var baseName: String
    /// `--platform` as written, nil when absent.
    public var platform: String?
    /// The FROM keyword as typed (for casing checks).
    public var keyword: String
    public var source: InstructionSource
    /// The description from a `# name description` comment above FROM.
    public var comment: String
    public var instructions: [Instruction]
}

/// The typed Dockerfile: global ARGs before the first FROM, then the stages.
public struct ParsedDockerfile: Equatable, Sendable {
    public var syntax: DockerfileSyntax
    /// ARG instructions before the first FROM (usable in FROM lines).
    public var metaArgs: [Instruction]
    public var stages: [StageDefinition]
    /// Build checks raised while typing instructions (casing, MAINTAINER, descriptions).
    public var checks: [LintFinding]
}

/// What `check` assumes about the machine a command would run on.
///
/// docker's verdict on a line depends on more than the line: installed plugins (`compose`),
/// the daemon's OS (`--device` needs it), files (`--env-file`, a build context), the host
/// environment (`-e KEY`) and the terminal. `check` on a script cannot know the machine the
/// script will run on, so `standard` states its assumptions (compose and buildx installed, a
/// Linux daemon, files not looked at); the differential test describes the real client on the
/// test machine instead (`oracle`-style, see its support code).
public struct CheckEnvironment: Sendable {
    /// The client's plugins and daemon facts (`ClientEnvironment.standard` for `check`).
    public var client: ClientEnvironment
    /// The daemon's OS as the client would learn it (`"linux"`); empty when no daemon answers.
    public var serverOS: String
    /// The filesystem the command would see, or `nil` when `check` must not look (file-dependent
    /// checks are then skipped and the verdict says so in its note).
    public var files: FileAccess?
    /// The client's environment variables (`-e KEY` without a value copies them).
    public var hostEnvironment: @Sendable (String) -> String?
    /// The present, in Unix seconds (`events --since 10m` counts back from it).
    public var now: Int64

    public init(
        client: ClientEnvironment = .standard,
        serverOS: String = "linux",
        files: FileAccess? = nil,
        hostEnvironment: @escaping @Sendable (String) -> String? = { _ in nil },
        now: Int64 = 1_767_225_600
    ) {
        self.client = client
        self.serverOS = serverOS
        self.files = files
        self.hostEnvironment = hostEnvironment
        self.now = now
    }

    /// `check`'s assumptions: docker 28.2.2 with the compose v2 and buildx plugins installed (as
    /// Docker Desktop and the docker-ce packages ship it), a Linux daemon, no file access.
    public static let standard = CheckEnvironment()
}

/// Read-only access to the files a command names, relative to the directory it runs in.
public struct FileAccess: Sendable {
    /// What a path names.
    public enum Kind: Sendable, Equatable {
        case missing
        case file
        case directory
    }

    /// The directory relative paths start from.
    public var workingDirectory: String
    /// What `path` (absolute) names.
    public var kind: @Sendable (String) -> Kind
    /// The bytes of the file at `path` (absolute), or `nil` when it cannot be read.
    public var read: @Sendable (String) -> [UInt8]?

    public init(workingDirectory: String, kind: @escaping @Sendable (String) -> Kind,
                read: @escaping @Sendable (String) -> [UInt8]?) {
        self.workingDirectory = workingDirectory
        self.kind = kind
        self.read = read
    }

    /// `path` made absolute against the working directory (no symlinks resolved).
    public func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "." || path.isEmpty { return workingDirectory }
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return base + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// What the (possibly relative) `path` names.
    public func kind(of path: String) -> Kind {
        kind(absolute(path))
    }
}

/// Whether the command's standard streams are terminals, which several commands check before
/// anything else (`-it` needs one, `docker save` refuses to write to one).
public struct TerminalState: Sendable, Hashable {
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool

    public init(stdinIsTerminal: Bool, stdoutIsTerminal: Bool) {
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
    }

    /// A command typed at a prompt: both streams are the terminal.
    public static let interactive = TerminalState(stdinIsTerminal: true, stdoutIsTerminal: true)

    /// Neither stream is a terminal (CI, cron, a pipeline stage in both directions).
    public static let detached = TerminalState(stdinIsTerminal: false, stdoutIsTerminal: false)

    /// What the shell text says about a found command: a pipe or a redirection is no terminal,
    /// an inherited stream is assumed to be one (the script typed or run at a prompt).
    public init(_ command: FoundCommand) {
        stdinIsTerminal = command.stdin == .inherited
        stdoutIsTerminal = command.stdout == .inherited
    }
}

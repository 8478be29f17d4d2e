/// docker's verdict on one command line, as the client gives it before contacting the daemon.
///
/// `valid` means docker would hand the command to the daemon (or, for client-only commands
/// such as `context ls` or `--help`, finish without error); `invalid` carries docker's own
/// output and exit code; `unknown` is for lines whose fate depends on a shell expansion where
/// docker expects a command name or flags, where guessing would teach the wrong thing.
public struct CommandVerdict: Sendable, Equatable {
    /// The three outcomes.
    public enum Status: String, Sendable, Equatable {
        case valid
        case invalid
        case unknown
    }

    public var status: Status
    /// docker's exit code: 0 when valid, docker's own when invalid, `nil` when unknown.
    public var exitCode: Int32?
    /// What docker prints to stderr before handing over (warnings) or when failing (the error included).
    public var stderr: String
    /// What docker prints to stdout before handing over or failing (deprecation notices).
    public var stdout: String
    /// docker's first error line, when invalid.
    public var error: String?
    /// The index (among the words after `docker`) of the word the error or the unknown is about.
    public var word: Int?
    /// Why the verdict is unknown, or what it had to assume (files not read, a daemon's answer).
    public var note: String?
    /// The parsed command, when the parser accepted the line.
    public var invocation: Invocation?
    /// Errors docker will only report after contacting the daemon, whatever the daemon says
    /// (a `--format` that does not parse on `docker images`, a restart policy the daemon refuses):
    /// the verdict is still valid, and a lint rule reports them.
    public var afterDaemon: [DeferredError] = []

    /// An error docker reports after its first API call.
    public struct DeferredError: Sendable, Equatable {
        /// docker's message.
        public var message: String
        /// The index of the word it is about.
        public var word: Int?
    }

    public init(status: Status, exitCode: Int32?, stderr: String = "", stdout: String = "", error: String? = nil,
                word: Int? = nil, note: String? = nil, invocation: Invocation? = nil) {
        self.status = status
        self.exitCode = exitCode
        self.stderr = stderr
        self.stdout = stdout
        self.error = error
        self.word = word
        self.note = note
        self.invocation = invocation
    }

    public var isValid: Bool { status == .valid }

    public static func == (a: CommandVerdict, b: CommandVerdict) -> Bool {
        a.status == b.status && a.exitCode == b.exitCode && a.stderr == b.stderr && a.stdout == b.stdout
            && a.error == b.error && a.word == b.word && a.note == b.note
    }
}

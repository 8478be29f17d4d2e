/// The client refused a command line at parse stage: docker's exact output and exit code.
///
/// docker prints `stderr` (its error's text and a newline) and exits with `exitCode`: 125 for
/// flag errors (docker's `FlagErrorFunc` returns a `StatusError`), 1 for everything else.
/// `output` holds what was printed before the error (deprecation warnings, help text).
public struct CommandLineError: Error, Sendable, Equatable {
    /// What went wrong, for callers that react to the kind rather than the text.
    public var kind: Kind
    /// The full error text docker prints to stderr, without the final newline docker adds.
    public var message: String
    /// The process exit code.
    public var exitCode: Int32
    /// Lines printed before the error, in order.
    public var output: [OutputLine]

    public init(kind: Kind, message: String, exitCode: Int32, output: [OutputLine] = []) {
        self.kind = kind
        self.message = message
        self.exitCode = exitCode
        self.output = output
    }

    /// Everything the client prints to stderr, error included, as one string.
    public var stderr: String {
        output.filter { $0.stream == .stderr }.map(\.text).joined() + (message.isEmpty ? "" : message + "\n")
    }

    /// Everything the client prints to stdout before failing.
    public var stdout: String {
        output.filter { $0.stream == .stdout }.map(\.text).joined()
    }

    /// The kinds of parse-stage failure.
    public enum Kind: Sendable, Equatable {
        /// A pflag error (unknown flag, missing or invalid value...), reported with the usage line.
        case flag
        /// A pflag error while cobra parsed a parent command's flags on the way down, reported bare.
        case parentFlag
        /// `docker foo`, or `docker container foo`.
        case unknownCommand
        /// The wrong number of positional arguments.
        case argumentCount
        /// `docker help foo`.
        case unknownHelpTopic
        /// The command or a flag needs something the daemon lacks (experimental, API version, OS).
        case unsupported
        /// A global option rejected when the client initialises (`--log-level`, `--host` with `--context`).
        case globalOption
        /// A CLI plugin the command needs is not installed (`docker bake` without buildx).
        case missingPlugin
    }
}

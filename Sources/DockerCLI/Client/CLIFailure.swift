import DockerAPI

/// A command that failed: what docker prints on standard error and the exit status it returns.
///
/// docker's `main` prints a non-empty error followed by a newline and exits with the error's
/// status (`cli.StatusError`) or 1; commands such as `run` print their own framing and return a
/// bare status. Both shapes are this one type.
public struct CLIFailure: Error, Sendable, Equatable {
    /// Printed to standard error followed by a newline; empty prints nothing.
    public var message: String
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// A daemon error as the client prints it: `Error response from daemon: ...`, exit 1.
    public static func daemon(_ error: EngineError) -> CLIFailure {
        CLIFailure(error.description, exitCode: 1)
    }

    /// A status with nothing more to print (the command already printed its error).
    public static func status(_ code: Int32) -> CLIFailure {
        CLIFailure("", exitCode: code)
    }

    /// Several per-object errors joined the way docker joins them (`errors.Join`: one per line), exit 1.
    public static func joined(_ messages: [String]) -> CLIFailure {
        CLIFailure(messages.joined(separator: "\n"), exitCode: 1)
    }
}

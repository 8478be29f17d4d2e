/// What one run of the docker client produced: its output streams, byte for byte, and how it ended.
///
/// Bytes are kept as they came, because a comparison with the simulation must see exactly
/// what docker wrote (trailing newlines, carriage returns, invalid UTF-8 from a container).
public struct CommandResult: Sendable, Equatable {
    public var standardOutput: [UInt8]
    public var standardError: [UInt8]
    public var termination: Termination

    public init(standardOutput: [UInt8], standardError: [UInt8], termination: Termination) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.termination = termination
    }

    /// How the process ended.
    public enum Termination: Sendable, Equatable {
        /// It exited with this status (docker's own: 0, 1, 125, 126, 127, or the container's).
        case exited(Int32)
        /// A signal ended it (its number).
        case signalled(Int32)
        /// It was still running at the deadline and was killed.
        case timedOut(Duration)
    }

    /// The standard output as text (invalid UTF-8 replaced).
    public var stdout: String { String(decoding: standardOutput, as: UTF8.self) }

    /// The standard error as text (invalid UTF-8 replaced).
    public var stderr: String { String(decoding: standardError, as: UTF8.self) }

    /// The exit status, as a shell's `$?` would report it: 128+N for signal N, `nil` after a timeout.
    public var exitCode: Int32? {
        switch termination {
        case .exited(let code): code
        case .signalled(let signal): 128 + signal
        case .timedOut: nil
        }
    }
}

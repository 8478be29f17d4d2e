import DockerAPI

/// Everything one command needs while it runs: what the user typed, the daemon, the terminal, the host.
public struct CommandContext {
    public var invocation: Invocation
    public var engine: any Engine
    public var io: ClientIO
    public var host: ClientHost

    /// The command as docker names it in messages (`docker run`, `docker container ls`).
    public var commandPath: String { (["docker"] + invocation.typedPath).joined(separator: " ") }

    /// Prints to standard output.
    public func out(_ s: String) { io.writeOut(s) }
    /// Prints to standard error.
    public func err(_ s: String) { io.writeErr(s) }

    /// Calls the daemon, turning its error into the client's `Error response from daemon: ...`.
    public func call<T>(_ body: () throws(EngineError) -> T) throws(CLIFailure) -> T {
        do {
            return try body()
        } catch {
            throw CLIFailure.daemon(error)
        }
    }
}

/// One docker command's behaviour: the client side of `cli/command/<area>/<name>.go`.
///
/// The grammar (flags, argument counts, help) lives in the command tree; a `ClientCommand` starts
/// from a parsed `Invocation` and talks to the daemon through the `Engine` seam.
public protocol ClientCommand {
    /// Canonical paths this type implements (`["container ls"]`); legacy forms (`ps`) map to these.
    static var paths: [String] { get }
    /// Runs the command; returns the exit status on success (0 unless the command says otherwise).
    static func run(_ context: CommandContext) throws(CLIFailure) -> Int32
}

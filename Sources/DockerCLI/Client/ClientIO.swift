/// Where a docker command reads and writes, and what it knows about the terminal.
///
/// The same client runs in three places — the `docker` link in a real shell, the REPL, and
/// tests — so it never touches file descriptors itself. Long-running commands (`logs -f`,
/// `attach`, `events`, `stats`) poll `isInterrupted` so Ctrl-C ends them without ending the session.
public final class ClientIO {
    /// Writes to standard output.
    public var writeOut: (String) -> Void
    /// Writes to standard error.
    public var writeErr: (String) -> Void
    /// Writes raw bytes to standard output (`docker save` without `-o`, `docker export`).
    public var writeOutBytes: ([UInt8]) -> Void
    /// Reads all of standard input (`docker load`, `--password-stdin`, `-f -`), or `nil` when there is none.
    public var readAllInput: () -> [UInt8]?
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool
    /// Columns of the terminal (80 when not a terminal, as docker assumes).
    public var terminalWidth: Int
    /// `true` once the user pressed Ctrl-C during the current command.
    public var isInterrupted: () -> Bool
    /// Waits a little (real time) while a follow loop has nothing to show; returns early on interrupt.
    public var idle: (Duration) -> Void

    public init(
        writeOut: @escaping (String) -> Void,
        writeErr: @escaping (String) -> Void,
        writeOutBytes: (([UInt8]) -> Void)? = nil,
        readAllInput: @escaping () -> [UInt8]? = { nil },
        stdinIsTerminal: Bool = false,
        stdoutIsTerminal: Bool = false,
        terminalWidth: Int = 80,
        isInterrupted: @escaping () -> Bool = { false },
        idle: @escaping (Duration) -> Void = { _ in }
    ) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.writeOutBytes = writeOutBytes ?? { bytes in writeOut(String(decoding: bytes, as: UTF8.self)) }
        self.readAllInput = readAllInput
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.terminalWidth = terminalWidth
        self.isInterrupted = isInterrupted
        self.idle = idle
    }

    /// An IO that collects what a command prints, for tests and for replay comparisons.
    public static func capturing(stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false,
                                 input: [UInt8]? = nil) -> (ClientIO, CapturedOutput) {
        let captured = CapturedOutput()
        let io = ClientIO(
            writeOut: { captured.stdout += $0 },
            writeErr: { captured.stderr += $0 },
            writeOutBytes: { captured.stdoutBytes += $0; captured.stdout += String(decoding: $0, as: UTF8.self) },
            readAllInput: { input },
            stdinIsTerminal: stdinIsTerminal,
            stdoutIsTerminal: stdoutIsTerminal
        )
        return (io, captured)
    }

    func out(_ s: String) { writeOut(s) }
    func err(_ s: String) { writeErr(s) }
}

/// What a command printed, collected by `ClientIO.capturing`.
public final class CapturedOutput {
    public var stdout = ""
    public var stderr = ""
    public var stdoutBytes: [UInt8] = []
    public init() {}
}

import DockerCLI
import Foundation

/// The client's IO on the real process: file descriptors 0, 1 and 2, the terminal, and SIGINT.
enum ProcessIO {
    /// Set by the SIGINT handler; read by follow loops through `ClientIO.isInterrupted`.
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0

    /// Installs a SIGINT handler that flags the interruption instead of killing the process, so
    /// `logs -f` can stop and the sandbox is still saved.
    static func catchInterrupts() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ProcessIO.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    static func write(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDIN_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// A `ClientIO` over the process's standard streams.
    static func standard(idle: @escaping (Duration) -> Void) -> ClientIO {
        ClientIO(
            writeOut: { write(STDOUT_FILENO, Array($0.utf8)) },
            writeErr: { write(STDERR_FILENO, Array($0.utf8)) },
            writeOutBytes: { write(STDOUT_FILENO, $0) },
            readAllInput: {
                guard isatty(STDIN_FILENO) == 0 else { return nil }
                return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            },
            stdinIsTerminal: isatty(STDIN_FILENO) != 0,
            stdoutIsTerminal: isatty(STDOUT_FILENO) != 0,
            terminalWidth: terminalWidth(),
            isInterrupted: { interrupted != 0 },
            idle: idle
        )
    }
}

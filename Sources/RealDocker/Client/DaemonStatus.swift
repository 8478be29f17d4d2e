/// Whether a real daemon answers the user's docker client, and if not, why not in words the user can act on.
public enum DaemonStatus: Sendable, Equatable {
    /// The daemon answered `docker version` with this server version (`28.2.2`, `20.10.24+dfsg1`).
    case available(serverVersion: String)
    /// No daemon answered; the reason is docker's own message when it gave one.
    case unavailable(reason: String)
}

extension RealDockerClient {
    /// Asks the daemon for its version the way the user's client would (`docker version --format
    /// '{{.Server.Version}}'`), so a replay can refuse to start, with a clear message, before running anything.
    public func probeDaemon(timeout: Duration = .seconds(15)) -> DaemonStatus {
        let result: CommandResult
        do {
            result = try run(["version", "--format", "{{.Server.Version}}"], timeout: timeout)
        } catch {
            return .unavailable(reason: error.description)
        }
        let version = result.stdout.trimmingWhitespace
        let message = result.stderr.trimmingWhitespace
        switch result.termination {
        case .exited(0) where !version.isEmpty:
            return .available(serverVersion: version)
        case .timedOut(let limit):
            return .unavailable(reason: "\(DaemonStatus.noAnswerWithin) \(limit.secondsText) seconds (\(executable) version)")
        default:
            return .unavailable(reason: message.isEmpty ? "\(DaemonStatus.noVersion) (\(executable) version exited \(result.exitCode ?? -1))" : message)
        }
    }
}

extension DaemonStatus {
    static let noAnswerWithin = "the Docker daemon did not answer within"
    static let noVersion = "the Docker daemon did not report a version"
}

extension Duration {
    /// Whole seconds as an integer (`15`), shorter spans with their fraction (`0.2`).
    var secondsText: String {
        let (seconds, attoseconds) = components
        if attoseconds == 0 { return "\(seconds)" }
        let tenths = (seconds * 10) + attoseconds / 100_000_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

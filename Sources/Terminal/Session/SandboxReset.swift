import DockerAPI
import DockerEngine
import Foundation

/// `docker-tutor reset`: moves the sandbox state aside and leaves an empty sandbox.
public struct SandboxReset {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Returns what was done, for the user.
    public func run() throws -> String {
        let store = SandboxStore(directory: SandboxStore.defaultDirectory(environment: environment))
        try store.lock()
        defer { store.unlock() }
        guard FileManager.default.fileExists(atPath: store.stateFile.path) else {
            return "The sandbox is already empty."
        }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let moved = try store.quarantine(now: Timestamp(seconds: Int64(ts.tv_sec), nanoseconds: Int64(ts.tv_nsec)))
        return "The sandbox is empty. The previous state was kept as \(moved)."
    }
}

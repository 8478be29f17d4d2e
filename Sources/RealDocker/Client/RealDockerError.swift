/// Why a command could not be run against a real daemon at all (as opposed to docker failing).
public enum RealDockerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `docker` executable on PATH (other than docker-tutor itself).
    case dockerNotFound(searchPath: String)
    /// The explicitly given docker is missing or not executable.
    case notExecutable(path: String)
    /// The operating system refused to start the program.
    case spawnFailed(executable: String, reason: String)

    public var description: String {
        switch self {
        case .dockerNotFound(let searchPath):
            "no docker client found on PATH (\(searchPath)); install docker or give its path"
        case .notExecutable(let path):
            "\(path) is not an executable docker client"
        case .spawnFailed(let executable, let reason):
            "could not run \(executable): \(reason)"
        }
    }
}

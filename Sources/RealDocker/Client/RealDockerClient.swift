#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's own `docker` client, run as a subprocess: how replay reaches a real daemon.
///
/// Replay never talks to the Engine API itself. Going through the user's binary means their
/// context, `DOCKER_HOST`, TLS settings, config file and credential helpers all apply, exactly
/// as when they type the command; the environment is passed through unchanged. Commands are
/// argument vectors, never shell strings, so nothing a transcript contains is interpreted by a shell.
/// `run` blocks the calling thread until the command ends or its timeout passes.
public struct RealDockerClient: Sendable {
    /// The absolute path of the docker binary.
    public var executable: String
    /// The environment the client runs with (normally this process's own).
    public var environment: [String: String]
    /// How long a command may run when `run` is not given a timeout.
    public var defaultTimeout: Duration

    public init(executable: String, environment: [String: String], defaultTimeout: Duration = .seconds(300)) {
        self.executable = executable
        self.environment = environment
        self.defaultTimeout = defaultTimeout
    }

    /// The docker client a user would get by typing `docker`: `explicitPath` when given, else
    /// the first executable `docker` on `environment["PATH"]` that is not docker-tutor itself
    /// (docker-tutor may be installed under the name `docker`, and replay must reach the real one).
    public static func locate(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessEnvironment.current,
        excluding ownExecutable: String? = ProcessEnvironment.currentExecutable
    ) throws(RealDockerError) -> RealDockerClient {
        if let explicitPath {
            guard isExecutableFile(explicitPath) else { throw .notExecutable(path: explicitPath) }
            return RealDockerClient(executable: absolute(explicitPath), environment: environment)
        }
        let searchPath = environment["PATH"] ?? ""
        let own = ownExecutable.flatMap(realPath)
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory.hasSuffix("/") ? "\(directory)docker" : "\(directory)/docker"
            guard isExecutableFile(candidate) else { continue }
            if let own, realPath(candidate) == own { continue }
            return RealDockerClient(executable: absolute(candidate), environment: environment)
        }
        throw .dockerNotFound(searchPath: searchPath)
    }

    /// Runs `docker ARGUMENTS...` (the arguments exclude the word `docker`) and captures everything it writes.
    /// - Parameters:
    ///   - input: bytes for docker's standard input (`docker load`, `docker exec -i`); without them
    ///     standard input is `/dev/null`.
    ///   - environment: variables to set (or, with `nil`, remove) for this command only.
    ///   - timeout: how long it may run before it is killed; `defaultTimeout` when `nil`.
    public func run(
        _ arguments: [String],
        input: [UInt8]? = nil,
        environment overrides: [String: String?] = [:],
        timeout: Duration? = nil
    ) throws(RealDockerError) -> CommandResult {
        var environment = self.environment
        for (name, value) in overrides { environment[name] = value }
        return try Subprocess(
            executable: executable,
            arguments: arguments,
            environment: environment,
            input: input,
            timeout: timeout ?? defaultTimeout
        ).run()
    }

    /// The variables that decide which daemon docker talks to and how, as set in this client's
    /// environment, for a replay to show where its commands go.
    public var connectionSettings: [(name: String, value: String)] {
        Self.connectionVariables.compactMap { name in environment[name].map { (name, $0) } }
    }

    /// The docker client's environment variables that select or secure the daemon connection.
    public static let connectionVariables = [
        "DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG", "DOCKER_TLS", "DOCKER_TLS_VERIFY",
        "DOCKER_CERT_PATH", "DOCKER_API_VERSION",
    ]

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return realPath(path) ?? path
    }
}

/// This process's environment and executable, read from the operating system.
public enum ProcessEnvironment {
    /// The environment variables of this process.
    public static var current: [String: String] {
        var result: [String: String] = [:]
        guard var entry = Optional(environ) else { return result }
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// The path of the running executable, when the system tells it (`/proc/self/exe` on Linux).
    public static var currentExecutable: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

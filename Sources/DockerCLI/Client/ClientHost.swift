import DockerAPI

/// The machine around the client: its environment, its files, and the daemon it talks to.
public struct ClientHost {
    /// The environment variables docker reads (`DOCKER_HOST`, `HOME`, variables for `-e KEY`...).
    public var environment: [String: String]
    /// The host filesystem (the REPL's sandbox host, or the real working directory).
    public var files: any HostFileSystem
    /// Plugins installed and what the daemon supports, which the grammar needs.
    public var clientEnvironment: ClientEnvironment

    public init(environment: [String: String], files: any HostFileSystem,
                clientEnvironment: ClientEnvironment = .standard) {
        self.environment = environment
        self.files = files
        self.clientEnvironment = clientEnvironment
    }
}

/// Everything `POST /containers/create` carries: the container's config, host config, networks, name and platform.
///
/// The client builds it from `docker run` / `docker create` flags; the daemon turns it into a container.
public struct ContainerCreateRequest: Codable, Sendable, Equatable {
    public var config: ContainerConfig
    public var hostConfig: HostConfig
    public var networkingConfig: NetworkingConfig
    /// The `--name`, or empty for a generated one.
    public var name: String
    /// The `--platform`, or empty.
    public var platform: String

    public init(config: ContainerConfig = ContainerConfig(), hostConfig: HostConfig = HostConfig(),
                networkingConfig: NetworkingConfig = NetworkingConfig(), name: String = "", platform: String = "") {
        self.config = config
        self.hostConfig = hostConfig
        self.networkingConfig = networkingConfig
        self.name = name
        self.platform = platform
    }
}

/// The command trees docker-tutor knows: the docker 28.2.2 client and the CLI plugins it can have.
///
/// The data lives in the generated `Tree/CommandTree+*.swift` files (one per area, written by
/// `Scripts/grammar/generate.py` from the real tools); this file only names the entry points.
public enum CommandTree {
    /// The docker client's root command (`docker`), with every built-in command under it.
    public static var docker: CommandSpec { root }

    /// The `docker compose` v2 plugin (v2.36.2).
    public static var composePlugin: CommandSpec { compose }

    /// The `docker buildx` plugin (v0.24.0).
    public static var buildxPlugin: CommandSpec { buildx }
}

/// What the client is set up with: its installed CLI plugins and what it knows of the daemon.
///
/// The same command line means different things under different setups (`docker compose` is
/// an unknown command without the plugin; `docker checkpoint ls` needs an experimental daemon),
/// so the parser and the help renderer take one of these.
public struct ClientEnvironment: Sendable {
    /// Installed CLI plugins' root commands (`CommandTree.composePlugin`...).
    public var plugins: [CommandSpec]
    /// What the client learnt from pinging the daemon.
    public var daemon: DaemonFeatures
    /// The client's configuration directory (`--config`'s default, shown in help).
    public var configDirectory: String

    public init(plugins: [CommandSpec], daemon: DaemonFeatures = .unreachable, configDirectory: String = "/root/.docker") {
        self.plugins = plugins
        self.daemon = daemon
        self.configDirectory = configDirectory
    }

    /// The real 28.2.2 client on our machines, run with `DOCKER_HOST=unix:///nonexistent`: no plugins, no daemon.
    public static let oracle = ClientEnvironment(plugins: [])

    /// docker-tutor's client: compose and buildx installed, daemon facts unknown.
    public static let standard = ClientEnvironment(plugins: [CommandTree.composePlugin, CommandTree.buildxPlugin])

    /// The installed plugin with this name.
    func plugin(named name: String) -> CommandSpec? {
        plugins.first { $0.name == name }
    }
}

/// What the client knows about the daemon from its `_ping`, which decides what help shows and
/// which commands and flags are refused (docker's `isSupported` and `hideUnsupportedFeatures`).
public struct DaemonFeatures: Sendable, Equatable {
    /// The negotiated Engine API version (`"1.50"`).
    public var apiVersion: String
    /// Whether the daemon runs with experimental features.
    public var experimental: Bool
    /// The daemon's OS (`"linux"`), or `nil` when unknown.
    public var osType: String?
    /// The node's swarm state, or `nil` when the daemon did not say.
    public var swarm: SwarmStatus?

    public init(apiVersion: String, experimental: Bool, osType: String?, swarm: SwarmStatus?) {
        self.apiVersion = apiVersion
        self.experimental = experimental
        self.osType = osType
        self.swarm = swarm
    }

    /// A node's swarm state as the ping reports it.
    public struct SwarmStatus: Sendable, Equatable {
        /// `"inactive"`, `"pending"`, `"active"`, `"error"`, `"locked"`.
        public var nodeState: String
        /// Whether the node is a manager.
        public var controlAvailable: Bool

        public init(nodeState: String, controlAvailable: Bool) {
            self.nodeState = nodeState
            self.controlAvailable = controlAvailable
        }
    }

    /// No daemon answered: docker then assumes experimental features and its own API version.
    public static let unreachable = DaemonFeatures(apiVersion: "1.50", experimental: true, osType: nil, swarm: nil)
}

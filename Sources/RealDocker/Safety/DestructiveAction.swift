/// What a docker command would destroy on a real daemon, and so why replay asks before running it.
///
/// Replay runs recorded commands against the user's own daemon, where containers, images and
/// volumes may be theirs, not the replay's. Everything a command can lose that the replay did not
/// make itself is named here; containers the replay created are its own to stop and remove.
public enum DestructiveAction: Sendable, Equatable {
    /// `rm` of containers the replay did not create; `force` when `-f` kills running ones first.
    case removeContainers([String], force: Bool)
    /// `stop` of containers the replay did not create.
    case stopContainers([String])
    /// `kill` of containers the replay did not create.
    case killContainers([String])
    /// `restart` of containers the replay did not create (it stops them first).
    case restartContainers([String])
    /// `rmi` / `image rm`: images are shared by every container and tag that uses them.
    case removeImages([String])
    /// `volume rm`: the data in the volumes is gone.
    case removeVolumes([String])
    /// `network rm`.
    case removeNetworks([String])
    /// Any `prune`: the object kind (`system`, `container`, `image`, `volume`, `network`, `builder`, `buildx`).
    case prune(String)
    /// `rm` of other objects (`context`, `service`, `secret`, `config`, `plugin`, `stack`, `node`...).
    case remove(kind: String, [String])
    /// `compose down`, `rm`, `stop` or `kill`: the named subcommand, for a whole project.
    case compose(String)
    /// `swarm leave`.
    case leaveSwarm

    /// Why confirmation is needed, as a sentence fragment to follow "This command ..."
    /// (`removes images: redis, busybox`).
    public var reason: String {
        switch self {
        case .removeContainers(let names, let force):
            force ? "force-removes containers this replay did not create, even running ones: \(list(names))"
                : "removes containers this replay did not create: \(list(names))"
        case .stopContainers(let names): "stops containers this replay did not create: \(list(names))"
        case .killContainers(let names): "kills containers this replay did not create: \(list(names))"
        case .restartContainers(let names): "restarts containers this replay did not create: \(list(names))"
        case .removeImages(let names): "removes images: \(list(names))"
        case .removeVolumes(let names): "deletes volumes and the data in them: \(list(names))"
        case .removeNetworks(let names): "removes networks: \(list(names))"
        case .prune(let kind): Self.pruneReasons[kind] ?? "deletes unused \(kind) objects"
        case .remove(let kind, let names): "removes \(kind)s: \(list(names))"
        case .compose(let subcommand): Self.composeReasons[subcommand] ?? "changes a whole compose project (compose \(subcommand))"
        case .leaveSwarm: "makes this engine leave its swarm"
        }
    }

    private func list(_ names: [String]) -> String { names.joined(separator: ", ") }

    static let pruneReasons: [String: String] = [
        "system": "deletes all stopped containers, unused networks, unused images and build cache",
        "container": "deletes all stopped containers",
        "image": "deletes unused images",
        "volume": "deletes unused volumes and the data in them",
        "network": "deletes unused networks",
        "builder": "deletes build cache",
        "buildx": "deletes build cache",
    ]

    static let composeReasons: [String: String] = [
        "down": "stops and removes a compose project's containers and networks",
        "rm": "removes a compose project's stopped containers",
        "stop": "stops a compose project's containers",
        "kill": "kills a compose project's containers",
    ]
}

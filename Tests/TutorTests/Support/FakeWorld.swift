import DockerAPI
@testable import Tutor

/// An in-memory sandbox for goal tests: plain arrays and dictionaries standing in for the engine.
///
/// It does not simulate anything: no processes, no image layers, no port allocation. Tests put the
/// state they want into it directly, and the shipped-lesson test's scripts change it per command.
struct FakeWorld: LessonWorld {
    var containerList: [ContainerSnapshot] = []
    var imageList: [ImageSnapshot] = []
    var volumeList: [VolumeSnapshot] = []
    var networkList: [NetworkSnapshot] = [NetworkSnapshot(name: "bridge"), NetworkSnapshot(name: "host", driver: "host"),
                                          NetworkSnapshot(name: "none", driver: "null")]
    /// Absolute host path to contents; directories are implied by the paths of their files.
    var hostFiles: [String: String] = [:]
    var imageFiles: [String: [String: String]] = [:]
    var volumeFiles: [String: [String: String]] = [:]
    var containerFiles: [String: [String: String]] = [:]
    var archives: [String: [String]] = [:]
    var registries: [String: RegistrySnapshot] = [:]
    var redis: [String: [String: String]] = [:]
    var commandsRun: [String] = []
    var workingDirectory = "/home/learner"
    /// What `docker save` wrote, by absolute host path.
    var savedImages: [String: ImageSnapshot] = [:]

    func containers() -> [ContainerSnapshot] { containerList }
    func images() -> [ImageSnapshot] { imageList }
    func imageFile(imageID: String, path: String) -> FileEntry? { Self.lookup(imageFiles[imageID] ?? [:], path) }
    func volumes() -> [VolumeSnapshot] { volumeList }
    func volumeFile(volume: String, path: String) -> FileEntry? {
        Self.lookup(volumeFiles[volume] ?? [:], path)
    }
    func networks() -> [NetworkSnapshot] { networkList }
    func hostPath(_ path: String) -> String {
        var absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        while absolute.contains("/./") { absolute = absolute.replacing("/./", with: "/") }
        if absolute.hasSuffix("/.") { absolute.removeLast(2) }
        return absolute
    }
    func hostFile(path: String) -> FileEntry? { Self.lookup(hostFiles, hostPath(path)) }
    func archiveReferences(hostPath path: String) -> [String]? { archives[hostPath(path)] }
    func registry(at address: String) -> RegistrySnapshot? { registries[address] }
    /// A container sees its mounts first, then its own writable layer, then its image's files.
    func containerFile(container name: String, path: String) -> FileEntry? {
        guard let container = containerList.first(where: { $0.name == name }) else { return nil }
        for mount in container.mounts.sorted(by: { $0.destination.count > $1.destination.count }) {
            guard path == mount.destination || path.hasPrefix(mount.destination + "/") else { continue }
            let rest = String(path.dropFirst(mount.destination.count))
            switch mount.type {
            case .volume: return Self.lookup(volumeFiles[mount.name ?? ""] ?? [:], rest.isEmpty ? "/" : rest)
            default: return hostFile(path: mount.source + rest)
            }
        }
        var merged = imageFiles[container.imageID] ?? [:]
        merged.merge(containerFiles[name] ?? [:]) { _, layer in layer }
        return Self.lookup(merged, path)
    }

    /// Redis keeps its keys in the volume mounted at `/data` when there is one, so they outlive the container.
    func redisValue(container: String, key: String) -> String? { redis[redisStore(container)]?[key] }

    func redisStore(_ container: String) -> String {
        let found = containerList.first { $0.name == container }
        return found?.mounts.first { $0.destination == "/data" && $0.type == .volume }?.name ?? container
    }

    /// A file at `path`, or a directory when files live below it.
    static func lookup(_ files: [String: String], _ path: String) -> FileEntry? {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if let text = files[path] { return .file(text) }
        let prefix = path == "/" ? "/" : path + "/"
        let children = Set(files.keys.filter { $0.hasPrefix(prefix) }.compactMap { key in
            key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
        })
        return children.isEmpty ? nil : .directory(children.sorted())
    }
}

/// Builders for the snapshots tests need most.
extension ContainerSnapshot {
    static func make(_ name: String, image: String, imageID: String = "", state: ContainerState = .running, exitCode: Int = 0,
                     command: [String] = [], ports: [String: [PortBinding]] = [:], mounts: [ContainerMount] = [],
                     env: [String] = [], labels: [String: String]? = nil, restart: RestartPolicy = RestartPolicy(),
                     networks: [String] = ["bridge"], health: HealthStatus? = nil) -> ContainerSnapshot {
        var config = ContainerConfig()
        config.image = image
        config.env = env
        config.labels = labels
        config.cmd = command
        var hostConfig = HostConfig()
        for (port, bindings) in ports.sorted(by: { $0.key < $1.key }) { hostConfig.portBindings[port] = bindings }
        hostConfig.restartPolicy = restart
        return ContainerSnapshot(id: String(repeating: "c", count: 64), name: name, image: image, imageID: imageID, state: state,
                                 exitCode: exitCode, health: health, path: command.first ?? "",
                                 args: Array(command.dropFirst()), config: config, hostConfig: hostConfig, mounts: mounts,
                                 networks: networks)
    }
}

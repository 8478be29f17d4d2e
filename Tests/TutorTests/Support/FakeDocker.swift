import DockerAPI
@testable import Tutor

/// State changes the shipped-lesson scripts apply to a `FakeWorld`, one per docker operation.
///
/// This is not a docker simulation: each helper does the one state change its command is known to
/// make, so the scripts can replay every lesson's solution and the tests can check the goals against it.
extension FakeWorld {
    static func imageID(_ reference: String) -> String {
        let hex = reference.utf8.map { String($0, radix: 16) }.joined()
        return "sha256:" + String((hex + String(repeating: "0", count: 64)).prefix(64))
    }

    /// The files and config a catalog image brings, for the images the lessons use.
    static func catalogImage(_ reference: String) -> (files: [String: String], config: ContainerConfig) {
        var config = ContainerConfig()
        var files: [String: String] = ["/etc/os-release": "ID=debian\n"]
        switch ImageMatching.normalized(reference)?.split(separator: "/").last.map(String.init) ?? reference {
        case let name where name.hasPrefix("nginx:"):
            files["/usr/share/nginx/html/index.html"] = "<h1>Welcome to nginx!</h1>\n"
            config.cmd = ["nginx", "-g", "daemon off;"]
            config.entrypoint = ["/docker-entrypoint.sh"]
            config.exposedPorts = ["80/tcp"]
        case let name where name.hasPrefix("redis:"):
            config.cmd = ["redis-server"]
            config.entrypoint = ["docker-entrypoint.sh"]
            config.volumes = ["/data"]
            config.workingDir = "/data"
        case "hello-world:latest":
            files = ["/hello": "(binary)"]
            config.cmd = ["/hello"]
        default:
            config.cmd = ["/bin/sh"]
        }
        return (files, config)
    }

    mutating func pull(_ reference: String, origin: ImageOrigin = .pull) {
        let familiar = (try? ImageReference.parseDockerRef(reference))?.familiarString ?? reference
        if let index = imageList.firstIndex(where: { ImageMatching.image($0, matches: familiar) }) {
            imageList[index].origin = origin
            return
        }
        let (files, config) = Self.catalogImage(familiar)
        let id = Self.imageID(familiar)
        imageList.append(ImageSnapshot(id: id, references: [familiar], origin: origin, config: config, layerCount: 3))
        imageFiles[id] = files
    }

    func image(_ reference: String) -> ImageSnapshot? { ImageMatching.images(matching: reference, in: self).first }

    /// `docker run` (or `docker create`): pulls the image when missing, mounts volumes, and starts the container.
    mutating func run(_ name: String, image reference: String, command: [String]? = nil, ports: [String] = [], volumes: [String] = [],
                      state: ContainerState = .running, exitCode: Int = 0, remove: Bool = false) {
        if image(reference) == nil { pull(reference) }
        guard let image = image(reference) else { return }
        if remove { return }
        var hostConfig = HostConfig()
        for port in ports {
            if let p = PortExpectation.parse(port) {
                hostConfig.portBindings[p.containerPort + "/" + p.proto] = [PortBinding(hostPort: p.hostPort ?? "32768")]
            }
        }
        var mounts: [ContainerMount] = []
        for volume in volumes {
            guard let m = MountExpectation.parse(volume) else { continue }
            switch m.source {
            case .volume(let volumeName):
                if !volumeList.contains(where: { $0.name == volumeName }) { volumeList.append(VolumeSnapshot(name: volumeName)) }
                mounts.append(ContainerMount(type: .volume, name: volumeName, destination: m.target, readWrite: m.readOnly != true))
            case .bind(let path):
                mounts.append(ContainerMount(type: .bind, source: hostPath(path), destination: m.target, readWrite: m.readOnly != true))
            default: break
            }
        }
        for declared in image.config.volumes ?? [] where !mounts.contains(where: { $0.destination == declared }) {
            let anonymous = String(Self.imageID(name + declared + "\(containerList.count)").dropFirst(7))
            volumeList.append(VolumeSnapshot(name: anonymous, anonymous: true))
            mounts.append(ContainerMount(type: .volume, name: anonymous, destination: declared))
        }
        var config = image.config
        config.image = reference
        if let command { config.cmd = command }
        let words = (config.entrypoint ?? []) + (config.cmd ?? [])
        containerList.append(ContainerSnapshot(id: Self.imageID(name), name: name, image: reference, imageID: image.id, state: state,
                                               exitCode: exitCode, path: words.first ?? "", args: Array(words.dropFirst()),
                                               config: config, hostConfig: hostConfig, mounts: mounts,
                                               networks: ["bridge"]))
    }

    mutating func setState(_ name: String, _ state: ContainerState) {
        if let index = containerList.firstIndex(where: { $0.name == name }) { containerList[index].state = state }
    }

    mutating func removeContainer(_ name: String) {
        containerList.removeAll { $0.name == name }
        containerFiles[name] = nil
        redis[name] = nil
        for index in networkList.indices { networkList[index].containers.removeAll { $0 == name } }
    }

    /// `docker rmi`: removes the name; the image goes when no name is left.
    mutating func removeImage(_ reference: String) {
        guard let wanted = ImageMatching.normalized(reference),
              let index = imageList.firstIndex(where: { ImageMatching.image($0, matches: reference) }) else { return }
        imageList[index].references.removeAll { ImageMatching.normalized($0) == wanted }
        if imageList[index].references.isEmpty { imageList.remove(at: index) }
    }

    mutating func tag(_ source: String, _ target: String) {
        guard let index = imageList.firstIndex(where: { ImageMatching.image($0, matches: source) }) else { return }
        imageList[index].references.append(target)
    }

    /// Writes a file into a container: into a mounted volume or bind mount when the path is under one, else its own layer.
    mutating func writeContainerFile(_ name: String, _ path: String, _ text: String) {
        guard let container = containerList.first(where: { $0.name == name }) else { return }
        if let mount = container.mounts.first(where: { path.hasPrefix($0.destination + "/") }) {
            let rest = String(path.dropFirst(mount.destination.count))
            if mount.type == .volume {
                volumeFiles[mount.name ?? "", default: [:]][rest] = text
            } else {
                hostFiles[mount.source + rest] = text
            }
            return
        }
        containerFiles[name, default: [:]][path] = text
    }

    /// `docker commit`: the container's image files plus its own layer, as a new image.
    mutating func commit(_ name: String, _ reference: String) {
        guard let container = containerList.first(where: { $0.name == name }) else { return }
        let id = Self.imageID(reference)
        var files = imageFiles[container.imageID] ?? [:]
        files.merge(containerFiles[name] ?? [:]) { _, layer in layer }
        imageFiles[id] = files
        let base = imageList.first { $0.id == container.imageID }
        imageList.append(ImageSnapshot(id: id, references: [reference], origin: .commit, config: base?.config ?? ContainerConfig(),
                                       layerCount: (base?.layerCount ?? 0) + 1))
    }

    /// Images `docker save` wrote, by host path, so `docker load` can restore them.
    static let savedKey = "\u{0}saved:"

    mutating func save(_ reference: String, to path: String) {
        guard let image = image(reference) else { return }
        hostFiles[hostPath(path)] = "(tar)"
        archives[hostPath(path)] = [reference]
        imageFiles[Self.savedKey + hostPath(path)] = imageFiles[image.id]
        savedImages[hostPath(path)] = image
    }

    mutating func load(from path: String) {
        guard var image = savedImages[hostPath(path)] else { return }
        image.origin = .load
        imageList.removeAll { $0.id == image.id }
        imageList.append(image)
        imageFiles[image.id] = imageFiles[Self.savedKey + hostPath(path)]
    }

    /// `docker cp CONTAINER:DIR HOSTDIR` for a directory that lives in a volume.
    mutating func copyOut(_ name: String, _ directory: String, to hostDirectory: String) {
        guard let container = containerList.first(where: { $0.name == name }),
              let mount = container.mounts.first(where: { directory.hasPrefix($0.destination + "/") && $0.type == .volume }) else { return }
        let inside = String(directory.dropFirst(mount.destination.count))
        for (path, text) in volumeFiles[mount.name ?? ""] ?? [:] where path.hasPrefix(inside + "/") {
            hostFiles[hostPath(hostDirectory) + path.dropFirst(inside.count)] = text
        }
    }

    /// `redis-cli SET` against the Redis of a container: the key, and the line Redis appends to its AOF.
    mutating func redisSet(_ container: String, _ key: String, _ value: String) {
        redis[redisStore(container), default: [:]][key] = value
        guard let found = containerList.first(where: { $0.name == container }),
              let data = found.mounts.first(where: { $0.destination == "/data" }) else { return }
        var files = volumeFiles[data.name ?? "", default: [:]]
        files["/appendonlydir/appendonly.aof.manifest"] = "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n"
        files["/appendonlydir/appendonly.aof.1.base.rdb"] = "REDIS0011"
        files["/appendonlydir/appendonly.aof.1.incr.aof", default: ""] += "*3\r\n$3\r\nSET\r\n$\(key.utf8.count)\r\n\(key)\r\n$\(value.utf8.count)\r\n\(value)\r\n"
        volumeFiles[data.name ?? ""] = files
    }

    mutating func appendHostFile(_ path: String, _ line: String) {
        hostFiles[hostPath(path), default: ""] += line + "\n"
    }
}

/// Replays command lines against a `FakeWorld` with a script per line; a line without a script fails like an unknown command.
struct FakeRunner: LessonRunner {
    typealias Script = @Sendable (inout FakeWorld) -> CommandOutcome
    var state = FakeWorld()
    var scripts: [String: Script]

    var world: any LessonWorld { state }

    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
    }

    mutating func reset(to setup: LessonSetup) throws {
        state = FakeWorld()
        for image in setup.images { state.pull(image.value) }
        for volume in setup.volumes { state.volumeList.append(VolumeSnapshot(name: volume.value)) }
        for network in setup.networks { state.networkList.append(NetworkSnapshot(name: network.value)) }
        for container in setup.containers {
            state.run(container.name, image: container.image, command: container.command.isEmpty ? nil : container.command,
                      ports: container.ports, volumes: container.volumes,
                      state: container.state == .running ? .running : (container.state == .exited ? .exited : .created))
        }
        for file in setup.hostFiles { state.hostFiles[state.hostPath(file.path)] = file.content }
        for command in setup.commands where run(command.value).exitCode != 0 {
            throw SetupFailure(description: "no script for \(command.value)")
        }
        state.commandsRun = []
    }

    mutating func run(_ line: String) -> CommandOutcome {
        state.commandsRun.append(line)
        guard let script = scripts[line] else {
            return CommandOutcome(exitCode: 127, errorOutput: "fake runner: no script for \(line)\n")
        }
        return script(&state)
    }
}

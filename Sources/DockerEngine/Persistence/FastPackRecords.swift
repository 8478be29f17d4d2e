import DockerAPI

// The hand-written packed forms (see `FastPackable`) of the container records.
// Field numbers are part of the sandbox format: never reuse one; give a new field the next number.

extension ContainerRecord: FastPackable {
    static let packedFieldNames = [
        "id", "name", "created", "path", "args", "config", "hostConfig", "imageID", "platform", "driver",
        "layerCacheID", "running", "paused", "restarting", "oomKilled", "dead", "removalInProgress", "pid",
        "exitCode", "error", "startedAt", "finishedAt", "health", "restartCount", "hasBeenStartedBefore",
        "hasBeenManuallyStopped", "hasBeenManuallyRestarted", "restartManager", "restartDueAt", "pausedAt",
        "process", "output", "outputBase", "networks", "sandboxID", "sandboxKey", "ports", "mounts", "execIDs",
        "sizeRw",
    ]

    private static let packDefaults = ContainerRecord.empty

    func pack(_ w: FieldWriter) {
        w.string(1, id, default: Self.packDefaults.id)
        w.string(2, name, default: Self.packDefaults.name)
        w.timestamp(3, created)
        w.shared(4, path, default: Self.packDefaults.path)
        w.strings(5, args, default: [])
        w.nested(6, config)
        w.nested(7, hostConfig)
        w.shared(8, imageID, default: Self.packDefaults.imageID)
        w.shared(9, platform, default: Self.packDefaults.platform)
        w.shared(10, driver, default: Self.packDefaults.driver)
        w.string(11, layerCacheID, default: Self.packDefaults.layerCacheID)
        w.bool(12, running, default: Self.packDefaults.running)
        w.bool(13, paused, default: Self.packDefaults.paused)
        w.bool(14, restarting, default: Self.packDefaults.restarting)
        w.bool(15, oomKilled, default: Self.packDefaults.oomKilled)
        w.bool(16, dead, default: Self.packDefaults.dead)
        w.bool(17, removalInProgress, default: Self.packDefaults.removalInProgress)
        w.int(18, pid, default: Self.packDefaults.pid)
        w.int(19, exitCode, default: Self.packDefaults.exitCode)
        w.string(20, error, default: Self.packDefaults.error)
        w.timestamp(21, startedAt)
        w.timestamp(22, finishedAt)
        w.generic(23, health)
        w.int(24, restartCount, default: Self.packDefaults.restartCount)
        w.bool(25, hasBeenStartedBefore, default: Self.packDefaults.hasBeenStartedBefore)
        w.bool(26, hasBeenManuallyStopped, default: Self.packDefaults.hasBeenManuallyStopped)
        w.bool(27, hasBeenManuallyRestarted, default: Self.packDefaults.hasBeenManuallyRestarted)
        w.nested(28, restartManager)
        w.timestamp(29, restartDueAt)
        w.timestamp(30, pausedAt)
        w.nested(31, process)
        w.nested(32, output)
        w.int(33, outputBase, default: Self.packDefaults.outputBase)
        w.endpoints(34, networks)
        w.string(35, sandboxID, default: Self.packDefaults.sandboxID)
        w.string(36, sandboxKey, default: Self.packDefaults.sandboxKey)
        w.ports(37, ports)
        w.list(38, mounts)
        w.strings(39, execIDs, default: [])
        w.int64(40, sizeRw, default: Self.packDefaults.sizeRw)
    }

    init(unpacking r: FieldReader) throws {
        self = .empty
        while let field = try r.next() {
            switch field {
            case 1: id = try r.string()
            case 2: name = try r.string()
            case 3: created = try r.timestamp()
            case 4: path = try r.string()
            case 5: args = try r.strings()
            case 6: config = try r.nested(ContainerConfig.self)
            case 7: hostConfig = try r.nested(HostConfig.self)
            case 8: imageID = try r.string()
            case 9: platform = try r.string()
            case 10: driver = try r.string()
            case 11: layerCacheID = try r.string()
            case 12: running = try r.bool()
            case 13: paused = try r.bool()
            case 14: restarting = try r.bool()
            case 15: oomKilled = try r.bool()
            case 16: dead = try r.bool()
            case 17: removalInProgress = try r.bool()
            case 18: pid = try r.int()
            case 19: exitCode = try r.int()
            case 20: error = try r.string()
            case 21: startedAt = try r.timestamp()
            case 22: finishedAt = try r.timestamp()
            case 23: health = try r.generic(HealthState.self)
            case 24: restartCount = try r.int()
            case 25: hasBeenStartedBefore = try r.bool()
            case 26: hasBeenManuallyStopped = try r.bool()
            case 27: hasBeenManuallyRestarted = try r.bool()
            case 28: restartManager = try r.nested(RestartManagerState.self)
            case 29: restartDueAt = try r.timestamp()
            case 30: pausedAt = try r.timestamp()
            case 31: process = try r.nested(ProcessRecord.self)
            case 32: output = try r.nested(OutputLog.self)
            case 33: outputBase = try r.int()
            case 34: networks = try r.endpoints()
            case 35: sandboxID = try r.string()
            case 36: sandboxKey = try r.string()
            case 37: ports = try r.ports()
            case 38: mounts = try r.list(MountRecord.self)
            case 39: execIDs = try r.strings()
            case 40: sizeRw = try r.int64()
            default: try r.skip()
            }
        }
    }
}

extension RestartManagerState: FastPackable {
    static let packedFieldNames = [
        "restartCount", "timeout", "canceled",
    ]

    private static let packDefaults = RestartManagerState(restartCount: 0)

    func pack(_ w: FieldWriter) {
        w.int(1, restartCount, default: Self.packDefaults.restartCount)
        w.int64(2, timeout, default: Self.packDefaults.timeout)
        w.bool(3, canceled, default: Self.packDefaults.canceled)
    }

    init(unpacking r: FieldReader) throws {
        self.init(restartCount: 0)
        while let field = try r.next() {
            switch field {
            case 1: restartCount = try r.int()
            case 2: timeout = try r.int64()
            case 3: canceled = try r.bool()
            default: try r.skip()
            }
        }
    }
}

extension MountRecord: FastPackable {
    static let packedFieldNames = [
        "type", "name", "source", "destination", "driver", "mode", "rw", "propagation", "anonymous",
    ]

    private static let packDefaults = MountRecord(type: .bind, source: "", destination: "")

    func pack(_ w: FieldWriter) {
        w.string(1, type.rawValue)
        w.string(2, name, default: Self.packDefaults.name)
        w.shared(3, source, default: Self.packDefaults.source)
        w.shared(4, destination, default: Self.packDefaults.destination)
        w.shared(5, driver, default: Self.packDefaults.driver)
        w.shared(6, mode, default: Self.packDefaults.mode)
        w.bool(7, rw, default: Self.packDefaults.rw)
        w.shared(8, propagation, default: Self.packDefaults.propagation)
        w.bool(9, anonymous, default: Self.packDefaults.anonymous)
    }

    init(unpacking r: FieldReader) throws {
        self.init(type: .bind, source: "", destination: "")
        while let field = try r.next() {
            switch field {
            case 1: type = Mount.Kind(rawValue: try r.string()) ?? .bind
            case 2: name = try r.string()
            case 3: source = try r.string()
            case 4: destination = try r.string()
            case 5: driver = try r.string()
            case 6: mode = try r.string()
            case 7: rw = try r.bool()
            case 8: propagation = try r.string()
            case 9: anonymous = try r.bool()
            default: try r.skip()
            }
        }
    }
}

extension ProcessRecord: FastPackable {
    static let packedFieldNames = [
        "model", "argv", "pid", "childPids", "startedAt", "exitAt", "exitCode", "repeating",
    ]

    private static let packDefaults = ProcessRecord(model: "", argv: [], pid: 0, startedAt: Timestamp(nanoseconds: 0))

    func pack(_ w: FieldWriter) {
        w.shared(1, model, default: Self.packDefaults.model)
        w.strings(2, argv, default: [])
        w.int(3, pid, default: Self.packDefaults.pid)
        if !childPids.isEmpty { w.generic(4, childPids) }
        w.timestamp(5, startedAt)
        w.timestamp(6, exitAt)
        w.int(7, exitCode, default: Self.packDefaults.exitCode)
        w.generic(8, repeating)
    }

    init(unpacking r: FieldReader) throws {
        self.init(model: "", argv: [], pid: 0, startedAt: Timestamp(nanoseconds: 0))
        while let field = try r.next() {
            switch field {
            case 1: model = try r.string()
            case 2: argv = try r.strings()
            case 3: pid = try r.int()
            case 4: childPids = try r.generic([Int].self)
            case 5: startedAt = try r.timestamp()
            case 6: exitAt = try r.timestamp()
            case 7: exitCode = try r.int()
            case 8: repeating = try r.generic(RepeatingOutput.self)
            default: try r.skip()
            }
        }
    }
}


extension ContainerRecord {
    /// A record with every field at its default, the base the packed form is read onto.
    static let empty = ContainerRecord(id: "", name: "", created: Timestamp(nanoseconds: 0), path: "", args: [],
                                       config: ContainerConfig(), hostConfig: HostConfig(), imageID: "", layerCacheID: "")
}

extension LogEntry: FastPackable {
    static let packedFieldNames = ["stream", "time", "text"]

    func pack(_ w: FieldWriter) {
        w.bool(1, stream == .stderr)
        w.timestamp(2, time)
        w.string(3, text)
    }

    init(unpacking r: FieldReader) throws {
        self.init(stream: .stdout, time: Timestamp(nanoseconds: 0), text: "")
        while let field = try r.next() {
            switch field {
            case 1: stream = try r.bool() ? .stderr : .stdout
            case 2: time = try r.timestamp()
            case 3: text = try r.string()
            default: try r.skip()
            }
        }
    }
}

extension FieldWriter {
    /// Container ports and their bindings: port, then `null` or `[ip, port, ...]`.
    func ports(_ n: Int, _ map: PortMap) {
        guard !map.isEmpty else { return }
        w.varint(UInt64(n))
        let start = w.begin(.unkeyed)
        for entry in map.entries {
            w.sharedString(entry.port)
            if let bindings = entry.bindings {
                let inner = w.begin(.unkeyed)
                for b in bindings {
                    w.sharedString(b.hostIP)
                    w.sharedString(b.hostPort)
                }
                w.finish(inner)
            } else {
                w.tag(.null)
            }
        }
        w.finish(start)
    }

    /// Network name, then its endpoint block, for each network.
    func endpoints(_ n: Int, _ networks: [String: EndpointSettings]) {
        guard !networks.isEmpty else { return }
        w.varint(UInt64(n))
        let start = w.begin(.unkeyed)
        for (name, ep) in networks {
            w.sharedString(name)
            FieldWriter.block(ep, into: w)
        }
        w.finish(start)
    }
}

extension FieldReader {
    func ports() throws -> PortMap {
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var map = PortMap()
        while r.position < stop {
            let port = try r.string()
            if r.peekTag() == PackedTag.null.rawValue {
                r.position += 1
                map.entries.append(.init(port: port, bindings: nil))
                continue
            }
            try r.expect(.unkeyed)
            let inner = try r.endOfBlock()
            var bindings: [PortBinding] = []
            while r.position < inner {
                let ip = try r.string()
                bindings.append(PortBinding(hostIP: ip, hostPort: try r.string()))
            }
            map.entries.append(.init(port: port, bindings: bindings))
        }
        return map
    }

    func endpoints() throws -> [String: EndpointSettings] {
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var out: [String: EndpointSettings] = [:]
        while r.position < stop {
            let name = try r.string()
            out[name] = try nested(EndpointSettings.self)
        }
        return out
    }
}

/// The whole state: the stores as lists (their keys are in the records), containers in the fast form.
extension EngineState: FastPackable {
    static let packedFieldNames = [
        "formatVersion", "daemon", "random", "virtualTime", "images", "layers", "references", "containers", "volumes",
        "networks", "execs", "events", "nextPid", "lastPort",
    ]

    func pack(_ w: FieldWriter) {
        w.int(1, formatVersion)
        w.generic(2, daemon)
        w.generic(3, random)
        w.timestamp(4, virtualTime)
        w.generic(5, Array(images.values))
        w.generic(6, Array(layers.values))
        w.map(7, references)
        w.list(8, Array(containers.values))
        w.generic(9, Array(volumes.values))
        w.generic(10, Array(networks.values))
        w.generic(11, Array(execs.values))
        w.generic(12, events)
        w.int(13, nextPid)
        w.generic(14, lastPort)
    }

    init(unpacking r: FieldReader) throws {
        self.init(daemon: DaemonIdentity(id: "", name: "", startedAt: Timestamp(nanoseconds: 0)), random: .system)
        formatVersion = 0
        nextPid = 0
        func keyed<T>(_ values: [T], by key: (T) -> String) -> [String: T] {
            Dictionary(values.map { (key($0), $0) }, uniquingKeysWith: { _, last in last })
        }
        while let field = try r.next() {
            switch field {
            case 1: formatVersion = try r.int()
            case 2: daemon = try r.generic(DaemonIdentity.self)
            case 3: random = try r.generic(RandomSource.self)
            case 4: virtualTime = try r.timestamp()
            case 5: images = keyed(try r.generic([ImageRecord].self), by: \.id)
            case 6: layers = keyed(try r.generic([LayerRecord].self), by: \.chainID)
            case 7: references = try r.map()
            case 8: containers = try r.keyedList(ContainerRecord.self, by: \.id)
            case 9: volumes = keyed(try r.generic([VolumeRecord].self), by: \.name)
            case 10: networks = keyed(try r.generic([NetworkRecord].self), by: \.id)
            case 11: execs = keyed(try r.generic([ExecRecord].self), by: \.id)
            case 12: events = try r.generic([EventMessage].self)
            case 13: nextPid = try r.int()
            case 14: lastPort = try r.generic([String: Int].self)
            default: try r.skip()
            }
        }
    }
}

import DockerAPI

/// The volume service (volume/service, volume/local) and a container's mount points (daemon/volumes.go).
extension DockerDaemon {
    /// The label moby puts on volumes created without a name (volume/service `AnonymousLabel`).
    static let anonymousVolumeLabel = "com.docker.volume.anonymous"

    /// "get NAME: no such volume" (volume/service/errors.go `OpErr`).
    static func noSuchVolume(_ name: String) -> EngineError { .notFound("get \(name): no such volume") }

    public func volumeCreate(_ options: VolumeCreateOptions) throws(EngineError) -> Volume {
        let now = begin()
        let driver = options.driver.isEmpty ? "local" : options.driver
        guard driver == "local" else {
            throw .notFound("create \(options.name): error looking up volume plugin \(driver): plugin \"\(driver)\" not found")
        }
        let volume = try createVolume(name: options.name, labels: options.labels, options: options.driverOpts, at: now)
        return volumeValue(volume)
    }

    /// Creates a volume, or returns the existing one of that name (moby's `Create` is idempotent).
    @discardableResult
    func createVolume(name requested: String, labels: [String: String]?, options: [String: String]?,
                      at now: Timestamp) throws(EngineError) -> VolumeRecord {
        if let existing = state.volumes[requested] { return existing }
        var name = requested
        var labels = labels
        let anonymous = name.isEmpty
        if anonymous {
            name = state.random.hex(64)
            labels = (labels ?? [:]).merging([Self.anonymousVolumeLabel: ""]) { $1 }
        } else {
            if name.count == 1 {
                throw .invalidParameter("create \(name): volume name is too short, names should be at least two alphanumeric characters")
            }
            if !Self.isValidName(name) {
                throw .invalidParameter("create \(name): \"\(name)\" includes invalid characters for a local volume name, only \"\(Self.restrictedNameChars)\" are allowed. If you intended to pass a host directory, use absolute path")
            }
        }
        let record = VolumeRecord(name: name, createdAt: Timestamp(seconds: now.seconds), labels: labels,
                                  options: options, anonymous: anonymous)
        state.volumes[name] = record
        emit("volume", "create", actor: name, ["driver": "local"])
        return record
    }

    func volumeValue(_ v: VolumeRecord, usage: Bool = false) -> Volume {
        var value = Volume(createdAt: v.createdAt.rfc3339Seconds, driver: v.driver, labels: v.labels,
                           mountpoint: v.mountpoint, name: v.name, options: v.options)
        if usage { value.usage = (Int64(volumeUsers(v.name).count), v.content.size) }
        return value
    }

    /// Ids of the containers mounting a volume, oldest first.
    func volumeUsers(_ name: String) -> [String] {
        state.containers.values.filter { c in c.mounts.contains { $0.type == .volume && $0.name == name } }
            .sorted { ($0.created, $0.id) < ($1.created, $1.id) }.map(\.id)
    }

    public func volumeList(_ filters: FilterArgs) throws(EngineError) -> VolumeListResponse {
        begin()
        try filters.validate(["dangling", "name", "driver", "label"])
        let dangling: Bool? = filters.contains("dangling") ? try filters.bool("dangling", default: false) : nil
        let volumes = state.volumes.values.filter { v in
            if let dangling, volumeUsers(v.name).isEmpty != dangling { return false }
            if filters.contains("name") && !filters.values("name").contains(where: { v.name.contains($0) }) { return false }
            if !filters.exactMatch("driver", v.driver) { return false }
            return filters.matchKVList("label", v.labels)
        }
        return VolumeListResponse(volumes: volumes.sorted { $0.name < $1.name }.map { volumeValue($0) })
    }

    public func volumeInspect(_ name: String) throws(EngineError) -> Volume {
        begin()
        guard let v = state.volumes[name] else { throw Self.noSuchVolume(name) }
        return volumeValue(v)
    }

    public func volumeRemove(_ name: String, force: Bool) throws(EngineError) {
        begin()
        guard state.volumes[name] != nil else {
            if force { return }
            throw Self.noSuchVolume(name)
        }
        let users = volumeUsers(name)
        if !users.isEmpty { throw .conflict("remove \(name): volume is in use - [\(users.joined(separator: ", "))]") }
        state.volumes[name] = nil
        emit("volume", "destroy", actor: name, ["driver": "local"])
    }

    public func volumesPrune(_ filters: FilterArgs) throws(EngineError) -> VolumesPruneReport {
        begin()
        try filters.validate(["label", "label!", "all"])
        let all = try filters.bool("all", default: false)
        var deleted: [String] = []
        var reclaimed: UInt64 = 0
        for v in state.volumes.values.sorted(by: { $0.name < $1.name }) {
            guard all || v.anonymous else { continue }
            guard Self.matchLabels(filters, v.labels), volumeUsers(v.name).isEmpty else { continue }
            reclaimed += UInt64(v.content.size)
            state.volumes[v.name] = nil
            emit("volume", "destroy", actor: v.name, ["driver": "local"])
            deleted.append(v.name)
        }
        emit("volume", "prune", actor: "", ["reclaimed": String(reclaimed)])
        return VolumesPruneReport(volumesDeleted: deleted, spaceReclaimed: reclaimed)
    }

    // MARK: Mount points of a new container

    /// `registerMountPoints` and the anonymous volumes of `createContainerOSSpecificSettings`:
    /// volumes-from, binds, `--mount`, then the image's and `-v /path` volumes.
    func mountPoints(for c: ContainerRecord) throws(EngineError) -> [MountRecord] {
        var points: [String: MountRecord] = [:]
        let now = c.created
        for spec in c.hostConfig.volumesFrom ?? [] {
            let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
            let source = try container(parts[0])
            let readOnly = parts.count > 1 && parts[1] == "ro"
            for var m in source.mounts {
                m.rw = m.rw && !readOnly
                m.anonymous = false
                points[m.destination] = m
            }
        }
        var explicit = Set<String>()
        for bind in c.hostConfig.binds ?? [] {
            let parts = bind.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, parts.count <= 3, !parts[0].isEmpty else {
                throw .invalidParameter("invalid volume specification: '\(bind)'")
            }
            let mode = parts.count == 3 ? parts[2] : ""
            let options = mode.split(separator: ",").map(String.init)
            let rw = !options.contains("ro")
            if explicit.contains(parts[1]) { throw .invalidParameter("Duplicate mount point: \(parts[1])") }
            explicit.insert(parts[1])
            if parts[0].hasPrefix("/") {
                let propagation = options.first { ["private", "rprivate", "shared", "rshared", "slave", "rslave"].contains($0) } ?? "rprivate"
                points[parts[1]] = MountRecord(type: .bind, source: parts[0], destination: parts[1], mode: mode, rw: rw,
                                               propagation: propagation)
            } else {
                let v = try createVolume(name: parts[0], labels: nil, options: nil, at: now)
                points[parts[1]] = MountRecord(type: .volume, name: v.name, source: v.mountpoint, destination: parts[1],
                                               driver: "local", mode: mode.isEmpty ? "z" : mode, rw: rw)
            }
        }
        for spec in c.hostConfig.mounts ?? [] {
            if explicit.contains(spec.target) { throw .invalidParameter("Duplicate mount point: \(spec.target)") }
            explicit.insert(spec.target)
            switch spec.type {
            case .volume:
                let v = try createVolume(name: spec.source, labels: spec.volumeOptions?.labels,
                                         options: spec.volumeOptions?.driverOptions, at: now)
                points[spec.target] = MountRecord(type: .volume, name: v.name, source: v.mountpoint, destination: spec.target,
                                                  driver: "local", mode: "z", rw: !spec.readOnly, anonymous: spec.source.isEmpty)
            case .bind:
                points[spec.target] = MountRecord(type: .bind, source: spec.source, destination: spec.target, rw: !spec.readOnly,
                                                  propagation: spec.bindOptions?.propagation.isEmpty == false ? spec.bindOptions?.propagation ?? "rprivate" : "rprivate")
            case .tmpfs:
                points[spec.target] = MountRecord(type: .tmpfs, source: "", destination: spec.target, rw: !spec.readOnly)
            default:
                points[spec.target] = MountRecord(type: spec.type, source: spec.source, destination: spec.target, rw: !spec.readOnly)
            }
        }
        for destination in c.config.volumes ?? [] {
            let clean = FileTree.normalize(destination)
            guard points[clean] == nil, points[destination] == nil else { continue }
            let v = try createVolume(name: "", labels: nil, options: nil, at: now)
            points[clean] = MountRecord(type: .volume, name: v.name, source: v.mountpoint, destination: clean,
                                        driver: "local", rw: true, anonymous: true)
        }
        return points.keys.sorted().compactMap { points[$0] }
    }

    /// Removes a container's anonymous volumes (`rm -v`, `--rm`), unless another container uses them.
    func removeAnonymousVolumes(of c: ContainerRecord) {
        for m in c.mounts where m.type == .volume && m.anonymous {
            guard let v = state.volumes[m.name], v.anonymous, volumeUsers(m.name).isEmpty else { continue }
            state.volumes[m.name] = nil
            emit("volume", "destroy", actor: m.name, ["driver": "local"])
        }
    }
}

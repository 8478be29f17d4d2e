import DockerAPI

/// wait, rename, update, remove and prune (daemon/wait.go, rename.go, update.go, delete.go, prune.go).
extension DockerDaemon {
    public func containerWait(_ idOrName: String, condition: WaitCondition) throws(EngineError) -> ContainerWaitResponse {
        begin()
        let id = try containerID(idOrName)
        guard let start = state.containers[id] else { throw .notFound("No such container: \(idOrName)") }
        let firstExit = start.finishedAt
        func answer(_ c: ContainerRecord) -> ContainerWaitResponse {
            ContainerWaitResponse(statusCode: c.exitCode, errorMessage: c.error.isEmpty ? nil : c.error)
        }
        var last = start
        for _ in 0..<10_000 {
            reconcile(until: clock.now)
            guard let c = state.containers[id] else {
                // Removed: the `removed` condition is met; the others saw the exit that led to it.
                return answer(last)
            }
            last = c
            switch condition {
            case .notRunning where !c.running:
                return answer(c)
            case .nextExit where c.finishedAt != firstExit && c.finishedAt != nil:
                return answer(c)
            default:
                break
            }
            guard let next = nextEvent(of: c) else {
                var blocked = ContainerWaitResponse(statusCode: -1)
                blocked.blocksForever = true
                return blocked
            }
            clock.sleep(until: next)
        }
        var blocked = ContainerWaitResponse(statusCode: -1)
        blocked.blocksForever = true
        return blocked
    }

    /// When this container next changes on its own: its process exits or its restart back-off ends.
    func nextEvent(of c: ContainerRecord) -> Timestamp? {
        if c.restarting { return c.restartDueAt }
        if c.running && !c.paused { return c.process?.exitAt }
        return nil
    }

    public func containerRename(_ idOrName: String, newName: String) throws(EngineError) {
        let now = begin()
        if idOrName.isEmpty || newName.isEmpty {
            throw .invalidParameter("Neither old nor new names may be empty")
        }
        var c = try container(idOrName)
        let target = newName.hasPrefix("/") ? newName : "/" + newName
        if c.name == target { throw .invalidParameter("Renaming a container with the same name as its current name") }
        let reserved: String
        do {
            reserved = try reserveName(newName, id: c.id)
        } catch {
            throw EngineError(error.statusCode, "Error when allocating new name: \(error.message)")
        }
        let old = c.name
        c.name = reserved
        if c.running {
            var networks = c.networks
            for (network, ep) in networks where ep.dnsNames != nil {
                networks[network]?.dnsNames = Self.dnsNames(c, aliases: ep.aliases ?? [])
            }
            c.networks = networks
        }
        state.containers[c.id] = c
        emitContainer(c, "rename", ["oldName": old], at: now)
    }

    public func containerUpdate(_ idOrName: String, _ update: ContainerUpdateConfig) throws(EngineError) -> [String] {
        let now = begin()
        if let policy = update.restartPolicy {
            do { try Self.validateRestartPolicy(policy) } catch { throw error }
        }
        var c = try container(idOrName)
        func cannot(_ message: String) -> EngineError { .conflict("Cannot update container \(c.id): \(message)") }
        if c.removalInProgress || c.dead { throw .system("Cannot update container \(c.id): container is marked for removal and cannot be \"update\"") }
        var h = c.hostConfig
        if (update.nanoCpus ?? 0) > 0 && h.cpuPeriod > 0 { throw cannot("Conflicting options: Nano CPUs cannot be updated as CPU Period has already been set") }
        if (update.nanoCpus ?? 0) > 0 && h.cpuQuota > 0 { throw cannot("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set") }
        if (update.cpuPeriod ?? 0) > 0 && h.nanoCpus > 0 { throw cannot("Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set") }
        if (update.cpuQuota ?? 0) > 0 && h.nanoCpus > 0 { throw cannot("Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set") }
        if let v = update.blkioWeight, v != 0 { h.blkioWeight = v }
        if let v = update.cpuShares, v != 0 { h.cpuShares = v }
        if let v = update.nanoCpus, v != 0 { h.nanoCpus = v }
        if let v = update.cpuPeriod, v != 0 { h.cpuPeriod = v }
        if let v = update.cpuQuota, v != 0 { h.cpuQuota = v }
        if let v = update.cpusetCpus, !v.isEmpty { h.cpusetCpus = v }
        if let v = update.cpusetMems, !v.isEmpty { h.cpusetMems = v }
        if let v = update.memory, v != 0 {
            if v > h.memorySwap && (update.memorySwap ?? 0) == 0 {
                throw cannot("Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time")
            }
            h.memory = v
        }
        if let v = update.memorySwap, v != 0 { h.memorySwap = v }
        if let v = update.memoryReservation, v != 0 { h.memoryReservation = v }
        if let v = update.cpuRealtimePeriod, v != 0 { h.cpuRealtimePeriod = v }
        if let v = update.cpuRealtimeRuntime, v != 0 { h.cpuRealtimeRuntime = v }
        if let v = update.pidsLimit { h.pidsLimit = v }
        if let policy = update.restartPolicy, policy.name != .disabled {
            if h.autoRemove && !(policy.name == .no) {
                throw cannot("Restart policy cannot be updated because AutoRemove is enabled for the container")
            }
            h.restartPolicy = policy
        }
        c.hostConfig = h
        state.containers[c.id] = c
        emitContainer(c, "update", at: now)
        return []
    }

    public func containerRemove(_ idOrName: String, options: ContainerRemoveOptions) throws(EngineError) {
        let now = begin()
        var c = try container(idOrName)
        if options.removeLink {
            let name = idOrName.hasPrefix("/") ? idOrName : "/" + idOrName
            if name.dropFirst().firstIndex(of: "/") == nil {
                throw .system("Conflict, cannot remove the default link name of the container")
            }
            throw .system("Cannot get parent \(name.split(separator: "/").dropLast().joined(separator: "/")) for link name \(name)")
        }
        if c.removalInProgress { throw .conflict("removal of container \(idOrName) is already in progress") }
        if c.running {
            guard options.force else {
                if c.paused { throw .conflict("cannot remove container \"\(idOrName)\": container is paused and must be unpaused first") }
                throw .conflict("cannot remove container \"\(idOrName)\": container is \(c.status): stop the container before removing or force remove")
            }
            c.removalInProgress = true
            state.containers[c.id] = c
            if let exitAt = try? killWithSignal(c.id, Signals.sigkill, at: now) { reconcile(until: exitAt) }
        }
        guard state.containers[c.id] != nil else { return }
        destroyContainer(c.id, removeVolumes: options.removeVolumes, at: now)
    }

    public func containersPrune(_ filters: FilterArgs) throws(EngineError) -> ContainersPruneReport {
        let now = begin()
        try filters.validate(["until", "label", "label!"])
        let until = try untilFilter(filters, now: now)
        var deleted: [String] = []
        var reclaimed: UInt64 = 0
        for c in state.containers.values.sorted(by: { ($0.created, $0.id) < ($1.created, $1.id) }) where !c.running {
            if let until, c.created > until { continue }
            guard Self.matchLabels(filters, c.config.labels) else { continue }
            reclaimed += UInt64(max(0, c.sizeRw))
            destroyContainer(c.id, removeVolumes: false, at: now)
            deleted.append(c.id)
        }
        emit("container", "prune", actor: "", ["reclaimed": String(reclaimed)], at: now)
        return ContainersPruneReport(containersDeleted: deleted, spaceReclaimed: reclaimed)
    }
}

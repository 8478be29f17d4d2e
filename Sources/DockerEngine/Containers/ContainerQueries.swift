import DockerAPI

/// inspect and list (daemon/inspect.go, daemon/list.go, container/view.go, container/state.go).
extension DockerDaemon {
    public func containerInspect(_ idOrName: String, size: Bool) throws(EngineError) -> ContainerInspect {
        begin()
        return inspectValue(try container(idOrName), size: size)
    }

    func inspectValue(_ c: ContainerRecord, size: Bool) -> ContainerInspect {
        let root = "/var/lib/docker/containers/\(c.id)"
        let started = c.hasBeenStartedBefore
        let state = ContainerStateInfo(status: c.status, running: c.running, paused: c.paused, restarting: c.restarting,
                                       oomKilled: c.oomKilled, dead: c.dead, pid: c.pid, exitCode: c.exitCode,
                                       error: c.error, startedAt: c.startedAt.goText, finishedAt: c.finishedAt.goText,
                                       health: c.health)
        var settings = NetworkSettings()
        settings.sandboxID = c.sandboxID
        settings.sandboxKey = c.sandboxKey
        settings.ports = c.ports
        settings.networks = c.networks
        if let bridge = c.networks["bridge"] {
            settings.endpointID = bridge.endpointID
            settings.gateway = bridge.gateway
            settings.globalIPv6Address = bridge.globalIPv6Address
            settings.globalIPv6PrefixLen = bridge.globalIPv6PrefixLen
            settings.ipAddress = bridge.ipAddress
            settings.ipPrefixLen = bridge.ipPrefixLen
            settings.ipv6Gateway = bridge.ipv6Gateway
            settings.macAddress = bridge.macAddress
        }
        let image = self.state.images[c.imageID]
        let chains = image.map { chainIDs($0) } ?? []
        var inspect = ContainerInspect(
            id: c.id, created: c.created.rfc3339Nano, path: c.path, args: c.args, state: state, image: c.imageID,
            resolvConfPath: started ? root + "/resolv.conf" : "", hostnamePath: started ? root + "/hostname" : "",
            hostsPath: started ? root + "/hosts" : "", logPath: started && c.hostConfig.logConfig.type == "json-file" ? "\(root)/\(c.id)-json.log" : "",
            name: c.name, restartCount: c.restartCount, driver: c.driver, platform: c.platform, mountLabel: "",
            processLabel: "", appArmorProfile: started ? (c.hostConfig.privileged ? "unconfined" : "docker-default") : "",
            execIDs: c.execIDs.isEmpty ? nil : c.execIDs, hostConfig: c.hostConfig,
            graphDriver: graphDriverData(layers: chains, topCacheID: c.layerCacheID, initLayer: true),
            mounts: c.mounts.map(\.mountPoint), config: c.config, networkSettings: settings)
        if size {
            inspect.sizeRw = c.sizeRw
            inspect.sizeRootFs = c.sizeRw + (image.map(imageSize) ?? 0)
        }
        return inspect
    }

    /// container/state.go `String`: the human status `docker ps` shows.
    func statusText(_ c: ContainerRecord, now: Timestamp) -> String {
        if c.running {
            let up = HumanUnits.duration(nanoseconds: now.since(c.startedAt ?? now))
            if c.paused { return "Up \(up) (Paused)" }
            if c.restarting {
                return "Restarting (\(c.exitCode)) \(HumanUnits.duration(nanoseconds: now.since(c.finishedAt ?? now))) ago"
            }
            if let health = c.health { return "Up \(up) (\(health.status == "starting" ? "health: starting" : health.status))" }
            return "Up \(up)"
        }
        if c.removalInProgress { return "Removal In Progress" }
        if c.dead { return "Dead" }
        guard c.startedAt != nil else { return "Created" }
        guard let finished = c.finishedAt else { return "" }
        return "Exited (\(c.exitCode)) \(HumanUnits.duration(nanoseconds: now.since(finished))) ago"
    }

    /// `Path` and `Args` as `docker ps` shows them: arguments with spaces in single quotes.
    static func commandText(_ c: ContainerRecord) -> String {
        guard !c.args.isEmpty else { return c.path }
        return c.path + " " + c.args.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    func summary(_ c: ContainerRecord, now: Timestamp, size: Bool) -> ContainerSummary {
        var networks: [String: EndpointSettings] = [:]
        for (name, ep) in c.networks {
            var e = EndpointSettings()
            e.endpointID = ep.endpointID
            e.gateway = ep.gateway
            e.ipAddress = ep.ipAddress
            e.ipPrefixLen = ep.ipPrefixLen
            e.ipv6Gateway = ep.ipv6Gateway
            e.globalIPv6Address = ep.globalIPv6Address
            e.globalIPv6PrefixLen = ep.globalIPv6PrefixLen
            e.macAddress = ep.macAddress
            e.networkID = ep.networkID
            e.gwPriority = ep.gwPriority
            e.ipv4Address = ep.ipv4Address
            e.ipv6Address = ep.ipv6Address
            networks[name] = e
        }
        var image = c.config.image
        if image.isEmpty || (try? resolveImage(image))?.id != c.imageID { image = c.imageID }
        return ContainerSummary(
            id: c.id, names: [c.name], image: image, imageID: c.imageID, command: Self.commandText(c),
            created: c.created.seconds, ports: portSummaries(c), sizeRw: size ? c.sizeRw : nil,
            sizeRootFs: size ? c.sizeRw + (state.images[c.imageID].map(imageSize) ?? 0) : nil,
            labels: c.config.labels, state: c.status, status: statusText(c, now: now),
            networkMode: c.hostConfig.networkMode, annotations: c.hostConfig.annotations, networks: networks,
            mounts: c.mounts.map(\.mountPoint))
    }

    static let containerStates = ["created", "running", "paused", "restarting", "removing", "exited", "dead"]

    public func containerList(_ options: ContainerListOptions) throws(EngineError) -> [ContainerSummary] {
        let now = begin()
        let f = options.filters
        try f.validate(["ancestor", "before", "exited", "id", "isolation", "label", "name", "status", "health",
                        "since", "volume", "network", "is-task", "publish", "expose"])
        var all = options.all
        var exited: [Int] = []
        for v in f.values("exited") {
            guard let code = Int(v) else { throw .invalidParameter("invalid filter 'exited=\(v)': strconv.Atoi: parsing \"\(v)\": invalid syntax") }
            exited.append(code)
        }
        for v in f.values("status") {
            guard Self.containerStates.contains(v) else {
                throw .invalidParameter("invalid filter 'status=\(v)': invalid value for state (\(v)): must be one of \(Self.containerStates.joined(separator: ", "))")
            }
            all = true
        }
        let healths = ["none", "starting", "healthy", "unhealthy"]
        for v in f.values("health") where !healths.contains(v) {
            throw .invalidParameter("invalid filter 'health=\(v)': invalid value for health (\(v)): must be one of \(healths.joined(separator: ", "))")
        }
        var before = try f.values("before").last.map { v throws(EngineError) in try container(v).id }
        let since = try f.values("since").last.map { v throws(EngineError) in try container(v).id }
        var ancestors = Set<String>()
        for v in f.values("ancestor") {
            guard let image = try? resolveImage(v) else { continue }
            ancestors.insert(image.id)
            var queue = [image.id]
            while let next = queue.popLast() {
                for child in children(of: next) where !ancestors.contains(child) { ancestors.insert(child); queue.append(child) }
            }
        }
        let limit = options.limit ?? 0
        var result: [ContainerSummary] = []
        let ordered = state.containers.values.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
        for c in ordered {
            if let b = before {
                if c.id == b { before = nil }
                continue
            }
            if let since, c.id == since { break }
            if !c.running && !all && limit <= 0 { continue }
            if !f.match("name", c.name) && !f.match("name", c.shortName) { continue }
            if f.contains("id") && !f.values("id").contains(where: { c.id.hasPrefix($0) }) { continue }
            if !f.matchKVList("label", c.config.labels) { continue }
            if limit > 0 && result.count == limit { break }
            if !exited.isEmpty && !exited.contains(where: { $0 == c.exitCode && !c.running && c.startedAt != nil }) { continue }
            if !f.match("status", c.status) { continue }
            if !f.exactMatch("health", c.health?.status ?? "none") { continue }
            if f.contains("volume") {
                let hit = f.values("volume").contains { v in c.mounts.contains { $0.destination == v || ($0.name.isEmpty ? $0.source : $0.name) == v } }
                if !hit { continue }
            }
            if f.contains("ancestor") && !ancestors.contains(c.imageID) { continue }
            if f.contains("network") {
                let hit = f.values("network").contains { v in c.networks[v] != nil || c.networks.values.contains { !$0.networkID.isEmpty && $0.networkID.hasPrefix(v) } }
                if !hit { continue }
            }
            if f.contains("publish") || f.contains("expose") {
                let ports = portSummaries(c)
                let hit = ports.contains { p in
                    f.values("publish").contains { Self.portFilter($0) == "\(p.publicPort)/\(p.type)" }
                        || f.values("expose").contains { Self.portFilter($0) == "\(p.privatePort)/\(p.type)" }
                }
                if !hit { continue }
            }
            result.append(summary(c, now: now, size: options.size))
        }
        return result
    }

    /// `80` reads as `80/tcp` in port filters.
    static func portFilter(_ value: String) -> String { value.contains("/") ? value : value + "/tcp" }
}

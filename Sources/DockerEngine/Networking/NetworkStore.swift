import DockerAPI

/// The network controller: the predefined networks, user-defined bridges, IP address management
/// and name resolution (daemon/network.go, libnetwork).
extension DockerDaemon {
    static let predefinedNetworks: Set<String> = ["bridge", "host", "none"]

    /// The bridge driver options of the default `bridge` network, as `network inspect bridge` shows them.
    static let defaultBridgeOptions = [
        "com.docker.network.bridge.default_bridge": "true",
        "com.docker.network.bridge.enable_icc": "true",
        "com.docker.network.bridge.enable_ip_masquerade": "true",
        "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
        "com.docker.network.bridge.name": "docker0",
        "com.docker.network.driver.mtu": "1500",
    ]

    /// Creates `bridge`, `host` and `none` when the state has none (a fresh daemon).
    func ensureDefaultNetworks() {
        guard !state.networks.values.contains(where: { $0.predefined }) else { return }
        let created = state.daemon.startedAt
        var bridge = NetworkRecord(id: newID(), name: "bridge", driver: "bridge", created: created)
        bridge.ipam = [IPAMConfig(subnet: "172.17.0.0/16", gateway: "172.17.0.1")]
        bridge.options = Self.defaultBridgeOptions
        bridge.labels = [:]
        bridge.predefined = true
        var hostNet = NetworkRecord(id: newID(), name: "host", driver: "host", created: created)
        hostNet.ipam = []
        hostNet.options = [:]
        hostNet.labels = [:]
        hostNet.predefined = true
        var none = NetworkRecord(id: newID(), name: "none", driver: "null", created: created)
        none.ipam = []
        none.options = [:]
        none.labels = [:]
        none.predefined = true
        for n in [bridge, hostNet, none] { state.networks[n.id] = n }
    }

    /// Finds a network by full id, name, or unique id prefix (daemon `FindNetwork`).
    func findNetwork(_ idOrName: String) -> NetworkRecord? {
        if let n = state.networks[idOrName] { return n }
        if let n = state.networks.values.first(where: { $0.name == idOrName }) { return n }
        let matches = state.networks.values.filter { $0.id.hasPrefix(idOrName) }
        return matches.count == 1 ? matches.first : nil
    }

    static func networkNotFound(_ name: String) -> EngineError { .notFound("network \(name) not found") }

    public func networkCreate(_ options: NetworkCreateOptions) throws(EngineError) -> NetworkCreateResponse {
        let now = begin()
        if Self.predefinedNetworks.contains(options.name) {
            throw .forbidden("operation is not permitted on predefined \(options.name) network ")
        }
        if state.networks.values.contains(where: { $0.name == options.name }) {
            throw .conflict("network with name \(options.name) already exists")
        }
        let driver = options.driver.isEmpty ? "bridge" : options.driver
        switch driver {
        case "bridge": break
        case "host", "null":
            throw .forbidden("only one instance of \"\(driver)\" network is allowed")
        case "overlay":
            throw .forbidden("This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.")
        default:
            throw .notFound("plugin \"\(driver)\" not found")
        }
        var record = NetworkRecord(id: newID(), name: options.name, driver: driver, created: now)
        record.enableIPv6 = options.enableIPv6 ?? false
        record.isInternal = options.isInternal
        record.attachable = options.attachable
        record.ipamDriver = options.ipamDriver.isEmpty ? "default" : options.ipamDriver
        record.ipamOptions = options.ipamOptions
        record.options = options.options
        record.labels = options.labels
        record.ipam = try ipamConfig(for: options.ipamConfig)
        state.networks[record.id] = record
        emit("network", "create", actor: record.id, ["name": record.name, "type": record.driver])
        return NetworkCreateResponse(id: record.id)
    }

    /// The subnets of a new network: the ones asked for (checked against the others), or the next free pool.
    private func ipamConfig(for requested: [IPAMConfig]) throws(EngineError) -> [IPAMConfig] {
        let taken = state.networks.values.flatMap { $0.ipam ?? [] }.compactMap { IPv4Subnet($0.subnet) }
        if requested.isEmpty {
            guard let pool = Self.defaultPools().first(where: { p in !taken.contains { $0.overlaps(p) } }) else {
                throw .forbidden("all predefined address pools have been fully subnetted")
            }
            return [IPAMConfig(subnet: pool.description, gateway: pool.firstHost.description)]
        }
        var configs: [IPAMConfig] = []
        for var config in requested {
            guard let subnet = IPv4Subnet(config.subnet) else {
                throw .invalidParameter("invalid subnet \(config.subnet): it should be in CIDR format (e.g. 192.168.0.0/16)")
            }
            if taken.contains(where: { $0.overlaps(subnet) }) || configs.contains(where: { IPv4Subnet($0.subnet)?.overlaps(subnet) ?? false }) {
                throw .forbidden("invalid pool request: Pool overlaps with other one on this address space")
            }
            if config.gateway.isEmpty { config.gateway = subnet.firstHost.description }
            configs.append(config)
        }
        return configs
    }

    /// The daemon's default address pools: 172.17–31.0.0/16, then 192.168.0.0/16 in /20 pieces.
    static func defaultPools() -> [IPv4Subnet] {
        var pools: [IPv4Subnet] = []
        for second in 17...31 { pools.append(IPv4Subnet(base: IPv4(UInt32(172) << 24 | UInt32(second) << 16), prefix: 16)) }
        for third in stride(from: 0, to: 256, by: 16) {
            pools.append(IPv4Subnet(base: IPv4(UInt32(192) << 24 | UInt32(168) << 16 | UInt32(third) << 8), prefix: 20))
        }
        return pools
    }

    public func networkList(_ filters: FilterArgs) throws(EngineError) -> [NetworkInspect] {
        begin()
        try filters.validate(["dangling", "driver", "id", "label", "name", "scope", "type"])
        let dangling: Bool? = filters.contains("dangling") ? try filters.bool("dangling", default: false) : nil
        let networks = state.networks.values.filter { n in
            if !filters.match("name", n.name) { return false }
            if !filters.fuzzyMatch("id", n.id) { return false }
            if !filters.exactMatch("driver", n.driver) { return false }
            if !filters.exactMatch("scope", n.scope) { return false }
            if !filters.matchKVList("label", n.labels) { return false }
            if filters.contains("type") {
                let type = n.predefined ? "builtin" : "custom"
                if !filters.values("type").contains(type) { return false }
            }
            if let dangling {
                let unused = !n.predefined && !state.containers.values.contains { $0.networks[n.name] != nil }
                if unused != dangling { return false }
            }
            return true
        }
        return networks.sorted { $0.name < $1.name }.map { networkValue($0, withContainers: false) }
    }

    public func networkInspect(_ idOrName: String, verbose: Bool) throws(EngineError) -> NetworkInspect {
        begin()
        guard let n = findNetwork(idOrName) else { throw Self.networkNotFound(idOrName) }
        return networkValue(n, withContainers: true)
    }

    func networkValue(_ n: NetworkRecord, withContainers: Bool) -> NetworkInspect {
        var endpoints: [String: NetworkEndpointResource] = [:]
        if withContainers {
            for c in state.containers.values where c.running {
                guard let ep = c.networks[n.name], ep.networkID == n.id, !ep.endpointID.isEmpty else { continue }
                endpoints[c.id] = NetworkEndpointResource(
                    name: c.shortName, endpointID: ep.endpointID, macAddress: ep.macAddress,
                    ipv4Address: ep.ipAddress.isEmpty ? "" : "\(ep.ipAddress)/\(ep.ipPrefixLen)")
            }
        }
        let ipamConfig: [IPAMConfig]? = n.ipam.map { $0.isEmpty && n.driver != "bridge" ? [] : $0 }
        return NetworkInspect(name: n.name, id: n.id, created: n.created, scope: n.scope, driver: n.driver,
                              enableIPv4: n.driver == "bridge", enableIPv6: n.enableIPv6, ipamDriver: n.ipamDriver,
                              ipamOptions: n.ipamOptions, ipamConfig: ipamConfig, isInternal: n.isInternal,
                              attachable: n.attachable, containers: endpoints, options: n.options, labels: n.labels)
    }

    public func networkRemove(_ idOrName: String) throws(EngineError) {
        begin()
        guard let n = findNetwork(idOrName) else { throw Self.networkNotFound(idOrName) }
        if n.predefined { throw .forbidden("\(n.name) is a pre-defined network and cannot be removed") }
        let active = state.containers.values.filter { $0.running && $0.networks[n.name]?.networkID == n.id }
            .sorted { $0.name < $1.name }
        if !active.isEmpty {
            let list = active.map { "name:\"\($0.shortName)\" id:\"\(shortID($0.networks[n.name]?.endpointID ?? ""))\"" }
            throw .forbidden("error while removing network: network \(n.name) has active endpoints (\(list.joined(separator: ", ")))")
        }
        state.networks[n.id] = nil
        emit("network", "destroy", actor: n.id, ["name": n.name, "type": n.driver])
    }

    public func networksPrune(_ filters: FilterArgs) throws(EngineError) -> NetworksPruneReport {
        let now = begin()
        try filters.validate(["label", "label!", "until"])
        let until = try untilFilter(filters, now: now)
        var deleted: [String] = []
        for n in state.networks.values.sorted(by: { $0.name < $1.name }) where !n.predefined {
            if let until, n.created > until { continue }
            guard Self.matchLabels(filters, n.labels) else { continue }
            if state.containers.values.contains(where: { $0.networks[n.name]?.networkID == n.id && $0.running }) { continue }
            state.networks[n.id] = nil
            emit("network", "destroy", actor: n.id, ["name": n.name, "type": n.driver])
            deleted.append(n.name)
        }
        emit("network", "prune", actor: "", ["reclaimed": "0"])
        return NetworksPruneReport(networksDeleted: deleted)
    }

    // MARK: Name resolution

    /// What the embedded DNS server (127.0.0.11) answers a container on a user-defined network:
    /// the addresses of running containers sharing a network with it whose name, alias, short id
    /// or host name is `name`. The default bridge has no DNS; there only `/etc/hosts` (links) helps.
    public func resolve(_ name: String, from containerID: String) -> [String] {
        guard let asker = state.containers[containerID] else { return [] }
        var addresses: [String] = []
        for (networkName, own) in asker.networks.sorted(by: { $0.key < $1.key }) {
            guard networkName != "bridge", !own.networkID.isEmpty else { continue }
            for c in state.containers.values.sorted(by: { $0.id < $1.id }) where c.running {
                guard let ep = c.networks[networkName], ep.networkID == own.networkID, !ep.ipAddress.isEmpty else { continue }
                if (ep.dnsNames ?? []).contains(name) && !addresses.contains(ep.ipAddress) { addresses.append(ep.ipAddress) }
            }
        }
        return addresses
    }
}

extension EngineError {
    /// 403: what moby's `errdefs.Forbidden` errors map to.
    static func forbidden(_ message: String) -> EngineError { EngineError(403, message) }
}

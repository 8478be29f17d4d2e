import DockerAPI

/// A container's endpoints: which networks it joins at create, the addresses and published ports
/// it gets at start, and what it gives back at stop (daemon/container_operations.go).
extension DockerDaemon {
    /// `NetworkSettings.Networks` of a new container: its network mode's network, plus any
    /// `--network` endpoint settings the request carries.
    func initialNetworks(_ c: ContainerRecord, _ request: NetworkingConfig) -> [String: EndpointSettings] {
        let mode = c.hostConfig.networkMode
        if mode.hasPrefix("container:") { return [:] }
        var networks: [String: EndpointSettings] = [:]
        let primary = findNetwork(mode)?.name ?? mode
        networks[primary] = EndpointSettings()
        for (name, settings) in request.endpoints {
            let key = findNetwork(name)?.name ?? name
            networks[key] = settings
        }
        return networks
    }

    /// Joins every configured network at start: addresses, MACs, DNS names, then published ports.
    /// Errors come back wrapped as moby wraps them (`failed to set up container networking: ...`).
    func joinNetworks(_ c: inout ContainerRecord) throws(EngineError) {
        if c.hostConfig.networkMode.hasPrefix("container:") { return }
        c.sandboxID = newID()
        c.sandboxKey = "/var/run/docker/netns/" + c.sandboxID.prefix(12)
        for name in c.networks.keys.sorted() {
            guard let network = findNetwork(name), var ep = c.networks[name] else {
                throw .notFound(Self.networkingFailure + ": network \(name) not found")
            }
            ep.networkID = network.id
            ep.endpointID = newID()
            if network.driver == "bridge", let config = network.ipam?.first, let subnet = IPv4Subnet(config.subnet) {
                let ip = try allocateAddress(in: network, subnet: subnet, for: c, requested: ep.ipv4Address)
                state.networks[network.id]?.allocated[c.id] = ip.description
                ep.ipAddress = ip.description
                ep.ipPrefixLen = subnet.prefix
                ep.gateway = config.gateway
                ep.macAddress = ep.macAddress.isEmpty ? randomMAC() : ep.macAddress
                if !network.predefined {
                    ep.dnsNames = Self.dnsNames(c, aliases: ep.aliases ?? [])
                }
            }
            c.networks[name] = ep
            emit("network", "connect", actor: network.id, ["container": c.id, "name": network.name, "type": network.driver])
        }
        c.ports = try publishPorts(for: c)
    }

    static let networkingFailure = "failed to set up container networking"

    /// `buildEndpointDNSNames`: name, aliases, short id, host name, without duplicates.
    static func dnsNames(_ c: ContainerRecord, aliases: [String]) -> [String] {
        var names: [String] = []
        for n in [c.shortName] + aliases + [String(c.id.prefix(12)), c.config.hostname] where !n.isEmpty && !names.contains(n) {
            names.append(n)
        }
        return names
    }

    /// The requested address, or the lowest free one after the gateway (libnetwork's default IPAM).
    private func allocateAddress(in network: NetworkRecord, subnet: IPv4Subnet, for c: ContainerRecord,
                                 requested: String) throws(EngineError) -> IPv4 {
        let used = Set(network.allocated.filter { $0.key != c.id }.values.compactMap(IPv4.init))
        let gateway = IPv4(network.ipam?.first?.gateway ?? "")
        if !requested.isEmpty {
            guard let ip = IPv4(requested), subnet.contains(ip) else {
                throw .invalidParameter(Self.networkingFailure + ": no configured subnet or ip-range contain the IP address \(requested)")
            }
            if used.contains(ip) || ip == gateway {
                throw .invalidParameter(Self.networkingFailure + ": Address already in use")
            }
            return ip
        }
        var candidate = IPv4(subnet.base.value + 1)
        while candidate < subnet.last {
            if !used.contains(candidate) && candidate != gateway { return candidate }
            candidate = IPv4(candidate.value + 1)
        }
        throw .system(Self.networkingFailure + ": no available IPv4 addresses on this network's address pools: \(network.name) (\(network.id))")
    }

    /// A random locally administered unicast MAC, as docker 26+ assigns them.
    func randomMAC() -> String {
        var bytes = (0..<6).map { _ in UInt8(truncatingIfNeeded: state.random.next()) }
        bytes[0] = (bytes[0] & 0xfe) | 0x02
        let digits = Array("0123456789abcdef")
        return bytes.map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xf)]]) }.joined(separator: ":")
    }

    /// Gives back addresses and ports at stop, keeping the configuration (`releaseNetwork`, `cleanOperationalData`).
    func leaveNetworks(_ c: inout ContainerRecord, at time: Timestamp) {
        c.ports = PortMap()
        guard !c.sandboxID.isEmpty else { return }
        c.sandboxID = ""
        c.sandboxKey = ""
        for name in c.networks.keys.sorted() {
            guard var ep = c.networks[name] else { continue }
            if let network = findNetwork(ep.networkID.isEmpty ? name : ep.networkID) {
                state.networks[network.id]?.allocated[c.id] = nil
                emit("network", "disconnect", actor: network.id, ["container": c.id, "name": network.name, "type": network.driver],
                     at: time)
            }
            ep.endpointID = ""
            ep.gateway = ""
            ep.ipAddress = ""
            ep.ipPrefixLen = 0
            ep.ipv6Gateway = ""
            ep.globalIPv6Address = ""
            ep.globalIPv6PrefixLen = 0
            ep.macAddress = ""
            c.networks[name] = ep
        }
    }

    public func networkConnect(_ network: String, container idOrName: String, settings: EndpointSettings) throws(EngineError) {
        begin()
        guard let n = findNetwork(network) else { throw Self.networkNotFound(network) }
        var c = try container(idOrName)
        if c.hostConfig.networkMode.hasPrefix("container:") {
            throw .invalidParameter("container sharing network namespace with another container or host cannot be connected to any other network")
        }
        if n.driver == "host" || c.hostConfig.networkMode == "host" {
            throw .invalidParameter("cannot connect container to host network - container must be created in host network mode")
        }
        if c.networks[n.name] != nil {
            throw .forbidden("endpoint with name \(c.shortName) already exists in network \(n.name)")
        }
        if n.predefined && n.name == "bridge" && !(settings.aliases ?? []).isEmpty {
            throw .invalidParameter("network-scoped alias is supported only for containers in user defined networks")
        }
        c.networks[n.name] = settings
        if c.running {
            var ep = settings
            ep.networkID = n.id
            ep.endpointID = newID()
            if let config = n.ipam?.first, let subnet = IPv4Subnet(config.subnet) {
                let ip: IPv4
                do {
                    ip = try allocateAddress(in: n, subnet: subnet, for: c, requested: settings.ipv4Address)
                } catch {
                    throw EngineError(error.statusCode, String(error.message.dropFirst(Self.networkingFailure.count + 2)))
                }
                state.networks[n.id]?.allocated[c.id] = ip.description
                ep.ipAddress = ip.description
                ep.ipPrefixLen = subnet.prefix
                ep.gateway = config.gateway
                ep.macAddress = ep.macAddress.isEmpty ? randomMAC() : ep.macAddress
                if !n.predefined { ep.dnsNames = Self.dnsNames(c, aliases: ep.aliases ?? []) }
            }
            c.networks[n.name] = ep
            emit("network", "connect", actor: n.id, ["container": c.id, "name": n.name, "type": n.driver])
        }
        state.containers[c.id] = c
    }

    public func networkDisconnect(_ network: String, container idOrName: String, force: Bool) throws(EngineError) {
        begin()
        guard let n = findNetwork(network) else { throw Self.networkNotFound(network) }
        var c = try container(idOrName)
        if n.driver == "host" && c.hostConfig.networkMode == "host" {
            throw .invalidParameter("cannot disconnect container from host network - container was created in host network mode")
        }
        guard c.networks[n.name] != nil else {
            throw .system("container \(c.id) is not connected to network \(n.name)")
        }
        if c.running {
            state.networks[n.id]?.allocated[c.id] = nil
            emit("network", "disconnect", actor: n.id, ["container": c.id, "name": n.name, "type": n.driver])
        }
        c.networks[n.name] = nil
        state.containers[c.id] = c
    }
}

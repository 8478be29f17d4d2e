import DockerAPI

/// Host port publishing for `-p` and `-P` (libnetwork/portallocator, the bridge driver's port mapping).
///
/// Like libnetwork's allocator, ports the user leaves unspecified are handed out in order from
/// the ephemeral range (32768–60999), continuing after the last one given, per protocol.
/// Unspecified host addresses bind both `0.0.0.0` and `::`, as docker 28 reports them.
extension DockerDaemon {
    static let ephemeralPorts = 32768...60999

    /// The `NetworkSettings.Ports` of a starting container, or the bind conflict.
    func publishPorts(for c: ContainerRecord) throws(EngineError) -> PortMap {
        var map = PortMap()
        let bridgeLike = c.networks.keys.contains { findNetwork($0)?.driver == "bridge" }
        guard bridgeLike, c.hostConfig.networkMode != "host", c.hostConfig.networkMode != "none" else { return map }
        let exposed = Set((c.config.exposedPorts ?? []) + c.hostConfig.portBindings.entries.map(\.port))
        let taken = boundPorts(excluding: c.id)
        var mine: [(ip: String, port: Int, proto: String)] = []
        for port in exposed.sorted() {
            let proto = port.split(separator: "/").dropFirst().first.map(String.init) ?? "tcp"
            var requested = c.hostConfig.portBindings[port]
            if requested == nil && c.hostConfig.publishAllPorts { requested = [PortBinding()] }
            guard let bindings = requested, !bindings.isEmpty else {
                map[port] = nil as [PortBinding]?
                if !map.entries.contains(where: { $0.port == port }) { map.entries.append(.init(port: port, bindings: nil)) }
                continue
            }
            var result: [PortBinding] = []
            for binding in bindings {
                let ips = binding.hostIP.isEmpty ? ["0.0.0.0", "::"] : [binding.hostIP]
                let hostPort = try chooseHostPort(binding.hostPort, ips: ips, proto: proto, taken: taken + mine, container: c)
                for ip in ips {
                    mine.append((ip, hostPort, proto))
                    result.append(PortBinding(hostIP: ip, hostPort: String(hostPort)))
                }
            }
            map[port] = result
        }
        return map
    }

    /// Host ports bound by running containers.
    private func boundPorts(excluding id: String) -> [(ip: String, port: Int, proto: String)] {
        var bound: [(String, Int, String)] = []
        for c in state.containers.values where c.running && c.id != id {
            for entry in c.ports.entries {
                let proto = entry.port.split(separator: "/").dropFirst().first.map(String.init) ?? "tcp"
                for b in entry.bindings ?? [] {
                    if let p = Int(b.hostPort) { bound.append((b.hostIP, p, proto)) }
                }
            }
        }
        return bound
    }

    private static func conflicts(_ a: String, _ b: String) -> Bool {
        let aV6 = a.contains(":"), bV6 = b.contains(":")
        if aV6 != bV6 { return false }
        return a == b || a == "0.0.0.0" || b == "0.0.0.0" || a == "::" || b == "::"
    }

    private func chooseHostPort(_ spec: String, ips: [String], proto: String,
                                taken: [(ip: String, port: Int, proto: String)], container c: ContainerRecord) throws(EngineError) -> Int {
        func free(_ port: Int) -> String? {
            for ip in ips where taken.contains(where: { $0.port == port && $0.proto == proto && Self.conflicts($0.ip, ip) }) {
                return ip
            }
            return nil
        }
        if spec.isEmpty {
            let range = Self.ephemeralPorts
            var candidate = (state.lastPort[proto] ?? range.lowerBound - 1) + 1
            for _ in 0..<range.count {
                if candidate > range.upperBound { candidate = range.lowerBound }
                if free(candidate) == nil {
                    state.lastPort[proto] = candidate
                    return candidate
                }
                candidate += 1
            }
            throw .system(Self.networkingFailure + ": Bind for \(ips[0]):0 failed: no port available")
        }
        let bounds = spec.split(separator: "-").compactMap { Int($0) }
        let low = bounds.first ?? 0, high = bounds.last ?? low
        for port in low...max(low, high) where free(port) == nil { return port }
        let endpoint = c.networks.sorted(by: { $0.key < $1.key }).first { findNetwork($0.key)?.driver == "bridge" }?.value.endpointID ?? ""
        let ip = free(low) ?? ips[0]
        throw .system(Self.networkingFailure + ": driver failed programming external connectivity on endpoint \(c.shortName) (\(endpoint)): Bind for \(ip.contains(":") ? "[\(ip)]" : ip):\(low) failed: port is already allocated")
    }

    /// `docker port`'s view: the published bindings while running.
    func portSummaries(_ c: ContainerRecord) -> [PortSummary] {
        var out: [PortSummary] = []
        for entry in c.ports.entries {
            let parts = entry.port.split(separator: "/")
            let priv = UInt16(parts.first ?? "") ?? 0
            let proto = parts.count > 1 ? String(parts[1]) : "tcp"
            guard let bindings = entry.bindings, !bindings.isEmpty else {
                out.append(PortSummary(privatePort: priv, type: proto))
                continue
            }
            for b in bindings { out.append(PortSummary(ip: b.hostIP, privatePort: priv, publicPort: UInt16(b.hostPort) ?? 0, type: proto)) }
        }
        return out
    }
}

import DockerAPI

/// docker ps's `PORTS` column (`formatter.DisplayablePorts`).
///
/// Ports are sorted (private port, host IP, public port, type); ports published on the same
/// port number they expose, and exposed-only ports, are grouped into ranges per protocol and
/// address (`8000-8002/tcp`, `0.0.0.0:80-81->80-81/tcp`); other published ports are listed
/// one by one after the groups. Groups closed by a gap print first, still-open groups next, in
/// the order their protocol/address first appeared.
public enum DisplayablePorts {
    public static func text(_ ports: [PortSummary]) -> String {
        let sorted = ports.sorted(by: less)
        var groups: [String: (first: UInt16, last: UInt16)] = [:]
        var groupKeys: [String] = []
        var result: [String] = []
        var hostMappings: [String] = []
        for port in sorted {
            let current = port.privatePort
            var key = port.type
            if !port.ip.isEmpty {
                if port.publicPort != current {
                    hostMappings.append("\(joinHostPort(port.ip, String(port.publicPort)))->\(port.privatePort)/\(port.type)")
                    continue
                }
                key = port.ip + "/" + port.type
            }
            guard let group = groups[key] else {
                groups[key] = (current, current)
                groupKeys.append(key)
                continue
            }
            if current == group.last &+ 1 {
                groups[key] = (group.first, current)
                continue
            }
            result.append(formGroup(key, group.first, group.last))
            groups[key] = (current, current)
        }
        for key in groupKeys {
            if let g = groups[key] { result.append(formGroup(key, g.first, g.last)) }
        }
        return (result + hostMappings).joined(separator: ", ")
    }

    private static func formGroup(_ key: String, _ start: UInt16, _ last: UInt16) -> String {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var type = parts[0]
        var ip = ""
        if parts.count > 1 {
            ip = parts[0]
            type = parts[1]
        }
        var group = String(start)
        if start != last { group += "-\(last)" }
        if !ip.isEmpty { group = "\(joinHostPort(ip, group))->\(group)" }
        return group + "/" + type
    }

    /// Go's `net.JoinHostPort`: IPv6 addresses in brackets.
    static func joinHostPort(_ host: String, _ port: String) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    private static func less(_ i: PortSummary, _ j: PortSummary) -> Bool {
        if i.privatePort != j.privatePort { return i.privatePort < j.privatePort }
        if i.ip != j.ip { return Array(i.ip.utf8).lexicographicallyPrecedes(Array(j.ip.utf8)) }
        if i.publicPort != j.publicPort { return i.publicPort < j.publicPort }
        return Array(i.type.utf8).lexicographicallyPrecedes(Array(j.type.utf8))
    }
}

import DockerAPI

/// `-p/--publish` and `--expose` as docker reads them (go-connections' `nat.ParsePortSpec`).
///
/// Short forms: `80`, `8080:80`, `127.0.0.1:8080:80`, `127.0.0.1::80`, `[::1]:8080:80`, ranges
/// (`8000-8010:80-90`, `8000-8010:80` for "any port of the range"), and a `/tcp|udp|sctp` suffix.
/// The long form `published=8080,target=80,protocol=udp` is rewritten to the short form first.
public enum PublishSpec {
    /// One container port and one host binding for it.
    public struct Mapping: Sendable, Equatable {
        /// `"80/tcp"`.
        public var port: String
        public var binding: PortBinding
    }

    /// `convertToStandardNotation`: long-form `key=value` entries become `published:target/protocol`.
    public static func standardNotation(_ value: String) -> Result<String, ValueError> {
        guard value.contains("=") else { return .success(value) }
        var params = ["protocol": "tcp"]
        for param in value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let (k, v, ok) = ListValidators.cut(param, "=")
            if !ok || k.isEmpty {
                return .failure(ValueError("invalid publish opts format (should be name=value but got '\(param)')"))
            }
            params[k] = v
        }
        return .success("\(params["published"] ?? ""):\(params["target"] ?? "")/\(params["protocol"] ?? "")")
    }

    /// `nat.ParsePortSpec`.
    public static func parse(_ rawPort: String) -> Result<[Mapping], ValueError> {
        var (ip, hostPort, containerPart) = splitParts(rawPort)
        let (proto, containerPort) = splitProtoPort(containerPart)
        containerPart = containerPort
        if ip.hasPrefix("[") {
            switch GoNet.splitHostPort(ip + ":") {
            case .success(let hp): ip = hp.host
            case .failure(let e): return .failure(ValueError("invalid IP address \(ip): \(e.description)"))
            }
        }
        if !ip.isEmpty && GoNet.parseIP(ip) == nil { return .failure(ValueError("invalid IP address: " + ip)) }
        if containerPort.isEmpty { return .failure(ValueError("no port specified: \(rawPort)<empty>")) }
        guard case .success(let (startPort, endPort)) = parsePortRange(containerPort) else {
            return .failure(ValueError("invalid containerPort: " + containerPort))
        }
        var startHostPort: UInt64 = 0
        var endHostPort: UInt64 = 0
        if !hostPort.isEmpty {
            guard case .success(let range) = parsePortRange(hostPort) else {
                return .failure(ValueError("invalid hostPort: " + hostPort))
            }
            (startHostPort, endHostPort) = range
        }
        if !hostPort.isEmpty && (endPort &- startPort) != (endHostPort &- startHostPort) && endPort != startPort {
            return .failure(ValueError("invalid ranges specified for container and host Ports: \(containerPort) and \(hostPort)"))
        }
        let lowerProto = proto.lowercased()
        guard ["tcp", "udp", "sctp"].contains(lowerProto) else { return .failure(ValueError("invalid proto: " + proto)) }
        var mappings: [Mapping] = []
        var i: UInt64 = 0
        while i <= endPort &- startPort {
            if !hostPort.isEmpty { hostPort = String(startHostPort + i) }
            if startPort == endPort && startHostPort != endHostPort { hostPort = "\(hostPort)-\(endHostPort)" }
            mappings.append(Mapping(port: "\(startPort + i)/\(lowerProto)", binding: PortBinding(hostIP: ip, hostPort: hostPort)))
            i += 1
        }
        return .success(mappings)
    }

    /// `nat.ParsePortSpecs` over every `-p` value (after `standardNotation`): the exposed ports and the bindings.
    public static func parseAll(_ values: [String]) -> Result<(exposed: [String], bindings: PortMap), ValueError> {
        var exposed: [String] = []
        var bindings = PortMap()
        for value in values {
            switch parse(value) {
            case .failure(let e): return .failure(e)
            case .success(let mappings):
                for mapping in mappings {
                    if !exposed.contains(mapping.port) { exposed.append(mapping.port) }
                    bindings[mapping.port] = (bindings[mapping.port] ?? []) + [mapping.binding]
                }
            }
        }
        return .success((exposed, bindings))
    }

    /// The ports one `--expose` value adds (`80`, `80/udp`, `8000-8010`).
    public static func expose(_ value: String) -> Result<[String], ValueError> {
        if value.contains(":") { return .failure(ValueError("invalid port format for --expose: " + value)) }
        let (proto, port) = splitProtoPort(value)
        switch parsePortRange(port) {
        case .failure(let e):
            return .failure(ValueError("invalid range format for --expose: \(value), error: \(e.message)"))
        case .success(let (start, end)):
            return .success((start...end).map { "\($0)/\(proto)" })
        }
    }

    /// `splitParts`: the host IP, host port and container part of `ip:host:container`.
    static func splitParts(_ raw: String) -> (String, String, String) {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let n = parts.count
        let container = parts[n - 1]
        switch n {
        case 1: return ("", "", container)
        case 2: return ("", parts[0], container)
        case 3: return (parts[0], parts[1], container)
        default: return (parts[..<(n - 2)].joined(separator: ":"), parts[n - 2], container)
        }
    }

    /// `nat.SplitProtoPort`: `"80/udp"` → (`udp`, `80`); no protocol means `tcp`.
    public static func splitProtoPort(_ raw: String) -> (proto: String, port: String) {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if raw.isEmpty || parts[0].isEmpty { return ("", "") }
        if parts.count == 1 { return ("tcp", raw) }
        if parts[1].isEmpty { return ("tcp", parts[0]) }
        return (parts[1], parts[0])
    }

    /// `nat.ParsePortRange`: `80` or `8000-8010`, each a 16-bit port.
    public static func parsePortRange(_ ports: String) -> Result<(UInt64, UInt64), ValueError> {
        if ports.isEmpty { return .failure(ValueError("empty string specified for ports")) }
        guard ports.contains("-") else {
            switch GoStrconv.parseUint(ports, base: 10, bitSize: 16) {
            case .success(let p): return .success((p, p))
            case .failure(let e): return .failure(ValueError(e.description))
            }
        }
        let parts = ports.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let start: UInt64
        let end: UInt64
        switch GoStrconv.parseUint(parts[0], base: 10, bitSize: 16) {
        case .success(let p): start = p
        case .failure(let e): return .failure(ValueError(e.description))
        }
        switch GoStrconv.parseUint(parts[1], base: 10, bitSize: 16) {
        case .success(let p): end = p
        case .failure(let e): return .failure(ValueError(e.description))
        }
        if end < start { return .failure(ValueError("invalid range specified for port: " + ports)) }
        return .success((start, end))
    }
}

/// The short port syntax (`[IP:][HOST:]CONTAINER[/PROTO]`) as go-connections' `nat.ParsePortSpec`
/// (v0.5.0, the version docker compose v2.36 builds with) reads it, expanded to long syntax.
enum PortSpec {
    /// One long-syntax entry: what `types.ParsePortConfig` produces.
    struct Binding: Equatable {
        var hostIP: String
        var target: Int
        var published: String
        var proto: String

        var mapping: ComposeValue {
            var m = ComposeMapping()
            m["mode"] = .string("ingress")
            if !hostIP.isEmpty { m["host_ip"] = .string(hostIP) }
            m["target"] = .int(target)
            if !published.isEmpty { m["published"] = .string(published) }
            m["protocol"] = .string(proto)
            return .mapping(m)
        }
    }

    /// `types.ParsePortConfig`: bindings sorted by the `port/proto` key as Go sorts them.
    static func parse(_ raw: String) throws(ComposeError) -> [Binding] {
        let mappings = try parseSpec(raw)
        return mappings.enumerated().sorted { a, b in
            let ka = "\(a.element.target)/\(a.element.proto)", kb = "\(b.element.target)/\(b.element.proto)"
            return ka == kb ? a.offset < b.offset : ka < kb
        }.map(\.element)
    }

    private static func splitParts(_ raw: String) -> (String, String, String) {
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

    private static func splitProto(_ raw: String) -> (String, String) {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if raw.isEmpty || parts[0].isEmpty { return ("", "") }
        if parts.count == 1 { return ("tcp", raw) }
        if parts[1].isEmpty { return ("tcp", parts[0]) }
        return (parts[1], parts[0])
    }

    /// `nat.ParsePortRange`: `N` or `N-M`, each a 16-bit unsigned number.
    static func parseRange(_ s: String) -> (UInt64, UInt64)? {
        guard !s.isEmpty else { return nil }
        if !s.contains("-") {
            guard let v = parseUint16(s) else { return nil }
            return (v, v)
        }
        let parts = s.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let start = parseUint16(parts[0]), let end = parseUint16(parts[1]), end >= start else { return nil }
        return (start, end)
    }

    private static func parseUint16(_ s: String) -> UInt64? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = UInt64(s), v <= 65535 else { return nil }
        return v
    }

    private static func parseSpec(_ raw: String) throws(ComposeError) -> [Binding] {
        var (ip, hostPort, containerPart) = splitParts(raw)
        let (proto, containerPort) = splitProto(containerPart)
        containerPart = containerPort
        if ip.hasPrefix("[") {
            guard ip.hasSuffix("]") else {
                throw .message("invalid IP address \(ip): address \(ip): missing ']' in address")
            }
            ip = String(ip.dropFirst().dropLast())
        }
        if !ip.isEmpty, !IPAddress.isValid(ip) {
            throw .message("invalid IP address: \(ip)")
        }
        if containerPart.isEmpty {
            throw .message("no port specified: \(raw)<empty>")
        }
        guard let (start, end) = parseRange(containerPart) else {
            throw .message("invalid containerPort: \(containerPart)")
        }
        var hostStart: UInt64 = 0, hostEnd: UInt64 = 0
        if !hostPort.isEmpty {
            guard let r = parseRange(hostPort) else { throw .message("invalid hostPort: \(hostPort)") }
            (hostStart, hostEnd) = r
        }
        if !hostPort.isEmpty, end - start != hostEnd - hostStart, end != start {
            throw .message("invalid ranges specified for container and host Ports: \(containerPart) and \(hostPort)")
        }
        let lower = proto.lowercased()
        guard ["tcp", "udp", "sctp"].contains(lower) else { throw .message("invalid proto: \(proto)") }
        var out: [Binding] = []
        for i in 0...(end - start) {
            var published = hostPort
            if !hostPort.isEmpty { published = String(hostStart + i) }
            if start == end, hostStart != hostEnd { published = "\(published)-\(hostEnd)" }
            out.append(Binding(hostIP: ip, target: Int(start + i), published: published, proto: lower))
        }
        return out
    }
}

/// Go's `net.ParseIP` acceptance, enough for port specs and `host_ip`.
enum IPAddress {
    static func isValid(_ s: String) -> Bool { isIPv4(s) || isIPv6(s) }

    static func isIPv4(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.count <= 3 && p.allSatisfy { $0.isASCII && $0.isNumber } && (Int(p) ?? 256) <= 255
                && !(p.count > 1 && p.hasPrefix("0"))
        }
    }

    static func isIPv6(_ s: String) -> Bool {
        guard s.contains(":") else { return false }
        var body = s
        var groupsAllowed = 8
        if let lastColon = s.lastIndex(of: ":"), s[s.index(after: lastColon)...].contains(".") {
            guard isIPv4(String(s[s.index(after: lastColon)...])) else { return false }
            body = String(s[...lastColon]) + "0"
            groupsAllowed = 7
        }
        let doubles = body.components(separatedBy: "::").count - 1
        guard doubles <= 1 else { return false }
        let groups = body.split(separator: ":", omittingEmptySubsequences: true)
        guard groups.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) else { return false }
        if doubles == 1 { return groups.count < groupsAllowed }
        return groups.count == groupsAllowed && !body.hasPrefix(":") && !body.hasSuffix(":")
    }
}

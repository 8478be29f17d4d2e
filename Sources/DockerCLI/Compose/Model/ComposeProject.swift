/// A loaded compose project: what `docker compose config` prints and `up` acts on.
public struct ComposeProject: Sendable, Equatable {
    public var name: String
    /// The project directory (absolute).
    public var workingDir: String
    public var services: [String: ComposeService] = [:]
    /// Services whose profiles are not enabled.
    public var disabledServices: [String: ComposeService] = [:]
    /// Top-level resources in normalized form, by key.
    public var networks: [String: ComposeMapping] = [:]
    public var volumes: [String: ComposeMapping] = [:]
    public var secrets: [String: ComposeMapping] = [:]
    public var configs: [String: ComposeMapping] = [:]
    /// Top-level `x-` extensions.
    public var extensions = ComposeMapping()
    public var composeFiles: [String] = []
    /// The interpolation environment (OS environment, `.env`, `COMPOSE_PROJECT_NAME`).
    public var environment: [String: String] = [:]
    public var profiles: [String] = []

    public var serviceNames: [String] { services.keys.sorted() }

    /// The name docker gives network `key` (`project_key` unless `name:` says otherwise).
    public func networkName(_ key: String) -> String {
        networks[key]?["name"]?.stringValue ?? ComposeNaming.resourceName(project: name, key: key)
    }

    /// The name docker gives volume `key`.
    public func volumeName(_ key: String) -> String {
        volumes[key]?["name"]?.stringValue ?? ComposeNaming.resourceName(project: name, key: key)
    }

    /// `Transform` (mapstructure) from the normalized dictionary to the model.
    static func bind(_ dict: ComposeMapping, name: String, workingDir: String, environment: [String: String]) throws(ComposeError) -> ComposeProject {
        var project = ComposeProject(name: name, workingDir: workingDir)
        project.environment = environment
        for (k, v) in dict.entries where k.hasPrefix("x-") { project.extensions[k] = v }
        if case .mapping(let services)? = dict["services"] {
            for (key, s) in services.entries {
                let config = try ComposeBinding.service(s.mappingValue ?? ComposeMapping())
                project.services[key] = ComposeService(name: key, config: config)
            }
        }
        func resources(_ kind: String) -> [String: ComposeMapping] {
            var out: [String: ComposeMapping] = [:]
            guard case .mapping(let m)? = dict[kind] else { return out }
            for (k, v) in m.entries { out[k] = ComposeBinding.resource(v.mappingValue ?? ComposeMapping()) }
            return out
        }
        project.networks = resources("networks")
        project.volumes = resources("volumes")
        project.secrets = resources("secrets")
        project.configs = resources("configs")
        return project
    }
}

/// The conversions mapstructure's decode hooks make while binding (`types/*.go` `DecodeMapstructure`).
enum ComposeBinding {
    static func service(_ m: ComposeMapping) throws(ComposeError) -> ComposeMapping {
        var s = m
        if let env = s["environment"] { s["environment"] = .mapping(try mappingWithEquals(env)) }
        for key in ["labels", "annotations"] where s[key] != nil {
            s[key] = .mapping(labels(s[key] ?? .null))
        }
        if let sysctls = s["sysctls"] { s["sysctls"] = .mapping(labels(sysctls)) }
        if let hosts = s["extra_hosts"] { s["extra_hosts"] = .mapping(try hostsList(hosts)) }
        for key in ["command", "entrypoint"] {
            if case .string(let line)? = s[key] { s[key] = .sequence(try GoShellwords.split(line).map { .string($0) }) }
        }
        for key in ["dns", "dns_search", "tmpfs"] {
            if case .string(let one)? = s[key] { s[key] = .sequence([.string(one)]) }
        }
        for key in ["expose", "group_add"] {
            if case .sequence(let items)? = s[key] { s[key] = .sequence(items.map { .string($0.stringValue ?? $0.goString) }) }
        }
        if case .mapping(var hc)? = s["healthcheck"], case .string(let test)? = hc["test"] {
            hc["test"] = .sequence([.string("CMD-SHELL"), .string(test)])
            s["healthcheck"] = .mapping(hc)
        }
        if case .mapping(var build)? = s["build"] {
            if let args = build["args"] { build["args"] = .mapping(try mappingWithEquals(args)) }
            if let l = build["labels"] { build["labels"] = .mapping(labels(l)) }
            if let hosts = build["extra_hosts"] { build["extra_hosts"] = .mapping(try hostsList(hosts)) }
            for key in ["cache_from", "cache_to", "tags", "platforms"] {
                if case .string(let one)? = build[key] { build[key] = .sequence([.string(one)]) }
            }
            s["build"] = .mapping(build)
        }
        if case .mapping(var deploy)? = s["deploy"], let l = deploy["labels"] {
            deploy["labels"] = .mapping(labels(l))
            s["deploy"] = .mapping(deploy)
        }
        if case .sequence(let ports)? = s["ports"] {
            s["ports"] = .sequence(ports.map { p in
                guard case .mapping(var port) = p else { return p }
                if case .string(let t)? = port["target"], let i = Int(t) { port["target"] = .int(i) }
                if let pub = port["published"], pub.stringValue == nil { port["published"] = .string(pub.goString) }
                return .mapping(port)
            })
        }
        return s
    }

    static func resource(_ m: ComposeMapping) -> ComposeMapping {
        var r = m
        if let l = r["labels"] { r["labels"] = .mapping(labels(l)) }
        return r
    }

    /// `MappingWithEquals`: `KEY=VALUE` strings or a mapping; a key without `=` has no value (null).
    static func mappingWithEquals(_ v: ComposeValue) throws(ComposeError) -> ComposeMapping {
        var out = ComposeMapping()
        switch v {
        case .mapping(let m):
            for (k, e) in m.entries { out[k] = e.isNull ? .null : .string(e.stringValue ?? e.goString) }
        case .sequence(let items):
            for item in items {
                let s = item.stringValue ?? item.goString
                let parts = s.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let k = parts[0]
                if let last = k.unicodeScalars.last, last.properties.isWhitespace {
                    throw .message("environment variable \(k) is declared with a trailing space")
                }
                out[k] = parts.count == 2 ? .string(parts[1]) : .null
            }
        default:
            throw .message("unexpected value type \(v.goTypeName) for mapping")
        }
        return out
    }

    /// `Labels`: `KEY=VALUE` (value may be empty) or a mapping (null becomes "").
    static func labels(_ v: ComposeValue) -> ComposeMapping {
        var out = ComposeMapping()
        switch v {
        case .mapping(let m):
            for (k, e) in m.entries { out[k] = .string(e.isNull ? "" : (e.stringValue ?? e.goString)) }
        case .sequence(let items):
            for item in items {
                let parts = (item.stringValue ?? item.goString).split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                out[String(parts[0])] = .string(parts.count == 2 ? String(parts[1]) : "")
            }
        default: break
        }
        return out
    }

    /// `HostsList`: host to addresses; `host=ip`, legacy `host:ip`, several IPs comma-separated.
    static func hostsList(_ v: ComposeValue) throws(ComposeError) -> ComposeMapping {
        var hosts = ComposeMapping()
        switch v {
        case .mapping(let m):
            for (k, e) in m.entries {
                switch e {
                case .sequence(let ips): hosts[k] = .sequence(ips.map { .string($0.stringValue ?? $0.goString) })
                case .null: hosts[k] = .sequence([.string("")])
                default: hosts[k] = .sequence([.string(e.stringValue ?? e.goString)])
                }
            }
        case .sequence(let items):
            for item in items {
                let s = item.stringValue ?? item.goString
                var found = false
                for sep in ["=", ":"] {
                    guard let r = s.range(of: sep) else { continue }
                    let host = String(s[..<r.lowerBound])
                    let ips = s[r.upperBound...].split(separator: ",", omittingEmptySubsequences: false).map { ComposeValue.string(String($0)) }
                    hosts[host] = .sequence((hosts[host]?.sequenceValue ?? []) + ips)
                    found = true
                    break
                }
                if !found { throw .message("invalid additional host, missing IP: \(s)") }
            }
        default:
            throw .message("unexpected value type \(v.goTypeName) for extra_hosts")
        }
        for (host, ips) in hosts.entries {
            if host.isEmpty || host.contains(":") || host.contains("=") { throw .message("bad host name '\(host)'") }
            hosts[host] = .sequence((ips.sequenceValue ?? []).map { ip in
                guard let s = ip.stringValue, s.count > 2, s.hasPrefix("["), s.hasSuffix("]") else { return ip }
                return .string(String(s.dropFirst().dropLast()))
            })
        }
        return hosts
    }
}

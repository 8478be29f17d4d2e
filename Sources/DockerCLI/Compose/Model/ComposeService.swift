/// One service of a loaded project.
///
/// The service keeps its normalized attributes as compose-go's canonical mapping (`config`),
/// which `docker compose config` renders in compose's field order; the typed properties below
/// read the attributes the client and `up` act on.
public struct ComposeService: Sendable, Equatable {
    public var name: String
    /// Canonical attributes: long-syntax ports and volumes, mapping-form environment and labels,
    /// list-form command, absolute paths.
    public var config: ComposeMapping
    /// Labels compose adds (`com.docker.compose.project`, ...), not part of the rendered config.
    public var customLabels: [String: String] = [:]

    public init(name: String, config: ComposeMapping) {
        self.name = name
        self.config = config
    }

    func string(_ key: String) -> String? { config[key]?.stringValue }

    func bool(_ key: String) -> Bool {
        if case .bool(let b)? = config[key] { return b }
        if case .string(let s)? = config[key] { return GoBool.parse(s) ?? false }
        return false
    }

    func strings(_ key: String) -> [String] {
        switch config[key] {
        case .sequence(let items)?: return items.map { $0.stringValue ?? $0.goString }
        case .string(let s)?: return [s]
        default: return []
        }
    }

    public var image: String? { string("image") }
    public var containerName: String? { string("container_name") }
    public var restart: String? { string("restart") }
    public var workingDir: String? { string("working_dir") }
    public var user: String? { string("user") }
    public var hostname: String? { string("hostname") }
    public var networkMode: String? { string("network_mode") }
    public var pullPolicy: String? { string("pull_policy") }
    public var stopSignal: String? { string("stop_signal") }
    public var platform: String? { string("platform") }
    public var tty: Bool { bool("tty") }
    public var stdinOpen: Bool { bool("stdin_open") }
    public var privileged: Bool { bool("privileged") }
    public var readOnly: Bool { bool("read_only") }
    /// `init:` when set (`nil`: the daemon default).
    public var initProcess: Bool? { config["init"].map { $0 == .bool(true) } }
    public var capAdd: [String] { strings("cap_add") }
    public var capDrop: [String] { strings("cap_drop") }
    public var dns: [String] { strings("dns") }
    public var profiles: [String] { strings("profiles") }
    public var links: [String] { strings("links") }
    public var expose: [String] { strings("expose") }

    /// `command` split as compose splits it (`nil` when not set, `[]` when set empty).
    public var command: [String]? { config["command"].flatMap(\.sequenceValue).map { $0.map { $0.stringValue ?? "" } } }
    public var entrypoint: [String]? { config["entrypoint"].flatMap(\.sequenceValue).map { $0.map { $0.stringValue ?? "" } } }

    /// `environment`: `nil` values are keys without a value (`KEY` alone, unresolved).
    public var environment: [String: String?] {
        guard case .mapping(let m)? = config["environment"] else { return [:] }
        var out: [String: String?] = [:]
        for (k, v) in m.entries { out[k] = v.isNull ? .some(nil) : .some(v.stringValue ?? v.goString) }
        return out
    }

    public var labels: [String: String] {
        guard case .mapping(let m)? = config["labels"] else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in m.entries { out[k] = v.stringValue ?? "" }
        return out
    }

    /// `scale`, else `deploy.replicas`, else 1 (`GetScale`).
    public var scale: Int {
        if case .int(let s)? = config["scale"] { return s }
        if case .int(let r)? = config["deploy"]?["replicas"] { return r }
        return 1
    }

    public var build: ServiceBuild? {
        guard case .mapping(let m)? = config["build"] else { return nil }
        var args: [String: String?] = [:]
        if case .mapping(let a)? = m["args"] {
            for (k, v) in a.entries { args[k] = v.isNull ? .some(nil) : .some(v.stringValue ?? v.goString) }
        }
        return ServiceBuild(context: m["context"]?.stringValue ?? ".", dockerfile: m["dockerfile"]?.stringValue,
                            dockerfileInline: m["dockerfile_inline"]?.stringValue, target: m["target"]?.stringValue, args: args)
    }

    public var ports: [ServicePort] {
        (config["ports"]?.sequenceValue ?? []).compactMap { p in
            guard case .mapping(let m) = p else { return nil }
            let target: Int
            switch m["target"] {
            case .int(let t)?: target = t
            case .string(let s)?: target = Int(s) ?? 0
            default: target = 0
            }
            return ServicePort(name: m["name"]?.stringValue, mode: m["mode"]?.stringValue ?? "ingress",
                               hostIP: m["host_ip"]?.stringValue, target: target,
                               published: m["published"].map { $0.stringValue ?? $0.goString },
                               protocolName: m["protocol"]?.stringValue ?? "tcp", appProtocol: m["app_protocol"]?.stringValue)
        }
    }

    public var volumes: [ServiceVolume] {
        (config["volumes"]?.sequenceValue ?? []).compactMap { v in
            guard case .mapping(let m) = v else { return nil }
            return ServiceVolume(type: m["type"]?.stringValue ?? "volume", source: m["source"]?.stringValue,
                                 target: m["target"]?.stringValue ?? "", readOnly: m["read_only"] == .bool(true),
                                 createHostPath: m["bind"]?["create_host_path"] == .bool(true),
                                 noCopy: m["volume"]?["nocopy"] == .bool(true))
        }
    }

    /// Attached networks by key; `nil` value: attached without options.
    public var networks: [String: ServiceNetwork?] {
        guard case .mapping(let m)? = config["networks"] else { return [:] }
        var out: [String: ServiceNetwork?] = [:]
        for (k, v) in m.entries {
            guard case .mapping(let n) = v else { out[k] = .some(nil); continue }
            let aliases = (n["aliases"]?.sequenceValue ?? []).compactMap(\.stringValue)
            let priority: Int
            if case .int(let p)? = n["priority"] { priority = p } else { priority = 0 }
            out[k] = ServiceNetwork(aliases: aliases, ipv4Address: n["ipv4_address"]?.stringValue,
                                    ipv6Address: n["ipv6_address"]?.stringValue, priority: priority)
        }
        return out
    }

    /// Network keys by priority, then name (`NetworksByPriority`).
    public var networksByPriority: [String] {
        var keyed: [(name: String, priority: Int)] = []
        for (key, value) in networks {
            let options: ServiceNetwork? = value ?? nil
            keyed.append((key, options?.priority ?? 0))
        }
        keyed.sort { a, b in a.priority == b.priority ? a.name < b.name : a.priority > b.priority }
        return keyed.map(\.name)
    }

    public var dependsOn: [String: ServiceDependency] {
        guard case .mapping(let m)? = config["depends_on"] else { return [:] }
        var out: [String: ServiceDependency] = [:]
        for (k, v) in m.entries {
            out[k] = ServiceDependency(condition: v["condition"]?.stringValue ?? "service_started",
                                       restart: v["restart"] == .bool(true), required: v["required"] != .bool(false))
        }
        return out
    }

    public var healthcheck: ServiceHealthcheck? {
        guard case .mapping(let m)? = config["healthcheck"] else { return nil }
        return ServiceHealthcheck(test: (m["test"]?.sequenceValue ?? []).compactMap(\.stringValue),
                                  interval: m["interval"]?.stringValue, timeout: m["timeout"]?.stringValue,
                                  retries: m["retries"].flatMap { if case .int(let r) = $0 { return r } else { return nil } },
                                  startPeriod: m["start_period"]?.stringValue, disable: m["disable"] == .bool(true))
    }
}

/// `build:` in long form.
public struct ServiceBuild: Sendable, Equatable {
    public var context: String
    public var dockerfile: String?
    public var dockerfileInline: String?
    public var target: String?
    public var args: [String: String?]
}

/// One long-syntax port.
public struct ServicePort: Sendable, Equatable {
    public var name: String?
    public var mode: String
    public var hostIP: String?
    public var target: Int
    public var published: String?
    public var protocolName: String
    public var appProtocol: String?
}

/// One long-syntax mount.
public struct ServiceVolume: Sendable, Equatable {
    public var type: String
    public var source: String?
    public var target: String
    public var readOnly: Bool
    public var createHostPath: Bool
    public var noCopy: Bool
}

/// A service's options on one network.
public struct ServiceNetwork: Sendable, Equatable {
    public var aliases: [String]
    public var ipv4Address: String?
    public var ipv6Address: String?
    public var priority: Int
}

/// One `depends_on` entry.
public struct ServiceDependency: Sendable, Equatable {
    public var condition = "service_started"
    public var restart = false
    public var required = true

    public init(condition: String = "service_started", restart: Bool = false, required: Bool = true) {
        self.condition = condition
        self.restart = restart
        self.required = required
    }
}

/// `healthcheck:` (durations as written; `test` in exec form, a string becomes `CMD-SHELL`).
public struct ServiceHealthcheck: Sendable, Equatable {
    public var test: [String]
    public var interval: String?
    public var timeout: String?
    public var retries: Int?
    public var startPeriod: String?
    public var disable: Bool
}

/// compose-go's `Normalize` (`loader/normalize.go`) and `ResolveEnvironment` (`loader/environment.go`).
///
/// Fills what `docker compose config` shows but nobody wrote: the `default` network and each
/// service's attachment to it, resource names (`project_default`), build defaults
/// (`context: .`, `dockerfile: Dockerfile`), implicit `depends_on` from `links`,
/// `network_mode: service:x` and `volumes_from`, and bare environment keys resolved.
enum ComposeNormalize {
    static func normalize(_ dict: ComposeMapping, environment: [String: String]) -> ComposeMapping {
        var dict = normalizeNetworks(dict)
        if case .mapping(var services)? = dict["services"] {
            for (name, s) in services.entries {
                guard case .mapping(var service) = s else { continue }
                if service["pull_policy"] == .string("if_not_present") { service["pull_policy"] = .string("missing") }
                if case .mapping(var build)? = service["build"] {
                    if build["context"] == nil || build["context"] == .null { build["context"] = .string(".") }
                    if (build["dockerfile"] ?? .null).isNull, (build["dockerfile_inline"] ?? .null).isNull {
                        build["dockerfile"] = .string("Dockerfile")
                    }
                    if let args = build["args"] { build["args"] = resolve(args, environment, keepEmpty: false) }
                    service["build"] = .mapping(build)
                }
                if let env = service["environment"] { service["environment"] = resolve(env, environment, keepEmpty: true) }
                var dependsOn = service["depends_on"]?.mappingValue ?? ComposeMapping()
                func implicit(_ target: String, restart: Bool) {
                    guard !dependsOn.contains(target) else { return }
                    dependsOn[target] = .mapping(ComposeMapping([
                        ("condition", .string("service_started")), ("restart", .bool(restart)), ("required", .bool(true)),
                    ]))
                }
                if case .sequence(let links)? = service["links"] {
                    for l in links {
                        let parts = (l.stringValue ?? "").split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                        implicit(parts.count == 2 ? parts[0] : (l.stringValue ?? ""), restart: true)
                    }
                }
                for ns in ["network_mode", "ipc", "pid", "uts", "cgroup"] {
                    if case .string(let ref)? = service[ns], ref.hasPrefix("service:") {
                        implicit(String(ref.dropFirst("service:".count)), restart: true)
                    }
                }
                if case .sequence(let volumes)? = service["volumes"] {
                    service["volumes"] = .sequence(volumes.map { v in
                        guard case .mapping(var vol) = v, case .string(let t)? = vol["target"] else { return v }
                        vol["target"] = .string(ComposePaths.clean(t))
                        return .mapping(vol)
                    })
                }
                if case .sequence(let from)? = service["volumes_from"] {
                    for v in from {
                        guard let s = v.stringValue, !s.hasPrefix("container:") else { continue }
                        implicit(String(s.split(separator: ":", omittingEmptySubsequences: false)[0]), restart: false)
                    }
                }
                if !dependsOn.isEmpty { service["depends_on"] = .mapping(dependsOn) }
                services[name] = .mapping(service)
            }
            dict["services"] = .mapping(services)
        }
        let project = dict["name"]?.goString ?? ""
        for kind in ["networks", "volumes", "configs", "secrets"] {
            guard case .mapping(var resources)? = dict[kind] else { continue }
            for (key, r) in resources.entries {
                var resource = r.mappingValue ?? ComposeMapping()
                if (resource["name"] ?? .null).isNull {
                    if let x = resource["external"], GoBool.parse(x.goString) == true {
                        resource["name"] = .string(key)
                    } else {
                        resource["name"] = .string("\(project)_\(key)")
                    }
                }
                resources[key] = .mapping(resource)
            }
            dict[kind] = .mapping(resources)
        }
        return dict
    }

    private static func normalizeNetworks(_ dict: ComposeMapping) -> ComposeMapping {
        var dict = dict
        var networks = dict["networks"]?.mappingValue ?? ComposeMapping()
        var usesDefault = false
        if case .mapping(var services)? = dict["services"] {
            for (name, s) in services.entries {
                guard case .mapping(var service) = s, service["network_mode"] == nil else { continue }
                if case .mapping(let net)? = service["networks"], !net.isEmpty {
                    if net.contains("default") { usesDefault = true }
                } else {
                    service["networks"] = .mapping(ComposeMapping([("default", .null)]))
                    usesDefault = true
                }
                services[name] = .mapping(service)
            }
            dict["services"] = .mapping(services)
        }
        if !networks.contains("default"), usesDefault { networks["default"] = .null }
        if !networks.isEmpty { dict["networks"] = .mapping(networks) }
        return dict
    }

    /// `resolve`: bare keys (`KEY` / `KEY: null`) take the value from the environment when it has one.
    static func resolve(_ v: ComposeValue, _ env: [String: String], keepEmpty: Bool) -> ComposeValue {
        switch v {
        case .sequence(let items):
            var out: [ComposeValue] = []
            for item in items {
                guard case .string(let s) = item else { continue }
                if s.contains("=") { out.append(item); continue }
                if let value = env[s] { out.append(.string("\(s)=\(value)")) } else if keepEmpty { out.append(item) }
            }
            return .sequence(out)
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, val) in m.entries {
                if !val.isNull { out[k] = val; continue }
                if let value = env[k] { out[k] = .string(value) } else if keepEmpty { out[k] = .null }
            }
            return .mapping(out)
        default:
            return v
        }
    }

    /// `ResolveEnvironment`: list-form environment entries, secrets and configs from `environment:`.
    static func resolveEnvironment(_ dict: ComposeMapping, environment: [String: String]) -> ComposeMapping {
        var dict = dict
        if case .mapping(var services)? = dict["services"] {
            for (name, s) in services.entries {
                guard case .mapping(var service) = s, case .sequence(let env)? = service["environment"] else { continue }
                service["environment"] = .sequence(env.compactMap { e in
                    guard case .string(let key) = e else { return nil }
                    if let found = environment[key] { return .string("\(key)=\(found)") }
                    return e
                })
                services[name] = .mapping(service)
            }
            dict["services"] = .mapping(services)
        }
        for (kind, target) in [("secrets", "x-#value"), ("configs", "content")] {
            guard case .mapping(var resources)? = dict[kind] else { continue }
            for (name, r) in resources.entries {
                guard case .mapping(var resource) = r, case .string(let env)? = resource["environment"],
                      let found = environment[env] else { continue }
                resource[target] = .string(found)
                resources[name] = .mapping(resource)
            }
            dict[kind] = .mapping(resources)
        }
        return dict
    }
}

/// compose-go's `paths.ResolveRelativePaths`: build contexts, env files, bind sources, extends
/// files, secret and config files become absolute against the project directory.
enum ComposeRelativePaths {
    static func resolve(_ dict: ComposeMapping, workingDir: String, home: String?) throws(ComposeError) -> ComposeMapping {
        func abs(_ p: String) -> String {
            let expanded = ComposePaths.expandUser(p, home: home)
            if expanded.hasPrefix("/") || expanded.isEmpty { return expanded }
            return ComposePaths.join(workingDir, expanded)
        }
        func context(_ v: ComposeValue) -> ComposeValue {
            guard case .string(let s) = v else { return v }
            if s.contains("://") || s.hasPrefix("service:") { return v }
            for prefix in ["https://", "http://", "git://", "ssh://", "github.com/", "git@"] where s.hasPrefix(prefix) { return v }
            return .string(abs(s))
        }
        var dict = dict
        if case .mapping(var services)? = dict["services"] {
            for (name, s) in services.entries {
                guard case .mapping(var service) = s else { continue }
                if case .mapping(var build)? = service["build"] {
                    if let c = build["context"] { build["context"] = context(c) }
                    if case .mapping(var extra)? = build["additional_contexts"] {
                        for (k, v) in extra.entries { extra[k] = context(v) }
                        build["additional_contexts"] = .mapping(extra)
                    }
                    service["build"] = .mapping(build)
                }
                if case .sequence(let files)? = service["env_file"] {
                    service["env_file"] = .sequence(files.map { f in
                        guard case .mapping(var m) = f, case .string(let p)? = m["path"] else { return f }
                        m["path"] = .string(abs(p))
                        return .mapping(m)
                    })
                }
                if case .sequence(let files)? = service["label_file"] {
                    service["label_file"] = .sequence(files.map { f in f.stringValue.map { .string(abs($0)) } ?? f })
                }
                if case .mapping(var ext)? = service["extends"], case .string(let file)? = ext["file"] {
                    ext["file"] = .string(abs(file))
                    service["extends"] = .mapping(ext)
                }
                if case .sequence(let volumes)? = service["volumes"] {
                    var out: [ComposeValue] = []
                    for v in volumes {
                        guard case .mapping(var vol) = v, vol["type"] == .string("bind") else { out.append(v); continue }
                        guard case .string(let src)? = vol["source"] else {
                            throw .message("invalid mount config for type \"bind\": field Source must not be empty")
                        }
                        vol["source"] = .string(abs(src))
                        out.append(.mapping(vol))
                    }
                    service["volumes"] = .sequence(out)
                }
                services[name] = .mapping(service)
            }
            dict["services"] = .mapping(services)
        }
        for kind in ["configs", "secrets"] {
            guard case .mapping(var resources)? = dict[kind] else { continue }
            for (name, r) in resources.entries {
                guard case .mapping(var resource) = r, case .string(let file)? = resource["file"] else { continue }
                resource["file"] = .string(abs(file))
                resources[name] = .mapping(resource)
            }
            dict[kind] = .mapping(resources)
        }
        if case .mapping(var volumes)? = dict["volumes"] {
            for (name, v) in volumes.entries {
                guard case .mapping(var vol) = v, vol["driver"] == .string("local"),
                      case .mapping(var opts)? = vol["driver_opts"], opts["o"] == .string("bind"),
                      case .string(let device)? = opts["device"] else { continue }
                opts["device"] = .string(abs(device))
                vol["driver_opts"] = .mapping(opts)
                volumes[name] = .mapping(vol)
            }
            dict["volumes"] = .mapping(volumes)
        }
        return dict
    }
}

/// compose-go's `validation.Validate`: checks the schema cannot express.
enum ComposeSemanticValidation {
    static func validate(_ dict: ComposeMapping) throws(ComposeError) {
        for (kind, keys) in [("configs", ["file", "environment", "content"]), ("secrets", ["file", "environment"])] {
            guard case .mapping(let resources)? = dict[kind] else { continue }
            for (name, r) in resources.entries {
                guard case .mapping(let m) = r else { continue }
                let count = keys.filter { m.contains($0) }.count
                let p = "\(kind).\(name)"
                if count > 1 { throw .message("\(p): \(keys.joined(separator: "|")) attributes are mutually exclusive") }
                if count == 0, !m.contains("driver"), !m.contains("external") {
                    throw .message("\(p): one of \(keys.joined(separator: "|")) must be set")
                }
            }
        }
        if case .mapping(let volumes)? = dict["volumes"] {
            for (name, v) in volumes.entries {
                guard case .mapping(let m) = v else { continue }
                try checkExternal(m, "volumes.\(name)")
            }
        }
        guard case .mapping(let services)? = dict["services"] else { return }
        for (name, s) in services.entries {
            guard case .mapping(let service) = s else { continue }
            if case .sequence(let ports)? = service["ports"] {
                for p in ports {
                    if case .mapping(let m) = p, case .string(let ip)? = m["host_ip"], !IPAddress.isValid(ip) {
                        throw .message("services.\(name).ports.[]: invalid ip address: \(ip)")
                    }
                }
            }
            if case .mapping(let deploy)? = service["deploy"], case .mapping(let res)? = deploy["resources"],
               case .mapping(let reservations)? = res["reservations"], case .sequence(let devices)? = reservations["devices"] {
                for d in devices {
                    if case .mapping(let m) = d, m.contains("count"), m.contains("device_ids") {
                        throw .message("services.\(name).deploy.resources.reservations.devices.[]: \"count\" and \"device_ids\" attributes are exclusive")
                    }
                }
            }
        }
    }

    private static func checkExternal(_ v: ComposeMapping, _ p: String) throws(ComposeError) {
        guard case .bool(true)? = v["external"] else { return }
        for k in v.keys where !["name", "external"].contains(k) && !k.hasPrefix("x-") {
            throw .message("\(p): conflicting parameters \"external\" and \(GoQuote.string(k)) specified")
        }
    }
}

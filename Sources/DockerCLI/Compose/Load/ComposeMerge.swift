/// compose-go's override rules (`override/merge.go`) and de-duplication (`override/uncity.go`).
///
/// Later files win for scalars; mappings merge key by key; most lists append, some are keyed
/// (`environment`, `labels`: a `KEY=...` entry replaces the earlier one with the same key;
/// ports by `ip:published:target/proto`; volumes by target); `command`, `entrypoint` and
/// `healthcheck.test` are replaced whole.
enum ComposeMerge {
    private enum Special {
        case toSequence, build, override, dependsOn, extraHosts, logging, networks, ulimit, ipamConfig
    }

    private static let specials: [(ComposePath, Special)] = ([
        ("networks.*.ipam.config", .ipamConfig), ("networks.*.labels", .toSequence), ("volumes.*.labels", .toSequence),
        ("services.*.annotations", .toSequence), ("services.*.build", .build), ("services.*.build.args", .toSequence),
        ("services.*.build.additional_contexts", .toSequence), ("services.*.build.extra_hosts", .extraHosts),
        ("services.*.build.labels", .toSequence), ("services.*.command", .override),
        ("services.*.depends_on", .dependsOn), ("services.*.deploy.labels", .toSequence), ("services.*.dns", .toSequence),
        ("services.*.dns_opt", .toSequence), ("services.*.dns_search", .toSequence), ("services.*.entrypoint", .override),
        ("services.*.env_file", .toSequence), ("services.*.label_file", .toSequence),
        ("services.*.environment", .toSequence), ("services.*.extra_hosts", .extraHosts),
        ("services.*.healthcheck.test", .override), ("services.*.labels", .toSequence),
        ("services.*.volumes.*.volume.labels", .toSequence), ("services.*.logging", .logging),
        ("services.*.networks", .networks), ("services.*.sysctls", .toSequence), ("services.*.tmpfs", .toSequence),
        ("services.*.ulimits.*", .ulimit),
    ] as [(String, Special)]).map { (ComposePath($0.0), $0.1) }

    /// `override.Merge(right, left)`: `left` (the later file) merged over `right`.
    static func merge(_ right: ComposeMapping, _ left: ComposeMapping) throws(ComposeError) -> ComposeMapping {
        try mergeMappings(right, left, ComposePath())
    }

    /// `override.ExtendService`: the extending service merged over its base.
    static func extend(_ base: ComposeMapping, _ service: ComposeMapping) throws(ComposeError) -> ComposeMapping {
        guard case .mapping(let m) = try mergeValue(.mapping(base), .mapping(service), ComposePath("services.x")) else {
            return service
        }
        return m
    }

    static func mergeValue(_ e: ComposeValue, _ o: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        if let special = specials.first(where: { p.matches($0.0) })?.1 {
            return try apply(special, e, o, p)
        }
        if o.isNull { return e }
        switch e {
        case .mapping(let m):
            guard case .mapping(let other) = o else { throw .message("cannot override \(p)") }
            return .mapping(try mergeMappings(m, other, p))
        case .sequence(let items):
            guard case .sequence(let other) = o else { throw .message("cannot override \(p)") }
            return .sequence(items + other)
        default:
            return o
        }
    }

    static func mergeMappings(_ mapping: ComposeMapping, _ other: ComposeMapping, _ p: ComposePath) throws(ComposeError) -> ComposeMapping {
        var out = mapping
        for (k, v) in other.entries {
            guard let e = out[k] else { out[k] = v; continue }
            out[k] = try mergeValue(e, v, p.appending(k))
        }
        return out
    }

    private static func apply(_ special: Special, _ c: ComposeValue, _ o: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        switch special {
        case .override:
            return o
        case .toSequence:
            return .sequence(toSequence(c) + toSequence(o))
        case .extraHosts:
            let right = toSequence(c)
            let left = toSequence(o).filter { !right.contains($0) }
            return .sequence(right + left)
        case .build:
            func build(_ v: ComposeValue) -> ComposeMapping {
                switch v {
                case .string(let s): return ComposeMapping([("context", .string(s))])
                case .mapping(let m): return m
                default: return ComposeMapping()
                }
            }
            return .mapping(try mergeMappings(build(c), build(o), p))
        case .dependsOn:
            let defaults = ComposeMapping([("condition", .string("service_started")), ("required", .bool(true))])
            return .mapping(try mergeMappings(toMapping(c, defaults), toMapping(o, defaults), p))
        case .networks:
            return .mapping(try mergeMappings(toMapping(c, nil), toMapping(o, nil), p))
        case .logging:
            guard case .mapping(let config) = c, case .mapping(let other) = o else { return o }
            let d = other["driver"], existing = config["driver"]
            if d == existing || d == nil || existing == nil { return .mapping(try mergeMappings(config, other, p)) }
            return o
        case .ulimit:
            return o
        case .ipamConfig:
            guard case .sequence(let configs) = c, case .sequence(let overrides) = o else {
                throw .message("\(p): unexpected type \(c.goTypeName)")
            }
            var result: [ComposeMapping] = []
            for original in configs {
                let right = toMapping(original, nil)
                for override in overrides {
                    let left = toMapping(override, nil)
                    if left["subnet"] != right["subnet"] {
                        if !result.contains(where: { $0["subnet"] == left["subnet"] }) {
                            result.append(left)
                            continue
                        }
                    }
                    let merged = try mergeMappings(right, left, p)
                    if let i = result.firstIndex(where: { $0["subnet"] == merged["subnet"] }) {
                        result[i] = merged
                    } else {
                        result.append(merged)
                    }
                }
            }
            return .sequence(result.map { .mapping($0) })
        }
    }

    /// `convertIntoSequence`: mappings become sorted `key=value` strings (`key` alone for null).
    static func toSequence(_ v: ComposeValue) -> [ComposeValue] {
        switch v {
        case .mapping(let m):
            var seq: [String] = []
            for (k, val) in m.entries {
                switch val {
                case .null: seq.append(k)
                case .sequence(let items): seq += items.map { "\(k)=\($0.goString)" }
                default: seq.append("\(k)=\(val.goString)")
                }
            }
            return seq.sorted().map { .string($0) }
        case .sequence(let items): return items
        case .string: return [v]
        default: return []
        }
    }

    static func toMapping(_ v: ComposeValue, _ defaults: ComposeMapping?) -> ComposeMapping {
        switch v {
        case .mapping(let m): return m
        case .sequence(let items):
            var out = ComposeMapping()
            for item in items { out[item.stringValue ?? item.goString] = defaults.map { .mapping($0) } ?? .null }
            return out
        default: return ComposeMapping()
        }
    }

    // MARK: unicity

    private enum Indexer { case keyValue, volume, device, expose, mount(String), port, envFile }

    private static let unique: [(ComposePath, Indexer)] = ([
        ("networks.*.labels", .keyValue), ("networks.*.ipam.options", .keyValue), ("services.*.annotations", .keyValue),
        ("services.*.build.args", .keyValue), ("services.*.build.additional_contexts", .keyValue),
        ("services.*.build.platform", .keyValue), ("services.*.build.tags", .keyValue), ("services.*.build.labels", .keyValue),
        ("services.*.cap_add", .keyValue), ("services.*.cap_drop", .keyValue), ("services.*.configs", .mount("")),
        ("services.*.deploy.labels", .keyValue), ("services.*.dns", .keyValue), ("services.*.dns_opt", .keyValue),
        ("services.*.dns_search", .keyValue), ("services.*.environment", .keyValue), ("services.*.env_file", .envFile),
        ("services.*.expose", .expose), ("services.*.labels", .keyValue), ("services.*.links", .keyValue),
        ("services.*.networks.*.aliases", .keyValue), ("services.*.networks.*.link_local_ips", .keyValue),
        ("services.*.ports", .port), ("services.*.profiles", .keyValue), ("services.*.secrets", .mount("/run/secrets")),
        ("services.*.sysctls", .keyValue), ("services.*.tmpfs", .keyValue), ("services.*.volumes", .volume),
        ("services.*.devices", .device),
    ] as [(String, Indexer)]).map { (ComposePath($0.0), $0.1) }

    /// `override.EnforceUnicity`: for keyed lists, a later entry replaces the earlier one in place.
    static func enforceUnicity(_ doc: ComposeMapping) throws(ComposeError) -> ComposeMapping {
        guard case .mapping(let m) = try unicity(.mapping(doc), ComposePath()) else { return doc }
        return m
    }

    private static func unicity(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        switch v {
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, e) in m.entries { out[k] = try unicity(e, p.appending(k)) }
            return .mapping(out)
        case .sequence(let items):
            guard let indexer = unique.first(where: { p.matches($0.0) })?.1 else { return v }
            var seq: [ComposeValue] = []
            var keys: [String: Int] = [:]
            for (i, entry) in items.enumerated() {
                let key = try index(indexer, entry, p.appending("[\(i)]"))
                if let j = keys[key] {
                    seq[j] = entry
                } else {
                    seq.append(entry)
                    keys[key] = seq.count - 1
                }
            }
            return .sequence(seq)
        default:
            return v
        }
    }

    private static func index(_ indexer: Indexer, _ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> String {
        switch indexer {
        case .keyValue:
            guard case .string(let s) = v else { throw .message("\(p): unexpected type \(v.goTypeName)") }
            return s.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? s
        case .volume:
            switch v {
            case .mapping(let m):
                guard case .string(let t)? = m["target"] else { throw .message("service volume \(p) is missing a mount target") }
                return t
            case .string(let s): return try ComposeVolumeSpec.parse(s)["target"]?.stringValue ?? ""
            default: return ""
            }
        case .device:
            switch v {
            case .mapping(let m):
                guard case .string(let t)? = m["target"] else { throw .message("service device \(p) is missing a mount target") }
                return t
            case .string(let s):
                let parts = s.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                return parts.count == 1 ? parts[0] : parts[1]
            default: return ""
            }
        case .expose:
            switch v {
            case .string(let s): return s
            case .int(let i): return String(i)
            default: throw .message("\(p): unsupported expose value \(v.goString)")
            }
        case .mount(let base):
            switch v {
            case .string(let s): return "\(base)/\(s)"
            case .mapping(let m):
                if let t = m["target"] { return t.goString }
                return "\(base)/\(m["source"]?.goString ?? "%!s(<nil>)")"
            default: throw .message("\(p): unsupported expose value \(v.goString)")
            }
        case .port:
            switch v {
            case .int(let i): return String(i)
            case .string(let s): return s
            case .mapping(let m):
                guard let target = m["target"] else { throw .message("service ports \(p) is missing a target port") }
                let published = m["published"].map(goSFormat) ?? "%!s(<nil>)"
                let host = m["host_ip"].map(goSFormat) ?? "0.0.0.0"
                let proto = m["protocol"].map(goSFormat) ?? "tcp"
                let t: String
                if case .int(let i) = target { t = String(i) } else { t = "%!d(\(target.goTypeName)=\(target.goString))" }
                return "\(host):\(published):\(t)/\(proto)"
            default: return ""
            }
        case .envFile:
            switch v {
            case .string(let s): return s
            case .mapping(let m):
                guard let path = m["path"] else { throw .message("environment path attribute \(p) is missing") }
                return path.goString
            default: return ""
            }
        }
    }

    /// Go's `%s` of a decoded value.
    private static func goSFormat(_ v: ComposeValue) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return "%!s(int=\(i))"
        default: return v.goString
        }
    }
}

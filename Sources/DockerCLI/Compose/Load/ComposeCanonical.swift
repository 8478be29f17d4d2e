/// compose-go's canonical form (`transform/*.go`) and default values (`transform/defaults.go`).
///
/// After each file is validated, short syntaxes become long ones (ports, volumes, build,
/// depends_on, env_file, networks lists, secrets...) so later files merge into a single shape.
enum ComposeCanonical {
    typealias Transform = @Sendable (ComposeValue, ComposePath) throws(ComposeError) -> ComposeValue

    static let transformers: [(String, Transform)] = [
        ("services.*", { v, p throws(ComposeError) in
            guard case .mapping(let m) = v else { return v }
            return try transformMapping(m, p)
        }),
        ("services.*.build.secrets.*", fileMount),
        ("services.*.build.additional_contexts", keyValue),
        ("services.*.depends_on", dependsOn),
        ("services.*.env_file", envFile),
        ("services.*.label_file", stringOrList),
        ("services.*.extends", { v, p throws(ComposeError) in
            switch v {
            case .mapping(let m): return try transformMapping(m, p)
            case .string(let s): return .mapping(ComposeMapping([("service", .string(s))]))
            default: throw .message("\(p): invalid type \(v.goTypeName) for extends")
            }
        }),
        ("services.*.networks", { v, _ throws(ComposeError) in
            guard case .sequence(let items) = v else { return v }
            var m = ComposeMapping()
            for item in items { m[item.stringValue ?? item.goString] = .null }
            return .mapping(m)
        }),
        ("services.*.volumes.*", { v, p throws(ComposeError) in
            switch v {
            case .mapping: return v
            case .string(let s): return .mapping(try ComposeVolumeSpec.parse(s))
            default: throw .message("\(p): invalid type \(v.goTypeName) for service volume mount")
            }
        }),
        ("services.*.dns", stringOrList),
        ("services.*.secrets.*", fileMount),
        ("services.*.configs.*", fileMount),
        ("services.*.ports", ports),
        ("services.*.build", { v, p throws(ComposeError) in
            switch v {
            case .mapping(let m): return try transformMapping(m, p)
            case .string(let s): return .mapping(ComposeMapping([("context", .string(s))]))
            default: throw .message("\(p): invalid type \(v.goTypeName) for build")
            }
        }),
        ("services.*.ulimits.*", { v, p throws(ComposeError) in
            switch v {
            case .mapping, .int: return v
            default: throw .message("\(p): invalid type \(v.goTypeName) for external")
            }
        }),
        ("services.*.build.ulimits.*", { v, _ throws(ComposeError) in v }),
        ("services.*.develop.watch.*.ignore", stringOrList),
        ("services.*.develop.watch.*.include", stringOrList),
        ("include.*", { v, p throws(ComposeError) in
            switch v {
            case .mapping: return v
            case .string(let s): return .mapping(ComposeMapping([("path", .string(s))]))
            default: throw .message("\(p): invalid type \(v.goTypeName) for external")
            }
        }),
    ]

    static func canonical(_ doc: ComposeMapping, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeMapping {
        var out = ComposeMapping()
        for (k, v) in doc.entries {
            let t = try transform(v, ComposePath([k]), warnings: &warnings)
            out[k] = t
        }
        return out
    }

    static func transform(_ v: ComposeValue, _ p: ComposePath, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue {
        if p.parts.count == 2, ["volumes", "networks", "secrets", "configs"].contains(p.parts[0]) {
            return try maybeExternal(v, p, warnings: &warnings)
        }
        for (pattern, fn) in transformers where p.matches(pattern) {
            return try fn(v, p)
        }
        switch v {
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, e) in m.entries { out[k] = try transform(e, p.appending(k), warnings: &warnings) }
            return .mapping(out)
        case .sequence(let items):
            var out: [ComposeValue] = []
            for e in items { out.append(try transform(e, p.appending("[]"), warnings: &warnings)) }
            return .sequence(out)
        default:
            return v
        }
    }

    static func transformMapping(_ m: ComposeMapping, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        var warnings: [ComposeWarning] = []
        var out = ComposeMapping()
        for (k, e) in m.entries { out[k] = try transform(e, p.appending(k), warnings: &warnings) }
        return .mapping(out)
    }

    static func stringOrList(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        if case .string = v { return .sequence([v]) }
        return v
    }

    static func fileMount(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        switch v {
        case .mapping: return v
        case .string(let s): return .mapping(ComposeMapping([("source", .string(s))]))
        default: throw .message("\(p): unsupported type \(v.goTypeName)")
        }
    }

    static func keyValue(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        switch v {
        case .mapping: return v
        case .sequence(let items):
            var m = ComposeMapping()
            for item in items {
                let s = item.stringValue ?? item.goString
                guard let eq = s.firstIndex(of: "=") else {
                    throw .message("\(p): invalid value \(s), expected key=value")
                }
                m[String(s[..<eq])] = .string(String(s[s.index(after: eq)...]))
            }
            return .mapping(m)
        default: throw .message("\(p): invalid type \(v.goTypeName)")
        }
    }

    static func dependsOn(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        switch v {
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, e) in m.entries {
                guard case .mapping(var d) = e else {
                    throw .message("\(p).\(k): unsupported value \(v.goString)")
                }
                if !d.contains("condition") { d["condition"] = .string("service_started") }
                if !d.contains("required") { d["required"] = .bool(true) }
                out[k] = .mapping(d)
            }
            return .mapping(out)
        case .sequence(let items):
            var out = ComposeMapping()
            for item in items {
                out[item.stringValue ?? item.goString] = .mapping(ComposeMapping([
                    ("condition", .string("service_started")), ("required", .bool(true)),
                ]))
            }
            return .mapping(out)
        default: throw .message("\(p): invalid type \(v.goTypeName) for depend_on")
        }
    }

    static func envFile(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        func entry(_ e: ComposeValue) -> ComposeValue {
            switch e {
            case .string(let s): return .mapping(ComposeMapping([("path", .string(s)), ("required", .bool(true))]))
            case .mapping(var m):
                if !m.contains("required") { m["required"] = .bool(true) }
                return .mapping(m)
            default: return .null
            }
        }
        switch v {
        case .string: return .sequence([entry(v)])
        case .sequence(let items): return .sequence(items.map(entry))
        default: throw .message("\(p): invalid type \(v.goTypeName) for env_file")
        }
    }

    static func ports(_ v: ComposeValue, _ p: ComposePath) throws(ComposeError) -> ComposeValue {
        guard case .sequence(let entries) = v else {
            throw .message("\(p): invalid type \(v.goTypeName) for port")
        }
        var out: [ComposeValue] = []
        for entry in entries {
            switch entry {
            case .int(let i): out += try PortSpec.parse(String(i)).map(\.mapping)
            case .double(let d): out += try PortSpec.parse(YAMLFloat.format(d)).map(\.mapping)
            case .string(let s): out += try PortSpec.parse(s).map(\.mapping)
            case .mapping: out.append(entry)
            default: throw .message("\(p): invalid type \(entry.goTypeName) for port")
            }
        }
        return .sequence(out)
    }

    static func maybeExternal(_ v: ComposeValue, _ p: ComposePath, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue {
        guard case .mapping = v else { return v }
        guard case .mapping(var resource) = try transformMapping(v.mappingValue ?? ComposeMapping(), p) else { return v }
        if case .mapping(let ext)? = resource["external"] {
            resource["external"] = .bool(true)
            if let extName = ext["name"] {
                warnings.append(ComposeWarning("\(p): external.name is deprecated. Please set name and external: true"))
                if let name = resource["name"] {
                    if name != extName { throw .message("\(p): name and external.name conflict; only use name") }
                } else {
                    resource["name"] = extName
                }
            }
        }
        return .mapping(resource)
    }

    // MARK: defaults (`transform/defaults.go`), applied once after all files are merged

    static func setDefaults(_ doc: ComposeMapping) -> ComposeMapping {
        guard case .mapping(var services)? = doc["services"] else { return doc }
        for (name, s) in services.entries {
            guard case .mapping(var service) = s else { continue }
            if case .mapping(var build)? = service["build"], !build.contains("context") {
                build["context"] = .string(".")
                service["build"] = .mapping(build)
            }
            if case .sequence(let secrets)? = service["secrets"] {
                service["secrets"] = .sequence(secrets.map { e in
                    guard case .mapping(var m) = e else { return e }
                    if !m.contains("target") { m["target"] = .string("/run/secrets/\(m["source"]?.goString ?? "<nil>")") }
                    return .mapping(m)
                })
            }
            if case .sequence(let ports)? = service["ports"] {
                service["ports"] = .sequence(ports.map { e in
                    guard case .mapping(var m) = e else { return e }
                    if !m.contains("protocol") { m["protocol"] = .string("tcp") }
                    if !m.contains("mode") { m["mode"] = .string("ingress") }
                    return .mapping(m)
                })
            }
            services[name] = .mapping(service)
        }
        var out = doc
        out["services"] = .mapping(services)
        return out
    }

    /// `fixEmptyNotNull` is a no-op for our tree (a YAML `[]` is already an empty list); `OmitEmpty`
    /// drops empty entries of `services.*.dns`.
    static func omitEmpty(_ doc: ComposeMapping) -> ComposeMapping {
        guard case .mapping(var services)? = doc["services"] else { return doc }
        for (name, s) in services.entries {
            guard case .mapping(var service) = s, case .sequence(let dns)? = service["dns"] else { continue }
            service["dns"] = .sequence(dns.filter { !($0.isNull || $0 == .string("")) })
            services[name] = .mapping(service)
        }
        var out = doc
        out["services"] = .mapping(services)
        return out
    }
}

/// The `Set` checks of docker's swarm service option types (`--publish`, `--secret`, `--config`,
/// `--credential-spec`, `--placement-pref`).
public enum SwarmOptSpec {
    /// `swarmopts.PortOpt.Set`: the long `target=80,published=8080,protocol=udp,mode=host` form,
    /// or the short `-p` form without a host IP.
    public static func port(_ value: String) -> Result<Void, ValueError> {
        guard NetworkAttachment.isLongSyntax(value) else {
            switch PublishSpec.parseAll([value]) {
            case .failure(let e): return .failure(e)
            case .success(let parsed):
                let hasHostIP = parsed.bindings.entries.contains { ($0.bindings ?? []).contains { !$0.hostIP.isEmpty } }
                return hasHostIP ? .failure(ValueError("hostip is not supported")) : .success(())
            }
        }
        let fields: [String]
        switch GoCSV.readRecord(value) {
        case .success(let f): fields = f
        case .failure(let e): return .failure(ValueError(e.description))
        }
        var target: UInt64 = 0
        for field in fields {
            let (key, val, ok) = ListValidators.cut(field.lowercased(), "=")
            if !ok || key.isEmpty { return .failure(ValueError("invalid field: " + field)) }
            switch key {
            case "protocol":
                if !["tcp", "udp", "sctp"].contains(val) { return .failure(ValueError("invalid protocol value '\(val)'")) }
            case "mode":
                if val != "ingress" && val != "host" {
                    return .failure(ValueError("invalid publish mode value (\(val)): must be either 'ingress' or 'host'"))
                }
            case "target":
                switch GoStrconv.parseUint(val, base: 10, bitSize: 16) {
                case .success(let p): target = p
                case .failure(let e):
                    return .failure(ValueError("invalid target port (\(val)): value must be an integer: \(e.reasonText)"))
                }
            case "published":
                if case .failure(let e) = GoStrconv.parseUint(val, base: 10, bitSize: 16) {
                    return .failure(ValueError("invalid published port (\(val)): value must be an integer: \(e.reasonText)"))
                }
            default:
                return .failure(ValueError("invalid field key: " + key))
            }
        }
        return target == 0 ? .failure(ValueError("missing mandatory field 'target'")) : .success(())
    }

    /// `SecretOpt.Set` and `ConfigOpt.Set` (`kind` is `secret` or `config`).
    public static func secretOrConfig(_ value: String, kind: String) -> Result<Void, ValueError> {
        let fields: [String]
        switch GoCSV.readRecord(value) {
        case .success(let f): fields = f
        case .failure(let e): return .failure(ValueError(e.description))
        }
        if fields.count == 1 && !fields[0].contains("=") { return .success(()) }
        var source = ""
        for field in fields {
            let (key, val, ok) = ListValidators.cut(field, "=")
            if !ok || key.isEmpty { return .failure(ValueError("invalid field '\(field)' must be a key=value pair")) }
            switch key.lowercased() {
            case "source", "src": source = val
            case "target", "uid", "gid": break
            case "mode":
                if case .failure(let e) = GoStrconv.parseUint(val, base: 0, bitSize: 32) {
                    return .failure(ValueError("invalid mode specified: \(e.description)"))
                }
            default:
                return .failure(ValueError("invalid field in \(kind) request: \(key)"))
            }
        }
        return source.isEmpty ? .failure(ValueError("source is required")) : .success(())
    }

    /// `credentialSpecOpt.Set`.
    public static func credentialSpecError(_ value: String) -> String? {
        if value.isEmpty || value.hasPrefix("config://") || value.hasPrefix("file://") || value.hasPrefix("registry://") {
            return nil
        }
        return "invalid credential spec: value must be prefixed with \"config://\", \"file://\", or \"registry://\""
    }

    /// `placementPrefOpts.Set`.
    public static func placementPrefError(_ value: String) -> String? {
        let (strategy, _, ok) = ListValidators.cut(value, "=")
        if !ok || strategy.isEmpty { return "placement preference must be of the format \"<strategy>=<arg>\"" }
        if strategy != "spread" { return "unsupported placement preference \(strategy) (only spread is supported)" }
        return nil
    }
}

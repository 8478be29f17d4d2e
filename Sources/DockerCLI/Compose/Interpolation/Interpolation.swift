/// compose-go's document interpolation (`interpolation/interpolation.go`, `loader/interpolate.go`).
///
/// Every string in the document is substituted; values at a few known paths are then cast to
/// the type the schema expects (`tty: ${TTY}` becomes a boolean) because the schema check runs
/// after interpolation. Errors name the path with `[]` for list items, as compose-go prints them.
public enum Interpolation {
    /// What a cast at a typed path does.
    enum Cast { case int, int64, float, boolean }

    /// compose-go's `interpolateTypeCastMapping`.
    static let casts: [(ComposePath, Cast)] = {
        let service: [(String, Cast)] = [
            ("cpu_count", .int64), ("cpu_percent", .float), ("cpu_period", .int64), ("cpu_quota", .int64),
            ("cpu_rt_period", .int64), ("cpu_rt_runtime", .int64), ("cpus", .float), ("cpu_shares", .int64),
            ("init", .boolean), ("deploy.replicas", .int), ("deploy.update_config.parallelism", .int),
            ("deploy.update_config.max_failure_ratio", .float), ("deploy.rollback_config.parallelism", .int),
            ("deploy.rollback_config.max_failure_ratio", .float), ("deploy.restart_policy.max_attempts", .int),
            ("deploy.placement.max_replicas_per_node", .int), ("healthcheck.retries", .int),
            ("healthcheck.disable", .boolean), ("oom_kill_disable", .boolean), ("oom_score_adj", .int64),
            ("pids_limit", .int64), ("ports.[].target", .int), ("privileged", .boolean), ("read_only", .boolean),
            ("scale", .int), ("stdin_open", .boolean), ("tty", .boolean), ("ulimits.*", .int),
            ("ulimits.*.hard", .int), ("ulimits.*.soft", .int), ("volumes.[].read_only", .boolean),
            ("volumes.[].volume.nocopy", .boolean),
        ]
        var table = service.map { (ComposePath("services.*." + $0.0), $0.1) }
        for (path, cast) in [
            ("networks.*.external", Cast.boolean), ("networks.*.internal", .boolean),
            ("networks.*.attachable", .boolean), ("networks.*.enable_ipv4", .boolean),
            ("networks.*.enable_ipv6", .boolean), ("volumes.*.external", .boolean),
            ("secrets.*.external", .boolean), ("configs.*.external", .boolean),
        ] {
            table.append((ComposePath(path), cast))
        }
        return table
    }()

    /// Interpolates a whole document; warnings for unset variables and YAML 1.1 booleans go to `warnings`.
    public static func interpolate(_ value: ComposeValue, lookup: Template.Lookup, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue {
        try walk(value, path: ComposePath(), lookup: lookup, warnings: &warnings)
    }

    static func walk(_ value: ComposeValue, path: ComposePath, lookup: Template.Lookup, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue {
        switch value {
        case .string(let s):
            var unset: [String] = []
            let substituted: String
            do throws(Template.Failure) {
                substituted = try Template.substitute(s, lookup: lookup, unset: &unset)
            } catch {
                warnings += unset.map(unsetWarning)
                switch error {
                case .invalid(let template):
                    throw .message("invalid interpolation format for \(path.dotted).\nYou may need to escape any $ with another $.\n\(template)")
                case .missingRequired:
                    throw .message("error while interpolating \(path.dotted): \(error.text)")
                }
            }
            warnings += unset.map(unsetWarning)
            guard let cast = casts.first(where: { path.matches($0.0) })?.1 else { return .string(substituted) }
            return try apply(cast, to: substituted, path: path, warnings: &warnings)
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, v) in m.entries {
                out[k] = try walk(v, path: path.appending(k), lookup: lookup, warnings: &warnings)
            }
            return .mapping(out)
        case .sequence(let items):
            var out: [ComposeValue] = []
            for item in items {
                out.append(try walk(item, path: path.appending("[]"), lookup: lookup, warnings: &warnings))
            }
            return .sequence(out)
        default:
            return value
        }
    }

    /// compose-go's warning text (`template/template.go`).
    static func unsetWarning(_ name: String) -> ComposeWarning {
        ComposeWarning("The \(GoQuote.string(name)) variable is not set. Defaulting to a blank string.")
    }

    static func apply(_ cast: Cast, to s: String, path: ComposePath, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue {
        func fail(_ reason: String) -> ComposeError {
            .message("error while interpolating \(path.dotted): failed to cast to expected type: \(reason)")
        }
        switch cast {
        case .int:
            guard let i = GoNumber.parseDecimal(s) else { throw fail("strconv.Atoi: parsing \(GoQuote.string(s)): \(GoNumber.syntaxOrRange(s))") }
            return .int(i)
        case .int64:
            guard let i = GoNumber.parseDecimal(s) else { throw fail("strconv.ParseInt: parsing \(GoQuote.string(s)): \(GoNumber.syntaxOrRange(s))") }
            return .int(i)
        case .float:
            guard let d = GoNumber.parseFloat(s) else { throw fail("strconv.ParseFloat: parsing \(GoQuote.string(s)): invalid syntax") }
            return .double(d)
        case .boolean:
            switch s.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "y", "yes", "on":
                warnings.append(ComposeWarning("\(GoQuote.string(s)) for boolean is not supported by YAML 1.2, please use `true`"))
                return .bool(true)
            case "n", "no", "off":
                warnings.append(ComposeWarning("\(GoQuote.string(s)) for boolean is not supported by YAML 1.2, please use `false`"))
                return .bool(false)
            default:
                throw fail("invalid boolean: \(s)")
            }
        }
    }
}

extension GoNumber {
    /// `strconv.Atoi` / `ParseInt(s, 10, 64)`: optional sign, decimal digits only.
    static func parseDecimal(_ s: String) -> Int? {
        var body = Substring(s)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s.hasPrefix("+") ? String(s.dropFirst()) : s)
    }

    static func syntaxOrRange(_ s: String) -> String {
        var body = Substring(s)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        if !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) { return "value out of range" }
        return "invalid syntax"
    }
}

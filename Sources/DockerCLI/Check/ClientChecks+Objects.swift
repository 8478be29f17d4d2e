import DockerAPI

/// The checks of the commands that manage volumes, networks, contexts, stacks, services, swarm
/// objects, plugins and registry logins, before their first API call.
extension ClientChecks {
    static let objectChecks: [String: Check] = [
        "volume create": { (c) throws(ClientFailure) in
            if c.invocation.arguments.count == 1, c.changed("name"), c.flags.last("name") != "" {
                throw ClientFailure(
                    "conflicting options: cannot specify a volume-name through both --name and as a positional arg",
                    at: .argument(0))
            }
        },
        "volume prune": { (c) throws(ClientFailure) in
            if c.flags.bool("all"), c.hasFilter("all") {
                throw ClientFailure("conflicting options: cannot specify both --all and --filter all=1", at: .flag("filter"))
            }
            confirm(&c)
        },
        "volume inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 64) },
        "network create": { (c) throws(ClientFailure) in try networkIPAM(&c) },
        "network connect": { (c) throws(ClientFailure) in
            for option in c.flags.all("driver-opt") {
                let (key, _, ok) = ListValidators.cut(option, "=")
                if !ok || key.trimmingSpaces.isEmpty {
                    throw ClientFailure("invalid key/value pair format in driver options", at: .flag("driver-opt"))
                }
            }
        },
        "network inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 64) },
        "network prune": { (c) throws(ClientFailure) in confirm(&c) },
        "context ls": { (c) throws(ClientFailure) in try FormatChecks.contextList(&c) },
        "context inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 64) },
        "context create": { (c) throws(ClientFailure) in
            if let name = c.argument(0), let message = contextNameError(name) { throw ClientFailure(message, at: .argument(0)) }
            c.notes.append("depends on the contexts already stored")
        },
        "context rm": { (c) throws(ClientFailure) in
            // RunRemove reports every name, `default` with its own error; the others need the store.
            if c.arguments.contains(where: { $0 == "default" }) {
                throw ClientFailure("context \"default\" cannot be removed",
                                    at: .argument(c.arguments.firstIndex { $0 == "default" } ?? 0))
            }
            c.notes.append("depends on the contexts already stored")
        },
        "context use": { (c) throws(ClientFailure) in
            if let name = c.argument(0), name != "default" {
                if let message = contextNameError(name) { throw ClientFailure(message, at: .argument(0)) }
                c.notes.append("depends on the contexts already stored")
            }
        },
        "stack deploy": { (c) throws(ClientFailure) in
            try stackNames(&c, [0])
            if !c.changed("compose-file") {
                throw ClientFailure("Specify a Compose file (with --compose-file)", at: .command)
            }
            // loader.GetConfigDetails reads every file (`-` is stdin); its content is the stack's business.
            guard let files = c.environment.files else { return c.noteFileNotRead("the Compose file") }
            for path in c.flags.all("compose-file") where path != "-" {
                switch files.kind(of: path) {
                case .missing: throw ClientFailure("open \(path): no such file or directory", at: .flag("compose-file"))
                case .directory: throw ClientFailure("read \(path): is a directory", at: .flag("compose-file"))
                case .file: continue
                }
            }
            c.notes.append("the Compose file's content is not checked")
        },
        "stack ps": { (c) throws(ClientFailure) in try stackNames(&c, [0]) },
        "stack services": { (c) throws(ClientFailure) in try stackNames(&c, [0]) },
        "stack rm": { (c) throws(ClientFailure) in try stackNames(&c, Array(c.arguments.indices)) },
        "swarm join-token": { (c) throws(ClientFailure) in
            if let role = c.argument(0), role != "worker", role != "manager" {
                throw ClientFailure("unknown role " + role, at: .argument(0))
            }
        },
        "service create": { (c) throws(ClientFailure) in try serviceCreate(&c) },
        "service inspect": { (c) throws(ClientFailure) in
            if c.flags.bool("pretty"), !(c.flags.last("format") ?? "").isEmpty || c.opaqueFlags.contains("format") {
                throw ClientFailure("--format is incompatible with human friendly format", at: .flag("pretty"))
            }
            try FormatChecks.inspect(&c, exitCode: 1)
        },
        "node inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 1) },
        "secret inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 1) },
        "config inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 1) },
        "secret create": { (c) throws(ClientFailure) in
            if !(c.flags.last("driver") ?? "").isEmpty {
                if c.invocation.arguments.count > 1 {
                    throw ClientFailure("When using secret driver secret data must be empty", at: .argument(1))
                }
                return
            }
            if c.invocation.arguments.count < 2 { throw ClientFailure("secret file is required", at: .command) }
            c.noteFileNotRead("the secret's file")
        },
        "config create": { (c) throws(ClientFailure) in c.noteFileNotRead("the config's file") },
        "plugin inspect": { (c) throws(ClientFailure) in try FormatChecks.inspect(&c, exitCode: 64) },
        "plugin enable": { (c) throws(ClientFailure) in
            if let value = c.flags.last("timeout"), let timeout = Int(value), timeout < 0 {
                throw ClientFailure("negative timeout \(timeout) is invalid", at: .flag("timeout"))
            }
        },
        "plugin install": { (c) throws(ClientFailure) in
            if let alias = c.flags.last("alias"), !alias.isEmpty { try pluginName(alias, at: .flag("alias")) }
            if let remote = c.argument(0) { try pluginName(remote, at: .argument(0), canonicalAllowed: true) }
        },
        "plugin push": { (c) throws(ClientFailure) in
            if let name = c.argument(0) { try pluginName(name, at: .argument(0)) }
        },
        "login": { (c) throws(ClientFailure) in try login(&c) },
    ]

    /// `store.ValidateContextName`.
    static func contextNameError(_ name: String) -> String? {
        if name.isEmpty { return "context name cannot be empty" }
        if name == "default" { return "\"default\" is a reserved context name" }
        let bytes = Array(name.utf8)
        func allowed(_ b: UInt8, first: Bool) -> Bool {
            let alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            return first ? alnum : alnum || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "+")
                || b == UInt8(ascii: "-")
        }
        if bytes.count < 2 || !allowed(bytes[0], first: true) || !bytes.dropFirst().allSatisfy({ allowed($0, first: false) }) {
            return "context name \(GoQuote.quote(name)) is invalid, names are validated against regexp \"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$\""
        }
        return nil
    }

    /// `validateStackName`: a name that is empty once quotes and white space are trimmed.
    static func stackNames(_ c: inout ClientCheckContext, _ indices: [Int]) throws(ClientFailure) {
        for index in indices {
            guard let name = c.argument(index) else { continue }
            let trimmed = name.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\"" || $0 == "'" }
            if trimmed.allSatisfy({ $0.properties.isWhitespace || $0 == "\"" || $0 == "'" }) {
                throw ClientFailure("invalid stack name: \(GoQuote.quote(name))", at: .argument(index))
            }
        }
    }

    /// `docker plugin install/push`: `ParseNormalizedNamed`, and no digest in the local name.
    static func pluginName(_ name: String, at target: ClientFailure.Target, canonicalAllowed: Bool = false) throws(ClientFailure) {
        let ref: ImageReference
        do {
            ref = try ImageReference.parseNormalized(name)
        } catch {
            throw ClientFailure(error.description, at: target)
        }
        if ref.digest != nil && !canonicalAllowed { throw ClientFailure("invalid name: \(name)", at: target) }
    }

    /// `docker service create`'s `ToService` up to its first network lookup: the environment,
    /// the health check, the mode, and update/rollback settings on jobs.
    static func serviceCreate(_ c: inout ClientCheckContext) throws(ClientFailure) {
        if c.changed("env-file") { c.noteFileNotRead("--env-file") }
        let healthSet = !(c.flags.last("health-cmd") ?? "").isEmpty || c.opaqueFlags.contains("health-cmd")
            || ["health-interval", "health-timeout", "health-start-period", "health-start-interval"].contains { c.changed($0) }
            || (c.flags.last("health-retries").map { $0 != "0" } ?? false)
        if c.flags.bool("no-healthcheck") && healthSet {
            throw ClientFailure("--no-healthcheck conflicts with --health-* options", at: .flag("no-healthcheck"))
        }
        if c.opaqueFlags.contains("mode") { return }
        let mode = c.flags.last("mode") ?? "replicated"
        let replicas = c.changed("replicas")
        let maxPerNode = (c.flags.last("replicas-max-per-node").flatMap { UInt64($0) } ?? 0) > 0
        let maxConcurrent = c.changed("max-concurrent")
        let replicasOnly = "replicas can only be used with replicated or replicated-job mode"
        let perNodeOnly = "replicas-max-per-node can only be used with replicated or replicated-job mode"
        let concurrentOnly = "max-concurrent can only be used with replicated-job mode"
        switch mode {
        case "global":
            if replicas { throw ClientFailure(replicasOnly, at: .flag("replicas")) }
            if maxPerNode { throw ClientFailure(perNodeOnly, at: .flag("replicas-max-per-node")) }
            if maxConcurrent { throw ClientFailure(concurrentOnly, at: .flag("max-concurrent")) }
        case "replicated":
            if maxConcurrent { throw ClientFailure(concurrentOnly, at: .flag("max-concurrent")) }
        case "replicated-job":
            break
        case "global-job":
            if maxPerNode { throw ClientFailure(perNodeOnly, at: .flag("replicas-max-per-node")) }
            if maxConcurrent { throw ClientFailure(concurrentOnly, at: .flag("max-concurrent")) }
            if replicas { throw ClientFailure(replicasOnly, at: .flag("replicas")) }
        default:
            throw ClientFailure("Unknown mode: \(mode), only replicated and global supported", at: .flag("mode"))
        }
        if mode.hasSuffix("-job") {
            let tuning = ["parallelism", "delay", "monitor", "failure-action", "max-failure-ratio", "order"]
            if let flag = tuning.flatMap({ ["update-" + $0, "rollback-" + $0] }).first(where: { c.changed($0) }) {
                throw ClientFailure("update and rollback configuration is not supported for jobs", at: .flag(flag))
            }
        }
    }

    /// `docker login`'s `verifyLoginFlags`, then the `--password` warning; what follows (prompts,
    /// the registry) depends on the terminal, stored credentials and the network.
    static func login(_ c: inout ClientCheckContext) throws(ClientFailure) {
        if c.changed("password-stdin") {
            if c.changed("password") {
                throw ClientFailure("conflicting options: cannot specify both --password and --password-stdin", at: .flag("password"))
            }
            if !c.changed("username") {
                throw ClientFailure("the --password-stdin option requires --username to be set", at: .flag("password-stdin"))
            }
        }
        if c.changed("username") && c.flags.last("username") == "" {
            throw ClientFailure("username is empty", at: .flag("username"))
        }
        if c.changed("password") && c.flags.last("password") == "" {
            throw ClientFailure("password is empty", at: .flag("password"))
        }
        if c.changed("password") {
            c.stderr += "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
        }
        c.notes.append("talks to the registry (terminal prompts, stored credentials, network)")
    }

    /// `createIPAMConfig`: every `--ip-range`, `--gateway` and `--aux-address` must fall in a `--subnet`.
    static func networkIPAM(_ c: inout ClientCheckContext) throws(ClientFailure) {
        // pflag string slices: each value is a CSV record (the parser has checked it reads).
        func items(_ name: String) -> [String] {
            c.flags.all(name).flatMap { (try? GoCSV.readRecord($0).get()) ?? [$0] }
        }
        let subnets = items("subnet")
        let ranges = items("ip-range")
        let gateways = items("gateway")
        if subnets.count < ranges.count || subnets.count < gateways.count {
            throw ClientFailure("every ip-range or gateway must have a corresponding subnet", at: .flag(ranges.count > subnets.count ? "ip-range" : "gateway"))
        }
        var seen: [String] = []
        for subnet in subnets {
            for other in seen {
                let first = try subnetMatches(subnet, other, flag: "subnet")
                let second = try subnetMatches(other, subnet, flag: "subnet")
                if first || second {
                    throw ClientFailure("multiple overlapping subnet configuration is not supported", at: .flag("subnet"))
                }
            }
            seen.append(subnet)
        }
        var rangeOf: [String: String] = [:]
        for r in ranges {
            var matched = false
            for s in subnets {
                if case .failure(let e) = GoCIDR.parse(r) { throw ClientFailure(e.message, at: .flag("ip-range")) }
                guard try subnetMatches(s, r, flag: "ip-range") else { continue }
                if let existing = rangeOf[s] {
                    throw ClientFailure("cannot configure multiple ranges (\(r), \(existing)) on the same subnet (\(s))", at: .flag("ip-range"))
                }
                rangeOf[s] = r
                matched = true
            }
            if !matched { throw ClientFailure("no matching subnet for range \(r)", at: .flag("ip-range")) }
        }
        var gatewayOf: [String: String] = [:]
        for g in gateways {
            var matched = false
            for s in subnets {
                guard try subnetMatches(s, g, flag: "gateway") else { continue }
                if let existing = gatewayOf[s] {
                    throw ClientFailure("cannot configure multiple gateways (\(g), \(existing)) for the same subnet (\(s))", at: .flag("gateway"))
                }
                gatewayOf[s] = g
                matched = true
            }
            if !matched { throw ClientFailure("no matching subnet for gateway \(g)", at: .flag("gateway")) }
        }
        for entry in c.flags.all("aux-address") {
            let (_, address, _) = ListValidators.cut(entry, "=")
            var matched = false
            for s in subnets where try subnetMatches(s, address, flag: "aux-address") { matched = true }
            if !matched { throw ClientFailure("no matching subnet for aux-address \(address)", at: .flag("aux-address")) }
        }
    }

    /// `subnetMatches`: whether `data` (an address or a CIDR) lies in `subnet`.
    static func subnetMatches(_ subnet: String, _ data: String, flag: String) throws(ClientFailure) -> Bool {
        let network: GoCIDR
        switch GoCIDR.parse(subnet) {
        case .success(let n): network = n
        case .failure(let e): throw ClientFailure("invalid subnet: " + e.message, at: .flag("subnet"))
        }
        let ip: GoNet.IP?
        if data.contains("/") {
            switch GoCIDR.parse(data) {
            case .success(let n): ip = n.address
            case .failure(let e): throw ClientFailure(e.message, at: .flag(flag))
            }
        } else {
            ip = GoNet.parseIP(data)
        }
        guard let ip else { return false }
        return network.contains(ip)
    }
}

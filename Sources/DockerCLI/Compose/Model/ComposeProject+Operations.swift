/// Project transformations compose applies after binding (`types/project.go`, `loader/validate.go`).
extension ComposeProject {
    /// `WithProfiles`: services without profiles, or with one of `profiles` (`*` = all), stay enabled.
    func withProfiles(_ profiles: [String]) -> ComposeProject {
        var p = self
        var all = services
        for (k, v) in disabledServices { all[k] = v }
        p.services = [:]
        p.disabledServices = [:]
        for (name, s) in all {
            let own = s.profiles
            if own.isEmpty || profiles.contains("*") || own.contains(where: profiles.contains) {
                p.services[name] = s
            } else {
                p.disabledServices[name] = s
            }
        }
        p.profiles = profiles
        return p
    }

    /// `WithServicesEnabled`: naming a service enables its profiles.
    func withServicesEnabled(_ names: [String]) throws(ComposeError) -> ComposeProject {
        guard !names.isEmpty else { return self }
        var profiles = self.profiles
        for name in names where services[name] == nil {
            profiles += disabledServices[name]?.profiles ?? []
        }
        return withProfiles(profiles)
    }

    func withCustomLabels(envFiles: [String]) -> ComposeProject {
        var p = self
        for name in p.services.keys {
            p.services[name]?.customLabels = ComposeNaming.customLabels(project: self, service: name, envFiles: envFiles)
        }
        return p
    }

    /// `WithSelectedServices`: the named services (glob patterns allowed) and what they depend on.
    func withSelectedServices(_ names: [String]) throws(ComposeError) -> ComposeProject {
        guard !names.isEmpty else { return self }
        var selected = Set<String>()
        try collect(names, into: &selected, dependencies: [:])
        var p = self
        for name in p.services.keys.sorted() where !selected.contains(name) {
            for other in p.services.keys {
                if case .mapping(var deps)? = p.services[other]?.config["depends_on"], deps.contains(name) {
                    deps[name] = nil
                    p.services[other]?.config["depends_on"] = .mapping(deps)
                }
            }
            p.disabledServices[name] = p.services[name]
            p.services[name] = nil
        }
        return p
    }

    private func collect(_ names: [String], into seen: inout Set<String>, dependencies: [String: ServiceDependency]) throws(ComposeError) {
        for name in names {
            let matches = services.keys.filter { ComposeGlob.match(name, $0) }.sorted()
            if matches.isEmpty {
                if let dep = dependencies[name], !dep.required { continue }
                throw .message("no such service: \(name)")
            }
            for match in matches where !seen.contains(match) {
                seen.insert(match)
                let deps = services[match]?.dependsOn ?? [:]
                try collect(deps.keys.sorted(), into: &seen, dependencies: deps)
            }
        }
    }

    /// `WithoutUnnecessaryResources`: only networks, volumes, secrets and configs a service uses.
    func withoutUnnecessaryResources() -> ComposeProject {
        var nets = Set<String>(), vols = Set<String>(), secrets = Set<String>(), configs = Set<String>()
        for s in services.values {
            nets.formUnion(s.networks.keys)
            for v in s.volumes where v.type == "volume" { if let src = v.source, !src.isEmpty { vols.insert(src) } }
            for key in ["secrets", "configs"] {
                for e in s.config[key]?.sequenceValue ?? [] {
                    if let src = e["source"]?.stringValue { if key == "secrets" { secrets.insert(src) } else { configs.insert(src) } }
                }
            }
            for e in s.config["build"]?["secrets"]?.sequenceValue ?? [] {
                if let src = e["source"]?.stringValue { secrets.insert(src) }
            }
        }
        var p = self
        p.networks = networks.filter { nets.contains($0.key) }
        p.volumes = volumes.filter { vols.contains($0.key) }
        p.secrets = self.secrets.filter { secrets.contains($0.key) }
        p.configs = self.configs.filter { configs.contains($0.key) }
        return p
    }

    /// `checkConsistency` (`loader/validate.go`) and `graph.CheckCycle`, services in name order.
    func checkConsistency() throws(ComposeError) {
        for name in serviceNames {
            guard let s = services[name] else { continue }
            let c = s.config
            if c["build"] == nil, (s.image ?? "").isEmpty, c["provider"] == nil {
                throw .invalid("service \(GoQuote.string(name)) has neither an image nor a build context specified")
            }
            if let build = c["build"]?.mappingValue, build["dockerfile_inline"] != nil, build["dockerfile"] != nil,
               !(build["dockerfile_inline"]?.stringValue ?? "").isEmpty, !(build["dockerfile"]?.stringValue ?? "").isEmpty {
                throw .invalid("service \(GoQuote.string(name)) declares mutualy exclusive dockerfile and dockerfile_inline")
            }
            if let mode = s.networkMode, !mode.isEmpty, c["networks"] != nil, !(c["networks"]?.mappingValue?.isEmpty ?? true) {
                throw .invalid("service \(name) declares mutually exclusive `network_mode` and `networks`")
            }
            for net in s.networks.keys.sorted() where networks[net] == nil {
                throw .invalid("service \(GoQuote.string(name)) refers to undefined network \(net)")
            }
            if let test = s.healthcheck?.test.first, !["CMD", "CMD-SHELL", "NONE"].contains(test) {
                throw .message("healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"")
            }
            for (dep, cfg) in s.dependsOn.sorted(by: { $0.key < $1.key }) where services[dep] == nil {
                if disabledServices[dep] != nil, !cfg.required { continue }
                throw .invalid("service \(GoQuote.string(name)) depends on undefined service \(GoQuote.string(dep))")
            }
            if let mode = s.networkMode, mode.hasPrefix("service:") {
                let target = String(mode.dropFirst("service:".count))
                if services[target] == nil { throw .message("service \(GoQuote.string(target)) not found for network_mode 'service:\(target)'") }
            }
            for v in s.volumes where v.type == "volume" {
                if let src = v.source, !src.isEmpty, volumes[src] == nil {
                    throw .invalid("service \(GoQuote.string(name)) refers to undefined volume \(src)")
                }
            }
            for e in c["build"]?["secrets"]?.sequenceValue ?? [] {
                if let src = e["source"]?.stringValue, secrets[src] == nil {
                    throw .invalid("service \(GoQuote.string(name)) refers to undefined build secret \(src)")
                }
            }
            for e in c["configs"]?.sequenceValue ?? [] {
                if let src = e["source"]?.stringValue, configs[src] == nil {
                    throw .invalid("service \(GoQuote.string(name)) refers to undefined config \(src)")
                }
            }
            for e in c["secrets"]?.sequenceValue ?? [] {
                if let src = e["source"]?.stringValue, secrets[src] == nil {
                    throw .invalid("service \(GoQuote.string(name)) refers to undefined secret \(src)")
                }
            }
            if case .int(let scale)? = c["scale"], case .int(let replicas)? = c["deploy"]?["replicas"], scale != replicas {
                throw .invalid("services.\(name): can't set distinct values on 'scale' and 'deploy.replicas'")
            }
            if case .int(let scale)? = c["scale"], scale < 0 {
                throw .message("services.\(name).scale: must be greater than or equal to 0")
            }
            if case .int(let replicas)? = c["deploy"]?["replicas"], replicas < 0 {
                throw .message("services.\(name).deploy.replicas: must be greater than or equal to 0")
            }
            if s.scale > 1, let cn = s.containerName, !cn.isEmpty {
                // compose-go passes its arguments in swapped order here; the message keeps that.
                let attr = c["scale"] == nil ? "deploy.replicas" : "scale"
                throw .invalid("services.\(attr): can't set container_name and \(name) as container name must be unique")
            }
            var mounts: [String: String] = [:]
            for (i, t) in s.strings("tmpfs").enumerated() {
                let path = String(t.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let loc = "services.\(name).tmpfs[\(i)]"
                if let prior = mounts[path] { throw .message("\(loc): target \(path) already mounted as \(prior)") }
                mounts[path] = loc
            }
            for (i, v) in s.volumes.enumerated() {
                let loc = "services.\(name).volumes[\(i)]"
                if let prior = mounts[v.target] { throw .message("\(loc): target \(v.target) already mounted as \(prior)") }
                mounts[v.target] = loc
            }
        }
        for name in secrets.keys.sorted() {
            guard let secret = secrets[name], secret["external"] != .bool(true) else { continue }
            if (secret["file"]?.stringValue ?? "").isEmpty, (secret["environment"]?.stringValue ?? "").isEmpty {
                throw .invalid("secret \(GoQuote.string(name)) must declare either `file` or `environment`")
            }
        }
        try checkCycle()
    }

    /// `graph.CheckCycle`: `dependency cycle detected: a -> b -> a`.
    func checkCycle() throws(ComposeError) {
        for name in serviceNames {
            for (dep, cfg) in (services[name]?.dependsOn ?? [:]).sorted(by: { $0.key < $1.key }) where services[dep] == nil && cfg.required {
                if let ds = disabledServices[dep] {
                    throw .message("service \(GoQuote.string(dep)) is required by \(GoQuote.string(name)) but is disabled. Can be enabled by profiles [\(ds.profiles.joined(separator: " "))]")
                }
                throw .message("service \(GoQuote.string(name)) depends on unknown service \(GoQuote.string(dep))")
            }
        }
        func search(_ path: [String]) throws(ComposeError) {
            guard let last = path.last else { return }
            for child in (services[last]?.dependsOn.keys.sorted() ?? []) where services[child] != nil {
                if let i = path.firstIndex(of: child) {
                    throw .message("dependency cycle detected: \(path[i...].joined(separator: " -> ")) -> \(child)")
                }
                try search(path + [child])
            }
        }
        for name in serviceNames { try search([name]) }
    }

    /// `WithServicesEnvironmentResolved`: bare keys from the project environment, `env_file` contents
    /// under the service's own `environment`.
    func withServicesEnvironmentResolved(discardEnvFiles: Bool, fileSystem: any ComposeFileSystem,
                                         warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeProject {
        var p = self
        for name in serviceNames {
            guard var service = p.services[name] else { continue }
            var env = service.config["environment"]?.mappingValue ?? ComposeMapping()
            for (k, v) in env.entries where v.isNull {
                if let value = environment[k] { env[k] = .string(value) }
            }
            var fromFiles: [String: String] = [:]
            for file in service.config["env_file"]?.sequenceValue ?? [] {
                guard let path = file["path"]?.stringValue else { continue }
                let required = file["required"].map { $0 == .bool(true) || $0 == .string("true") } ?? true
                if fileSystem.kind(of: path) == .missing {
                    if required { throw .message("env file \(path) not found: stat \(path): no such file or directory") }
                    continue
                }
                if let format = file["format"]?.stringValue, !format.isEmpty, format != ".env" {
                    throw .message("unsupported env_file format \(GoQuote.string(format))")
                }
                let text = try fileSystem.read(path)
                let own = env
                let projectEnv = environment
                let parsed: [(String, String)]
                do throws(ComposeError) {
                    parsed = try Dotenv.parse(text, lookup: { k in projectEnv[k] ?? own[k]?.stringValue }, warnings: &warnings)
                } catch {
                    throw .message("failed to read \(path): \(error.description)")
                }
                for (k, v) in parsed { fromFiles[k] = v }
            }
            var merged = ComposeMapping()
            for k in fromFiles.keys.sorted() { merged[k] = .string(fromFiles[k] ?? "") }
            for (k, v) in env.entries { merged[k] = v }
            if !merged.isEmpty || service.config["environment"] != nil { service.config["environment"] = .mapping(merged) }
            if discardEnvFiles { service.config["env_file"] = nil }
            p.services[name] = service
        }
        return p
    }

    /// `WithServicesLabelsResolved`: `label_file` contents under the service's own labels.
    func withServicesLabelsResolved(fileSystem: any ComposeFileSystem, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeProject {
        var p = self
        for name in serviceNames {
            guard var service = p.services[name], case .sequence(let files)? = service.config["label_file"] else { continue }
            var labels = ComposeMapping()
            for f in files {
                guard let path = f.stringValue else { continue }
                if fileSystem.kind(of: path) == .missing {
                    throw .message("label file \(path) not found: stat \(path): no such file or directory")
                }
                let current = labels
                let parsed = try Dotenv.parse(try fileSystem.read(path), lookup: { current[$0]?.stringValue }, warnings: &warnings)
                for (k, v) in parsed { labels[k] = .string(v) }
            }
            for (k, v) in service.config["labels"]?.mappingValue?.entries ?? [] { labels[k] = v }
            if !labels.isEmpty { service.config["labels"] = .mapping(labels) }
            service.config["label_file"] = nil
            p.services[name] = service
        }
        return p
    }

    /// `CheckContainerNameUnicity` (run by `config`).
    public func checkContainerNameUnicity() throws(ComposeError) {
        var names: [String: String] = [:]
        for name in serviceNames {
            guard let cn = services[name]?.containerName, !cn.isEmpty else { continue }
            if let existing = names[cn] {
                throw .message("services.\(name): container name \(GoQuote.string(cn)) is already in use by service \(existing)\"")
            }
            names[cn] = name
        }
    }
}

/// Go's `filepath.Match` for service name patterns (`*`, `?`, `[...]`).
enum ComposeGlob {
    static func match(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern.unicodeScalars), s = Array(name.unicodeScalars)
        func m(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            switch p[i] {
            case "*":
                var k = j
                while true {
                    if m(i + 1, k) { return true }
                    if k == s.count || s[k] == "/" { return false }
                    k += 1
                }
            case "?":
                return j < s.count && s[j] != "/" && m(i + 1, j + 1)
            case "[":
                guard j < s.count, let close = p[(i + 1)...].firstIndex(of: "]") else { return false }
                var set = Array(p[(i + 1)..<close])
                let negate = set.first == "^"
                if negate { set.removeFirst() }
                var hit = false
                var k = 0
                while k < set.count {
                    if k + 2 < set.count, set[k + 1] == "-" {
                        if set[k] <= s[j] && s[j] <= set[k + 2] { hit = true }
                        k += 3
                    } else {
                        if set[k] == s[j] { hit = true }
                        k += 1
                    }
                }
                return hit != negate && m(close + 1, j + 1)
            case "\\":
                guard i + 1 < p.count, j < s.count, p[i + 1] == s[j] else { return false }
                return m(i + 2, j + 1)
            default:
                return j < s.count && p[i] == s[j] && m(i + 1, j + 1)
            }
        }
        return m(0, 0)
    }
}

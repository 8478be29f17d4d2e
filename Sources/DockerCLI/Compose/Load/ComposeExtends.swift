/// `extends:` (compose-go `loader/extends.go`): a service starts from another service's
/// definition, in the same file or in `file:`, and its own keys merge over it.
struct ComposeExtends {
    let loader: ComposeLoader
    let settings: ComposeLoader.Settings
    let environment: [String: String]

    /// One step of the chain, for compose's `Circular reference:` message.
    struct Ref: Equatable { var file: String; var service: String }

    func apply(_ cfg: inout ComposeMapping, filename: String, tracker: [Ref], warnings: inout [ComposeWarning]) throws(ComposeError) {
        guard let s = cfg["services"] else { return }
        guard case .mapping(var services) = s else { throw .message("services must be a mapping") }
        for name in services.keys {
            if let merged = try applyService(name, &services, filename: filename, baseDir: settingsBaseDir(filename),
                                             tracker: tracker, warnings: &warnings) {
                services[name] = merged
            }
        }
        cfg["services"] = .mapping(services)
    }

    private func settingsBaseDir(_ filename: String) -> String {
        filename == "-" ? "" : ComposePaths.dir(filename)
    }

    private func applyService(_ name: String, _ services: inout ComposeMapping, filename: String, baseDir: String,
                              tracker: [Ref], warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeValue? {
        guard let s = services[name], !s.isNull else { return nil }
        guard case .mapping(let service) = s else { throw .message("services.\(name) must be a mapping") }
        guard let ext = service["extends"] else { return s }
        let ref: String
        var file: String?
        switch ext {
        case .mapping(let m):
            guard case .string(let r)? = m["service"] else { throw .message("extends.\(name).service is required") }
            ref = r
            file = m["file"]?.stringValue
        case .string(let r):
            ref = r
        default:
            return s
        }
        var baseServices = services
        var baseFile = filename
        var baseDirectory = baseDir
        if let file {
            let local = ComposePaths.abs(ComposePaths.expandUser(file, home: settings.home), cwd: baseDir.isEmpty ? "/" : baseDir)
            baseServices = try loadServices(from: local, name: name, ref: ref, filename: filename, refPath: file, warnings: &warnings)
            baseFile = file
            baseDirectory = ComposePaths.dir(local)
        } else if services[ref] == nil {
            throw .message("cannot extend service \(GoQuote.string(name)) in \(filename): service \(GoQuote.string(ref)) not found")
        }
        let here = Ref(file: baseFile, service: name)
        if tracker.contains(here) {
            var lines = ["Circular reference:", "  \(tracker[0].service) in \(tracker[0].file)"]
            for r in tracker.dropFirst() + [here] { lines.append("  extends \(r.service) in \(r.file)") }
            throw .message(lines.joined(separator: "\n"))
        }
        let base = try applyService(ref, &baseServices, filename: baseFile, baseDir: baseDirectory,
                                    tracker: tracker + [here], warnings: &warnings)
        if file == nil { services = baseServices }
        guard case .mapping(let baseMapping)? = base else { return s }
        var merged = try ComposeMerge.extend(baseMapping, service)
        merged["extends"] = nil
        services[name] = .mapping(merged)
        return .mapping(merged)
    }

    /// `getExtendsBaseFromFile`: the other file's services, paths made absolute against its directory.
    private func loadServices(from local: String, name: String, ref: String, filename: String, refPath: String,
                              warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeMapping {
        var sub = settings
        sub.resolvePaths = false
        sub.normalize = false
        sub.consistency = false
        sub.skipInclude = true
        sub.skipExtends = true
        sub.skipValidation = true
        sub.skipDefaults = true
        let content = try loader.fileSystem.read(local)
        var source = try loader.loadFile(local, content: content, into: ComposeMapping(), workingDir: ComposePaths.dir(local),
                                         environment: environment, settings: sub, included: [], warnings: &warnings)
        guard let m = source["services"] else {
            throw .message("cannot extend service \(GoQuote.string(name)) in \(local): no services section")
        }
        guard case .mapping(let services) = m else {
            throw .message("cannot extend service \(GoQuote.string(name)) in \(local): services must be a mapping")
        }
        guard services[ref] != nil else {
            throw .message("cannot extend service \(GoQuote.string(name)) in \(filename): service \(GoQuote.string(ref)) not found in \(refPath)")
        }
        source = try ComposeRelativePaths.resolve(source, workingDir: ComposePaths.dir(local), home: settings.home)
        return source["services"]?.mappingValue ?? services
    }
}

/// `include:` (compose-go `loader/include.go`): other compose projects imported into this one.
struct ComposeInclude {
    let loader: ComposeLoader
    let settings: ComposeLoader.Settings

    func apply(_ model: inout ComposeMapping, workingDir: String, environment: [String: String], included: [String],
               warnings: inout [ComposeWarning]) throws(ComposeError) {
        guard let source = model["include"], !source.isNull else { return }
        guard case .sequence(let entries) = source else {
            throw .message("`include` must be a list, got \(source.goString)")
        }
        for entry in entries {
            var paths: [String] = []
            var projectDirectory = ""
            var envFiles: [String] = []
            switch entry {
            case .string(let s): paths = [s]
            case .mapping(let m):
                paths = Self.strings(m["path"])
                projectDirectory = m["project_directory"]?.stringValue ?? ""
                envFiles = Self.strings(m["env_file"])
            default: continue
            }
            guard !paths.isEmpty else { continue }
            var absPaths: [String] = []
            for (i, p) in paths.enumerated() {
                let abs = ComposePaths.abs(ComposePaths.expandUser(p, home: settings.home), cwd: workingDir)
                if i == 0 {
                    if projectDirectory.isEmpty {
                        projectDirectory = ComposePaths.dir(abs)
                    } else if !projectDirectory.hasPrefix("/") {
                        projectDirectory = ComposePaths.join(workingDir, projectDirectory)
                    }
                    if included.contains(abs) {
                        let chain = included + [abs]
                        throw .message("include cycle detected:\n\(chain[0])\n include \(chain.dropFirst().joined(separator: "\n include "))")
                    }
                }
                absPaths.append(abs)
            }
            if envFiles.isEmpty {
                let dotEnv = ComposePaths.join(projectDirectory, ".env")
                if loader.fileSystem.kind(of: dotEnv) == .file { envFiles = [dotEnv] }
            } else {
                var resolved: [String] = []
                for f in envFiles {
                    var path = f
                    if !f.hasPrefix("/") {
                        path = ComposePaths.join(workingDir, f)
                        switch loader.fileSystem.kind(of: path) {
                        case .missing: throw .message("stat \(path): no such file or directory")
                        case .directory: throw .message("\(path) is not a file")
                        case .file: break
                        }
                    }
                    resolved.append(path)
                }
                envFiles = resolved
            }
            var env = environment
            for (k, v) in try loader.loadEnvFiles(envFiles, current: environment, cwd: workingDir, warnings: &warnings) where env[k] == nil {
                env[k] = v
            }
            var sub = settings
            sub.resolvePaths = true
            sub.normalize = false
            sub.consistency = false
            var files: [(filename: String, content: String)] = []
            for p in absPaths { files.append((p, try loader.fileSystem.read(p))) }
            let imported = try loader.loadModel(files: files, workingDir: projectDirectory, environment: env,
                                                settings: sub, included: included, warnings: &warnings)
            for key in ["services", "volumes", "networks", "secrets", "configs"] {
                guard case .mapping(let from)? = imported[key] else { continue }
                var to = model[key]?.mappingValue ?? ComposeMapping()
                for (name, value) in from.entries {
                    if let conflict = to[name] {
                        if conflict == value { continue }
                        throw .message("\(key).\(name) conflicts with imported resource")
                    }
                    to[name] = value
                }
                model[key] = .mapping(to)
            }
        }
        model["include"] = nil
    }

    static func strings(_ v: ComposeValue?) -> [String] {
        switch v {
        case .string(let s)?: return [s]
        case .sequence(let items)?: return items.compactMap(\.stringValue)
        default: return []
        }
    }
}

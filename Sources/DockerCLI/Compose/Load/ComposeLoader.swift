/// Loads a compose project the way `docker compose` v2.36 (compose-go v2.6.4) does.
///
/// Per file: parse, interpolate, apply `extends` and `include`, merge over the earlier files,
/// de-duplicate keyed lists, validate against the schema (`validating FILE: ...`), drop the
/// obsolete `version`, canonicalize. Then defaults, path resolution, normalization (default
/// network, resource names), binding to the model, profiles, the consistency check and
/// environment resolution. Each step raises compose's own message.
public struct ComposeLoader: Sendable {
    public let fileSystem: any ComposeFileSystem

    public init(fileSystem: any ComposeFileSystem) {
        self.fileSystem = fileSystem
    }

    /// Loads the project; warnings compose would log go to `warnings` (also when it fails).
    public func load(_ options: ComposeProjectOptions, warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeProject {
        var prepared = try prepare(options, warnings: &warnings)
        let settings = Settings(options: options, home: options.home ?? options.environment["HOME"])
        try resolveProjectName(&prepared, settings: settings, warnings: &warnings)
        guard let projectName = prepared.projectName else { throw .message("project name must not be empty") }
        prepared.environment["COMPOSE_PROJECT_NAME"] = projectName

        var dict = try loadModel(files: prepared.files, workingDir: prepared.workingDir, environment: prepared.environment,
                                 settings: settings, included: [], warnings: &warnings)
        if dict.isEmpty { throw .message("empty compose file") }
        if projectName.isEmpty { throw .message("project name must not be empty") }
        if settings.normalize {
            dict["name"] = .string(projectName)
            dict = ComposeNormalize.normalize(dict, environment: prepared.environment)
        }
        var project = try ComposeProject.bind(dict, name: projectName, workingDir: prepared.workingDir,
                                              environment: prepared.environment)
        project.composeFiles = prepared.files.map(\.filename)
        project = project.withProfiles(prepared.profiles)
        if settings.consistency { try project.checkConsistency() }
        if settings.resolveEnvironment {
            project = try project.withServicesEnvironmentResolved(discardEnvFiles: options.discardEnvFiles, fileSystem: fileSystem, warnings: &warnings)
        }
        project = try project.withServicesLabelsResolved(fileSystem: fileSystem, warnings: &warnings)
        if project.name.isEmpty {
            throw .message("project name can't be empty. Use `--project-name` to set a valid name")
        }
        project = try project.withServicesEnabled(options.services)
        project = project.withCustomLabels(envFiles: options.envFiles)
        project = try project.withSelectedServices(options.services)
        if !options.allResources { project = project.withoutUnnecessaryResources() }
        return project
    }

    /// Loader switches derived from the options (`loader.Options`).
    struct Settings {
        var interpolate = true
        var normalize = true
        var resolvePaths = true
        var consistency = true
        var resolveEnvironment = true
        var skipValidation = false
        var skipExtends = false
        var skipInclude = false
        var skipDefaults = false
        var home: String?

        init(options: ComposeProjectOptions, home: String?) {
            interpolate = options.interpolate
            normalize = options.normalize
            resolvePaths = options.resolvePaths
            consistency = options.consistency
            resolveEnvironment = options.resolveEnvironment
            self.home = home
        }
    }

    /// `projectName` of `loader/loader.go`: an imperative name must already be normalized; otherwise the
    /// last `name:` of the files (interpolated, normalized) wins over the directory name.
    private func resolveProjectName(_ prepared: inout PreparedConfig, settings: Settings, warnings: inout [ComposeWarning]) throws(ComposeError) {
        if prepared.nameImperative, let name = prepared.projectName {
            if ComposeNaming.normalizeProjectName(name) != name { throw ComposeNaming.invalidProjectName(name) }
            return
        }
        var fromFile = ""
        for (_, content) in prepared.files {
            guard let docs = try? ComposeYAML.documents(content) else { break }
            for doc in docs {
                if case .string(let n)? = doc.value["name"], !n.isEmpty { fromFile = n }
            }
        }
        if settings.interpolate {
            let env = prepared.environment
            let value = try Interpolation.interpolate(.mapping(ComposeMapping([("name", .string(fromFile))])),
                                                      lookup: { env[$0] }, warnings: &warnings)
            fromFile = value["name"]?.stringValue ?? fromFile
        }
        if settings.normalize { fromFile = ComposeNaming.normalizeProjectName(fromFile) }
        if !fromFile.isEmpty { prepared.projectName = fromFile }
    }

    /// `loadYamlModel`: every file merged, then defaults, validation, paths and environment.
    func loadModel(files: [(filename: String, content: String)], workingDir: String, environment: [String: String],
                   settings: Settings, included: [String], warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeMapping {
        var dict = ComposeMapping()
        for file in files {
            dict = try loadFile(file.filename, content: file.content, into: dict, workingDir: workingDir,
                                environment: environment, settings: settings, included: included, warnings: &warnings)
        }
        if !settings.skipDefaults { dict = ComposeCanonical.setDefaults(dict) }
        if !settings.skipValidation { try ComposeSemanticValidation.validate(dict) }
        if settings.resolvePaths {
            dict = try ComposeRelativePaths.resolve(dict, workingDir: workingDir, home: settings.home)
        }
        dict = ComposeNormalize.resolveEnvironment(dict, environment: environment)
        return dict
    }

    /// `loadYamlFile`: one file (every YAML document in it) merged over `dict`.
    func loadFile(_ filename: String, content: String, into dict: ComposeMapping, workingDir: String,
                  environment: [String: String], settings: Settings, included: [String],
                  warnings: inout [ComposeWarning]) throws(ComposeError) -> ComposeMapping {
        var dict = dict
        for doc in try ComposeYAML.documents(content) {
            guard case .mapping(var cfg) = doc.value else {
                throw .message("top-level object must be a mapping")
            }
            if settings.interpolate {
                let value = try Interpolation.interpolate(.mapping(cfg), lookup: { environment[$0] }, warnings: &warnings)
                cfg = value.mappingValue ?? cfg
            }
            if !settings.skipExtends {
                try ComposeExtends(loader: self, settings: settings, environment: environment)
                    .apply(&cfg, filename: filename, tracker: [], warnings: &warnings)
            }
            dict = ComposeReset.apply(doc.resetPaths, to: dict)
            if !settings.skipInclude {
                try ComposeInclude(loader: self, settings: settings)
                    .apply(&cfg, workingDir: workingDir, environment: environment,
                           included: included + [filename], warnings: &warnings)
            }
            dict = try ComposeMerge.merge(dict, cfg)
            dict = try ComposeMerge.enforceUnicity(dict)
            if !settings.skipValidation {
                if let message = SchemaValidator.validate(.mapping(dict)) {
                    throw .message("validating \(filename): \(message)")
                }
                if dict.contains("version") {
                    warnings.append(ComposeWarning("\(filename): the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"))
                    dict["version"] = nil
                }
            }
            dict = try ComposeCanonical.canonical(dict, warnings: &warnings)
            dict = ComposeCanonical.omitEmpty(dict)
            dict = try ComposeMerge.enforceUnicity(dict)
        }
        return dict
    }
}

/// compose's `!reset` tag: the tagged paths are removed from what earlier files defined.
enum ComposeReset {
    static func apply(_ paths: [ComposePath], to dict: ComposeMapping) -> ComposeMapping {
        guard !paths.isEmpty else { return dict }
        guard case .mapping(let m) = strip(.mapping(dict), ComposePath(), paths) else { return dict }
        return m
    }

    private static func strip(_ v: ComposeValue, _ p: ComposePath, _ paths: [ComposePath]) -> ComposeValue {
        switch v {
        case .mapping(let m):
            var out = ComposeMapping()
            for (k, e) in m.entries {
                let next = p.appending(k)
                if paths.contains(where: { next.matches($0) }) { continue }
                out[k] = strip(e, next, paths)
            }
            return .mapping(out)
        case .sequence(let items):
            var out: [ComposeValue] = []
            for (i, e) in items.enumerated() {
                let next = p.appending("[\(i)]")
                if paths.contains(where: { next.matches($0) }) { continue }
                out.append(strip(e, next, paths))
            }
            return .sequence(out)
        default:
            return v
        }
    }
}

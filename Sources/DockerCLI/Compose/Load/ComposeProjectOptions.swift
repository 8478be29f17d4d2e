import Foundation

/// What `docker compose` was told on its command line and by its environment.
///
/// Mirrors compose's `ProjectOptions` and the compose-go option functions it applies in order
/// (`cmd/compose/compose.go` `toProjectOptions`): OS environment, `--env-file`/`.env`,
/// `COMPOSE_FILE`, file discovery, the `.env` beside the found file, profiles, then the name.
public struct ComposeProjectOptions: Sendable {
    /// `-f/--file`, in order; `-` reads `stdin`.
    public var configPaths: [String] = []
    /// `-p/--project-name`.
    public var projectName: String?
    /// `--project-directory`.
    public var projectDirectory: String?
    /// `--env-file` (several allowed).
    public var envFiles: [String] = []
    /// `--profile`.
    public var profiles: [String] = []
    /// The process working directory (absolute).
    public var workingDirectory: String
    /// The process environment.
    public var environment: [String: String]
    /// What `-f -` reads.
    public var stdin: String?
    /// `$HOME`, for `~` in paths.
    public var home: String?
    /// Services named on the command line (`docker compose up web`).
    public var services: [String] = []
    /// `--all-resources`: keep networks and volumes no service uses.
    public var allResources = false

    // `docker compose config` switches
    public var interpolate = true
    public var normalize = true
    public var resolvePaths = true
    public var consistency = true
    /// Read service `env_file`s into `environment` (and drop `env_file`), as `config` does.
    public var resolveEnvironment = true
    public var discardEnvFiles = true

    public init(workingDirectory: String, environment: [String: String] = [:]) {
        self.workingDirectory = workingDirectory
        self.environment = environment
    }
}

/// The files and environment a load works with, once options are applied.
struct PreparedConfig {
    var files: [(filename: String, content: String)]
    var workingDir: String
    var environment: [String: String]
    var profiles: [String]
    var projectName: String?
    var nameImperative: Bool
}

/// compose's file discovery names (`cli/options.go`).
public enum ComposeFileNames {
    public static let defaults = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]
    public static let overrides = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"]
}

extension ComposeLoader {
    /// `toProjectOptions` + `prepare`: environment, config files, profiles and name precedence.
    func prepare(_ options: ComposeProjectOptions, warnings: inout [ComposeWarning]) throws(ComposeError) -> PreparedConfig {
        let cwd = options.workingDirectory
        var env = options.environment
        env["PWD"] = cwd
        let projectDir = options.projectDirectory.map { ComposePaths.abs($0, cwd: cwd) }
        var configPaths = options.configPaths

        func workingDir() -> String {
            if let projectDir { return projectDir }
            if let first = configPaths.first(where: { $0 != "-" }) { return ComposePaths.dir(ComposePaths.abs(first, cwd: cwd)) }
            return cwd
        }
        func envFiles() throws(ComposeError) -> [String] {
            if !options.envFiles.isEmpty { return options.envFiles }
            if let v = options.environment["COMPOSE_DISABLE_ENV_FILE"] {
                guard let b = GoBool.parse(v) else {
                    throw .message("strconv.ParseBool: parsing \(GoQuote.string(v)): invalid syntax")
                }
                if b { return [] }
            }
            let dotEnv = ComposePaths.join(workingDir(), ".env")
            return fileSystem.kind(of: dotEnv) == .file ? [dotEnv] : []
        }
        func applyDotEnv(_ files: [String]) throws(ComposeError) {
            let loaded = try loadEnvFiles(files, current: env, cwd: cwd, warnings: &warnings)
            for (k, v) in loaded where env[k] == nil { env[k] = v }
        }

        try applyDotEnv(try envFiles())
        if configPaths.isEmpty, let composeFile = env["COMPOSE_FILE"] {
            let sep = env["COMPOSE_PATH_SEPARATOR"].flatMap { $0.isEmpty ? nil : $0 } ?? ":"
            for f in composeFile.components(separatedBy: sep) {
                if f == "-" { configPaths.append(f); continue }
                let abs = ComposePaths.abs(f, cwd: cwd)
                guard fileSystem.exists(abs) else { throw .message("stat \(abs): no such file or directory") }
                configPaths.append(abs)
            }
        }
        if configPaths.isEmpty {
            var dir = workingDir()
            while true {
                let candidates = ComposeFileNames.defaults.map { ComposePaths.join(dir, $0) }.filter(fileSystem.exists)
                if let winner = candidates.first {
                    if candidates.count > 1 {
                        warnings.append(ComposeWarning("Found multiple config files with supported names: \(candidates.joined(separator: ", "))"))
                        warnings.append(ComposeWarning("Using \(winner)"))
                    }
                    configPaths.append(winner)
                    let overrides = ComposeFileNames.overrides.map { ComposePaths.join(dir, $0) }.filter(fileSystem.exists)
                    if let override = overrides.first {
                        if overrides.count > 1 {
                            warnings.append(ComposeWarning("Found multiple override files with supported names: \(overrides.joined(separator: ", "))"))
                            warnings.append(ComposeWarning("Using \(override)"))
                        }
                        configPaths.append(override)
                    }
                    break
                }
                let parent = ComposePaths.dir(dir)
                if parent == dir { break }
                dir = parent
            }
        }
        try applyDotEnv(try envFiles())

        var profiles = options.profiles
        if profiles.isEmpty {
            profiles = (env["COMPOSE_PROFILES"] ?? "").components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if let name = options.projectName, !name.isEmpty, ComposeNaming.normalizeProjectName(name) != name {
            throw ComposeNaming.invalidProjectName(name)
        }

        guard !configPaths.isEmpty else { throw .message("no configuration file provided: not found") }
        let defaultDir = workingDir()
        var files: [(String, String)] = []
        for path in configPaths {
            if path == "-" {
                files.append(("-", options.stdin ?? ""))
            } else {
                let abs = ComposePaths.abs(path, cwd: cwd)
                files.append((abs, try fileSystem.read(abs)))
            }
        }

        var prepared = PreparedConfig(files: files, workingDir: defaultDir, environment: env, profiles: profiles,
                                      projectName: nil, nameImperative: false)
        if let name = options.projectName, !name.isEmpty {
            prepared.projectName = name
            prepared.nameImperative = true
        } else if let name = env["COMPOSE_PROJECT_NAME"], !name.isEmpty {
            prepared.projectName = name
            prepared.nameImperative = true
        } else {
            var named = false
            for (_, content) in files {
                let docs = try ComposeYAML.documents(content)
                if case .string(let n)? = docs.first?.value["name"], !n.isEmpty { named = true; break }
            }
            if !named {
                prepared.projectName = ComposeNaming.normalizeProjectName(ComposePaths.base(defaultDir))
            }
        }
        return prepared
    }

    /// `dotenv.GetEnvFromFile`: each file sees the current environment, then earlier files.
    func loadEnvFiles(_ files: [String], current: [String: String], cwd: String, warnings: inout [ComposeWarning]) throws(ComposeError) -> [String: String] {
        var envMap: [String: String] = [:]
        for file in files {
            let abs = ComposePaths.abs(file, cwd: cwd)
            switch fileSystem.kind(of: abs) {
            case .missing: throw .message("couldn't find env file: \(abs)")
            case .directory: throw .message("\(abs) is a directory")
            case .file: break
            }
            let text = try fileSystem.read(abs)
            let snapshot = envMap
            let parsed: [(String, String)]
            do throws(ComposeError) {
                parsed = try Dotenv.parse(text, lookup: { k in current[k] ?? snapshot[k] }, warnings: &warnings)
            } catch {
                throw .message("failed to read \(abs): \(error.description)")
            }
            for (k, v) in parsed { envMap[k] = v }
        }
        return envMap
    }
}

/// Go's `strconv.ParseBool`.
enum GoBool {
    static func parse(_ s: String) -> Bool? {
        switch s {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }
}

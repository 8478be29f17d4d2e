/// The names and labels docker compose v2 gives to what it creates, as pure functions.
///
/// `up` will use these: containers `project-service-N` (or `container_name`), networks and
/// volumes `project_key` (set by normalization into `name:`), images for built services
/// `project-service`, and the `com.docker.compose.*` labels (`pkg/api/labels.go`).
public enum ComposeNaming {
    /// compose's `api.Separator` (`_` only in `--compatibility` mode).
    public static let separator = "-"
    /// The compose version written into `com.docker.compose.version`.
    public static let composeVersion = "2.36.2"

    /// compose-go `loader.NormalizeProjectName`: lowercase, keep `[a-z0-9_-]`, trim leading `_`/`-`.
    public static func normalizeProjectName(_ s: String) -> String {
        let kept = s.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        return String(String.UnicodeScalarView(kept.drop { $0 == "_" || $0 == "-" }))
    }

    /// `loader.InvalidProjectNameErr`.
    public static func invalidProjectName(_ name: String) -> ComposeError {
        .message("invalid project name \(GoQuote.string(name)): must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number")
    }

    /// `getContainerName`: `container_name` or `project-service-number`.
    public static func containerName(project: String, service: ComposeService, number: Int) -> String {
        if let explicit = service.containerName, !explicit.isEmpty { return explicit }
        return [project, service.name, String(number)].joined(separator: separator)
    }

    /// `api.GetImageNameOrDefault`: the service image, or `project-service` for a built one.
    public static func imageName(project: String, service: ComposeService) -> String {
        if let image = service.image, !image.isEmpty { return image }
        return project + separator + service.name
    }

    /// The name normalization gives a network or volume that declares none.
    public static func resourceName(project: String, key: String) -> String { "\(project)_\(key)" }

    public static let projectLabel = "com.docker.compose.project"
    public static let serviceLabel = "com.docker.compose.service"
    public static let configHashLabel = "com.docker.compose.config-hash"
    public static let containerNumberLabel = "com.docker.compose.container-number"
    public static let volumeLabel = "com.docker.compose.volume"
    public static let networkLabel = "com.docker.compose.network"
    public static let workingDirLabel = "com.docker.compose.project.working_dir"
    public static let configFilesLabel = "com.docker.compose.project.config_files"
    public static let environmentFileLabel = "com.docker.compose.project.environment_file"
    public static let oneoffLabel = "com.docker.compose.oneoff"
    public static let imageLabel = "com.docker.compose.image"
    public static let dependsOnLabel = "com.docker.compose.depends_on"
    public static let versionLabel = "com.docker.compose.version"

    /// The labels compose sets on every service (`ToProject`, `CustomLabels`).
    public static func customLabels(project: ComposeProject, service: String, envFiles: [String]) -> [String: String] {
        var labels = [
            projectLabel: project.name,
            serviceLabel: service,
            versionLabel: composeVersion,
            workingDirLabel: project.workingDir,
            configFilesLabel: project.composeFiles.joined(separator: ","),
            oneoffLabel: "False",
        ]
        if !envFiles.isEmpty { labels[environmentFileLabel] = envFiles.joined(separator: ",") }
        return labels
    }

    /// The labels of container number `number` (`prepareLabels`): custom labels, the service's own,
    /// the config hash, the number and `depends_on` as `service:condition:restart`. Map order is
    /// random in Go; the `depends_on` list here is sorted.
    public static func containerLabels(project: ComposeProject, service: ComposeService, number: Int, oneoff: Bool = false) -> [String: String] {
        var labels = service.labels
        for (k, v) in service.customLabels { labels[k] = v }
        if oneoff { labels[oneoffLabel] = "True" }
        labels[configHashLabel] = ComposeConfigHash.serviceHash(service)
        if number > 0 { labels[containerNumberLabel] = String(number) }
        labels[dependsOnLabel] = service.dependsOn.keys.sorted().map { name in
            let d = service.dependsOn[name] ?? ServiceDependency()
            return "\(name):\(d.condition):\(d.restart)"
        }.joined(separator: ",")
        return labels
    }

    /// Labels of a network compose creates.
    public static func networkLabels(project: String, key: String) -> [String: String] {
        [projectLabel: project, networkLabel: key, versionLabel: composeVersion]
    }

    /// Labels of a volume compose creates.
    public static func volumeLabels(project: String, key: String) -> [String: String] {
        [projectLabel: project, volumeLabel: key, versionLabel: composeVersion]
    }
}

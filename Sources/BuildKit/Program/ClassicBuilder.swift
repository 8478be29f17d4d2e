/// What the classic (pre-BuildKit) builder says about a Dockerfile, for `DOCKER_BUILDKIT=0`.
///
/// The classic builder parses with BuildKit's parser but refuses BuildKit-only features
/// (`moby/builder/dockerfile/dispatchers.go`) and, unlike BuildKit, warns about build args
/// nothing declared (`builder/dockerfile/buildargs.go`).
public enum ClassicBuilder {
    /// The error for the first BuildKit-only feature in the stages the build runs, if any.
    public static func unsupportedFeature(in dockerfile: ParsedDockerfile, target: String = "") -> DockerfileError? {
        for stage in stagesBuilt(dockerfile, target: target) {
            for instruction in stage.instructions {
                switch instruction.kind {
                case .run(let run):
                    if let flag = run.flagsUsed.first {
                        return DockerfileError(requiresBuildKit(flag), locations: [instruction.source.lines])
                    }
                case .copy(let copy) where !copy.chmod.isEmpty:
                    return DockerfileError(requiresBuildKit("chmod"), locations: [instruction.source.lines])
                case .add(let add) where !add.chmod.isEmpty:
                    return DockerfileError(requiresBuildKit("chmod"), locations: [instruction.source.lines])
                default:
                    break
                }
            }
        }
        return nil
    }

    /// `[Warning] One or more build-args [a b] were not consumed`, or nil when every build arg
    /// is declared by an ARG (proxy variables never warn).
    public static func unusedBuildArgsWarning(in dockerfile: ParsedDockerfile, buildArgs: [String], target: String = "") -> String? {
        var declared: Set<String> = []
        for instruction in dockerfile.metaArgs + stagesBuilt(dockerfile, target: target).flatMap(\.instructions) {
            if case .arg(let args) = instruction.kind { declared.formUnion(args.map(\.key)) }
        }
        let unused = Set(buildArgs).subtracting(declared).subtracting(builtinArgs).sorted(by: InstructionParser.goLess)
        guard !unused.isEmpty else { return nil }
        return "[Warning] One or more build-args \(GoText.plainList(unused)) were not consumed"
    }

    static let builtinArgs: Set<String> = [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy",
    ]

    /// The classic builder runs stages in order up to the target.
    static func stagesBuilt(_ dockerfile: ParsedDockerfile, target: String) -> ArraySlice<StageDefinition> {
        guard !target.isEmpty, let index = dockerfile.stages.firstIndex(where: { $0.name == target.lowercased() }) else {
            return dockerfile.stages[...]
        }
        return dockerfile.stages[...index]
    }

    static func requiresBuildKit(_ flag: String) -> String {
        "the --\(flag) option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled"
    }
}

/// The value conversions of `docker exec` (`parseExec`): its environment and attach streams.
public enum ExecValues {
    /// `ReadKVEnvStrings(--env-file..., -e...)`: env-file lines then `-e` values, in order and
    /// without merging (unlike run); `KEY` alone takes the client's value when it has one.
    /// A failure prints bare with exit 1 (`open nope.env: no such file or directory`).
    public static func environment(flags: FlagValues, context: ContainerOptionsContext) -> Result<[String]?, ValueError> {
        let lookup: (String) -> String? = { context.environment($0) }
        var result: [String]? = nil
        for file in flags.all("env-file") {
            let path = GoPath.abs(file, workingDirectory: context.workingDirectory)
            switch EnvFile.parse(path: file, read: { _ in context.readFile(path) }, lookup: lookup) {
            case .success(let lines): result = (result ?? []) + lines
            case .failure(let e): return .failure(e)
            }
        }
        for value in flags.all("env") {
            switch ListValidators.env(value, lookup: lookup) {
            case .success(let entry): result = (result ?? []) + [entry]
            case .failure(let e): return .failure(e)
            }
        }
        return .success(result)
    }

    /// The streams exec attaches: stdout and stderr unless `-d`, stdin too with `-i`.
    public static func attach(flags: FlagValues) -> (stdin: Bool, stdout: Bool, stderr: Bool) {
        if flags.bool("detach") { return (false, false, false) }
        return (flags.bool("interactive"), true, true)
    }
}

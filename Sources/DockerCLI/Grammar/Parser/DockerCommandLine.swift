/// docker's command-line front end: the words after `docker` in, an `Invocation` or docker's error out.
///
/// Follows the real client step by step (`cmd/docker/docker.go`, cobra's `ExecuteC`/`Traverse`/
/// `execute`, pflag's `Parse`), because docker's texts and exit codes depend on which step fails:
/// global flags (parsed up to the first command word), client initialisation, the builder and
/// plugin hand-offs, cobra's traversal (parents' flags parsed on the way down), then the command's
/// own flags, help, daemon-feature checks and the argument count.
public enum DockerCommandLine {
    /// Parses `words` (already shell-split, without the leading `docker`) as the client set up
    /// by `environment` would.
    public static func parse(
        _ words: [String],
        environment: ClientEnvironment = .standard
    ) throws(CommandLineError) -> Invocation {
        var session = ParseSession(environment: environment)
        return try session.run(words)
    }
}

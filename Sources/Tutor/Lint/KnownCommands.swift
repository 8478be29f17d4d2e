import DockerCLI

/// The commands a lesson's solution may use: docker's, and the sandbox host shell's.
///
/// This is lint's first look at a command; the docker grammar (`LessonLinter.dockerCommandCheck`)
/// then checks flags and arguments.
public enum KnownCommands {
    /// The sandbox host shell's commands (the REPL issue's list).
    public static let host = ["ls", "cd", "pwd", "cat", "echo", "mkdir", "rm", "cp", "mv", "touch", "tree", "env",
                              "export", "clear", "history", "curl", "wget", "redis-cli"]

    /// `docker --help` of docker 28.2.2 with the compose and buildx plugins.
    public static let docker = [
        "run", "exec", "ps", "build", "pull", "push", "images", "login", "logout", "search", "version", "info",
        "builder", "buildx", "checkpoint", "compose", "container", "context", "image", "manifest", "network", "plugin",
        "system", "trust", "volume", "config", "node", "secret", "service", "stack", "swarm", "attach", "commit", "cp",
        "create", "diff", "events", "export", "history", "import", "inspect", "kill", "load", "logs", "pause", "port",
        "rename", "restart", "rm", "rmi", "save", "start", "stats", "stop", "tag", "top", "unpause", "update", "wait",
    ]

    /// docker's global options that take a value (`docker -H tcp://... ps`).
    static let globalOptionsWithValue = ["-H", "--host", "-c", "--context", "--config", "-l", "--log-level",
                                         "--tlscacert", "--tlscert", "--tlskey"]

    /// The command's words, or why it cannot be split.
    static func words(_ line: String) -> Result<[ShellWord], ShellLexError> {
        do {
            return .success(try ShellLexer.words(line))
        } catch {
            return .failure(error)
        }
    }

    /// The words after `docker` and its global options (`["run", "-d", "nginx"]`).
    static func dockerArguments(_ words: [String]) -> [String] {
        var index = 1
        while index < words.count, words[index].hasPrefix("-") {
            index += globalOptionsWithValue.contains(words[index]) ? 2 : 1
        }
        return index < words.count ? Array(words[index...]) : []
    }
}

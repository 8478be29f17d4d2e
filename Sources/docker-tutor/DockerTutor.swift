import ArgumentParser
import DockerCLI

struct DockerTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docker-tutor",
        abstract: "Learn the docker command line on a simulated Docker engine.",
        discussion: "docker-tutor docker ARGS... runs one docker command against the sandbox.",
        subcommands: [CheckCommand.self, ExplainCommand.self, ShellCommand.self, ResetCommand.self]
    )
}

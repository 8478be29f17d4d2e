import ArgumentParser
import DockerCLI

@main
struct DockerTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docker-tutor",
        abstract: "Learn the docker command line on a simulated Docker engine.",
        subcommands: [CheckCommand.self, ExplainCommand.self]
    )
}

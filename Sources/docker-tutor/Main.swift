import Foundation
import Terminal

/// Chooses between the docker client (called as `docker`, or `docker-tutor docker ...`) and
/// docker-tutor's own subcommands.
@main
enum Main {
    static func main() {
        let arguments = CommandLine.arguments
        let invokedAs = (arguments.first as NSString?)?.lastPathComponent ?? "docker-tutor"
        if invokedAs == "docker" {
            exit(SandboxSession().run(Array(arguments.dropFirst())))
        }
        if arguments.count > 1 && arguments[1] == "docker" {
            exit(SandboxSession().run(Array(arguments.dropFirst(2))))
        }
        DockerTutor.main()
    }
}

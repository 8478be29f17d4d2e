import ArgumentParser
import DockerEngine
import Foundation
import Terminal

struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Start your shell with a simulated `docker` first on PATH."
    )

    func run() throws {
        try ShellLauncher().exec(executable: ShellLauncher.currentExecutable())
    }
}

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Empty the sandbox (the old state is moved aside, never deleted)."
    )

    func run() throws {
        let message = try SandboxReset().run()
        print(message)
    }
}

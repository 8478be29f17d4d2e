import DockerEngine
import Foundation

/// `docker-tutor shell`: the user's own shell with a `docker` that is docker-tutor.
///
/// A `docker` link to this binary goes into `$DOCKER_TUTOR_HOME/bin`, first on PATH, and the
/// prompt gets a `(docker-tutor)` marker so it is always clear which docker answers.
public struct ShellLauncher {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The directory holding the `docker` link.
    public var binDirectory: URL {
        SandboxStore.defaultDirectory(environment: environment).appendingPathComponent("bin")
    }

    /// Creates (or refreshes) the `docker` link to `executable`.
    public func installLink(to executable: String) throws {
        try FileManager.default.createDirectory(at: binDirectory, withIntermediateDirectories: true)
        let link = binDirectory.appendingPathComponent("docker").path
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != executable {
            try? FileManager.default.removeItem(atPath: link)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: executable)
        }
    }

    /// The environment the shell starts with.
    public func shellEnvironment() -> [String: String] {
        var env = environment
        env["PATH"] = binDirectory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        env["DOCKER_TUTOR_SHELL"] = "1"
        env["PS1"] = "(docker-tutor) " + (environment["PS1"] ?? "\\w \\$ ")
        return env
    }

    /// The shell and its arguments: bash gets an rc file that keeps the user's own setup and adds the marker.
    public func shellCommand() throws -> [String] {
        let shell = environment["SHELL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/bin/sh"
        guard shell.hasSuffix("/bash") else { return [shell] }
        let rc = SandboxStore.defaultDirectory(environment: environment).appendingPathComponent("bashrc")
        let text = """
            [ -f ~/.bashrc ] && . ~/.bashrc
            export PATH="\(binDirectory.path):$PATH"
            PS1="(docker-tutor) ${PS1:-\\w \\$ }"

            """
        try text.write(to: rc, atomically: true, encoding: .utf8)
        return [shell, "--rcfile", rc.path, "-i"]
    }

    /// Replaces this process with the shell; returns only on failure.
    public func exec(executable: String) throws -> Never {
        try installLink(to: executable)
        let command = try shellCommand()
        let env = shellEnvironment().map { "\($0.key)=\($0.value)" }
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        execve(command[0], argv, envp)
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot start \(command[0]): \(String(cString: strerror(errno)))"])
    }

    /// The path of the running binary.
    public static func currentExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

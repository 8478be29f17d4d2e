import DockerAPI

/// The docker 28.2.2 client: turns one command line into docker's output and exit status.
///
/// Like `cmd/docker`: parse with the grammar (printing docker's parse errors and help), then run
/// the command's client code against the daemon, printing its errors as docker's `main` does.
public struct DockerClient {
    public var engine: any Engine
    public var io: ClientIO
    public var host: ClientHost

    public init(engine: any Engine, io: ClientIO, host: ClientHost) {
        self.engine = engine
        self.io = io
        self.host = host
    }

    /// The client's own version line (`docker --version`).
    public static let versionLine = "Docker version 28.2.2, build e6534b4"

    /// Runs the words after `docker`; returns docker's exit status.
    public func run(_ words: [String]) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try DockerCommandLine.parse(words, environment: host.clientEnvironment)
        } catch {
            io.writeOut(error.stdout)
            io.writeErr(error.stderr)
            return error.exitCode
        }
        for line in invocation.output {
            switch line.stream {
            case .stdout: io.writeOut(line.text)
            case .stderr: io.writeErr(line.text)
            }
        }
        switch invocation.action {
        case .printVersion:
            io.writeOut(Self.versionLine + "\n")
            return 0
        case .showHelp(let stream):
            let help = HelpRenderer(environment: host.clientEnvironment, width: helpWidth).render(invocation)
            if stream == .stdout { io.writeOut(help) } else { io.writeErr(help) }
            return 0
        case .run:
            return execute(invocation)
        }
    }

    /// docker wraps help to the width of the terminal on stdin, or 80.
    private var helpWidth: Int { io.stdinIsTerminal ? io.terminalWidth : 80 }

    private func execute(_ invocation: Invocation) -> Int32 {
        guard let command = CommandRegistry.command(for: invocation.canonicalPath) else {
            io.writeErr("docker-tutor: 'docker \(invocation.canonicalPath)' is not simulated yet\n")
            return 1
        }
        let context = CommandContext(invocation: invocation, engine: engine, io: io, host: host)
        do {
            return try command.run(context)
        } catch {
            if !error.message.isEmpty { io.writeErr(error.message + "\n") }
            return error.exitCode
        }
    }
}

/// The state a lesson starts from: images on the simulated Hub and already pulled, volumes, networks,
/// containers, and files on the sandbox host.
///
/// Containers, volumes and networks can be written as data or as docker commands; either way they are
/// reached by running docker commands (`commandLines`), so the start state is built by the same engine
/// code a learner's commands go through, never poked into place.
public struct LessonSetup: Sendable {
    /// Hub repositories or references the lesson uses (`redis`, `nginx:alpine`); lint checks the catalog has them.
    public var catalog: [Marked<String>]
    /// References pulled before the lesson begins.
    public var images: [Marked<String>]
    public var volumes: [Marked<String>]
    public var networks: [Marked<String>]
    public var containers: [ContainerSetup]
    /// Files placed on the sandbox host (a Dockerfile, a compose file, a web page).
    public var hostFiles: [HostFileSetup]
    /// Docker commands run after everything above, for start states data cannot describe.
    public var commands: [Marked<String>]

    public init(catalog: [Marked<String>] = [], images: [Marked<String>] = [], volumes: [Marked<String>] = [],
                networks: [Marked<String>] = [], containers: [ContainerSetup] = [], hostFiles: [HostFileSetup] = [],
                commands: [Marked<String>] = []) {
        self.catalog = catalog
        self.images = images
        self.volumes = volumes
        self.networks = networks
        self.containers = containers
        self.hostFiles = hostFiles
        self.commands = commands
    }

    /// The docker commands that build this start state from an empty engine, in order, each with where it was written.
    public var markedCommandLines: [Marked<String>] {
        var lines: [Marked<String>] = []
        lines += images.map { Marked("docker pull " + ShellQuoting.quote($0.value), at: $0.mark) }
        lines += volumes.map { Marked("docker volume create " + ShellQuoting.quote($0.value), at: $0.mark) }
        lines += networks.map { Marked("docker network create " + ShellQuoting.quote($0.value), at: $0.mark) }
        for container in containers {
            lines += container.commandLines.map { Marked($0, at: container.mark) }
        }
        lines += commands
        return lines
    }

    /// The docker commands that build this start state, in order.
    public var commandLines: [String] { markedCommandLines.map(\.value) }

    /// `true` when the lesson starts from an empty engine and an empty host.
    public var isEmpty: Bool {
        catalog.isEmpty && images.isEmpty && volumes.isEmpty && networks.isEmpty && containers.isEmpty
            && hostFiles.isEmpty && commands.isEmpty
    }
}

/// A container present when the lesson starts, described as data.
public struct ContainerSetup: Sendable, Equatable {
    /// The state to leave the container in.
    public enum State: String, Sendable, CaseIterable {
        case running, exited, created
    }

    public var name: String
    public var image: String
    /// The command and arguments after the image, when not the image's default.
    public var command: [String]
    /// `-p` values (`8080:80`).
    public var ports: [String]
    /// `-v` values (`data:/data`).
    public var volumes: [String]
    /// `-e` values (`KEY=value`).
    public var env: [String]
    public var network: String?
    public var state: State
    public var mark: SourceMark

    public init(name: String, image: String, command: [String] = [], ports: [String] = [], volumes: [String] = [],
                env: [String] = [], network: String? = nil, state: State = .running, mark: SourceMark = .start) {
        self.name = name
        self.image = image
        self.command = command
        self.ports = ports
        self.volumes = volumes
        self.env = env
        self.network = network
        self.state = state
        self.mark = mark
    }

    /// `docker run -d ...` (or `docker create ...`), then `docker stop` for an exited container.
    public var commandLines: [String] {
        var words = state == .created ? ["docker", "create"] : ["docker", "run", "-d"]
        words += ["--name", name]
        for port in ports { words += ["-p", port] }
        for volume in volumes { words += ["-v", volume] }
        for variable in env { words += ["-e", variable] }
        if let network { words += ["--network", network] }
        words.append(image)
        words += command
        var lines = [words.map(ShellQuoting.quote).joined(separator: " ")]
        if state == .exited { lines.append("docker stop " + ShellQuoting.quote(name)) }
        return lines
    }
}

/// A file on the sandbox host when the lesson starts.
public struct HostFileSetup: Sendable, Equatable {
    /// Relative to the learner's sandbox home directory, or absolute inside the sandbox.
    public var path: String
    public var content: String
    public var mark: SourceMark

    public init(path: String, content: String, mark: SourceMark = .start) {
        self.path = path
        self.content = content
        self.mark = mark
    }
}

/// POSIX shell quoting for command lines the tutor writes itself.
enum ShellQuoting {
    private static let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")

    /// The word unchanged when the shell would read it back as-is, else single-quoted.
    static func quote(_ word: String) -> String {
        if !word.isEmpty && word.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacing("'", with: "'\\''") + "'"
    }
}

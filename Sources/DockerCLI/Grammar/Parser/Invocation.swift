/// A docker command line the client accepted at parse stage: the command, its flags and arguments.
///
/// This is what cobra hands a command's `RunE`, plus what the learner typed (for `explain`) and
/// what docker printed on the way (deprecation warnings). Later stages (value syntax, references,
/// the engine) work from here; nothing in it has touched a daemon.
public struct Invocation: Sendable {
    /// The resolved command.
    public var command: CommandSpec
    /// The words that selected the command, as typed (`["container", "list"]`, `["ps"]`, `["compose", "up"]`).
    public var typedPath: [String]
    /// The command's cobra path, names rather than aliases (`["container", "ls"]` for `container list`).
    public var path: [String]
    /// The management form of the command without `docker` (`"container ls"` for `docker ps`):
    /// the key other parts of docker-tutor use to decide what to do.
    public var canonicalPath: String
    /// Flags given before the command (`-H`, `--context`, `-D`, `--log-level`...), in order.
    public var globalFlags: [ParsedFlag]
    /// The command's flags (and those of its parents, such as `buildx --builder`), in the order given.
    public var flags: [ParsedFlag]
    /// The positional arguments, in order.
    public var arguments: [String]
    /// cobra's `ArgsLenAtDash`: how many arguments came before a `--`, `nil` when there was none.
    public var argumentsBeforeDash: Int?
    /// What the client does next.
    public var action: Action
    /// What docker printed while parsing (deprecation warnings), in order; print these first.
    public var output: [OutputLine]

    /// What the accepted command line asks the client to do.
    public enum Action: Sendable, Equatable {
        /// Run the command.
        case run
        /// Print the command's help (`--help`, a management command alone, `docker` alone) to this stream, exit 0.
        case showHelp(OutputLine.Stream)
        /// Print `Docker version 28.2.2, build e6534b4` (`docker --version`), exit 0.
        case printVersion
    }

    /// `true` when the line asked for help rather than running the command.
    public var helpRequested: Bool {
        if case .showHelp = action { return true }
        return false
    }

    /// Every value given for the flag, in order (for list flags, which accumulate).
    public func values(of name: String) -> [String] {
        flags.filter { $0.spec.name == name }.map(\.value)
    }

    /// The value that counts for a scalar flag: the last one given, or `nil` when the flag was not set.
    public func value(of name: String) -> String? {
        flags.last { $0.spec.name == name }?.value
    }

    /// `true` when the flag was given at all (pflag's `Changed`), whatever its value.
    public func isSet(_ name: String) -> Bool {
        flags.contains { $0.spec.name == name }
    }

    /// The value of a global flag given before the command (`-H`, `--context`...), the last one wins.
    public func globalValue(of name: String) -> String? {
        globalFlags.last { $0.spec.name == name }?.value
    }
}

/// One flag occurrence on the command line.
public struct ParsedFlag: Sendable {
    /// The flag.
    public var spec: FlagSpec
    /// The value pflag set: as given, or the flag's `NoOptDefVal` (`"true"`) when given bare.
    public var value: String
    /// How the flag was written.
    public var spelling: Spelling
    /// The word that named the flag, as typed (`"-itd"`, `"--publish=80:80"`).
    public var word: String

    /// The ways pflag accepts a flag.
    public enum Spelling: Sendable, Equatable {
        /// `--rm`: no value written (the flag's `NoOptDefVal` was used).
        case long
        /// `--name=web`.
        case longWithValue
        /// `--name web`: the value is the next word.
        case longThenWord
        /// `-d`, or a letter of a cluster `-itd`: no value written.
        case short
        /// `-p8080:80`, or the last letter of `-itp8080:80` taking the rest of the word.
        case shortWithValue
        /// `-e=FOO=bar`: pflag drops the `=`.
        case shortWithEquals
        /// `-p 8080:80`: the value is the next word.
        case shortThenWord
    }
}

/// A line (or lines) the client writes, and where.
public struct OutputLine: Sendable, Equatable {
    /// The stream docker writes it to.
    public enum Stream: Sendable, Equatable {
        case stdout
        case stderr
    }

    public var stream: Stream
    /// The text, including its trailing newline.
    public var text: String

    public init(_ stream: Stream, _ text: String) {
        self.stream = stream
        self.text = text
    }
}

/// The checks docker's commands make after parsing and before their first API call.
///
/// Each docker command's `RunE` and run function may refuse a line before talking to the
/// daemon (`docker cp a b`: "must specify at least one container source"), print warnings on
/// the way (`login -p`), or look at the terminal and at files. These are that code, one
/// function per command, keyed by the command's canonical path; commands not listed go straight
/// to the daemon. What each command checks was read from its run function in docker/cli v28.2.2
/// and confirmed against the real client (see the differential test's corpus).
enum ClientChecks {
    /// A check: reads the context, may add warnings or notes, throws docker's refusal.
    typealias Check = @Sendable (inout ClientCheckContext) throws(ClientFailure) -> Void

    /// The checks by canonical command path.
    static let table: [String: Check] = {
        var all: [String: Check] = [:]
        for (path, check) in containerChecks { all[path] = check }
        for (path, check) in imageChecks { all[path] = check }
        for (path, check) in objectChecks { all[path] = check }
        for (path, check) in systemChecks { all[path] = check }
        return all
    }()

    /// List commands that only parse `--format` once the daemon has answered.
    static let formatAfterDaemon: Set<String> = [
        "container stats", "image history", "volume ls", "network ls", "node ls", "node ps", "service ls",
        "service ps", "secret ls", "config ls", "plugin ls", "stack ls", "stack ps", "stack services",
    ]

    /// `true` when the command at `path` checks anything before its first API call.
    static func hasChecks(_ path: String) -> Bool {
        table[path] != nil || formatAfterDaemon.contains(path)
    }

    /// Runs the checks of the invocation's command, if it has any.
    static func run(_ context: inout ClientCheckContext) throws(ClientFailure) {
        let path = context.invocation.canonicalPath
        if let check = table[path] { try check(&context) }
        if formatAfterDaemon.contains(path) { FormatChecks.afterDaemon(&context) }
    }
}

/// What a client check sees: the parsed line with the values known before run time, and the
/// machine it assumes.
struct ClientCheckContext {
    let invocation: Invocation
    /// The flags whose values are known (opaque values left out), in command-line order.
    let flags: FlagValues
    /// Names of flags given at least once with a value only known at run time.
    let opaqueFlags: Set<String>
    /// The positional arguments; `nil` where the word is only known at run time.
    let arguments: [String?]
    let environment: CheckEnvironment
    let terminal: TerminalState
    /// Warnings docker prints to stderr before the API call (or before failing).
    var stderr = ""
    /// What the verdict had to assume, for its note.
    var notes: [String] = []
    /// Errors docker will report only once the daemon has answered (whatever it answers).
    var afterDaemon: [ClientFailure] = []

    init(invocation: Invocation, environment: CheckEnvironment, terminal: TerminalState) {
        self.invocation = invocation
        self.environment = environment
        self.terminal = terminal
        var entries: [FlagValues.Entry] = []
        var opaque: Set<String> = []
        for flag in invocation.flags {
            if flag.value.contains(ShellWord.opaqueMarker) {
                opaque.insert(flag.spec.name)
            } else {
                entries.append(FlagValues.Entry(flag.spec.name, flag.value))
            }
        }
        flags = FlagValues(entries)
        opaqueFlags = opaque
        arguments = invocation.arguments.map { $0.contains(ShellWord.opaqueMarker) ? nil : $0 }
    }

    /// pflag's `Changed`, counting flags with opaque values too.
    func changed(_ name: String) -> Bool {
        flags.changed(name) || opaqueFlags.contains(name)
    }

    /// `true` when `--filter` holds the filter `name` (docker's `filters.Args.Contains`).
    func hasFilter(_ name: String) -> Bool {
        guard case .success(let args) = FilterSpec.parseAll(flags.all("filter")) else { return false }
        return args[name] != nil
    }

    /// The argument at `index`, or `nil` when it is missing or opaque.
    func argument(_ index: Int) -> String? {
        index < arguments.count ? arguments[index] : nil
    }

    /// `true` when the argument at `index` is only known at run time.
    func isOpaque(argument index: Int) -> Bool {
        index < arguments.count && arguments[index] == nil
    }

    /// Records that the verdict did not look at a file the command reads.
    mutating func noteFileNotRead(_ what: String) {
        let note = "depends on \(what), which check does not read"
        if !notes.contains(note) { notes.append(note) }
    }
}

/// docker's refusal of a line in a command's run function.
struct ClientFailure: Error {
    /// The error text docker prints (its first line is the verdict's `error`).
    var message: String
    var exitCode: Int32
    /// The whole stderr text of the error, when docker frames it (run/create's `docker: ...`);
    /// `nil` for the plain `message` and a newline.
    var rendered: String?
    /// What to underline.
    var target: Target

    /// The word an error is about.
    enum Target: Equatable {
        /// The (last) word naming this flag.
        case flag(String)
        /// The positional argument at this index.
        case argument(Int)
        /// The command word.
        case command
    }

    init(_ message: String, exitCode: Int32 = 1, rendered: String? = nil, at target: Target = .command) {
        self.message = message
        self.exitCode = exitCode
        self.rendered = rendered
        self.target = target
    }
}

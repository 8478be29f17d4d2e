/// Decides from a docker argument vector whether replay must ask before running it.
///
/// Only the grammar needed for that decision is read here: the root options, the command path
/// (`rm`, `container rm`, `image prune`, `compose down`...), and which of the command's flags take
/// a value, so that `docker stop -t 5 web` targets `web`, not `5`. Help (`--help`, `-h`) runs nothing.
/// When in doubt about a flag, it is taken as a boolean, which can only add targets, never hide one.
extension DestructiveAction {
    /// The destruction `arguments` would cause, or `nil` when the command needs no confirmation.
    /// - Parameters:
    ///   - arguments: the command's words, with or without the leading `docker`.
    ///   - createdByReplay: names and ids of the containers this replay created; stopping or
    ///     removing those needs no confirmation. A full id also covers its prefixes of 12 or more
    ///     characters (shorter ones could be another container's name, which docker matches first).
    public init?(arguments: [String], createdByReplay: Set<String>) {
        var words = arguments[...]
        if let first = words.first, first == "docker" || first.hasSuffix("/docker") { words = words.dropFirst() }
        guard var parsed = CommandWords(root: words) else { return nil }

        switch parsed.path {
        case ["rm"], ["container", "rm"], ["container", "remove"],
             ["stop"], ["container", "stop"], ["kill"], ["container", "kill"],
             ["restart"], ["container", "restart"]:
            let valueFlags: Set<String> = switch parsed.path.last {
            case "stop", "restart": ["signal", "s", "timeout", "t", "time"]
            case "kill": ["signal", "s"]
            default: []
            }
            guard parsed.parseOperands(valueFlags: valueFlags) else { return nil }
            let foreign = parsed.operands.filter { !Self.isCreated($0, by: createdByReplay) }
            guard !foreign.isEmpty else { return nil }
            switch parsed.path.last {
            case "stop": self = .stopContainers(foreign)
            case "kill": self = .killContainers(foreign)
            case "restart": self = .restartContainers(foreign)
            default: self = .removeContainers(foreign, force: parsed.flags.contains("force") || parsed.flags.contains("f"))
            }
        case ["rmi"], ["image", "rm"], ["image", "remove"], ["image", "rmi"]:
            guard parsed.parseOperands(valueFlags: ["platform"]), !parsed.operands.isEmpty else { return nil }
            self = .removeImages(parsed.operands)
        case ["volume", "rm"], ["volume", "remove"]:
            guard parsed.parseOperands(valueFlags: []), !parsed.operands.isEmpty else { return nil }
            self = .removeVolumes(parsed.operands)
        case ["network", "rm"], ["network", "remove"]:
            guard parsed.parseOperands(valueFlags: []), !parsed.operands.isEmpty else { return nil }
            self = .removeNetworks(parsed.operands)
        case let path where path.count == 2 && path[1] == "prune":
            guard parsed.parseOperands(valueFlags: Self.pruneValueFlags) else { return nil }
            self = .prune(path[0])
        case let path where path.count == 2 && Self.removableKinds.contains(path[0])
            && (["rm", "remove"].contains(path[1]) || path == ["stack", "down"]):
            guard parsed.parseOperands(valueFlags: []), !parsed.operands.isEmpty else { return nil }
            self = .remove(kind: path[0], parsed.operands)
        case let path where path.count == 2 && path[0] == "compose" && Self.composeReasons[path[1]] != nil:
            guard parsed.parseOperands(valueFlags: Self.composeValueFlags) else { return nil }
            self = .compose(path[1])
        case ["swarm", "leave"]:
            guard parsed.parseOperands(valueFlags: []) else { return nil }
            self = .leaveSwarm
        default:
            return nil
        }
    }

    /// Whether `target` names a container this replay created.
    static func isCreated(_ target: String, by created: Set<String>) -> Bool {
        let name = target.hasPrefix("/") ? String(target.dropFirst()) : target
        if created.contains(name) { return true }
        guard name.count >= 12, name.allSatisfy(\.isHexDigit) else { return false }
        let lowered = name.lowercased()
        return created.contains { $0.count == 64 && $0.hasPrefix(lowered) }
    }

    /// Kinds whose `rm` removes something of the user's (containers, images, volumes and networks have their own cases).
    static let removableKinds: Set<String> = [
        "context", "service", "secret", "config", "plugin", "stack", "node", "checkpoint", "manifest", "buildx",
    ]
    static let pruneValueFlags: Set<String> = [
        "filter", "keep-storage", "reserved-space", "max-used-space", "min-free-space", "builder",
    ]
    static let composeValueFlags: Set<String> = ["t", "timeout", "rmi", "s", "signal"]
}

/// A docker command line split into its command path, flags and operands, as far as replay's safety needs it.
struct CommandWords {
    var path: [String] = []
    var flags: Set<String> = []
    var operands: [String] = []
    private var rest: ArraySlice<String>

    /// Root options that take a value (`docker -H tcp://x --context prod ...`).
    static let rootValueFlags: Set<String> = ["config", "context", "c", "host", "H", "log-level", "l", "tlscacert", "tlscert", "tlskey"]
    /// Compose's own options before its subcommand (`docker compose -f a.yml -p app down`).
    static let composeRootValueFlags: Set<String> = [
        "file", "f", "project-name", "p", "profile", "env-file", "project-directory", "ansi", "progress", "parallel",
    ]
    /// Commands whose first operand is a subcommand.
    static let managementCommands: Set<String> = [
        "builder", "buildx", "checkpoint", "compose", "config", "container", "context", "image", "manifest",
        "network", "node", "plugin", "secret", "service", "stack", "swarm", "system", "trust", "volume",
    ]

    /// Reads the root options and the command path; `nil` for help, `--version` or no command.
    init?(root words: ArraySlice<String>) {
        rest = words
        guard let command = nextCommandWord(valueFlags: Self.rootValueFlags) else { return nil }
        path = [command]
        if Self.managementCommands.contains(command) {
            let valueFlags: Set<String> = command == "compose" ? Self.composeRootValueFlags : command == "buildx" ? ["builder"] : []
            guard let subcommand = nextCommandWord(valueFlags: valueFlags) else { return nil }
            path.append(subcommand)
        }
    }

    /// Skips options (and their values) up to the next plain word and returns it; `nil` on help or at the end.
    private mutating func nextCommandWord(valueFlags: Set<String>) -> String? {
        while let word = rest.popFirst() {
            guard word.hasPrefix("-"), word != "-" else { return word }
            if word == "--" { return rest.popFirst() }
            guard let names = Self.flagNames(word, valueFlags: valueFlags, rest: &rest) else { return nil }
            if names.contains(where: { ["help", "h", "version", "v"].contains($0) }) { return nil }
        }
        return nil
    }

    /// Reads the command's flags and operands; `false` when it asks for help.
    mutating func parseOperands(valueFlags: Set<String>) -> Bool {
        while let word = rest.popFirst() {
            if word == "--" {
                operands.append(contentsOf: rest)
                break
            }
            guard word.hasPrefix("-"), word != "-" else {
                operands.append(word)
                continue
            }
            guard let names = Self.flagNames(word, valueFlags: valueFlags, rest: &rest) else { return false }
            if names.contains("help") || names.contains("h") { return false }
            flags.formUnion(names)
        }
        return true
    }

    /// The flag names one word sets (`-fv` sets `f` and `v`), consuming a separate value word when
    /// the flag takes one; `nil` for a bare `--help`.
    private static func flagNames(_ word: String, valueFlags: Set<String>, rest: inout ArraySlice<String>) -> [String]? {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            if let equals = body.firstIndex(of: "=") { return [String(body[..<equals])] }
            let name = String(body)
            if name == "help" { return nil }
            if valueFlags.contains(name) { _ = rest.popFirst() }
            return [name]
        }
        var names: [String] = []
        var letters = word.dropFirst()
        while let letter = letters.popFirst() {
            let name = String(letter)
            names.append(name)
            if valueFlags.contains(name) {
                if letters.isEmpty { _ = rest.popFirst() }
                break
            }
        }
        return names
    }
}

/// How each word of a docker command line is read: command words, flags, flag values, arguments.
///
/// The parser answers "does docker accept this line" but not "which word is which"; `check`
/// needs the word to underline and its lint rules ask where the image is, and `explain` walks
/// every word. This reading follows pflag's word shapes over the resolved command's flag set and
/// never fails: an unknown flag is marked and the walk goes on, so an invalid line can still be
/// explained up to its error.
public struct CommandAnatomy: Sendable {
    /// One flag as written: its spec and the value it received (`"true"` for a bare bool).
    public struct FlagUse: Sendable {
        public var spec: FlagSpec
        public var value: String
        /// The index of the word that held the value when it was the next word (`-p 80:80`).
        public var valueWord: Int?
        /// `true` for the client's global flags written before the command (`-H`, `--context`).
        public var isGlobal: Bool
    }

    /// What one word is.
    public enum Role: Sendable {
        /// A flag word; a cluster such as `-itd` holds several flags.
        case flags([FlagUse])
        /// The word after a flag that took it as its value.
        case flagValue(flagWord: Int)
        /// A word selecting a command (`container`, `ls`, `compose`); the path up to it.
        case command([String])
        /// A positional argument: its index among the arguments.
        case argument(Int)
        /// `--`: the end of the flags.
        case endOfFlags
        /// A flag the command does not have (docker refuses it).
        case unknownFlag
    }

    /// The words as the parser saw them.
    public var words: [String]
    /// One role per word.
    public var roles: [Role]
    /// The command the words select (the root when none).
    public var command: CommandSpec
    /// Its names below the root (`["container", "run"]`, `["compose", "up"]`).
    public var path: [String]
    /// The word indices of the positional arguments, in order.
    public var argumentWords: [Int]
    /// The management form of the command without `docker` (`container run` for `docker run`).
    public var canonicalPath: String

    /// The flag uses, in the order written.
    public var flagUses: [FlagUse] {
        roles.flatMap { role -> [FlagUse] in
            if case .flags(let uses) = role { return uses }
            return []
        }
    }

    /// The index of the first word whose flags include one named `name`, optionally with this value.
    public func wordIndex(ofFlag name: String, value: String? = nil) -> Int? {
        roles.indices.first { index in
            guard case .flags(let uses) = roles[index] else { return false }
            return uses.contains { $0.spec.name == name && (value == nil || $0.value == value) }
        }
    }

    /// Every word index holding a flag named `name`, with the value the flag took there.
    public func occurrences(ofFlag name: String) -> [(word: Int, use: FlagUse)] {
        roles.indices.flatMap { index -> [(word: Int, use: FlagUse)] in
            guard case .flags(let uses) = roles[index] else { return [] }
            return uses.filter { $0.spec.name == name }.map { (index, $0) }
        }
    }

    /// The placeholder docker's usage line gives the argument at `index` (`IMAGE`, `COMMAND`, `ARG`).
    public func placeholder(forArgument index: Int) -> String? {
        Self.placeholders(in: command.usage, index: index)
    }

    /// Reads `words` (without the leading `docker`) as the client set up by `environment` would.
    public init(_ words: [String], environment: ClientEnvironment = .standard) {
        self.words = words
        var walker = Walker(words: words, environment: environment)
        walker.walk()
        roles = walker.roles
        command = walker.node.spec
        path = walker.node.names
        argumentWords = walker.argumentWords
        canonicalPath = walker.node.canonicalPath
    }

    /// The usage line's argument placeholders: `"[OPTIONS] IMAGE [COMMAND] [ARG...]"` gives
    /// IMAGE, COMMAND, then ARG for every later index.
    static func placeholders(in usage: String, index: Int) -> String? {
        let firstLine = usage.split(separator: "\n").first.map(String.init) ?? usage
        var names: [String] = []
        var repeats = false
        for token in firstLine.split(separator: " ") {
            var t = token.trimmed(of: "[]")
            if t == "OPTIONS" || t.isEmpty || t.hasPrefix("-") { continue }
            if t.hasSuffix("...") {
                t = t.dropLast(3).trimmed(of: "[]")
                if names.last == t {
                    repeats = true
                    continue
                }
                names.append(t)
                repeats = true
                continue
            }
            names.append(t)
        }
        guard !names.isEmpty else { return nil }
        if index < names.count { return names[index] }
        return repeats ? names.last : nil
    }
}

/// The walk behind `CommandAnatomy`: global flags, command words, then the command's flags and arguments.
private struct Walker {
    let words: [String]
    let environment: ClientEnvironment
    var roles: [CommandAnatomy.Role]
    var node = CommandNode.root
    var argumentWords: [Int] = []
    var index = 0

    init(words: [String], environment: ClientEnvironment) {
        self.words = words
        self.environment = environment
        roles = Array(repeating: .argument(0), count: words.count)
    }

    mutating func walk() {
        // The root's flags, up to the first word that is not one (pflag without interspersing).
        while index < words.count, isFlagWord(words[index]) {
            if words[index] == "--" {
                roles[index] = .endOfFlags
                index += 1
                break
            }
            consumeFlag(node, global: true)
        }
        // Command words: cobra's traversal, with each parent's flags read on the way down.
        descend()
        // The command's own flags and its arguments.
        var flagsEnded = node.spec.disableFlagParsing
        while index < words.count {
            let word = words[index]
            if !flagsEnded && word == "--" {
                roles[index] = .endOfFlags
                flagsEnded = true
                index += 1
                continue
            }
            if !flagsEnded && isFlagWord(word) {
                consumeFlag(node, global: node.isRoot)
                continue
            }
            roles[index] = .argument(argumentWords.count)
            argumentWords.append(index)
            if !node.spec.interspersed { flagsEnded = true }
            index += 1
        }
    }

    /// Follows subcommand names (and installed plugins at the root), marking flags met on the way.
    mutating func descend() {
        while index < words.count {
            var probe = index
            // Skip this command's flags (and the values they take) to find the next bare word.
            while probe < words.count, isFlagWord(words[probe]), words[probe] != "--" {
                probe += flagWidth(words[probe], node)
            }
            guard probe < words.count else { return }
            let word = words[probe]
            let next: CommandNode?
            if node.isRoot, probe == index, let (forwarded, width) = Builder.forward(words, at: probe, environment) {
                // docker hands build, image build, builder and bake to buildx when it is installed.
                for k in probe..<(probe + width) { roles[k] = .command(forwarded.names) }
                node = forwarded
                index = probe + width
                continue
            } else if let child = node.child(word) {
                next = child
            } else if node.isRoot, let plugin = environment.plugin(named: word) {
                next = CommandNode(spec: plugin, ancestors: [CommandTree.docker])
            } else {
                next = nil
            }
            guard let next else { return }
            while index < probe {
                consumeFlag(node, global: node.isRoot)
            }
            roles[probe] = .command(next.names)
            node = next
            index = probe + 1
        }
    }

    /// pflag's test for a flag word: starts with `-` and is longer than `-`.
    func isFlagWord(_ word: String) -> Bool {
        word.utf8.count > 1 && word.utf8.first == UInt8(ascii: "-")
    }

    /// How many words a flag word takes (itself, and its value when it is the next word).
    func flagWidth(_ word: String, _ node: CommandNode) -> Int {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            if body.contains("=") { return 1 }
            let name = node.spec.flagNameAliases[String(body)] ?? String(body)
            guard let flag = node.flag(named: name, merged: true) else { return 1 }
            return flag.takesNoValue ? 1 : 2
        }
        var letters = Substring(word.dropFirst())
        while let letter = letters.first {
            guard let flag = node.flag(shorthand: letter, merged: true) else { return 1 }
            letters = letters.dropFirst()
            if letters.first == "=" { return 1 }
            if !flag.takesNoValue { return letters.isEmpty ? 2 : 1 }
        }
        return 1
    }

    /// Reads the flag word at `index` (and its value word), recording the roles.
    mutating func consumeFlag(_ node: CommandNode, global: Bool) {
        let normalize = node.spec.flagNameAliases
        let word = words[index]
        let wordIndex = index
        index += 1
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = normalize[String(parts[0])] ?? String(parts[0])
            guard let flag = node.flag(named: name, merged: true) else {
                roles[wordIndex] = .unknownFlag
                return
            }
            if parts.count == 2 {
                roles[wordIndex] = .flags([.init(spec: flag, value: String(parts[1]), valueWord: nil, isGlobal: global)])
            } else if let noOpt = flag.noOptDefault {
                roles[wordIndex] = .flags([.init(spec: flag, value: noOpt, valueWord: nil, isGlobal: global)])
            } else if index < words.count {
                roles[wordIndex] = .flags([.init(spec: flag, value: words[index], valueWord: index, isGlobal: global)])
                roles[index] = .flagValue(flagWord: wordIndex)
                index += 1
            } else {
                roles[wordIndex] = .flags([.init(spec: flag, value: "", valueWord: nil, isGlobal: global)])
            }
            return
        }
        var uses: [CommandAnatomy.FlagUse] = []
        var letters = Substring(word.dropFirst())
        while let letter = letters.first {
            guard let flag = node.flag(shorthand: letter, merged: true) else {
                roles[wordIndex] = uses.isEmpty ? .unknownFlag : .flags(uses)
                return
            }
            letters = letters.dropFirst()
            if letters.count > 1, letters.first == "=" {
                uses.append(.init(spec: flag, value: String(letters.dropFirst()), valueWord: nil, isGlobal: global))
                break
            }
            if let noOpt = flag.noOptDefault {
                uses.append(.init(spec: flag, value: noOpt, valueWord: nil, isGlobal: global))
                continue
            }
            if !letters.isEmpty {
                uses.append(.init(spec: flag, value: String(letters), valueWord: nil, isGlobal: global))
                break
            }
            if index < words.count {
                uses.append(.init(spec: flag, value: words[index], valueWord: index, isGlobal: global))
                roles[index] = .flagValue(flagWord: wordIndex)
                index += 1
            } else {
                uses.append(.init(spec: flag, value: "", valueWord: nil, isGlobal: global))
            }
            break
        }
        roles[wordIndex] = .flags(uses)
    }
}

/// docker's `processBuilder`: with the buildx plugin installed, `build`, `image build`, `builder`
/// and `bake` (written first after the global flags) are buildx commands.
enum Builder {
    /// The buildx command the words at `index` forward to, and how many words name it.
    static func forward(_ words: [String], at index: Int, _ environment: ClientEnvironment) -> (CommandNode, Int)? {
        guard let buildx = environment.plugin(named: "buildx") else { return nil }
        let root = CommandNode(spec: buildx, ancestors: [CommandTree.docker])
        switch words[index] {
        case "build": return root.child("build").map { ($0, 1) }
        case "bake": return root.child("bake").map { ($0, 1) }
        case "builder": return (root, 1)
        case "image" where index + 1 < words.count && words[index + 1] == "build":
            return root.child("build").map { ($0, 2) }
        default: return nil
        }
    }

    /// The words the parser sees after the forwarding (`build` becomes `buildx build`).
    static func forwardedWords(_ words: [String], commandAt index: Int, _ environment: ClientEnvironment) -> [String] {
        guard let (_, width) = forward(words, at: index, environment) else { return words }
        let replacement = words[index] == "builder" ? ["buildx"] : ["buildx", words[index] == "bake" ? "bake" : "build"]
        return Array(words[..<index]) + replacement + Array(words[(index + width)...])
    }
}

/// A lint rule of `check`: a habit docker accepts but that teaches the wrong thing or bites later.
///
/// docker's own errors come from the verdict; rules add what docker does not say (`-p` after the
/// image goes to the container, `-p 80` picks a random host port...). Each rule is one file, in
/// the swift-format style: what it checks, the code, and its messages at the bottom. Rules are
/// types behind a protocol because the set is open: a rule needs an id, its texts and a check.
public protocol LintRule: Sendable {
    /// The stable id (`DT001`), used in output, in suppressions and in the docs.
    static var id: String { get }
    /// A short kebab-case name (`flag-after-image`).
    static var name: String { get }
    /// What the rule is about, in a few words per language.
    static var title: LocalizedText { get }
    /// Why it matters and what to write instead, per language.
    static var explanation: LocalizedText { get }

    init()

    /// The findings for one command.
    func findings(in command: RuleContext) -> [RuleFinding]
}

/// One finding of a rule: what it says and which word it is about.
public struct RuleFinding: Sendable, Equatable {
    /// The rule's id.
    public var rule: String
    /// A one-line message.
    public var message: String
    /// The index of the word among the command's words after `docker` (`nil`: the `docker` word).
    public var word: Int?

    public init(rule: String, message: String, word: Int?) {
        self.rule = rule
        self.message = message
        self.word = word
    }
}

/// What a rule sees of one command: its words, how docker reads them, docker's verdict, and
/// what the document around it says.
public struct RuleContext: Sendable {
    /// The command as found.
    public var command: FoundCommand
    /// The words after `docker`.
    public var words: [ShellWord] { command.arguments }
    /// How the parser reads each word.
    public var anatomy: CommandAnatomy
    /// docker's verdict.
    public var verdict: CommandVerdict
    /// The kind of document: shell scripts run unattended, Markdown and lists are typed by people.
    public var documentKind: ScriptKind
    /// Container names given by `run`/`create --name` (and `rename`) on earlier lines, or `nil`
    /// when the document creates no named containers at all.
    public var knownContainers: KnownContainers?

    public init(command: FoundCommand, anatomy: CommandAnatomy, verdict: CommandVerdict, documentKind: ScriptKind,
                knownContainers: KnownContainers?) {
        self.command = command
        self.anatomy = anatomy
        self.verdict = verdict
        self.documentKind = documentKind
        self.knownContainers = knownContainers
    }

    /// The command's canonical path (`container run` for `docker run`).
    public var path: String { anatomy.canonicalPath }

    /// `true` for `docker run` and `docker create` (any spelling).
    public var createsContainer: Bool { path == "container run" || path == "container create" }

    /// The word's text, or `nil` when it is only known at run time.
    public func knownText(_ index: Int) -> String? {
        words[index].isOpaque ? nil : words[index].text
    }

    /// `true` when the document is a shell script (run unattended, not typed at a prompt).
    public var inScript: Bool { documentKind == .shell }
}

/// The container names a document has created before a given command.
///
/// One table of first creations serves every command (a name is known to command `i` when a
/// command before `i` created it), so checking a long script stays linear.
public struct KnownContainers: Sendable {
    /// Each name and the index of the first command that created it.
    public var firstCreation: [String: Int]
    /// The index of the command asking.
    public var before: Int

    public init(firstCreation: [String: Int], before: Int) {
        self.firstCreation = firstCreation
        self.before = before
    }

    /// `true` when a command before `before` created `name`.
    public func contains(_ name: String) -> Bool {
        firstCreation[name].map { $0 < before } ?? false
    }
}

/// The rules `check` applies, in id order.
public enum LintRules {
    public static let all: [any LintRule.Type] = [
        OpaqueWordDecides.self, FlagAfterImage.self, RandomHostPort.self, SwappedPorts.self, RelativeBindPath.self,
        TerminalInScript.self, ImplicitLatestTag.self, LegacyLink.self, SecretOnCommandLine.self,
        UnknownContainerName.self, FailsAfterDaemon.self, RemoveAllWithoutForce.self, PrivilegedContainer.self,
        HostNetworkPorts.self,
    ]

    /// The rule with this id.
    public static func rule(id: String) -> (any LintRule.Type)? {
        all.first { $0.id == id }
    }
}

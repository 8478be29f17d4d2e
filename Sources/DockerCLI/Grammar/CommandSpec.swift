/// The docker 28 command tree as data: what cobra knows about one command.
///
/// Every command of the docker client (and of the compose and buildx plugins) is one
/// `CommandSpec`; the parser, the help renderer, completion, `check` and `explain` all read
/// this one table, so a fact about docker's grammar is written exactly once. The values are
/// generated from the real tools by `Scripts/grammar/generate.py` (see `CommandTree`).
public struct CommandSpec: Sendable {
    /// The command's name, the first word of cobra's `Use` (`"run"`, `"ls"`).
    public var name: String
    /// cobra's `Aliases`: other names that select this command under the same parent (`"list"`, `"ps"`).
    public var aliases: [String]
    /// cobra's `Use` without the name: the arguments part of the usage line (`"[OPTIONS] IMAGE [COMMAND] [ARG...]"`).
    public var usage: String
    /// cobra's `Short`: the one-line description shown in command lists and help.
    public var short: String
    /// cobra's `Long`, when the command has one (help prints it instead of `short`).
    public var long: String?
    /// cobra's `Example`: the help `Examples:` section, when the command has one.
    public var example: String?
    /// How many positional arguments the command accepts, checked after flags are parsed.
    public var args: ArgumentRule
    /// The command's own flags, local and persistent (flags inherited from parents live on the parents).
    public var flags: [FlagSpec]
    /// Subcommands, for management commands.
    public var subcommands: [CommandSpec]
    /// `false` when flags after the first positional argument belong to the container or image command
    /// (pflag's `SetInterspersed(false)`: `run`, `create`, `exec`, `commit`, `top`, `tag`, `service create`).
    public var interspersed: Bool
    /// Hidden commands work but are not listed in help.
    public var hidden: Bool
    /// cobra's `Deprecated`: when set, running the command first prints `Command "x" is deprecated, <this>`.
    public var deprecated: String?
    /// Docker's `aliases` annotation: the full paths shown in help's `Aliases:` line
    /// (`"docker container ls, docker container list, docker container ps, docker ps"`).
    public var aliasPaths: String?
    /// The section of `docker --help` that lists the command (top-level commands only).
    public var category: Category
    /// Where the command is only available on some daemons (swarm, experimental, an API version).
    public var requirements: [Requirement]
    /// The management form this command is another spelling of (`"container ls"` for `docker ps`);
    /// `nil` when the command's own path is canonical.
    public var canonicalPath: String?
    /// Docker's `category-top` annotation: the position in `docker --help`'s Common Commands.
    public var topOrder: Int?
    /// cobra's `Runnable()`: `false` for pure groups such as `docker completion`, which only print help.
    public var runnable: Bool
    /// cobra's `DisableFlagParsing`: every word after the command is an argument (cobra's `__complete`).
    public var disableFlagParsing: Bool
    /// cobra's `TraverseChildren`: parent flags are parsed on the way down to the subcommand (the root, compose).
    public var traverseChildren: Bool
    /// cobra's `!DisableFlagsInUseLine`: the usage line ends in ` [flags]` (only cobra's own
    /// `completion` commands, which docker adds after switching the placeholder off everywhere else).
    public var flagsInUseLine: Bool
    /// Docker's `additionalHelp` annotation: the closing line of the root's help.
    public var additionalHelp: String?
    /// `true` for a CLI plugin's root (`compose`, `buildx`): listed with a `*` and run as a separate program.
    public var isPlugin: Bool
    /// The plugin's vendor and version, from its metadata.
    public var pluginVendor: String?
    public var pluginVersion: String?
    /// How flag errors are reported in this command's subtree (compose reports them without usage, exit 1).
    public var flagErrors: FlagErrorStyle
    /// pflag's `SetNormalizeFunc` renames: a flag name that selects another flag
    /// (compose: `--y` is `--yes`, `down --volume` is `--volumes`, `run --volumes` is `--volume`).
    public var flagNameAliases: [String: String]

    public init(
        name: String,
        aliases: [String] = [],
        usage: String = "",
        short: String,
        long: String? = nil,
        example: String? = nil,
        args: ArgumentRule = .arbitrary,
        flags: [FlagSpec] = [],
        subcommands: [CommandSpec] = [],
        interspersed: Bool = true,
        hidden: Bool = false,
        deprecated: String? = nil,
        aliasPaths: String? = nil,
        category: Category = .subcommand,
        requirements: [Requirement] = [],
        canonicalPath: String? = nil,
        topOrder: Int? = nil,
        runnable: Bool = true,
        disableFlagParsing: Bool = false,
        traverseChildren: Bool = false,
        flagsInUseLine: Bool = false,
        additionalHelp: String? = nil,
        isPlugin: Bool = false,
        pluginVendor: String? = nil,
        pluginVersion: String? = nil,
        flagErrors: FlagErrorStyle = .docker,
        flagNameAliases: [String: String] = [:]
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.short = short
        self.long = long
        self.example = example
        self.args = args
        self.flags = flags
        self.subcommands = subcommands
        self.interspersed = interspersed
        self.hidden = hidden
        self.deprecated = deprecated
        self.aliasPaths = aliasPaths
        self.category = category
        self.requirements = requirements
        self.canonicalPath = canonicalPath
        self.topOrder = topOrder
        self.runnable = runnable
        self.disableFlagParsing = disableFlagParsing
        self.traverseChildren = traverseChildren
        self.flagsInUseLine = flagsInUseLine
        self.additionalHelp = additionalHelp
        self.isPlugin = isPlugin
        self.pluginVendor = pluginVendor
        self.pluginVersion = pluginVersion
        self.flagErrors = flagErrors
        self.flagNameAliases = flagNameAliases
    }

    /// The sections of `docker --help`.
    public enum Category: String, Sendable {
        case common = "Common Commands"
        case management = "Management Commands"
        case swarm = "Swarm Commands"
        case other = "Commands"
        /// A subcommand, listed under its parent's `Commands:` or `Management Commands:`.
        case subcommand
    }

    /// A daemon feature the command or flag needs; docker hides it from help where it is missing
    /// and refuses it with its own message when it is used anyway.
    public enum Requirement: Sendable, Equatable {
        /// The `swarm` annotation: `.any` marks swarm commands that work outside a swarm (`swarm init`).
        case swarm(SwarmRole)
        /// The `experimental` annotation: the daemon must run with experimental features.
        case experimental
        /// The `experimentalCLI` annotation (shown as EXPERIMENTAL in help).
        case experimentalCLI
        /// The `version` annotation: the lowest Engine API version that supports it.
        case minimumAPIVersion(String)
        /// The `ostype` annotation: the daemon's OS (`"linux"`, `"windows"`).
        case osType(String)
    }

    /// What a swarm-annotated command needs of the node (docker's `swarm` annotation values).
    public enum SwarmRole: String, Sendable, Equatable {
        /// `""`: swarm-related, available outside a swarm (`swarm init`, `swarm join`).
        case any = ""
        /// `"manager"`: the node must be a swarm manager.
        case manager
        /// `"active"`: the node must be part of a swarm (`swarm leave`).
        case active
    }

    /// How a tool reports flag errors: docker's `FlagErrorFunc`, or compose's override.
    public enum FlagErrorStyle: Sendable, Equatable {
        /// The error, the usage line and `Run '... --help' for more information`, exit 125.
        case docker
        /// The bare error text, exit 1 (docker compose).
        case plainExitOne
    }

    /// Every name that selects this command under its parent: the name, then the aliases.
    public var names: [String] { [name] + aliases }

    /// Finds a direct subcommand by name or alias, as cobra's `findNext` does (exact, case-sensitive).
    public func subcommand(named word: String) -> CommandSpec? {
        subcommands.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The flag with this long name among the command's own flags.
    public func flag(named name: String) -> FlagSpec? {
        flags.first { $0.name == name }
    }
}

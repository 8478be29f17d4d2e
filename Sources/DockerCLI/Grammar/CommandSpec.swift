/// The docker 28 command tree as data: what cobra and pflag know about each command and flag.
///
/// Every command of the docker client (and of the compose plugin) is one `CommandSpec`;
/// the parser, the help renderer, completion, `check` and `explain` all read this one table,
/// so a fact about docker's grammar is written exactly once.
public struct CommandSpec: Sendable {
    /// The command's name, the first word of cobra's `Use` (`"run"`, `"ls"`).
    public var name: String
    /// cobra's `Aliases`: other names that select this command under the same parent (`"list"`, `"ps"`).
    public var aliases: [String]
    /// cobra's `Use` without the name: the arguments part of the usage line (`"[OPTIONS] IMAGE [COMMAND] [ARG...]"`).
    public var usage: String
    /// cobra's `Short`: the one-line description shown in command lists and help.
    public var short: String
    /// cobra's `Long`, when it differs from `short`.
    public var long: String?
    /// The help `Examples:` section, when the command has one.
    public var example: String?
    /// How many positional arguments the command accepts, checked after flags are parsed.
    public var args: ArgumentRule
    /// The command's own local flags (global flags live on the root command).
    public var flags: [FlagSpec]
    /// Subcommands, for management commands.
    public var subcommands: [CommandSpec]
    /// `false` when flags after the first positional argument belong to the container or image command
    /// (`run`, `create`, `exec`, `commit`, `tag` and the root).
    public var interspersed: Bool
    /// Hidden commands work but are not listed in help.
    public var hidden: Bool
    /// The deprecation message cobra prints (`Command "x" is deprecated, ...`), when deprecated.
    public var deprecated: String?
    /// Docker's `aliases` annotation: the full paths shown in help's `Aliases:` line
    /// (`"docker container ls, docker container list, docker container ps, docker ps"`).
    public var aliasPaths: String?
    /// The section of `docker --help` that lists the command.
    public var category: Category
    /// Where the command is only available on some daemons (swarm, experimental, an API version).
    public var requirements: [Requirement]

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
        category: Category = .other,
        requirements: [Requirement] = []
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
    }

    /// The sections of `docker --help`.
    public enum Category: String, Sendable {
        case common = "Common Commands"
        case management = "Management Commands"
        case swarm = "Swarm Commands"
        case other = "Commands"
        /// A subcommand listed under its parent's `Commands:`.
        case subcommand
    }

    /// A daemon feature the command or flag needs; docker hides it from help where it is missing.
    public enum Requirement: Sendable, Equatable {
        case swarm
        case swarmManager
        case experimental
        case experimentalCLI
        case minimumAPIVersion(String)
        case osType(String)
    }
}

/// The number of positional arguments a command accepts, as docker's `cli.RequiresMinArgs` and friends check it.
public enum ArgumentRule: Sendable, Equatable {
    /// `cli.NoArgs`.
    case none
    /// `cli.ExactArgs(n)`.
    case exactly(Int)
    /// `cli.RequiresMinArgs(n)`.
    case atLeast(Int)
    /// `cli.RequiresMaxArgs(n)`.
    case atMost(Int)
    /// `cli.RequiresRangeArgs(min, max)`.
    case range(Int, Int)
    /// No check (cobra's default, or a command that checks in its run function).
    case arbitrary
}

/// One pflag flag: its names, value type, default and help text.
public struct FlagSpec: Sendable {
    /// The long name, without dashes (`"publish"`).
    public var name: String
    /// The one-letter shorthand, without the dash (`"p"`).
    public var shorthand: Character?
    /// What the flag's value is, which decides how pflag parses and validates it.
    public var type: FlagType
    /// pflag's `DefValue`, as help prints it inside `(default ...)`; empty when there is none to print.
    public var defaultValue: String
    /// The usage text, exactly as docker registers it.
    public var usage: String
    /// Hidden flags parse but are not listed in help.
    public var hidden: Bool
    /// pflag's deprecation message; a deprecated flag is hidden and warns when used.
    public var deprecated: String?
    /// pflag's shorthand deprecation message, when only the one-letter form is deprecated.
    public var shorthandDeprecated: String?
    /// pflag's `NoOptDefVal`: the value used when the flag is given without `=value` (bools use `"true"`).
    public var noOptDefault: String?
    /// A daemon feature this flag needs (`--platform` needs API 1.32, `--gpus` a Linux daemon...).
    public var requirements: [CommandSpec.Requirement]

    public init(
        _ name: String,
        short: Character? = nil,
        _ type: FlagType,
        default defaultValue: String = "",
        _ usage: String,
        hidden: Bool = false,
        deprecated: String? = nil,
        shorthandDeprecated: String? = nil,
        noOptDefault: String? = nil,
        requirements: [CommandSpec.Requirement] = []
    ) {
        self.name = name
        self.shorthand = short
        self.type = type
        self.defaultValue = defaultValue
        self.usage = usage
        self.hidden = hidden || deprecated != nil
        self.deprecated = deprecated
        self.shorthandDeprecated = shorthandDeprecated
        self.noOptDefault = noOptDefault ?? (type == .bool ? "true" : nil)
        self.requirements = requirements
    }
}

/// A flag's value type, named as pflag's `Type()` names it in help (`list`, `bytes`, `decimal`...).
///
/// The type decides whether the flag takes a value, whether repeats accumulate, and which
/// syntax check pflag's `Set` applies before the command ever runs.
public enum FlagType: String, Sendable, CaseIterable {
    case bool
    case string
    case int
    case int64
    case uint
    case uint16
    case uint64
    case float32
    case float64
    case duration
    /// `opts.ListOpts` without a validator, or with one (help shows `list`); repeats accumulate.
    case list
    /// `opts.MapOpts`: `key=value` entries; repeats accumulate.
    case map
    /// pflag's `StringSlice` (comma-separated, repeats accumulate); help shows `strings`.
    case strings
    /// pflag's `StringArray` (no comma splitting, repeats accumulate); help shows `stringArray`.
    case stringArray
    /// pflag's `StringToString`: `k=v,k2=v2`.
    case stringToString
    /// `opts.MemBytes` / `opts.MemSwapBytes`: human sizes (`512m`, `-1` for swap).
    case bytes
    /// `opts.NanoCPUs`: a decimal number of CPUs.
    case decimal
    /// `opts.FilterOpt`: `key=value`; repeats accumulate.
    case filter
    /// `opts.UlimitOpt`.
    case ulimit
    /// `opts.MountOpt`: `--mount` CSV.
    case mount
    /// `opts.NetworkOpt`: `--network` (a name, or advanced CSV syntax).
    case network
    /// `opts.PortOpt`: the long-syntax `--publish` of services.
    case port
    /// `opts.GpuOpts`: `--gpus`.
    case gpuRequest = "gpu-request"
    /// `opts.WeightdeviceOpt` / `opts.ThrottledeviceOpt` lists (help shows `list`).
    case weightDevice = "weight-device"
    case throttleDevice = "throttle-device"
    /// `opts.PoolsOpt` and other types shown under their own pflag names.
    case pool = "pool-options"
    case externalCA = "external-ca"
    case command
    case secret
    case config
    case credentialSpec = "credential-spec"
    case swarmResources = "swarm-resources"
    case annotation
    case ipNet = "ipNet"
    case ip
    case ipSlice = "ipSlice"
    case int32
    case uint32
    case int8
    case string_enum = "string-enum"

    /// The name help prints after the flag (`--memory bytes`); empty for bools.
    public var helpName: String {
        switch self {
        case .bool: return ""
        case .weightDevice, .throttleDevice: return "list"
        default: return rawValue
        }
    }

    /// `true` for flags whose repeated use accumulates values instead of replacing the last one.
    public var accumulates: Bool {
        switch self {
        case .list, .map, .strings, .stringArray, .stringToString, .filter, .ulimit, .mount, .network,
             .port, .weightDevice, .throttleDevice, .secret, .config, .ipSlice, .annotation, .swarmResources,
             .externalCA, .pool:
            return true
        default:
            return false
        }
    }
}

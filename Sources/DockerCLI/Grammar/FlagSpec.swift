/// One pflag flag: its names, value type, default and help text.
///
/// Mirrors pflag's `Flag` as docker registers it, including the parts help does not show
/// (hidden and deprecated flags, `NoOptDefVal`, annotations), because the parser must accept
/// every flag the real client accepts and warn exactly where it warns.
public struct FlagSpec: Sendable {
    /// The long name, without dashes (`"publish"`).
    public var name: String
    /// The one-letter shorthand, without the dash (`"p"`).
    public var shorthand: Character?
    /// What the flag's value is, which decides how pflag parses and validates it.
    public var type: FlagType
    /// pflag's `DefValue`, verbatim (`"false"`, `"0s"`, `"[]"`, `"info"`).
    public var defaultValue: String
    /// Whether help prints `(default ...)`: pflag's `!defaultIsZeroValue()`.
    public var showsDefault: Bool
    /// The usage text, exactly as docker registers it (a back-quoted word names the value in help).
    public var usage: String
    /// Hidden flags parse but are not listed in help (deprecated flags are hidden too).
    public var hidden: Bool
    /// pflag's deprecation message: using the flag prints `Flag --x has been deprecated, <this>`.
    public var deprecated: String?
    /// pflag's shorthand deprecation message: `-x` prints `Flag shorthand -x has been deprecated, <this>`.
    public var shorthandDeprecated: String?
    /// pflag's `NoOptDefVal`: the value used when the flag is given without `=value`, in which case
    /// it never takes the next word. `"true"` for bools; `nil` for flags that need a value.
    public var noOptDefault: String?
    /// A daemon feature this flag needs (`--platform` needs API 1.32, `--cpu-count` a Windows daemon...).
    public var requirements: [CommandSpec.Requirement]
    /// `true` for cobra persistent flags, which every subcommand inherits (the root's `--help`, buildx's `--builder`).
    public var persistent: Bool
    /// The Go type behind the flag's `pflag.Value` (`"opts.MemBytes"`, `"pflag.durationValue"`), whose `Set`
    /// decides which values are accepted; several types share one help name (`duration`, `list`).
    public var valueType: String

    public init(
        _ name: String,
        short: Character? = nil,
        _ type: FlagType,
        default defaultValue: String? = nil,
        _ usage: String,
        hidden: Bool = false,
        deprecated: String? = nil,
        shorthandDeprecated: String? = nil,
        noOptDefault: String? = nil,
        requirements: [CommandSpec.Requirement] = [],
        showsDefault: Bool? = nil,
        persistent: Bool = false,
        valueType: String? = nil
    ) {
        let defaultValue = defaultValue ?? (type == .bool ? "false" : "")
        self.name = name
        self.shorthand = short
        self.type = type
        self.defaultValue = defaultValue
        self.showsDefault = showsDefault ?? type.showsDefault(defaultValue)
        self.usage = usage
        self.hidden = hidden || deprecated != nil
        self.deprecated = deprecated
        self.shorthandDeprecated = shorthandDeprecated
        if let noOptDefault {
            self.noOptDefault = noOptDefault.isEmpty ? nil : noOptDefault
        } else {
            self.noOptDefault = type == .bool ? "true" : nil
        }
        self.requirements = requirements
        self.persistent = persistent
        self.valueType = valueType ?? type.defaultValueType
    }

    /// `true` when the flag is given without a value (`--rm`, `-d`), so it never consumes the next word.
    public var takesNoValue: Bool { noOptDefault != nil }

    /// How pflag names the flag in errors about its value: `-m, --memory`, or `--memory` when it has
    /// no shorthand or its shorthand is deprecated.
    public var errorName: String {
        if let shorthand, shorthandDeprecated == nil {
            return "-\(shorthand), --\(name)"
        }
        return "--\(name)"
    }
}

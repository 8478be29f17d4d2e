/// An error from pflag's parser, with pflag's exact wording.
///
/// docker wraps these (usage line, `Run '... --help'`, exit 125) in `CommandLineError`; during
/// cobra's traversal of parent commands they surface unwrapped, which is why the bare text is kept.
enum PflagError: Error, Equatable {
    /// `--` followed by `-` or `=`, e.g. `---x`, `--=x`.
    case badFlagSyntax(String)
    /// `--name` that no flag in scope has.
    case unknownFlag(String)
    /// `-x` that no flag in scope has; the letter and the rest of the cluster from it.
    case unknownShorthand(Character, String)
    /// `--name` last on the line, for a flag that needs a value; the word as written.
    case needsArgument(String)
    /// `-x` last on the line, for a flag that needs a value; the letter and the cluster from it.
    case needsShorthandArgument(Character, String)
    /// pflag's `Set` failed: the value, the flag's error name (`-m, --memory`) and the reason.
    case invalidValue(value: String, flagName: String, reason: String)
    /// `--help` or `-h` where no help flag is defined (pflag's `ErrHelp`).
    case help

    /// The message, exactly as pflag's `failf` formats it.
    var text: String {
        switch self {
        case .badFlagSyntax(let word):
            return "bad flag syntax: \(word)"
        case .unknownFlag(let name):
            return "unknown flag: --\(name)"
        case .unknownShorthand(let letter, let cluster):
            return "unknown shorthand flag: \(GoQuote.rune(letter)) in -\(cluster)"
        case .needsArgument(let word):
            return "flag needs an argument: \(word)"
        case .needsShorthandArgument(let letter, let cluster):
            return "flag needs an argument: \(GoQuote.rune(letter)) in -\(cluster)"
        case .invalidValue(let value, let flagName, let reason):
            return "invalid argument \(GoQuote.string(value)) for \(GoQuote.string(flagName)) flag: \(reason)"
        case .help:
            return "pflag: help requested"
        }
    }
}

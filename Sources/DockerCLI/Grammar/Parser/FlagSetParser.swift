/// One pflag `FlagSet.Parse`, ported word for word: clusters, attached values, `--`, interspersing.
///
/// pflag decides everything from the shape of each word and from two facts per flag (its names
/// and whether it has a `NoOptDefVal`), so this type needs only the flags in scope. Setting a value
/// and writing warnings go through the caller's `Handler` (value checks, recording, output).
struct FlagSetParser {
    /// The flags in scope: the command's own and the persistent flags it inherits.
    let flags: [FlagSpec]
    /// pflag's `interspersed`: when `false`, the first positional argument ends flag parsing.
    let interspersed: Bool
    /// The flag set's name normalisation (`SetNormalizeFunc`), as renames.
    var normalize: [String: String] = [:]
    /// Indexes of `flags` by name and shorthand, when the caller has them (`FlagTable`).
    var byName: [String: Int]? = nil
    var byShorthand: [Character: Int]? = nil

    /// What one `Parse` call produced.
    struct Result {
        /// The flags set, in the order they were given.
        var parsed: [ParsedFlag] = []
        /// The positional arguments (`flags.Args()`).
        var arguments: [String] = []
        /// pflag's `ArgsLenAtDash`: how many arguments preceded `--`, or `nil` without `--`.
        var argumentsBeforeDash: Int?
    }

    /// Looks a long name up, as pflag's `formal` map (after compose's normalisations) does.
    func flag(named name: String) -> FlagSpec? {
        let name = normalize[name] ?? name
        if let byName { return byName[name].map { flags[$0] } }
        return flags.first { $0.name == name }
    }

    /// Looks a shorthand up, as pflag's `shorthands` map does.
    func flag(shorthand: Character) -> FlagSpec? {
        if let byShorthand { return byShorthand[shorthand].map { flags[$0] } }
        return flags.first { $0.shorthand == shorthand }
    }

    /// What the parser reports while it works, in order.
    enum Event {
        /// pflag's `Set`: validate the value, record the flag; throwing stops the parse.
        case set(FlagSpec, value: String, spelling: ParsedFlag.Spelling, word: String)
        /// A line pflag writes to its output (a shorthand deprecation warning).
        case warning(String)
    }

    /// The callback for `Event`s: pflag's `Set` and its output writer.
    typealias Handler = (Event) throws(PflagError) -> Void

    /// pflag's `parseArgs`.
    func parse(_ arguments: [String], handler: Handler) throws(PflagError) -> Result {
        var result = Result()
        var args = arguments[...]
        while let word = args.first {
            args = args.dropFirst()
            let bytes = Array(word.utf8)
            if bytes.isEmpty || bytes[0] != UInt8(ascii: "-") || bytes.count == 1 {
                if !interspersed {
                    result.arguments.append(word)
                    result.arguments.append(contentsOf: args)
                    return result
                }
                result.arguments.append(word)
                continue
            }
            if bytes[1] == UInt8(ascii: "-") {
                if bytes.count == 2 {
                    result.argumentsBeforeDash = result.arguments.count
                    result.arguments.append(contentsOf: args)
                    break
                }
                args = try parseLong(word, args, handler: handler)
            } else {
                args = try parseShortCluster(word, args, handler: handler)
            }
        }
        return result
    }

    /// pflag's `parseLongArg`.
    private func parseLong(
        _ word: String,
        _ args: ArraySlice<String>,
        handler: Handler
    ) throws(PflagError) -> ArraySlice<String> {
        var args = args
        let body = String(word.dropFirst(2))
        if body.isEmpty || body.hasPrefix("-") || body.hasPrefix("=") {
            throw .badFlagSyntax(word)
        }
        let split = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(split[0])
        guard let flag = flag(named: name) else {
            if name == "help" { throw .help }
            throw .unknownFlag(name)
        }
        let value: String
        let spelling: ParsedFlag.Spelling
        if split.count == 2 {
            value = String(split[1])
            spelling = .longWithValue
        } else if let noOpt = flag.noOptDefault {
            value = noOpt
            spelling = .long
        } else if let next = args.first {
            value = next
            args = args.dropFirst()
            spelling = .longThenWord
        } else {
            throw .needsArgument(word)
        }
        try handler(.set(flag, value: value, spelling: spelling, word: word))
        return args
    }

    /// pflag's `parseShortArg`: each letter of `-abc` in turn, until one takes a value.
    ///
    /// As in pflag v1.0.6, every letter sees the words after the cluster (not what an earlier
    /// letter left), and the words left are those of the last letter parsed.
    private func parseShortCluster(
        _ word: String,
        _ args: ArraySlice<String>,
        handler: Handler
    ) throws(PflagError) -> ArraySlice<String> {
        var shorthands = Substring(word.dropFirst())
        var rest = args
        while !shorthands.isEmpty {
            (shorthands, rest) = try parseSingleShort(shorthands, args, word: word, handler: handler)
        }
        return rest
    }

    /// pflag's `parseSingleShortArg`.
    private func parseSingleShort(
        _ shorthands: Substring,
        _ args: ArraySlice<String>,
        word: String,
        handler: Handler
    ) throws(PflagError) -> (Substring, ArraySlice<String>) {
        if shorthands.hasPrefix("test.") {
            return ("", args)
        }
        // pflag indexes bytes: a multi-byte letter is never a known shorthand.
        let first = shorthands.utf8.first ?? 0
        guard first < 0x80, let letter = shorthands.first else {
            throw .unknownShorthand(Character(Unicode.Scalar(first)), String(shorthands))
        }
        var outShorts = shorthands.dropFirst()
        var outArgs = args
        guard let flag = flag(shorthand: letter) else {
            if letter == "h" { throw .help }
            throw .unknownShorthand(letter, String(shorthands))
        }
        let value: String
        let spelling: ParsedFlag.Spelling
        if shorthands.count > 2, shorthands.dropFirst().first == "=" {
            value = String(shorthands.dropFirst(2))
            outShorts = ""
            spelling = .shortWithEquals
        } else if let noOpt = flag.noOptDefault {
            value = noOpt
            spelling = .short
        } else if shorthands.count > 1 {
            value = String(shorthands.dropFirst())
            outShorts = ""
            spelling = .shortWithValue
        } else if let next = args.first {
            value = next
            outArgs = args.dropFirst()
            spelling = .shortThenWord
        } else {
            throw .needsShorthandArgument(letter, String(shorthands))
        }
        if let message = flag.shorthandDeprecated {
            try handler(.warning("Flag shorthand -\(letter) has been deprecated, \(message)\n"))
        }
        try handler(.set(flag, value: value, spelling: spelling, word: word))
        return (outShorts, outArgs)
    }
}

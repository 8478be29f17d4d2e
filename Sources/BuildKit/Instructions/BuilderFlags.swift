/// The `--flag=value` parser every instruction uses for its own allowed set (`BFlags`).
///
/// Flags are declared per instruction (COPY: `--from`, `--chown`, `--chmod`, `--link`...),
/// then the words the line parser collected are checked against them: unknown names get
/// BuildKit's `unknown flag: --x` with a "did you mean" suggestion, string flags need `=`,
/// boolean flags accept `--link`, `--link=true` or `--link=false`, and only list flags
/// (`--mount`, `--exclude`) may repeat.
struct BuilderFlags {
    enum FlagType { case bool, string, strings }

    struct Flag {
        var type: FlagType
        var value: String
        var values: [String] = []
    }

    private(set) var flags: [String: Flag] = [:]
    private(set) var used: [String] = []
    let arguments: [String]

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    mutating func addBool(_ name: String, _ defaultValue: Bool = false) {
        flags[name] = Flag(type: .bool, value: defaultValue ? "true" : "false")
    }

    mutating func addString(_ name: String, _ defaultValue: String = "") {
        flags[name] = Flag(type: .string, value: defaultValue)
    }

    mutating func addStrings(_ name: String) {
        flags[name] = Flag(type: .strings, value: "")
    }

    func string(_ name: String) -> String { flags[name]?.value ?? "" }
    func bool(_ name: String) -> Bool { flags[name]?.value == "true" }
    func strings(_ name: String) -> [String] { flags[name]?.values ?? [] }

    /// `BFlags.Parse`.
    mutating func parse() throws(DockerfileError) {
        for argument in arguments {
            if argument == "--" { return }
            guard argument.hasPrefix("--") else {
                throw DockerfileError("arg should start with -- : \(argument)")
            }
            let flagName: String
            let value: String
            let hasValue: Bool
            if let equals = argument.firstIndex(of: "=") {
                flagName = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
                hasValue = true
            } else {
                flagName = argument
                value = ""
                hasValue = false
            }
            let name = String(flagName.dropFirst(2))
            guard var flag = flags[name] else {
                throw DockerfileError(Suggestion.wrap(
                    "unknown flag: \(flagName)", value: name, options: flags.keys.sorted(), caseSensitive: true))
            }
            if used.contains(name) && flag.type != .strings {
                throw DockerfileError("duplicate flag specified: \(flagName)")
            }
            if !used.contains(name) { used.append(name) }
            switch flag.type {
            case .bool:
                if hasValue && value.isEmpty {
                    throw DockerfileError("missing a value on flag: \(flagName)")
                }
                switch value.lowercased() {
                case "true", "": flag.value = "true"
                case "false": flag.value = "false"
                default:
                    throw DockerfileError("expecting boolean value for flag \(flagName), not: \(value)")
                }
            case .string:
                if !hasValue { throw DockerfileError("missing a value on flag: \(flagName)") }
                flag.value = value
            case .strings:
                if !hasValue { throw DockerfileError("missing a value on flag: \(flagName)") }
                flag.values.append(value)
            }
            flags[name] = flag
        }
    }
}

/// Typing the syntax tree: every node becomes an instruction or starts a stage.
///
/// Follows `frontend/dockerfile/instructions/parse.go`: argument counts, allowed flags and
/// their errors per instruction, in BuildKit's order of checks (the order decides which error
/// a Dockerfile with two mistakes reports). Errors are prefixed `dockerfile parse error on
/// line N:` exactly where BuildKit prefixes them.
public enum InstructionParser {
    /// Which optional Dockerfile features are on. Docker's built-in frontend is the mainline
    /// one; `# syntax=docker/dockerfile:1-labs` enables `--parents`, `--exclude`, `--security`.
    public struct Features: Equatable, Sendable {
        public var labs: Bool

        public init(labs: Bool = false) {
            self.labs = labs
        }

        /// The features a `# syntax=` value selects.
        public static func from(syntax: String?) -> Features {
            guard let syntax else { return Features() }
            let image = syntax.split(separator: " ").first.map(String.init) ?? syntax
            return Features(labs: image.hasSuffix("-labs"))
        }
    }

    /// Parses and types a Dockerfile.
    public static func parse(_ text: String) throws(DockerfileError) -> ParsedDockerfile {
        try parse(DockerfileParser.parse(text))
    }

    /// `instructions.Parse`: types every node, grouping them into stages.
    public static func parse(_ syntax: DockerfileSyntax, features: Features? = nil) throws(DockerfileError) -> ParsedDockerfile {
        let features = features ?? Features.from(syntax: syntax.syntax)
        var stages: [StageDefinition] = []
        var metaArgs: [Instruction] = []
        var checks: [LintFinding] = []
        for node in syntax.nodes {
            let typed: Typed
            do {
                typed = try parseNode(node, features: features, checks: &checks)
            } catch {
                throw DockerfileError(
                    "dockerfile parse error on line \(node.startLine): " + error.message,
                    locations: error.locations)
            }
            switch typed {
            case .stage(let stage):
                stages.append(stage)
            case .instruction(let instruction):
                if stages.isEmpty, case .arg = instruction.kind {
                    metaArgs.append(instruction)
                    continue
                }
                guard !stages.isEmpty else {
                    throw DockerfileError(noBuildStageMessage, locations: [node.lines])
                }
                stages[stages.count - 1].instructions.append(instruction)
            }
        }
        return ParsedDockerfile(syntax: syntax, metaArgs: metaArgs, stages: stages, checks: checks)
    }

    enum Typed {
        case stage(StageDefinition)
        case instruction(Instruction)
    }

    /// `ParseInstructionWithLinter`: one node (errors carry the node's lines).
    static func parseNode(_ node: SyntaxNode, features: Features, checks: inout [LintFinding]) throws(DockerfileError) -> Typed {
        do {
            return try typeNode(node, features: features, checks: &checks)
        } catch {
            throw error.located(node.lines)
        }
    }

    private static func typeNode(_ node: SyntaxNode, features: Features, checks: inout [LintFinding]) throws(DockerfileError) -> Typed {
        let args = node.flattenedArguments
        var flags = BuilderFlags(node.flags)
        let source = InstructionSource(
            keyword: node.keyword, code: GoText.trimSpace(node.original), lines: node.lines, comments: node.comments)
        func make(_ kind: Instruction.Kind) -> Typed { .instruction(Instruction(source: source, kind: kind)) }

        switch node.keyword.lowercased() {
        case "env":
            try flags.parse()
            return make(.env(try keyValues(args, "ENV")))
        case "maintainer":
            checks.append(MaintainerDeprecated.finding(lines: node.lines))
            guard args.count == 1 else { throw exactlyOne("MAINTAINER") }
            try flags.parse()
            return make(.maintainer(args[0]))
        case "label":
            try flags.parse()
            return make(.label(try keyValues(args, "LABEL")))
        case "add":
            guard args.count >= 2 else { throw noDestination("ADD") }
            if features.labs { flags.addStrings("exclude") }
            flags.addString("chown")
            flags.addString("chmod")
            flags.addBool("link")
            flags.addBool("keep-git-dir")
            flags.addString("checksum")
            try flags.parse()
            let files = try sourcesAndDestination(node, args, "ADD")
            return make(.add(AddInstruction(
                files: files, chown: flags.string("chown"), chmod: flags.string("chmod"), link: flags.bool("link"),
                keepGitDir: flags.bool("keep-git-dir"), checksum: flags.string("checksum"),
                excludes: flags.strings("exclude"))))
        case "copy":
            guard args.count >= 2 else { throw noDestination("COPY") }
            if features.labs {
                flags.addStrings("exclude")
                flags.addBool("parents")
            }
            flags.addString("chown")
            flags.addString("from")
            flags.addString("chmod")
            flags.addBool("link")
            try flags.parse()
            let files = try sourcesAndDestination(node, args, "COPY")
            return make(.copy(CopyInstruction(
                files: files, from: flags.string("from"), chown: flags.string("chown"), chmod: flags.string("chmod"),
                link: flags.bool("link"), parents: flags.bool("parents"), excludes: flags.strings("exclude"))))
        case "from":
            checks += StageNameCasing.check(arguments: args, lines: node.lines)
            checks += FromAsCasing.check(keyword: node.keyword, arguments: args, lines: node.lines)
            let name = try stageName(args)
            flags.addString("platform")
            try flags.parse()
            let platform = flags.string("platform")
            if let name {
                checks += InvalidDefinitionDescription.check(
                    instruction: "FROM", keys: [name], comments: node.comments, lines: node.lines)
            }
            return .stage(StageDefinition(
                name: name, baseName: args[0], platform: platform.isEmpty ? nil : platform, keyword: node.keyword,
                source: source, comment: comment(node.comments, for: name ?? ""), instructions: []))
        case "onbuild":
            guard !args.isEmpty else { throw atLeastOne("ONBUILD") }
            try flags.parse()
            let trigger = GoText.trimSpace(args[0]).uppercased()
            switch trigger {
            case "ONBUILD":
                throw DockerfileError("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
            case "MAINTAINER", "FROM":
                throw DockerfileError("\(trigger) isn't allowed as an ONBUILD trigger")
            default:
                break
            }
            var expression = stripOnbuildKeyword(node.original)
            for heredoc in node.heredocs {
                expression += "\n" + heredoc.content + heredoc.name
            }
            return make(.onbuild(expression))
        case "workdir":
            guard args.count == 1 else { throw exactlyOne("WORKDIR") }
            try flags.parse()
            return make(.workdir(args[0]))
        case "run":
            return make(.run(try run(node, args, &flags, features: features)))
        case "cmd":
            try flags.parse()
            return make(.cmd(commandLine(node, args, emptyAsNil: false)))
        case "healthcheck":
            return make(.healthcheck(try healthcheck(node, args, &flags)))
        case "entrypoint":
            try flags.parse()
            return make(.entrypoint(commandLine(node, args, emptyAsNil: true)))
        case "expose":
            guard !args.isEmpty else { throw atLeastOne("EXPOSE") }
            try flags.parse()
            return make(.expose(args.sorted(by: goLess)))
        case "user":
            guard args.count == 1 else { throw exactlyOne("USER") }
            try flags.parse()
            return make(.user(args[0]))
        case "volume":
            guard !args.isEmpty else { throw atLeastOne("VOLUME") }
            try flags.parse()
            var volumes: [String] = []
            for volume in args {
                let trimmed = GoText.trimSpace(volume)
                if trimmed.isEmpty { throw DockerfileError(emptyVolumeMessage) }
                volumes.append(trimmed)
            }
            return make(.volume(volumes))
        case "stopsignal":
            guard args.count == 1 else { throw exactlyOne("STOPSIGNAL") }
            return make(.stopSignal(args[0]))
        case "arg":
            guard !args.isEmpty else { throw atLeastOne("ARG") }
            var definitions: [ArgDefinition] = []
            for word in args {
                var definition = ArgDefinition(key: word)
                if let equals = word.firstIndex(of: "=") {
                    let key = String(word[..<equals])
                    if key.isEmpty { throw blankNames("ARG") }
                    definition = ArgDefinition(key: key, value: String(word[word.index(after: equals)...]))
                }
                definition.comment = comment(node.comments, for: definition.key)
                definitions.append(definition)
            }
            checks += InvalidDefinitionDescription.check(
                instruction: "ARG", keys: definitions.map(\.key), comments: node.comments, lines: node.lines)
            return make(.arg(definitions))
        case "shell":
            try flags.parse()
            let shell = jsonArgs(args, isJSON: node.isJSON)
            if shell.isEmpty { throw atLeastOne("SHELL") }
            guard node.isJSON else { throw DockerfileError("SHELL requires the arguments to be in JSON form") }
            return make(.shell(shell))
        default:
            let names = allInstructionNames
            throw DockerfileError(Suggestion.wrap(
                "unknown instruction: \(node.keyword)", value: node.keyword, options: names, caseSensitive: false))
        }
    }

    /// Every instruction name, upper case, in a fixed order for deterministic suggestions.
    public static let allInstructionNames = [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ]

    /// `parseKvps`: key/value/separator triples from the line parser.
    static func keyValues(_ args: [String], _ name: String) throws(DockerfileError) -> [KeyValue] {
        if args.isEmpty { throw atLeastOne(name) }
        if args.count % 3 != 0 { throw DockerfileError("Bad input to \(name), too many arguments") }
        var pairs: [KeyValue] = []
        for i in stride(from: 0, to: args.count, by: 3) {
            if args[i].isEmpty { throw blankNames(name) }
            pairs.append(KeyValue(key: args[i], value: args[i + 1], legacy: args[i + 2].isEmpty))
        }
        return pairs
    }

    /// `parseBuildStageName`: `FROM image` or `FROM image AS name`.
    static func stageName(_ args: [String]) throws(DockerfileError) -> String? {
        if args.count == 3 && args[1].lowercased() == "as" {
            let name = args[2].lowercased()
            guard isValidStageName(name) else {
                throw DockerfileError(
                    "invalid name for build stage: \(GoText.quote(args[2])), name can't start with a number or contain symbols")
            }
            return name
        }
        guard args.count == 1 else { throw DockerfileError("FROM requires either one or three arguments") }
        return nil
    }

    /// `^[a-z][a-z0-9-_.]*$`.
    static func isValidStageName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, first >= 0x61 && first <= 0x7A else { return false }
        return bytes.dropFirst().allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
        }
    }

    /// `parseSourcesAndDest`: splits heredoc sources from paths.
    static func sourcesAndDestination(_ node: SyntaxNode, _ args: [String], _ name: String) throws(DockerfileError) -> SourcesAndDestination {
        let destination = args[args.count - 1]
        if HeredocMarker.parse(destination) != nil {
            throw DockerfileError("\(name) cannot accept a heredoc as a destination")
        }
        var bodies: [String: Heredoc] = [:]
        for heredoc in node.heredocs { bodies[heredoc.name] = heredoc }
        var paths: [String] = []
        var contents: [InlineSource] = []
        for source in args.dropLast() {
            if let marker = HeredocMarker.parse(source) {
                var data = bodies[marker.name]?.content ?? ""
                if marker.chomp { data = HeredocMarker.chomp(data) }
                contents.append(InlineSource(path: marker.name, data: data, expand: marker.expand))
            } else {
                paths.append(source)
            }
        }
        return SourcesAndDestination(sources: paths, contents: contents, destination: destination)
    }

    /// `handleJSONArgs`: exec form untouched, shell form joined into one string.
    static func jsonArgs(_ args: [String], isJSON: Bool) -> [String] {
        if args.isEmpty { return [] }
        if isJSON { return args }
        return [args.joined(separator: " ")]
    }

    /// `parseShellDependentCommand`.
    static func commandLine(_ node: SyntaxNode, _ args: [String], emptyAsNil: Bool) -> CommandLine {
        let files = node.heredocs.map { InlineFile(name: $0.name, data: $0.content, chomp: $0.chomp) }
        return CommandLine(arguments: jsonArgs(args, isJSON: node.isJSON), prependShell: !node.isJSON, files: files)
    }

    /// The ONBUILD expression: the original line without `(?i)^\s*ONBUILD\s*`.
    static func stripOnbuildKeyword(_ original: String) -> String {
        var scalars = Array(original.unicodeScalars)[...]
        func isSpace(_ s: Unicode.Scalar) -> Bool { [" ", "\t", "\n", "\u{0C}", "\r"].contains(s) }
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        guard String(scalars: scalars.prefix(7)).uppercased() == "ONBUILD" else { return original }
        scalars = scalars.dropFirst(7)
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        return String(scalars: scalars)
    }

    /// `getComment`: the text after `name ` in a comment directly above.
    static func comment(_ comments: [String], for name: String) -> String {
        if name.isEmpty { return "" }
        for line in comments where line.hasPrefix(name + " ") {
            return String(line.dropFirst(name.count + 1))
        }
        return ""
    }

    /// Go's byte-wise string order (`slices.Sort` on strings).
    static func goLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    // MARK: - messages (instructions/parse.go, instructions/commands.go)

    static let noBuildStageMessage = "no build stage in current context"
    static let emptyVolumeMessage = "VOLUME specified can not be an empty string"

    static func atLeastOne(_ name: String) -> DockerfileError {
        DockerfileError("\(name) requires at least one argument")
    }

    static func exactlyOne(_ name: String) -> DockerfileError {
        DockerfileError("\(name) requires exactly one argument")
    }

    static func noDestination(_ name: String) -> DockerfileError {
        DockerfileError("\(name) requires at least two arguments, but only one was provided. Destination could not be determined")
    }

    static func blankNames(_ name: String) -> DockerfileError {
        DockerfileError("\(name) names can not be blank")
    }
}

/// One run of the client's front end over one command line, with the state cobra keeps meanwhile.
///
/// cobra shares one `Flag` object between a persistent flag's owner and every command that
/// inherits it, keeps a per-command buffer of pflag's warnings (printed whole after each
/// successful parse), and merges persistent flags into a command only once something asks for
/// its flags. Those details decide docker's exact output, so the session models them.
struct ParseSession {
    let environment: ClientEnvironment
    /// Everything printed so far, in order.
    var output: [OutputLine] = []
    /// Each command's pflag output buffer (cobra's `flagErrorBuf`), by command key.
    var buffers: [String: String] = [:]
    /// Flags set so far (pflag's `Changed`), as "owner key|flag name".
    var changed: Set<String> = []
    /// The current value of each flag set so far, by "owner key|flag name" (cobra reads `help`'s).
    var values: [String: String] = [:]
    /// Keys of commands whose persistent flags cobra has merged into their flag sets.
    var merged: Set<String> = []
    var globalFlags: [ParsedFlag] = []
    var flags: [ParsedFlag] = []
    /// `false` while docker's help function re-traverses the line (its flags were recorded already).
    var recording = true

    init(environment: ClientEnvironment) {
        self.environment = environment
    }

    // MARK: - The steps of runDocker

    mutating func run(_ words: [String]) throws(CommandLineError) -> Invocation {
        let root = CommandNode.root
        // HandleGlobalFlags: the root's flags, up to the first non-flag word. This flag set is
        // docker's own, writing its warnings straight to stderr.
        let rootTable = root.table
        let global = FlagSetParser(flags: rootTable.merged, interspersed: false,
                                   byName: rootTable.mergedByName, byShorthand: rootTable.mergedByShorthand)
        let args: [String]
        do {
            args = try global.parse(words) { (event) throws(PflagError) in
                switch event {
                case .warning(let text):
                    output.append(OutputLine(.stderr, text))
                case let .set(flag, value, spelling, word):
                    try set(flag, value: value, spelling: spelling, word: word, at: root, global: true, direct: true)
                }
            }.arguments
        } catch {
            try initializeClient()
            throw flagError(error, at: root)
        }
        try initializeClient()
        try processBuilder(args)

        // cobra's Find runs first (and merges flags along its way); a first word that is no
        // built-in command may be an installed plugin.
        let found = find(args)
        if let first = args.first, found.failed, let plugin = environment.plugin(named: first) {
            return try runPlugin(plugin, Array(args.dropFirst()), typed: first)
        }
        let (node, rest, typed) = try traverse(from: root, args, typed: [])
        return try execute(node, rest, allArgs: args, typed: typed)
    }

    /// `DockerCli.Initialize`: the checks on global options that run before any command.
    func initializeClient() throws(CommandLineError) {
        if let level = globalFlags.last(where: { $0.spec.name == "log-level" })?.value, !level.isEmpty {
            let known = ["panic", "fatal", "error", "warn", "warning", "info", "debug", "trace"]
            if !known.contains(level.lowercased()) {
                throw CommandLineError(
                    kind: .globalOption, message: "Unable to parse logging level: \(level)", exitCode: 1, output: output)
            }
        }
        let context = globalFlags.last { $0.spec.name == "context" }?.value ?? ""
        if !context.isEmpty, globalFlags.contains(where: { $0.spec.name == "host" }) {
            throw CommandLineError(
                kind: .globalOption, message: "conflicting options: cannot specify both --host and --context",
                exitCode: 1, output: output)
        }
    }

    /// `processBuilder`: `build`, `builder ...` and `image build` go to buildx when it is installed;
    /// without it docker warns and uses the legacy builder, and `bake` fails.
    mutating func processBuilder(_ args: [String]) throws(CommandLineError) {
        guard environment.plugin(named: "buildx") == nil, let first = args.first else { return }
        if first == "bake" {
            throw CommandLineError(kind: .missingPlugin, message: Self.bakeMissingError, exitCode: 1, output: output)
        }
        if first == "builder" || first == "build" || (first == "image" && args.dropFirst().first == "build") {
            output.append(OutputLine(.stderr, Self.buildxMissingWarning + "\n\n"))
        }
    }

    // MARK: - Executing the found command (cobra's execute)

    mutating func execute(
        _ node: CommandNode, _ args: [String], allArgs: [String], typed: [String]
    ) throws(CommandLineError) -> Invocation {
        if let deprecated = node.spec.deprecated {
            output.append(OutputLine(.stdout, "Command \"\(node.spec.name)\" is deprecated, \(deprecated)\n"))
        }
        merged.insert(node.key)
        let result: FlagSetParser.Result
        if node.spec.disableFlagParsing {
            result = FlagSetParser.Result(arguments: args)
        } else {
            do {
                result = try parseFlags(at: node, args)
            } catch {
                throw flagError(error, at: node)
            }
        }
        if isTrue("help", at: node) {
            return try help(for: node, stream: .stdout, reTraverse: allArgs, typed: typed)
        }
        if node.isRoot, isTrue("version", at: node) {
            return invocation(node, result, typed: typed, action: .printVersion)
        }
        if !node.spec.runnable {
            return try help(for: node, stream: .stdout, reTraverse: allArgs, typed: typed)
        }
        if node.plugin == nil {
            try checkSupported(node)
        }
        if let message = ArgumentCheck.error(for: node, result.arguments) {
            throw CommandLineError(kind: .argumentCount, message: message, exitCode: 1, output: output)
        }
        return try runE(node, result, typed: typed)
    }

    /// What the command's `RunE` does when it only prints help or refuses; otherwise `.run`.
    mutating func runE(
        _ node: CommandNode, _ result: FlagSetParser.Result, typed: [String]
    ) throws(CommandLineError) -> Invocation {
        let args = result.arguments
        if node.isRoot {
            guard let first = args.first else {
                return invocation(node, result, typed: typed, action: .showHelp(.stderr))
            }
            throw CommandLineError(
                kind: .unknownCommand,
                message: "docker: unknown command: docker \(first)\n\nRun 'docker --help' for more information",
                exitCode: 1, output: output)
        }
        if node.spec.isPlugin {
            return try pluginRootRunE(node, result, typed: typed)
        }
        if node.parent?.isRoot == true, node.spec.name == "help" {
            return try helpCommand(args, typed: typed)
        }
        if node.key == "manifest" {
            // `docker manifest`'s own Run: a blank line, then the usage, to stderr.
            output.append(OutputLine(.stderr, "\n"))
            return invocation(node, result, typed: typed, action: .showHelp(.stderr))
        }
        if !node.spec.subcommands.isEmpty, node.plugin == nil {
            // Docker's management commands: `RunE: command.ShowHelp(dockerCli.Err())`.
            return invocation(node, result, typed: typed, action: .showHelp(.stderr))
        }
        return invocation(node, result, typed: typed, action: .run)
    }

    func invocation(
        _ node: CommandNode, _ result: FlagSetParser.Result, typed: [String], action: Invocation.Action
    ) -> Invocation {
        Invocation(
            command: node.spec, typedPath: typed, path: node.names, canonicalPath: node.canonicalPath,
            globalFlags: globalFlags, flags: flags, arguments: result.arguments,
            argumentsBeforeDash: result.argumentsBeforeDash, action: action, output: output)
    }

    // MARK: - Flags

    /// cobra's `c.ParseFlags`: the command's merged flag set; warnings go to the command's buffer,
    /// which cobra prints whole (to stdout) after a successful parse.
    mutating func parseFlags(at node: CommandNode, _ args: [String]) throws(PflagError) -> FlagSetParser.Result {
        merged.insert(node.key)
        let table = node.table
        let parser = FlagSetParser(
            flags: table.merged, interspersed: node.spec.interspersed, normalize: node.spec.flagNameAliases,
            byName: table.mergedByName, byShorthand: table.mergedByShorthand)
        let before = buffers[node.key, default: ""].utf8.count
        let result = try parser.parse(args) { (event) throws(PflagError) in
            switch event {
            case .warning(let text):
                buffers[node.key, default: ""] += text
            case let .set(flag, value, spelling, word):
                try set(flag, value: value, spelling: spelling, word: word, at: node, global: node.isRoot, direct: false)
            }
        }
        let buffer = buffers[node.key, default: ""]
        if buffer.utf8.count > before {
            output.append(OutputLine(.stdout, buffer))
        }
        return result
    }

    /// pflag's `FlagSet.Set`: the value check, then `Changed`, then the deprecation warning, which
    /// goes straight to stderr (`direct`, docker's own global flag set) or to the command's buffer.
    mutating func set(
        _ flag: FlagSpec, value: String, spelling: ParsedFlag.Spelling, word: String, at node: CommandNode,
        global: Bool, direct: Bool
    ) throws(PflagError) {
        let commandPath = node.isRoot ? "" : node.canonicalPath
        // A value only known at run time (`-p "$PORT:80"`, marked by the shell lexer) is not checked.
        if !value.contains(ShellWord.opaqueMarker),
           let reason = flagValueError(commandPath: commandPath, flag: flag, value: value)
            ?? PflagValueCheck.error(flag, value) {
            throw .invalidValue(value: value, flagName: flag.errorName, reason: reason)
        }
        let key = node.owner(of: flag.name) + "|" + flag.name
        changed.insert(key)
        values[key] = value
        if recording {
            let parsed = ParsedFlag(spec: flag, value: value, spelling: spelling, word: word)
            if global { globalFlags.append(parsed) } else { flags.append(parsed) }
        }
        if let message = flag.deprecated {
            let text = "Flag --\(flag.name) has been deprecated, \(message)\n"
            if direct {
                output.append(OutputLine(.stderr, text))
            } else {
                buffers[node.key, default: ""] += text
            }
        }
    }

    func isChanged(_ name: String, at node: CommandNode) -> Bool {
        changed.contains(node.owner(of: name) + "|" + name)
    }

    /// The value of a bool flag as cobra's `GetBool` sees it (`--help=false` is no help).
    func isTrue(_ name: String, at node: CommandNode) -> Bool {
        values[node.owner(of: name) + "|" + name].flatMap(GoParse.bool) ?? false
    }

    /// docker's `FlagErrorFunc` (after its `isSupported` pre-check), or compose's override.
    func flagError(_ error: PflagError, at node: CommandNode) -> CommandLineError {
        if node.flagErrors == .plainExitOne {
            return CommandLineError(kind: .flag, message: error.text, exitCode: 1, output: output)
        }
        if node.plugin == nil, let unsupported = Support.error(for: node, changed: changed, daemon: environment.daemon) {
            return CommandLineError(kind: .unsupported, message: unsupported, exitCode: 1, output: output)
        }
        let message = "\(error.text)\n\nUsage:  \(node.useLine)\n\nRun '\(node.commandPath) --help' for more information"
        return CommandLineError(kind: .flag, message: message, exitCode: 125, output: output)
    }

    func checkSupported(_ node: CommandNode) throws(CommandLineError) {
        if let message = Support.error(for: node, changed: changed, daemon: environment.daemon) {
            throw CommandLineError(kind: .unsupported, message: message, exitCode: 1, output: output)
        }
    }

    static let buildxMissingWarning = """
        DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
                    Install the buildx component to build images with BuildKit:
                    https://docs.docker.com/go/buildx/
        """

    static let bakeMissingError = """
        ERROR: docker bake requires the buildx component but it is missing or broken.
               Install the buildx component to use bake:
               https://docs.docker.com/go/buildx/
        """
}

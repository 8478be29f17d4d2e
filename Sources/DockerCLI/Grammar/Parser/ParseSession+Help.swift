/// How docker gets to help: `--help`, non-runnable groups, `docker help X`, and the plugin roots.
extension ParseSession {
    /// cobra calls the help function with the whole line; docker's help function first re-traverses
    /// it looking for a plugin (`tryRunPluginHelp`), which re-parses parent flags (and re-prints
    /// their cumulative warning buffers), then checks daemon support, then renders help.
    mutating func help(
        for node: CommandNode, stream: OutputLine.Stream, reTraverse args: [String], typed: [String]
    ) throws(CommandLineError) -> Invocation {
        if !args.isEmpty, node.plugin == nil {
            recording = false
            defer { recording = true }
            do {
                _ = try traverse(from: .root, args, typed: [])
            } catch {
                // docker prints the error (to stdout) instead of the help, and exits 0.
                throw CommandLineError(
                    kind: .parentFlag, message: "", exitCode: 0,
                    output: error.output + [OutputLine(.stdout, error.message + "\n")])
            }
        }
        if node.plugin == nil, let message = Support.error(for: node, changed: changed, daemon: environment.daemon) {
            throw CommandLineError(
                kind: .unsupported, message: "", exitCode: 0, output: output + [OutputLine(.stdout, message + "\n")])
        }
        return Invocation(
            command: node.spec, typedPath: typed, path: node.names, canonicalPath: node.canonicalPath,
            globalFlags: globalFlags, flags: flags, arguments: [], argumentsBeforeDash: nil,
            action: .showHelp(stream), output: output)
    }

    /// `docker help [command]`: help for the command the words name (plugins included), or
    /// `unknown help topic: ...` for words left over.
    mutating func helpCommand(_ args: [String], typed: [String]) throws(CommandLineError) -> Invocation {
        if let first = args.first, let plugin = environment.plugin(named: first), findFails(args) {
            let node = CommandNode(spec: plugin, ancestors: [CommandTree.docker])
            return try help(for: node, stream: .stdout, reTraverse: [], typed: [first])
        }
        let found = find(args)
        if found.failed || !found.rest.isEmpty {
            throw CommandLineError(
                kind: .unknownHelpTopic, message: "unknown help topic: \(found.rest.joined(separator: " "))",
                exitCode: 1, output: output)
        }
        return try help(for: found.node, stream: .stdout, reTraverse: [], typed: found.node.names)
    }

    // MARK: - CLI plugins

    /// A plugin runs as its own program, with its own cobra tree under a `docker` root that has
    /// the global flags (already checked by docker, so its walk starts at the plugin's root).
    mutating func runPlugin(_ plugin: CommandSpec, _ args: [String], typed: String) throws(CommandLineError) -> Invocation {
        let root = CommandNode(spec: plugin, ancestors: [CommandTree.docker])
        let (node, rest, path) = try traverse(from: root, args, typed: [typed])
        return try execute(node, rest, allArgs: [], typed: path)
    }

    /// The plugin roots' own `RunE`: help without arguments, else help and an error.
    mutating func pluginRootRunE(
        _ node: CommandNode, _ result: FlagSetParser.Result, typed: [String]
    ) throws(CommandLineError) -> Invocation {
        guard let first = result.arguments.first else {
            return invocation(node, result, typed: typed, action: .showHelp(.stdout))
        }
        if node.spec.name == "compose", isTrue("version", at: node) {
            return invocation(node, result, typed: typed, action: .run)
        }
        let helpText = HelpRenderer(environment: environment).render(node)
        let message = node.spec.name == "compose"
            ? "unknown docker command: \(GoQuote.string("compose " + first))"
            : "ERROR: unknown command: \(GoQuote.string(first))"
        throw CommandLineError(
            kind: .unknownCommand, message: message, exitCode: 1, output: output + [OutputLine(.stdout, helpText)])
    }
}

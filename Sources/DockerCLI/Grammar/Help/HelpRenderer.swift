/// Renders a command's `--help` exactly as docker does (its usage template over cobra).
///
/// docker wraps the `Options:` table to the width of the terminal on stdin, or to 80 columns
/// when stdin is not a terminal (a pipe, a file, a test): `width` is that number. What help lists
/// depends on the client's setup (installed plugins appear as `compose*`) and on the daemon
/// (docker hides commands and flags the daemon cannot serve), both taken from `environment`.
public struct HelpRenderer: Sendable {
    public var environment: ClientEnvironment
    /// The terminal width in columns; docker uses 80 when stdin is not a terminal.
    public var width: Int

    public init(environment: ClientEnvironment = .standard, width: Int = 80) {
        self.environment = environment
        self.width = width
    }

    /// The help of the command at `path` (`[]` for `docker`, `["container", "ls"]`,
    /// `["compose", "up"]` for an installed plugin), or `nil` when there is no such command.
    public func render(path: [String]) -> String? {
        guard let node = node(at: path) else { return nil }
        return render(node)
    }

    /// The help of the command an invocation resolved to.
    public func render(_ invocation: Invocation) -> String {
        render(path: invocation.path) ?? ""
    }

    func node(at path: [String]) -> CommandNode? {
        var node = CommandNode.root
        for (index, word) in path.enumerated() {
            if index == 0, node.child(word) == nil, let plugin = environment.plugin(named: word) {
                node = CommandNode(spec: plugin, ancestors: [CommandTree.docker])
                continue
            }
            guard let next = node.child(word) else { return nil }
            node = next
        }
        return node
    }

    // MARK: - The usage template

    func render(_ node: CommandNode) -> String {
        let spec = node.spec
        let children = visibleChildren(of: node)
        let hasSubCommands = !children.all.isEmpty
        let flags = node.flags(merged: true).filter { !isHidden($0, in: node) }
        let hasFlags = !flags.isEmpty
        var out = "Usage:"
        if hasSubCommands {
            out += "  " + node.commandPath + (hasFlags ? " [OPTIONS]" : "") + " COMMAND"
        } else {
            out += "  " + node.useLine
        }
        out += "\n\n" + trim(spec.long.flatMap { $0.isEmpty ? nil : $0 } ?? spec.short)
        if isExperimental(node) {
            out += """


                EXPERIMENTAL:
                  \(node.commandPath) is an experimental feature.
                  Experimental features provide early access to product functionality. These
                  features may change between releases without warning, or can be removed from a
                  future release. Learn more about experimental features in our documentation:
                  https://docs.docker.com/go/experimental/
                """
        }
        if !spec.aliases.isEmpty || spec.aliasPaths?.isEmpty == false {
            out += "\n\nAliases:\n  " + aliasesLine(node)
        }
        if let example = spec.example, !example.isEmpty {
            out += "\n\nExamples:\n" + example
        }
        if !node.isRoot && hasFlags {
            out += "\n\nOptions:\n" + trimRight(flagTable(flags))
        }
        let padding = namePadding(node)
        if node.isRoot {
            let top = children.top
            if !top.isEmpty {
                out += "\n\nCommon Commands:"
                for child in top { out += "\n  " + pad(decorated(child), padding + 1) + child.short }
            }
        }
        if !children.management.isEmpty {
            out += "\n\nManagement Commands:"
            for child in children.management { out += "\n  " + pad(decorated(child), padding + 1) + child.short }
        }
        if !children.swarm.isEmpty {
            out += "\n\nSwarm Commands:"
            for child in children.swarm { out += "\n  " + pad(decorated(child), padding + 1) + child.short }
        }
        if !children.operations.isEmpty {
            out += "\n\nCommands:"
            for child in children.operations { out += "\n  " + pad(child.name, padding) + " " + child.short }
        }
        if node.isRoot && hasFlags {
            out += "\n\nGlobal Options:\n" + trimRight(flagTable(flags))
        }
        if hasSubCommands {
            out += "\n\nRun '\(node.commandPath) COMMAND --help' for more information on a command."
        }
        if let more = spec.additionalHelp, !more.isEmpty {
            out += "\n\n" + more
        }
        return out + "\n"
    }

    private func flagTable(_ flags: [FlagSpec]) -> String {
        FlagUsages.render(flags, columns: width - 1, configDirectory: environment.configDirectory)
    }

    // MARK: - Which commands and flags show

    /// The subcommands help lists, in cobra's name order, split into docker's sections.
    private func visibleChildren(of node: CommandNode) -> (
        all: [CommandSpec], top: [CommandSpec], management: [CommandSpec], swarm: [CommandSpec], operations: [CommandSpec]
    ) {
        var all = node.spec.subcommands
        if node.isRoot {
            all += environment.plugins
        }
        all.sort { $0.name < $1.name }
        let available = all.filter { isAvailable($0, under: node) }
        let top = node.isRoot
            ? available.filter { $0.topOrder != nil && !$0.isPlugin }.enumerated()
                .sorted { ($0.element.topOrder ?? 0, $0.offset) < ($1.element.topOrder ?? 0, $1.offset) }.map(\.element)
            : []
        let groups = available.filter { $0.isPlugin || !$0.subcommands.isEmpty }
        let management = groups.filter { !isSwarm($0) }
        let swarm = groups.filter { isSwarm($0) && !$0.isPlugin }
        let operations = available.filter {
            !$0.isPlugin && $0.subcommands.isEmpty && !(node.isRoot && $0.topOrder != nil)
        }
        return (all, top, management, swarm, operations)
    }

    private func isSwarm(_ spec: CommandSpec) -> Bool {
        spec.requirements.contains { if case .swarm = $0 { return true } else { return false } }
    }

    /// cobra's `IsAvailableCommand`, after docker's `hideUnsupportedFeatures` and its hiding of
    /// `bake` when buildx is missing.
    private func isAvailable(_ spec: CommandSpec, under parent: CommandNode) -> Bool {
        if spec.isPlugin { return true }
        if spec.hidden || spec.deprecated != nil { return false }
        if parent.isRoot && spec.name == "help" { return false }
        if parent.isRoot && spec.name == "bake" && environment.plugin(named: "buildx") == nil { return false }
        if isUnsupported(spec.requirements) { return false }
        return spec.runnable || spec.subcommands.contains { isAvailable($0, under: parent) }
    }

    private func isHidden(_ flag: FlagSpec, in node: CommandNode) -> Bool {
        flag.hidden || isUnsupported(flag.requirements)
    }

    /// docker's `hideUnsupportedFeatures` conditions.
    private func isUnsupported(_ requirements: [CommandSpec.Requirement]) -> Bool {
        let daemon = environment.daemon
        for requirement in requirements {
            switch requirement {
            case .experimental:
                if !daemon.experimental { return true }
            case .osType(let os):
                if let actual = daemon.osType, !actual.isEmpty, actual != os { return true }
            case .swarm(let role):
                guard let status = daemon.swarm else { continue }
                if role == .manager && !status.controlAvailable { return true }
                if role == .active && status.nodeState == "inactive" { return true }
            case .minimumAPIVersion(let version):
                if APIVersion.less(daemon.apiVersion, version) { return true }
            case .experimentalCLI:
                continue
            }
        }
        return false
    }

    private func isExperimental(_ node: CommandNode) -> Bool {
        (node.ancestors + [node.spec]).contains { $0.requirements.contains(.experimentalCLI) }
    }

    // MARK: - Text helpers

    /// docker's `commandAliases`: the annotation, or the path followed by each alias's path.
    private func aliasesLine(_ node: CommandNode) -> String {
        if let paths = node.spec.aliasPaths, !paths.isEmpty { return paths }
        let parentPath = node.parent.map { $0.commandPath + " " } ?? ""
        return ([node.commandPath] + node.spec.aliases.map { parentPath + $0 }).joined(separator: ", ")
    }

    /// cobra's `NamePadding`: the longest sibling name (hidden ones too), at least 11.
    private func namePadding(_ node: CommandNode) -> Int {
        var names = node.spec.subcommands.map(\.name)
        if node.isRoot { names += environment.plugins.map(\.name) }
        return max(11, names.map { $0.utf8.count }.max() ?? 0)
    }

    private func decorated(_ spec: CommandSpec) -> String {
        spec.name + (spec.isPlugin ? "*" : " ")
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.utf8.count))
    }

    private func trim(_ s: String) -> String {
        String(s.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    private func trimRight(_ s: String) -> String {
        String(s.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// A command in its place in the tree: the spec and its ancestors, which cobra derives its
/// paths, usage lines and inherited flags from.
struct CommandNode {
    /// The command.
    let spec: CommandSpec
    /// Its ancestors, the root first (empty for the root).
    let ancestors: [CommandSpec]
    /// The path without `docker` (`"container ls"`), the key for per-command state.
    let key: String

    init(spec: CommandSpec, ancestors: [CommandSpec]) {
        self.spec = spec
        self.ancestors = ancestors
        key = ancestors.isEmpty ? "" : (ancestors.dropFirst().map(\.name) + [spec.name]).joined(separator: " ")
    }

    /// The command's lookup tables.
    var table: FlagTable { CommandIndex.table(for: self) }

    /// The root of the docker client.
    static let root = CommandNode(spec: CommandTree.docker, ancestors: [])

    var isRoot: Bool { ancestors.isEmpty }

    /// The names below the root (`["container", "ls"]`).
    var names: [String] { ancestors.dropFirst().map(\.name) + (isRoot ? [] : [spec.name]) }

    /// cobra's `CommandPath()`: `"docker container ls"`.
    var commandPath: String { (ancestors.map(\.name) + [spec.name]).joined(separator: " ") }

    /// cobra's `Use`: the name and the usage (`"ls [OPTIONS]"`).
    var use: String { spec.usage.isEmpty ? spec.name : spec.name + " " + spec.usage }

    /// cobra's `UseLine()`, with docker's `DisableFlagsInUseLine`: `"docker container ls [OPTIONS]"`.
    var useLine: String {
        var line = parent.map { $0.commandPath + " " + use } ?? use
        if spec.flagsInUseLine, flags(merged: true).contains(where: { !$0.hidden }), !line.contains("[flags]") {
            line += " [flags]"
        }
        return line
    }

    /// The parent command, `nil` for the root.
    var parent: CommandNode? {
        guard let last = ancestors.last else { return nil }
        return CommandNode(spec: last, ancestors: Array(ancestors.dropLast()))
    }

    /// The management form of the command without `docker` (`"container ls"` for `ps`).
    var canonicalPath: String { spec.canonicalPath ?? key }

    /// The innermost CLI plugin this command belongs to, if any.
    var plugin: CommandSpec? {
        (ancestors + [spec]).last { $0.isPlugin }
    }

    /// How flag errors are reported here (compose overrides docker's `FlagErrorFunc`).
    var flagErrors: CommandSpec.FlagErrorStyle {
        plugin?.flagErrors ?? .docker
    }

    /// cobra's `findNext`: the direct subcommand named or aliased `word`.
    func child(_ word: String) -> CommandNode? {
        guard !spec.subcommands.isEmpty, let index = table.children[word] else { return nil }
        return CommandNode(spec: spec.subcommands[index], ancestors: ancestors + [spec])
    }

    /// cobra's `c.Flags()`: before cobra merges persistent flags only the local ones; after,
    /// also the command's own and its ancestors' persistent flags (a name already present wins).
    func flags(merged: Bool) -> [FlagSpec] {
        merged ? table.merged : table.local
    }

    /// The flag named `name` in the local or merged set (pflag's `formal` lookup).
    func flag(named name: String, merged: Bool) -> FlagSpec? {
        let table = self.table
        if merged { return table.mergedByName[name].map { table.merged[$0] } }
        return table.localByName[name].map { table.local[$0] }
    }

    /// The flag with this shorthand in the local or merged set.
    func flag(shorthand: Character, merged: Bool) -> FlagSpec? {
        let table = self.table
        if merged { return table.mergedByShorthand[shorthand].map { table.merged[$0] } }
        return table.localByShorthand[shorthand].map { table.local[$0] }
    }

    /// The command that owns the flag named `name` as seen from here: this command when it
    /// defines the flag, else the nearest ancestor whose persistent flag it inherits.
    func owner(of name: String) -> String {
        table.owners[name] ?? key
    }
}

/// A command in its place in the tree: the spec and its ancestors, which cobra derives its
/// paths, usage lines and inherited flags from.
struct CommandNode {
    /// The command.
    let spec: CommandSpec
    /// Its ancestors, the root first (empty for the root).
    let ancestors: [CommandSpec]

    /// The root of the docker client.
    static let root = CommandNode(spec: CommandTree.docker, ancestors: [])

    var isRoot: Bool { ancestors.isEmpty }

    /// The names below the root (`["container", "ls"]`).
    var names: [String] { ancestors.dropFirst().map(\.name) + (isRoot ? [] : [spec.name]) }

    /// The path without `docker` (`"container ls"`), the key for per-command state.
    var key: String { names.joined(separator: " ") }

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
        spec.subcommand(named: word).map { CommandNode(spec: $0, ancestors: ancestors + [spec]) }
    }

    /// cobra's `c.Flags()`: before cobra merges persistent flags only the local ones; after,
    /// also the command's own and its ancestors' persistent flags (a name already present wins).
    func flags(merged: Bool) -> [FlagSpec] {
        guard merged else { return spec.flags.filter { !$0.persistent } }
        var all = spec.flags
        for ancestor in ancestors.reversed() {
            for flag in ancestor.flags where flag.persistent && !all.contains(where: { $0.name == flag.name }) {
                all.append(flag)
            }
        }
        return all
    }

    /// The command that owns the flag named `name` as seen from here: this command when it
    /// defines the flag, else the nearest ancestor whose persistent flag it inherits.
    func owner(of name: String) -> String {
        if spec.flags.contains(where: { $0.name == name }) { return key }
        for (index, ancestor) in ancestors.enumerated().reversed()
        where ancestor.flags.contains(where: { $0.name == name && $0.persistent }) {
            return index == 0 ? "" : ancestors[1...index].map(\.name).joined(separator: " ")
        }
        return key
    }
}

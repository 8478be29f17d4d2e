/// Lookup tables over the command trees, built once, for what the parser asks for every word.
///
/// The trees are static data, but the parser asks them the same questions per word: which flag
/// is `--name`, does `-d` take a value, which subcommand is `ls`, who owns `--help`. Answering
/// by scanning a command's hundred flags (and copying them) made parsing a long script slow;
/// these tables answer by dictionary lookup. They are computed from the trees, never edited.
final class FlagTable: Sendable {
    /// The command's own flags that are not persistent (cobra's `LocalNonPersistentFlags`).
    let local: [FlagSpec]
    /// Its own flags, then the persistent flags it inherits (`CommandNode.flags(merged: true)`).
    let merged: [FlagSpec]
    let localByName: [String: Int]
    let localByShorthand: [Character: Int]
    let mergedByName: [String: Int]
    let mergedByShorthand: [Character: Int]
    /// The merged flags with daemon requirements, sorted by name (docker's `areFlagsSupported` order).
    let withRequirements: [FlagSpec]
    /// Subcommand names and aliases → index in `spec.subcommands` (the first one wins, as cobra's).
    let children: [String: Int]
    /// For each merged flag name, the key of the command that owns it (`CommandNode.owner(of:)`).
    let owners: [String: String]
    /// The command's name and flag count, to tell a known node from a same-keyed stranger.
    let name: String
    let flagCount: Int

    init(node: CommandNode) {
        name = node.spec.name
        flagCount = node.spec.flags.count
        let spec = node.spec
        local = spec.flags.filter { !$0.persistent }
        var all = spec.flags
        var seen = Set(all.map(\.name))
        var owners: [String: String] = [:]
        for flag in spec.flags { owners[flag.name] = node.key }
        for (index, ancestor) in node.ancestors.enumerated().reversed() {
            let key = index == 0 ? "" : node.ancestors[1...index].map(\.name).joined(separator: " ")
            for flag in ancestor.flags where flag.persistent {
                if owners[flag.name] == nil { owners[flag.name] = key }
                if seen.insert(flag.name).inserted { all.append(flag) }
            }
        }
        merged = all
        self.owners = owners
        localByName = Self.byName(local)
        localByShorthand = Self.byShorthand(local)
        mergedByName = Self.byName(all)
        mergedByShorthand = Self.byShorthand(all)
        withRequirements = all.filter { !$0.requirements.isEmpty }.sorted { $0.name < $1.name }
        var children: [String: Int] = [:]
        for (index, child) in spec.subcommands.enumerated() {
            for name in child.names where children[name] == nil { children[name] = index }
        }
        self.children = children
    }

    static func byName(_ flags: [FlagSpec]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (index, flag) in flags.enumerated() where out[flag.name] == nil { out[flag.name] = index }
        return out
    }

    static func byShorthand(_ flags: [FlagSpec]) -> [Character: Int] {
        var out: [Character: Int] = [:]
        for (index, flag) in flags.enumerated() {
            if let short = flag.shorthand, out[short] == nil { out[short] = index }
        }
        return out
    }
}

/// The tables of every command of the docker tree and of the plugins docker-tutor knows.
enum CommandIndex {
    /// Tables by command key (`"container run"`, `"compose up"`, `""` for the root).
    static let tables: [String: FlagTable] = {
        var out: [String: FlagTable] = [:]
        func walk(_ node: CommandNode) {
            out[node.key] = FlagTable(node: node)
            for child in node.spec.subcommands {
                walk(CommandNode(spec: child, ancestors: node.ancestors + [node.spec]))
            }
        }
        walk(CommandNode.root)
        for plugin in [CommandTree.composePlugin, CommandTree.buildxPlugin] {
            walk(CommandNode(spec: plugin, ancestors: [CommandTree.docker]))
        }
        return out
    }()

    /// The table for `node` (built on the spot for a tree this index does not know).
    static func table(for node: CommandNode) -> FlagTable {
        if let table = tables[node.key], table.name == node.spec.name, table.flagCount == node.spec.flags.count {
            return table
        }
        return FlagTable(node: node)
    }
}

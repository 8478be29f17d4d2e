/// Chinese for docker's own help texts: every visible command's description and flag's usage.
///
/// The table is keyed by the English text itself, as a gettext catalogue is: docker reuses one
/// usage for many flags (`--format` has the same text on thirty commands), so a text is
/// translated once and reads the same everywhere, and when a docker release rewords a text the
/// completeness test names the new one. The entries are split by area (`zh+Container.swift`...);
/// a test fails when a visible command or flag of the docker tree or of compose has no entry.
public enum Translations {
    /// The Chinese for an English help text, when the table has it.
    public static func zh(_ english: String) -> String? {
        table[english]
    }

    /// A help text in `language` (English texts are docker's own).
    public static func text(_ english: String, _ language: Language) -> String {
        switch language {
        case .en: return english
        case .zh: return table[english] ?? english
        }
    }

    /// All entries.
    static let table: [String: String] = {
        var all: [String: String] = [:]
        for part in [container, image, system, network, swarm, other, compose, root] {
            all.merge(part) { first, _ in first }
        }
        return all
    }()

    /// Every English text `explain` may show: the visible commands' descriptions and the visible
    /// flags' usages of the docker tree and the compose plugin, with the command path they belong to.
    public static func englishTexts() -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        func walk(_ spec: CommandSpec, path: String) {
            if spec.hidden { return }
            out.append((path.isEmpty ? "docker" : path, spec.short))
            for flag in spec.flags where !flag.hidden {
                out.append((path + " --" + flag.name, flag.usage))
            }
            for child in spec.subcommands {
                walk(child, path: path.isEmpty ? child.name : path + " " + child.name)
            }
        }
        walk(CommandTree.docker, path: "")
        walk(CommandTree.composePlugin, path: "compose")
        return out
    }
}

/// A relative host path in `-v` that docker reads as a volume name.
///
/// `-v data/x:/x` looks like a directory next to the script, but docker only treats sources that
/// start with `/`, `.` or `~` as host paths: anything else names a volume, and volume names
/// cannot hold a slash, so the daemon refuses it. Inside quotes, `~` is not expanded by the shell.
public struct RelativeBindPath: LintRule {
    public static let id = "DT004"
    public static let name = "relative-bind-path"
    public static let title = LocalizedText(
        en: "relative -v source read as a volume name",
        zh: "-v 的相对路径被当作卷名")
    public static let explanation = LocalizedText(
        en: """
            In `-v SOURCE:TARGET`, docker treats SOURCE as a host path only when it starts with `/`, `.` or `~`; \
            any other word is the name of a volume. `-v data/x:/x` is therefore a volume named `data/x`, which \
            the daemon refuses (volume names cannot contain `/`), and `-v data:/x` silently creates a volume \
            named data instead of mounting the data directory. Write `./data/x` (relative to the current \
            directory) or an absolute path for a bind mount. `~` is only expanded by the shell when unquoted.
            """,
        zh: """
            在 `-v 源:目标` 中，只有以 `/`、`.` 或 `~` 开头的源才会被当作宿主机路径，其他写法都是卷名。\
            因此 `-v data/x:/x` 表示一个名为 `data/x` 的卷，守护进程会拒绝它（卷名不能包含 `/`）。\
            要做绑定挂载，请写 `./data/x`（相对于当前目录）或绝对路径。另外，`~` 只有在不加引号时才会被 shell 展开。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer else { return [] }
        return command.anatomy.occurrences(ofFlag: "volume").compactMap { occurrence in
            let word = occurrence.use.valueWord ?? occurrence.word
            guard !command.words[word].isOpaque, case .success(let spec) = VolumeSpec.parse(occurrence.use.value) else {
                return nil
            }
            if spec.type == .volume, spec.source.contains("/") {
                return RuleFinding(rule: Self.id, message: Self.volumeMessage(spec.source), word: word)
            }
            // The shell expands `~` only at the start of an unquoted word.
            if spec.source.hasPrefix("~"), !command.words[word].raw.hasPrefix("~") {
                return RuleFinding(rule: Self.id, message: Self.tildeMessage(spec.source), word: word)
            }
            return nil
        }
    }

    static func volumeMessage(_ source: String) -> String {
        "docker reads \(source) as a volume name, and volume names cannot contain '/'; write ./\(source) for a directory"
    }

    static func tildeMessage(_ source: String) -> String {
        "the shell does not expand this ~ (quoted, or not at the start of the word), so docker gets \(source) literally; use $HOME or an unquoted ~ at the start"
    }
}

/// A shell expansion decides what docker does with the line, so `check` cannot judge it.
///
/// `docker $CMD`, `docker run $OPTS redis`, `docker tag $IMAGES`: the command name, the flags or
/// the number of arguments are only known when the script runs. Rather than guess, the verdict
/// is `unknown` and this rule says which word decides.
public struct OpaqueWordDecides: LintRule {
    public static let id = "DT000"
    public static let name = "opaque-word-decides"
    public static let title = LocalizedText(
        en: "A shell expansion decides the command",
        zh: "命令取决于运行时才展开的 shell 变量")
    public static let explanation = LocalizedText(
        en: """
            A word such as $CMD, $OPTS or "$@" is only known when the script runs. Where docker expects \
            a command name or flags, or where the number of arguments matters, its value decides whether \
            docker accepts the line, so check reports "unknown" instead of guessing. Write the command \
            name and the flags literally, and keep variables for values (an image, a name, a port).
            """,
        zh: """
            像 $CMD、$OPTS 或 "$@" 这样的词要到脚本运行时才知道取值。如果它出现在 docker 期待命令名或选项的位置，\
            或者参数个数取决于它，那么 docker 是否接受这一行就由它的值决定，所以 check 会报告“unknown”，而不是去猜。\
            请把命令名和选项直接写出来，只把变量用于值（镜像、名称、端口等）。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.verdict.status == .unknown else { return [] }
        return [RuleFinding(rule: Self.id, message: Self.message(command.verdict.note), word: command.verdict.word)]
    }

    static func message(_ note: String?) -> String {
        "cannot judge this line: " + (note ?? "a shell expansion decides it")
    }
}

/// `-t` (usually `-it`) in a script that may run without a terminal.
///
/// Typed at a prompt, `docker run -it` is what you want. In a script run by CI or cron there is
/// no terminal, and docker refuses with `the input device is not a TTY`.
public struct TerminalInScript: LintRule {
    public static let id = "DT005"
    public static let name = "terminal-in-script"
    public static let title = LocalizedText(
        en: "-t in a non-interactive script",
        zh: "非交互脚本中使用了 -t")
    public static let explanation = LocalizedText(
        en: """
            `-t` allocates a pseudo-terminal and `-i` keeps standard input open; together they make an \
            interactive session. A script that runs without a terminal (CI jobs, cron, `ssh host script`) \
            makes docker fail with "the input device is not a TTY", and `-t` alone mixes stdout and stderr \
            and adds carriage returns to the output. Drop `-t` (and `-i` unless you pipe input) in scripts.
            """,
        zh: """
            `-t` 分配一个伪终端，`-i` 保持标准输入打开，二者合起来就是交互式会话。脚本在没有终端的环境里运行时\
            （CI 任务、cron、`ssh 主机 脚本`），docker 会报错 “the input device is not a TTY”；单独的 `-t` 也会把 \
            stdout 和 stderr 混在一起，并在输出里加上回车符。在脚本里请去掉 `-t`（除非要通过管道输入，否则也去掉 `-i`）。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.inScript, command.createsContainer || command.path == "container exec" else { return [] }
        guard let occurrence = command.anatomy.occurrences(ofFlag: "tty").first(where: { $0.use.value == "true" }) else {
            return []
        }
        let interactive = command.anatomy.occurrences(ofFlag: "interactive").contains { $0.use.value == "true" }
        return [RuleFinding(rule: Self.id, message: Self.message(interactive: interactive), word: occurrence.word)]
    }

    static func message(interactive: Bool) -> String {
        interactive
            ? "-it needs a terminal: run without one (CI, cron), docker fails with \"the input device is not a TTY\""
            : "-t allocates a terminal the script may not have, and merges stderr into stdout"
    }
}

/// Reports `sudo` in RUN.
public enum SudoInRun: TeachingRule {
    public static let info = LintRuleInfo(
        id: "SudoInRun", origin: .tutor, summary: summary,
        explanation: """
            RUN already runs as the current USER (root unless you changed it), and sudo is \
            usually not installed in images; when it is, it adds an unpredictable TTY and \
            signal layer. Run root-only steps before your `USER` line, or switch with \
            `USER root` ... `USER app` around them.
            """,
        explanationZH: """
            RUN 本来就以当前 USER 的身份执行（没改过就是 root），而且镜像里通常没有安装 sudo；\
            即使装了，它也会带来难以预料的终端和信号问题。需要 root 的步骤请放在 `USER` 之前，\
            或者用 `USER root` …… `USER app` 临时切换。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (_, commands) in context.runs {
            for command in commands {
                guard let index = command.words.firstIndex(where: { $0.text == "sudo" }),
                      index < (command.programIndex ?? command.words.count) else { continue }
                findings.append(finding(message, at: command.words[index]))
            }
        }
        return findings
    }

    static let message = "Don't use sudo in RUN; steps already run as the current USER"
    static let summary = "Don't use sudo in RUN"
}

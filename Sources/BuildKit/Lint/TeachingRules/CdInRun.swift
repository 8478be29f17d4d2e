/// Reports `cd` used as a command in RUN, where WORKDIR is meant.
public enum CdInRun: TeachingRule {
    public static let info = LintRuleInfo(
        id: "CdInRun", origin: .tutor, summary: summary,
        explanation: """
            Each RUN starts a new shell in the working directory, so `RUN cd /app` has no effect \
            on the next instruction, and `cd dir && make` hides where things happen. Use \
            `WORKDIR /app`, which also applies to later RUN, COPY, CMD and ENTRYPOINT.
            """,
        explanationZH: """
            每个 RUN 都会在工作目录里启动一个新的 shell，所以 `RUN cd /app` 对下一条指令没有任何作用，\
            `cd dir && make` 也会让人看不清命令在哪里执行。请使用 `WORKDIR /app`，\
            它对后面的 RUN、COPY、CMD 和 ENTRYPOINT 都有效。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (_, commands) in context.runs {
            for command in commands where command.programName == "cd" {
                if let program = command.program { findings.append(finding(message, at: program)) }
            }
        }
        return findings
    }

    static let message = "Use WORKDIR to change directory instead of 'cd' in RUN"
    static let summary = "Use WORKDIR instead of cd"
}

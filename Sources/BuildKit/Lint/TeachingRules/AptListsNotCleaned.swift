/// Reports a RUN that installs with apt but leaves `/var/lib/apt/lists` in the layer.
///
/// Removing the lists in a later RUN does not help: the earlier layer keeps them.
public enum AptListsNotCleaned: TeachingRule {
    public static let info = LintRuleInfo(
        id: "AptListsNotCleaned", origin: .tutor, summary: summary,
        explanation: """
            `apt-get update` downloads package lists (tens of megabytes) into \
            /var/lib/apt/lists. Delete them in the same RUN that installs, because each RUN is a \
            layer and a later `rm` cannot shrink an earlier layer: \
            `RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`.
            """,
        explanationZH: """
            `apt-get update` 会把几十 MB 的软件包列表下载到 /var/lib/apt/lists。请在执行安装的同一个 RUN 里删除它们，\
            因为每个 RUN 都是一层，后面的 `rm` 无法让前面的层变小：\
            `RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (instruction, commands) in context.runs {
            if case .run(let run) = instruction.kind, run.mounts.contains(where: { $0.contains("/var/lib/apt") }) { continue }
            guard let install = commands.first(where: { command in
                guard let name = command.programName, name == "apt-get" || name == "apt" else { return false }
                return command.arguments.contains { $0.text == "install" }
            }), let program = install.program else { continue }
            let cleaned = commands.contains { command in
                command.programName == "rm" && command.arguments.contains { $0.text.hasPrefix("/var/lib/apt/lists") }
            }
            if !cleaned { findings.append(finding(message, at: program)) }
        }
        return findings
    }

    static let message = "apt-get install leaves /var/lib/apt/lists in the layer; add '&& rm -rf /var/lib/apt/lists/*' to the same RUN"
    static let summary = "Clean the apt lists in the RUN that installs packages"
}

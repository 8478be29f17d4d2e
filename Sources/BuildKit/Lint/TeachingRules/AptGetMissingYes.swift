/// Reports `apt-get install` (or `apt install`) without `-y`.
///
/// A build has no terminal to answer apt's "Do you want to continue? [Y/n]", so without
/// `-y` the install aborts as soon as it needs confirmation.
public enum AptGetMissingYes: TeachingRule {
    public static let info = LintRuleInfo(
        id: "AptGetMissingYes", origin: .tutor, summary: summary,
        explanation: """
            `docker build` runs RUN commands without a terminal, so nobody can answer apt's \
            "Do you want to continue? [Y/n]" prompt; apt reads no answer and aborts the install. \
            Always pass `-y` (or `--yes`): `RUN apt-get update && apt-get install -y curl`.
            """,
        explanationZH: """
            `docker build` 在没有终端的环境里执行 RUN，没有人能回答 apt 的 "Do you want to continue? [Y/n]" 提示；\
            apt 读不到回答就会放弃安装。请始终加上 `-y`（或 `--yes`）：\
            `RUN apt-get update && apt-get install -y curl`。
            """)

    static let yesFlags: Set<String> = ["-y", "--yes", "--assume-yes", "-qq"]

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (_, commands) in context.runs {
            for command in commands {
                guard let name = command.programName, name == "apt-get" || name == "apt", let program = command.program,
                      command.arguments.contains(where: { $0.text == "install" }) else { continue }
                let answered = command.arguments.contains { word in
                    yesFlags.contains(word.text) || (word.text.hasPrefix("-") && !word.text.hasPrefix("--") && word.text.contains("y"))
                }
                if !answered { findings.append(finding(message(name), at: program)) }
            }
        }
        return findings
    }

    static func message(_ program: String) -> String {
        "'\(program) install' without -y stops at the confirmation prompt; use '\(program) install -y'"
    }

    static let summary = "apt-get install needs -y in a Dockerfile"
}

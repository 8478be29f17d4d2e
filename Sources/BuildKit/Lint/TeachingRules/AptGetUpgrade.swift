/// Reports `apt-get upgrade`, `dist-upgrade` and `full-upgrade` in RUN.
public enum AptGetUpgrade: TeachingRule {
    public static let info = LintRuleInfo(
        id: "AptGetUpgrade", origin: .tutor, summary: summary,
        explanation: """
            Upgrading every package inside the build makes the image depend on the day it was \
            built and bloats the layer, and many packages cannot be upgraded properly in a \
            container. Use a newer (or regularly rebuilt) base image instead, and install the \
            specific packages you need.
            """,
        explanationZH: """
            在构建过程中升级所有软件包，会让镜像内容取决于构建的日期，还会让这一层变得臃肿，\
            而且很多软件包在容器里无法正确升级。请改用更新的（或定期重建的）基础镜像，只安装真正需要的软件包。
            """)

    static let subcommands: Set<String> = ["upgrade", "dist-upgrade", "full-upgrade"]

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (_, commands) in context.runs {
            for command in commands {
                guard let name = command.programName, name == "apt-get" || name == "apt",
                      let sub = command.arguments.first(where: { subcommands.contains($0.text) }) else { continue }
                findings.append(finding(message(name + " " + sub.text), at: command.program ?? sub))
            }
        }
        return findings
    }

    static func message(_ command: String) -> String {
        "Avoid '\(command)' in a Dockerfile; use an up-to-date base image instead"
    }

    static let summary = "Don't upgrade all packages during the build"
}

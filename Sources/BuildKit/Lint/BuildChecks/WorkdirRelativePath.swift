/// Reports the first WORKDIR of a build that is relative while no absolute one was set.
public enum WorkdirRelativePath: LintRule {
    public static let info = LintRuleInfo(
        id: "WorkdirRelativePath", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/",
        explanation: """
            A relative WORKDIR is joined to the base image's working directory, which can \
            change when the base image changes. Use an absolute path (`WORKDIR /app`) at least \
            once before relative ones.
            """,
        explanationZH: """
            相对路径的 WORKDIR 会拼接在基础镜像的工作目录后面，而基础镜像一变，这个目录也可能跟着变。\
            请至少先用一次绝对路径（`WORKDIR /app`），再使用相对路径。
            """)

    static func message(_ path: String) -> String {
        "Relative workdir \(GoText.quote(path)) can have unexpected results if the base image changes"
    }

    static let summary = "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes"
}

/// Reports every MAINTAINER instruction, which BuildKit considers deprecated.
public enum MaintainerDeprecated: LintRule {
    public static let info = LintRuleInfo(
        id: "MaintainerDeprecated", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/",
        explanation: """
            MAINTAINER only sets the image's Author field, which few tools read. Use a label \
            instead: `LABEL org.opencontainers.image.authors="name@example.com"`.
            """,
        explanationZH: """
            MAINTAINER 只会设置镜像的 Author 字段，很少有工具会读取它。请改用标签：\
            `LABEL org.opencontainers.image.authors="name@example.com"`。
            """)

    static func finding(lines: LineRange) -> LintFinding {
        finding(message, lines: lines)
    }

    static let message = "Maintainer instruction is deprecated in favor of using label"
    static let summary = "The MAINTAINER instruction is deprecated, use a label instead to define an image author"
}

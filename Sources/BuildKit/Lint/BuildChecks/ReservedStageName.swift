/// Checks that no stage is named `scratch` or `context`, which BuildKit reserves.
public enum ReservedStageName: LintRule {
    public static let info = LintRuleInfo(
        id: "ReservedStageName", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/",
        explanation: """
            `scratch` means the empty image and `context` the build context; a stage with one \
            of these names cannot be referred to reliably. Choose another name.
            """,
        explanationZH: """
            `scratch` 表示空镜像，`context` 表示构建上下文；用它们给阶段命名会让引用变得不可靠。请换一个名字。
            """)

    static let reservedNames: Set<String> = ["context", "scratch"]

    static func message(_ name: String) -> String {
        "Stage name should not use the same name as reserved stage \(GoText.quote(name))"
    }

    static let summary = "Reserved words should not be used as stage names"
}

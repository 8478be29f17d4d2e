/// Reports `FROM --platform=linux/amd64` with a constant, unless the stage name mentions it.
public enum FromPlatformFlagConstDisallowed: LintRule {
    public static let info = LintRuleInfo(
        id: "FromPlatformFlagConstDisallowed", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/",
        explanation: """
            A fixed `--platform` makes the stage ignore `docker build --platform`, so \
            multi-platform builds produce the wrong binaries. Use `$BUILDPLATFORM` or \
            `$TARGETPLATFORM`, or name the stage after the platform if it really is fixed.
            """,
        explanationZH: """
            写死的 `--platform` 会让这个阶段忽略 `docker build --platform`，多平台构建时就会产出错误架构的程序。\
            请使用 `$BUILDPLATFORM` 或 `$TARGETPLATFORM`；如果确实要固定平台，就在阶段名里写明它。
            """)

    static func message(_ platform: String) -> String {
        "FROM --platform flag should not use constant value \(GoText.quote(platform))"
    }

    static let summary = "FROM --platform flag should not use a constant value"
}

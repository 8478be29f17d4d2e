/// Reports `FROM --platform=$TARGETPLATFORM`, which is what FROM does anyway.
public enum RedundantTargetPlatform: LintRule {
    public static let info = LintRuleInfo(
        id: "RedundantTargetPlatform", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/",
        explanation: """
            Stages are built for the target platform by default, so \
            `--platform=$TARGETPLATFORM` changes nothing. Remove it; use `--platform` only to \
            pick another platform, such as `$BUILDPLATFORM` for a cross-compiling stage.
            """,
        explanationZH: """
            各个阶段默认就是按目标平台构建的，所以 `--platform=$TARGETPLATFORM` 没有任何作用。请删掉它；\
            只有在需要别的平台时才用 `--platform`，例如交叉编译阶段用 `$BUILDPLATFORM`。
            """)

    static func message(_ platform: String) -> String {
        "Setting platform to predefined \(platform) in FROM is redundant as this is the default behavior"
    }

    static let summary = "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"
}

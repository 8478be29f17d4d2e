/// Reports a base image whose platform differs from the platform being built.
public enum InvalidBaseImagePlatform: LintRule {
    public static let info = LintRuleInfo(
        id: "InvalidBaseImagePlatform", origin: .buildkit, summary: summary,
        explanation: """
            The base image was pulled for another OS or CPU architecture than the build \
            targets, so its programs may not run (or run slowly under emulation). Use an image \
            that publishes the target platform, or pass `--platform` deliberately.
            """,
        explanationZH: """
            拉取到的基础镜像与构建目标的操作系统或 CPU 架构不同，里面的程序可能无法运行（或在模拟下运行得很慢）。\
            请使用提供目标平台版本的镜像，或者有意识地传入 `--platform`。
            """)

    static func message(image: String, expected: String, actual: String) -> String {
        "Base image \(image) was pulled with platform \(GoText.quote(actual)), expected \(GoText.quote(expected)) for current build"
    }

    static let summary = "Base image platform does not match expected target platform"
}

/// Reports FROM lines that are not a valid image name when only ARG defaults are used.
public enum InvalidDefaultArgInFrom: LintRule {
    public static let info = LintRuleInfo(
        id: "InvalidDefaultArgInFrom", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/",
        explanation: """
            `FROM $IMAGE` with `ARG IMAGE` and no default only works when every build passes \
            `--build-arg IMAGE=...`. Give the ARG a default (`ARG IMAGE=alpine:3.20`) so a \
            plain `docker build` works.
            """,
        explanationZH: """
            `ARG IMAGE` 没有默认值时，`FROM $IMAGE` 只有在每次构建都传入 `--build-arg IMAGE=...` 时才能工作。\
            请给 ARG 一个默认值（`ARG IMAGE=alpine:3.20`），让普通的 `docker build` 也能成功。
            """)

    static func message(_ baseName: String) -> String {
        "Default value for ARG \(baseName) results in empty or invalid base image name"
    }

    static let summary = "Default value for global ARG results in an empty or invalid base image name"
}

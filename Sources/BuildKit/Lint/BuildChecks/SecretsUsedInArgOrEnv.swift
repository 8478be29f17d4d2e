/// Reports ARG and ENV names that look like secrets (`*_PASSWORD`, `API_KEY`, `TOKEN`).
///
/// A name matches when one of its `_`-separated words is a secret word (case-insensitive),
/// unless one of its words is `public`.
public enum SecretsUsedInArgOrEnv: LintRule {
    public static let info = LintRuleInfo(
        id: "SecretsUsedInArgOrEnv", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/",
        explanation: """
            ARG and ENV values are stored in the image (ENV in its config, ARG in its history), \
            where anyone who can pull the image can read them. Pass secrets with \
            `RUN --mount=type=secret,id=...` and `docker build --secret` instead.
            """,
        explanationZH: """
            ARG 和 ENV 的值会保存在镜像里（ENV 在配置中，ARG 在历史记录中），任何能拉取镜像的人都能读到。\
            请改用 `RUN --mount=type=secret,id=...` 配合 `docker build --secret` 来传递机密信息。
            """)

    static let secretWords: Set<String> = [
        "apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token",
    ]

    /// `validateNoSecretKey`'s two regular expressions.
    static func looksSecret(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        return words.contains(where: secretWords.contains) && !words.contains("public")
    }

    static func message(instruction: String, key: String) -> String {
        "Do not use ARG or ENV instructions for sensitive data (\(instruction) \(GoText.quote(key)))"
    }

    static let summary = "Sensitive data should not be used in the ARG or ENV commands"
}

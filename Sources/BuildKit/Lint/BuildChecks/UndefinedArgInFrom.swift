/// Reports variables in a FROM line that no global ARG (before the first FROM) declares.
public enum UndefinedArgInFrom: LintRule {
    public static let info = LintRuleInfo(
        id: "UndefinedArgInFrom", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/",
        explanation: """
            A FROM line can only use ARGs declared before the first FROM (plus the predefined \
            ones such as `BUILDPLATFORM`). An undeclared variable expands to nothing, which \
            usually breaks the image name. Declare it at the top: `ARG VERSION=3.20`.
            """,
        explanationZH: """
            FROM 行只能使用在第一个 FROM 之前声明的 ARG（以及 `BUILDPLATFORM` 等预定义参数）。\
            未声明的变量会展开成空字符串，通常会把镜像名弄坏。请在文件开头声明它：`ARG VERSION=3.20`。
            """)

    static func message(_ name: String, suggestion: String?) -> String {
        var text = "FROM argument '\(name)' is not declared"
        if let suggestion { text += " (did you mean \(suggestion)?)" }
        return text
    }

    static let summary = "FROM command must use declared ARGs"
}

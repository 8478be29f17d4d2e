/// Reports ENV and LABEL written as `KEY value` instead of `KEY=value`.
public enum LegacyKeyValueFormat: LintRule {
    public static let info = LintRuleInfo(
        id: "LegacyKeyValueFormat", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/",
        explanation: """
            `ENV NAME value with spaces` sets one variable to everything after the name, which \
            is easy to misread. Write `ENV NAME="value with spaces"`; the `=` form also sets \
            several variables on one line.
            """,
        explanationZH: """
            `ENV NAME value with spaces` 会把名字后面的全部内容当成一个变量的值，很容易看错。\
            请写成 `ENV NAME="value with spaces"`；`=` 的写法还能在一行里设置多个变量。
            """)

    static func message(_ instruction: String) -> String {
        "\"\(instruction) key=value\" should be used instead of legacy \"\(instruction) key value\" format"
    }

    static let summary = "Legacy key/value format with whitespace separator should not be used"
}

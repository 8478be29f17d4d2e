/// Reports `$VAR` references in an instruction that no ARG, ENV or base image defines.
///
/// Only checked where the base image's environment is known: for images docker-tutor knows
/// nothing about, a variable could come from the image, so nothing is reported.
public enum UndefinedVar: LintRule {
    public static let info = LintRuleInfo(
        id: "UndefinedVar", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/undefined-var/",
        explanation: """
            An undefined variable expands to an empty string without any error, so \
            `COPY app $DEST` quietly copies to the wrong place. Declare it with ARG or ENV \
            before use, and check the spelling.
            """,
        explanationZH: """
            未定义的变量会悄无声息地展开成空字符串，比如 `COPY app $DEST` 会把文件复制到错误的位置。\
            请在使用前用 ARG 或 ENV 声明它，并检查拼写。
            """)

    static func message(_ name: String, suggestion: String?) -> String {
        var text = "Usage of undefined variable '$\(name)'"
        if let suggestion { text += " (did you mean $\(suggestion)?)" }
        return text
    }

    static let summary = "Variables should be defined before their use"
}

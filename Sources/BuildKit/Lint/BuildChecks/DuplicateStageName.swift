/// Checks that no two stages share a name.
///
/// With duplicate names, `COPY --from=name` and `--target name` silently pick one of them.
public enum DuplicateStageName: LintRule {
    public static let info = LintRuleInfo(
        id: "DuplicateStageName", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/",
        explanation: """
            Two stages with the same `AS` name make `COPY --from=name` and `--target name` \
            ambiguous: only one of them is used. Give every stage its own name.
            """,
        explanationZH: """
            两个阶段使用同一个 `AS` 名字时，`COPY --from=name` 和 `--target name` 就变得含糊不清，\
            只会用到其中一个。请给每个阶段起不同的名字。
            """)

    static func message(_ name: String) -> String {
        "Duplicate stage name \(GoText.quote(name)), stage names should be unique"
    }

    static let summary = "Stage names should be unique"
}

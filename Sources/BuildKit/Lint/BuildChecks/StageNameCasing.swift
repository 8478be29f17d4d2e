/// Checks that `FROM ... AS name` uses a lowercase stage name.
///
/// Stage names are case-insensitive (BuildKit lowercases them), so `AS Builder` and
/// `--from=builder` refer to the same stage; writing them in lowercase avoids the confusion.
public enum StageNameCasing: LintRule {
    public static let info = LintRuleInfo(
        id: "StageNameCasing", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
        explanation: """
            Stage names are case-insensitive: BuildKit lowercases them, so `FROM node AS Builder` \
            creates a stage called `builder`. Write stage names in lowercase so that `AS`, \
            `COPY --from=` and `--target` all read the same.
            """,
        explanationZH: """
            构建阶段的名字不区分大小写：BuildKit 会把它转成小写，所以 `FROM node AS Builder` 实际上创建的是 \
            `builder` 阶段。请用小写字母命名阶段，让 `AS`、`COPY --from=` 和 `--target` 的写法保持一致。
            """)

    /// `isLowerCaseStageName`: only `FROM x AS NAME` (three words) is checked.
    static func check(arguments: [String], lines: LineRange) -> [LintFinding] {
        guard arguments.count == 3 else { return [] }
        let name = arguments[2]
        guard name != name.lowercased() else { return [] }
        return [finding(message(name), lines: lines)]
    }

    static func message(_ stageName: String) -> String {
        "Stage name '\(stageName)' should be lowercase"
    }

    static let summary = "Stage names should be lowercase"
}

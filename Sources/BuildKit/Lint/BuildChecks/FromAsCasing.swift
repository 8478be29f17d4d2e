/// Checks that the `AS` keyword is written in the same case as `FROM`.
///
/// Only a FROM written all in one case is checked; mixed-case keywords are reported by
/// `ConsistentInstructionCasing` instead.
public enum FromAsCasing: LintRule {
    public static let info = LintRuleInfo(
        id: "FromAsCasing", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
        explanation: """
            `FROM image AS name` and `from image as name` both work, but mixing them \
            (`FROM image as name`) makes the file harder to scan. Match the case of `AS` to \
            the case of `FROM`.
            """,
        explanationZH: """
            `FROM image AS name` 和 `from image as name` 都能用，但混着写（`FROM image as name`）\
            会让文件不好读。请让 `AS` 的大小写和 `FROM` 保持一致。
            """)

    /// `doesFromCaseMatchAsCase`.
    static func check(keyword: String, arguments: [String], lines: LineRange) -> [LintFinding] {
        guard arguments.count >= 3 else { return [] }
        let isLower = keyword == keyword.lowercased()
        let isUpper = keyword == keyword.uppercased()
        guard isLower || isUpper else { return [] }
        let asWord = arguments[1]
        let matches = isLower ? asWord == asWord.lowercased() : asWord == asWord.uppercased()
        guard !matches else { return [] }
        return [finding(message(from: keyword, as: asWord), lines: lines)]
    }

    static func message(from: String, as asWord: String) -> String {
        "'\(asWord)' and '\(from)' keywords' casing do not match"
    }

    static let summary = "The 'as' keyword should match the case of the 'from' keyword"
}

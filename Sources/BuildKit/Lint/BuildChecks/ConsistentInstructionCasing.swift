/// Checks that every instruction keyword uses the case most of the Dockerfile uses.
///
/// Keywords written in one case count towards the majority (ties go to upper case); a
/// keyword in mixed case (`Run`) or in the minority case is reported.
public enum ConsistentInstructionCasing: LintRule {
    public static let info = LintRuleInfo(
        id: "ConsistentInstructionCasing", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/",
        explanation: """
            Instruction keywords are case-insensitive, but a Dockerfile that mixes `RUN` and \
            `run` (or writes `Run`) is harder to read. The convention is upper case: \
            `FROM`, `RUN`, `COPY`.
            """,
        explanationZH: """
            指令关键字不区分大小写，但同一个 Dockerfile 里混用 `RUN` 和 `run`（或写成 `Run`）会降低可读性。\
            惯例是全部大写：`FROM`、`RUN`、`COPY`。
            """)

    /// `validateCommandCasing`: (keyword, lines) for every FROM and instruction, in order.
    static func check(_ keywords: [(String, LineRange)]) -> [LintFinding] {
        var lower = 0
        var upper = 0
        for (keyword, _) in keywords where isSelfConsistent(keyword) {
            if keyword == keyword.lowercased() { lower += 1 } else { upper += 1 }
        }
        let majorityLower = lower > upper
        var findings: [LintFinding] = []
        for (keyword, lines) in keywords {
            if majorityLower && keyword.lowercased() != keyword {
                findings.append(finding(message(keyword, "lowercase"), lines: lines))
            } else if !majorityLower && keyword.uppercased() != keyword {
                findings.append(finding(message(keyword, "uppercase"), lines: lines))
            }
        }
        return findings
    }

    private static func isSelfConsistent(_ s: String) -> Bool { s == s.lowercased() || s == s.uppercased() }

    static func message(_ keyword: String, _ casing: String) -> String {
        "Command '\(keyword)' should match the case of the command majority (\(casing))"
    }

    static let summary = "All commands within the Dockerfile should use the same casing (either upper or lower)"
}

/// Checks that a comment right above FROM ... AS name or ARG describes that name.
///
/// BuildKit treats `# name description` above a stage or ARG as its documentation (shown by
/// `docker buildx build --call=outline`). Experimental: runs only when enabled with
/// `# check=experimental=InvalidDefinitionDescription`.
public enum InvalidDefinitionDescription: LintRule {
    public static let info = LintRuleInfo(
        id: "InvalidDefinitionDescription", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/",
        experimental: true,
        explanation: """
            A comment directly above `FROM ... AS name` or `ARG name` is read as that stage's or \
            argument's description, and it must start with the name: `# version The release to \
            build`. If the comment is not meant as a description, separate it with an empty \
            comment line.
            """,
        explanationZH: """
            紧挨在 `FROM ... AS name` 或 `ARG name` 上面的注释会被当作该阶段或参数的说明，\
            必须以名字开头，例如 `# version 要构建的版本`。如果这条注释不是说明，\
            请在它和指令之间加一行空注释。
            """)

    /// `validateDefinitionDescription`.
    static func check(instruction: String, keys: [String], comments: [String], lines: LineRange) -> [LintFinding] {
        guard let last = comments.last, let firstKey = keys.first else { return [] }
        let firstWord = last.split(separator: " ", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if keys.contains(firstWord) { return [] }
        let example = keys.count > 1 ? "<arg_key>" : firstKey
        return [finding(message(instruction: instruction, name: example), lines: lines)]
    }

    static func message(instruction: String, name: String) -> String {
        "Comment for \(instruction) should follow the format: `# \(name) <description>`"
    }

    static let summary = "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment."
}

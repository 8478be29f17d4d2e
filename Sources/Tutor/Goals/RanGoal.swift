import DockerCLI

/// A goal met by having run a command: only for steps about a command itself (`docker logs -f`, `docker version`).
///
/// Patterns are shell globs over the command line with quotes removed and blanks collapsed
/// (`docker logs*redis` matches `docker logs -f redis`). Any pattern of the list may match.
public struct RanGoal: Sendable, Equatable {
    public var patterns: [String]

    public init(_ patterns: [String]) {
        self.patterns = patterns
    }

    public var description: LocalizedText {
        let shown = patterns.map { "`\($0)`" }
        return GoalText.text("you ran " + shown.joined(separator: " or "), "运行过 " + shown.joined(separator: " 或 "))
    }

    func evaluate(in world: any LessonWorld, commandForms: (String) -> [String]) -> GoalResult {
        let wanted = patterns.map(Self.normalize)
        for line in world.commandsRun {
            for form in commandForms(line) where wanted.contains(where: { FileMatching.matches($0, form) }) {
                return GoalResult(met: true, description: description)
            }
        }
        let shown = patterns.map { "`\($0)`" }
        return GoalResult(met: false, description: description, problem: GoalText.text(
            "you have not run a command matching " + shown.joined(separator: " or ") + " yet",
            "还没有运行过匹配 " + shown.joined(separator: " 或 ") + " 的命令"))
    }

    /// Blanks collapsed to single spaces, ends trimmed.
    static func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// The command line's shell words joined by single spaces, quotes removed (`docker exec web sh -c echo hi`).
    public static func plainForm(_ line: String) -> [String] {
        guard let words = try? ShellLexer.words(line) else { return [normalize(line)] }
        return [words.map(\.text).joined(separator: " ")]
    }
}

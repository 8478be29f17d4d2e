/// A container name that no earlier line created.
///
/// In a script that creates its containers (`docker run --name web ...`), a later
/// `docker stop wbe` names a container that will not exist: usually a typo, or a line that
/// runs before the one that creates it.
public struct UnknownContainerName: LintRule {
    public static let id = "DT009"
    public static let name = "unknown-container-name"
    public static let title = LocalizedText(
        en: "container name not created earlier",
        zh: "使用了前面没有创建过的容器名")
    public static let explanation = LocalizedText(
        en: """
            This document creates its containers with `docker run --name` or `docker create --name`, but this \
            line uses a name none of the earlier lines gave, so docker will answer "No such container" unless \
            the container already exists. Check the spelling, and that the line creating it comes first.
            """,
        zh: """
            这份文档用 `docker run --name` 或 `docker create --name` 创建自己的容器，但这一行使用的名称在前面的命令里\
            从未出现过。除非该容器事先已经存在，否则 docker 会报告 “No such container”。请检查拼写，\
            并确认创建它的命令写在前面。
            """)

    public init() {}

    /// Commands whose arguments are container names, and how many leading arguments are.
    static let containerArguments: [String: Int] = [
        "container start": .max, "container stop": .max, "container restart": .max, "container kill": .max,
        "container rm": .max, "container pause": .max, "container unpause": .max, "container wait": .max,
        "container logs": 1, "container exec": 1, "container attach": 1, "container port": 1, "container top": 1,
        "container rename": 1, "container update": .max, "container diff": 1, "container export": 1,
        "container commit": 1, "container stats": .max, "container inspect": .max,
    ]

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard let known = command.knownContainers, command.verdict.status == .valid else { return [] }
        var indices: [Int] = []
        if let count = Self.containerArguments[command.path] {
            indices = Array(command.anatomy.argumentWords.prefix(count))
        } else if command.path == "container cp" {
            indices = command.anatomy.argumentWords.filter { index in
                command.knownText(index).map { ClientChecks.containerPart($0) != nil } ?? false
            }
        }
        var findings: [RuleFinding] = []
        for index in indices {
            guard var name = command.knownText(index) else { continue }
            if command.path == "container cp", let container = ClientChecks.containerPart(name) { name = container }
            if known.contains(name) || Self.looksLikeID(name) { continue }
            findings.append(RuleFinding(rule: Self.id, message: Self.message(name), word: index))
        }
        return findings
    }

    /// Container IDs (a hex prefix of 12 or more characters) are not names.
    static func looksLikeID(_ name: String) -> Bool {
        name.utf8.count >= 12 && name.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    static func message(_ name: String) -> String {
        "no earlier line creates a container named \(name) (docker run/create --name); check the name and the order"
    }
}

/// Reports `apk add` without `--no-cache` on Alpine.
public enum ApkAddNoCache: TeachingRule {
    public static let info = LintRuleInfo(
        id: "ApkAddNoCache", origin: .tutor, summary: summary,
        explanation: """
            `apk add` first downloads the package index into /var/cache/apk, and it stays in \
            the layer. `apk add --no-cache curl` fetches the index on the fly and keeps nothing, \
            which is the Alpine way to keep images small.
            """,
        explanationZH: """
            `apk add` 会先把软件包索引下载到 /var/cache/apk，并且一直留在这一层里。\
            `apk add --no-cache curl` 会临时获取索引、什么也不留下，这是 Alpine 保持镜像小巧的惯用写法。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (instruction, commands) in context.runs {
            if case .run(let run) = instruction.kind, run.mounts.contains(where: { $0.contains("/var/cache/apk") }) { continue }
            let cleaned = commands.contains { command in
                command.programName == "rm" && command.arguments.contains { $0.text.hasPrefix("/var/cache/apk") }
            }
            if cleaned { continue }
            for command in commands where command.programName == "apk" && command.has("add") && !command.has("--no-cache") {
                if let program = command.program { findings.append(finding(message, at: program)) }
            }
        }
        return findings
    }

    static let message = "Use 'apk add --no-cache' so the package index is not left in the image"
    static let summary = "apk add should use --no-cache"
}

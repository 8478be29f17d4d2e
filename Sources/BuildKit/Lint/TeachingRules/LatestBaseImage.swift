/// Reports FROM images with no tag or the `latest` tag.
///
/// Stage names, `scratch`, references with a digest and names built from variables are not
/// checked.
public enum LatestBaseImage: TeachingRule {
    public static let info = LintRuleInfo(
        id: "LatestBaseImage", origin: .tutor, summary: summary,
        explanation: """
            `FROM ubuntu` means `ubuntu:latest`, and `latest` moves: the same Dockerfile builds a \
            different image next month, and a rebuild can break for no visible reason. Pin a \
            version (`FROM ubuntu:24.04`, `FROM node:20-alpine`), or a digest for full \
            reproducibility.
            """,
        explanationZH: """
            `FROM ubuntu` 就是 `ubuntu:latest`，而 `latest` 会不断变化：同一个 Dockerfile 下个月会构建出不同的镜像，\
            重新构建时可能莫名其妙地失败。请固定版本（`FROM ubuntu:24.04`、`FROM node:20-alpine`），\
            想要完全可复现就固定摘要（digest）。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        var stageNames: Set<String> = []
        for stage in context.dockerfile.stages {
            defer { if let name = stage.name { stageNames.insert(name) } }
            let base = stage.baseName
            if base.contains("$") || base.lowercased() == "scratch" || stageNames.contains(base.lowercased()) || base.contains("@") {
                continue
            }
            let lastComponent = base.split(separator: "/").last.map(String.init) ?? base
            let line = stage.source.lines.start
            let column = context.column(of: base, line: line)
            if let colon = lastComponent.firstIndex(of: ":") {
                if lastComponent[lastComponent.index(after: colon)...] == "latest" {
                    findings.append(finding(latestMessage(base), lines: LineRange(line: line), column: column))
                }
            } else {
                findings.append(finding(untaggedMessage(base), lines: LineRange(line: line), column: column))
            }
        }
        return findings
    }

    static func untaggedMessage(_ image: String) -> String {
        "'\(image)' has no tag and means '\(image):latest'; pin a version such as '\(image):<version>'"
    }

    static func latestMessage(_ image: String) -> String {
        "'\(image)' follows the moving 'latest' tag; pin a version instead"
    }

    static let summary = "Pin base image versions instead of using latest"
}

/// Reports ADD used for local files or directories, where COPY says what is meant.
///
/// URLs, git repositories and local archives (which ADD unpacks) are ADD's real uses.
public enum AddForLocalFiles: TeachingRule {
    public static let info = LintRuleInfo(
        id: "AddForLocalFiles", origin: .tutor, summary: summary,
        explanation: """
            ADD does extra things: it downloads URLs and unpacks local tar archives. For plain \
            files and directories use COPY, which does exactly what it says; keep ADD for \
            `ADD https://...`, git sources and archives you want extracted.
            """,
        explanationZH: """
            ADD 会做额外的事情：下载 URL、自动解压本地的 tar 压缩包。复制普通文件和目录请用 COPY，\
            它只做字面上的事；ADD 留给 `ADD https://...`、git 源和需要解压的压缩包。
            """)

    static let archiveSuffixes = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz"]

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for stage in context.dockerfile.stages {
            for instruction in stage.instructions {
                guard case .add(let add) = instruction.kind else { continue }
                let local = add.files.sources.filter { source in
                    !ValueSyntax.isHTTPSource(source) && ValueSyntax.gitSource(source) == nil
                        && !archiveSuffixes.contains { source.lowercased().hasSuffix($0) }
                }
                guard let first = local.first else { continue }
                let line = instruction.source.lines.start
                findings.append(finding(message(first), lines: LineRange(line: line), column: context.indentColumn(line)))
            }
        }
        return findings
    }

    static func message(_ source: String) -> String {
        "Use COPY instead of ADD for local files ('\(source)'); ADD is for URLs and archives"
    }

    static let summary = "Use COPY, not ADD, for local files"
}

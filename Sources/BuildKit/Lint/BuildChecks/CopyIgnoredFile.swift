/// Reports COPY/ADD sources that `.dockerignore` excludes from the build context.
///
/// Experimental: runs only with `# check=experimental=CopyIgnoredFile`.
public enum CopyIgnoredFile: LintRule {
    public static let info = LintRuleInfo(
        id: "CopyIgnoredFile", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/",
        experimental: true,
        explanation: """
            Files matched by `.dockerignore` are never sent to the builder, so copying them \
            fails or copies nothing. Remove the pattern from `.dockerignore`, add an exception \
            (`!path`), or stop copying the file.
            """,
        explanationZH: """
            被 `.dockerignore` 匹配的文件根本不会发送给构建器，复制它们要么失败，要么什么也复制不到。\
            请从 `.dockerignore` 删除这条规则、添加例外（`!path`），或者不再复制这个文件。
            """)

    static func message(instruction: String, path: String) -> String {
        "Attempting to \(instruction) file \(GoText.quote(path)) that is excluded by .dockerignore"
    }

    static let summary = "Attempting to Copy file that is excluded by .dockerignore"
}

/// Reports a final image that runs as root: no USER in the last stage (or the stages it is
/// built on), or a last USER of `root`/`0`.
public enum RunsAsRoot: TeachingRule {
    public static let info = LintRuleInfo(
        id: "RunsAsRoot", origin: .tutor, summary: summary,
        explanation: """
            Without a USER instruction the container's process runs as root, so a bug in the \
            application is a bug running with full rights inside the container. Create an \
            unprivileged user and switch to it near the end: \
            `RUN useradd --create-home app` then `USER app` (many official images already \
            have one, such as `node` or `nobody`). Base images that set their own user are not \
            visible to this check.
            """,
        explanationZH: """
            没有 USER 指令时，容器里的进程以 root 身份运行，应用里的任何漏洞都带着最高权限。\
            请创建一个普通用户并在文件末尾切换过去：先 `RUN useradd --create-home app`，再 `USER app`\
            （很多官方镜像已经自带用户，比如 `node` 或 `nobody`）。基础镜像自己设置的用户，这个检查看不到。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        let stages = context.dockerfile.stages
        guard var index = stages.indices.last else { return [] }
        let finalStage = stages[index]
        var visited: Set<Int> = []
        while visited.insert(index).inserted {
            let stage = stages[index]
            for instruction in stage.instructions.reversed() {
                guard case .user(let user) = instruction.kind else { continue }
                let name = user.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? user
                guard name == "root" || name == "0" else { return [] }
                let line = instruction.source.lines.start
                return [finding(rootUserMessage, lines: LineRange(line: line), column: context.indentColumn(line))]
            }
            guard let base = stages.firstIndex(where: { $0.name != nil && $0.name == stage.baseName.lowercased() }),
                  base < index else { break }
            index = base
        }
        let line = finalStage.source.lines.start
        return [finding(noUserMessage, lines: LineRange(line: line), column: context.indentColumn(line))]
    }

    static let noUserMessage = "The final stage sets no USER, so the container runs as root; add 'USER <unprivileged user>'"
    static let rootUserMessage = "The final USER is root; switch to an unprivileged user at the end"
    static let summary = "Don't run the container as root"
}

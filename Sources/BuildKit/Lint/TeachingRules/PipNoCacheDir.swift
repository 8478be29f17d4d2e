/// Reports `pip install` without `--no-cache-dir`.
///
/// Not reported when PIP_NO_CACHE_DIR is set by ENV or ARG, or when the RUN mounts a cache.
public enum PipNoCacheDir: TeachingRule {
    public static let info = LintRuleInfo(
        id: "PipNoCacheDir", origin: .tutor, summary: summary,
        explanation: """
            pip keeps every downloaded wheel in ~/.cache/pip, which then stays in the image \
            layer for nothing. Use `pip install --no-cache-dir ...`, set \
            `ENV PIP_NO_CACHE_DIR=1`, or mount a build cache with \
            `RUN --mount=type=cache,target=/root/.cache/pip pip install ...`.
            """,
        explanationZH: """
            pip 会把下载的每个 wheel 留在 ~/.cache/pip，结果白白留在镜像层里。请使用 \
            `pip install --no-cache-dir ...`，或者设置 `ENV PIP_NO_CACHE_DIR=1`，\
            或者用 `RUN --mount=type=cache,target=/root/.cache/pip pip install ...` 挂载构建缓存。
            """)

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        let configured = context.dockerfile.stages.flatMap(\.instructions).contains { instruction in
            switch instruction.kind {
            case .env(let pairs): pairs.contains { $0.key == "PIP_NO_CACHE_DIR" }
            case .arg(let args): args.contains { $0.key == "PIP_NO_CACHE_DIR" }
            default: false
            }
        }
        if configured { return [] }
        var findings: [LintFinding] = []
        for (instruction, commands) in context.runs {
            if case .run(let run) = instruction.kind, run.mounts.contains(where: { $0.contains("type=cache") }) { continue }
            for command in commands {
                guard let name = command.programName, let program = command.program else { continue }
                let isPip = name.hasPrefix("pip")
                    || (name.hasPrefix("python") && command.has("-m") && command.arguments.contains { $0.text == "pip" })
                guard isPip, command.has("install"), !command.has("--no-cache-dir") else { continue }
                findings.append(finding(message, at: program))
            }
        }
        return findings
    }

    static let message = "Use 'pip install --no-cache-dir' so pip's download cache stays out of the image"
    static let summary = "pip install should not keep its cache in the image"
}

/// Reports CMD, ENTRYPOINT or HEALTHCHECK used more than once in a stage.
///
/// Only the last one takes effect; the finding points at the earlier, ignored one.
public enum MultipleInstructionsDisallowed: LintRule {
    public static let info = LintRuleInfo(
        id: "MultipleInstructionsDisallowed", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/",
        explanation: """
            An image has one default command, one entrypoint and one healthcheck: each new \
            CMD, ENTRYPOINT or HEALTHCHECK replaces the previous one in the same stage. To run \
            several processes, start them from one script, or use one container per process.
            """,
        explanationZH: """
            一个镜像只有一个默认命令、一个入口点和一个健康检查：同一阶段里每个新的 CMD、ENTRYPOINT \
            或 HEALTHCHECK 都会覆盖前一个。想运行多个进程，请用一个脚本启动它们，或者一个进程一个容器。
            """)

    static func message(_ instruction: String) -> String {
        "Multiple \(instruction) instructions should not be used in the same stage because only the last one will be used"
    }

    static let summary = "Multiple instructions of the same type should not be used in the same stage"
}

/// Reports CMD and ENTRYPOINT in shell form when no SHELL was set.
///
/// In shell form the container's main process is `/bin/sh -c`, which does not pass signals
/// on, so `docker stop` waits for the timeout and then kills the program.
public enum JSONArgsRecommended: LintRule {
    public static let info = LintRuleInfo(
        id: "JSONArgsRecommended", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
        explanation: """
            `CMD node server.js` runs as `/bin/sh -c "node server.js"`: the shell is PID 1 and \
            does not forward SIGTERM, so `docker stop` has to wait 10 seconds and then kill the \
            app. Write the exec form instead: `CMD ["node", "server.js"]`.
            """,
        explanationZH: """
            `CMD node server.js` 实际运行的是 `/bin/sh -c "node server.js"`：shell 成为 1 号进程，\
            不会转发 SIGTERM，所以 `docker stop` 要等 10 秒后强行结束应用。请改用 exec 形式：\
            `CMD ["node", "server.js"]`。
            """)

    static func message(_ instruction: String) -> String {
        "JSON arguments recommended for \(instruction) to prevent unintended behavior related to OS signals"
    }

    static let summary = "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals"
}

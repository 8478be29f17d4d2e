/// An error docker only reports after talking to the daemon, whatever the daemon says.
///
/// Some checks happen after the first API call: `docker images --format '{{'` asks the daemon
/// for images before parsing the template, and the daemon itself refuses `--restart sometimes`.
/// The line is valid as far as the client's first checks go, but it will fail every time.
public struct FailsAfterDaemon: LintRule {
    public static let id = "DT010"
    public static let name = "fails-after-daemon"
    public static let title = LocalizedText(
        en: "fails once the daemon answers",
        zh: "与守护进程通信后必然失败")
    public static let explanation = LocalizedText(
        en: """
            docker checks some values only after its first request to the daemon: list commands parse their \
            --format template once they have data to show, `docker logs` converts --since after looking the \
            container up, and the daemon itself validates restart policies and mount types. The command \
            passes the client's first checks, but it will fail every time it reaches the daemon.
            """,
        zh: """
            docker 有些值要在第一次请求守护进程之后才检查：列表类命令拿到数据后才解析 --format 模板，\
            `docker logs` 查到容器后才转换 --since，重启策略和挂载类型则由守护进程自己校验。\
            这条命令能通过客户端最初的检查，但每次到达守护进程时都会失败。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        command.verdict.afterDaemon.map { RuleFinding(rule: Self.id, message: Self.message($0.message), word: $0.word) }
    }

    static func message(_ error: String) -> String {
        "fails once docker reaches the daemon: " + error
    }
}

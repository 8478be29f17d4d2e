/// `--network host` with `-p`: published ports are ignored.
///
/// On the host network the container's ports are the host's ports; there is nothing to publish,
/// and the daemon discards `-p` with a warning the learner rarely reads.
public struct HostNetworkPorts: LintRule {
    public static let id = "DT013"
    public static let name = "host-network-ports"
    public static let title = LocalizedText(
        en: "-p is ignored on the host network",
        zh: "使用 host 网络时 -p 不起作用")
    public static let explanation = LocalizedText(
        en: """
            With `--network host` the container shares the host's network stack: a service listening on port \
            80 in the container listens on port 80 of the host. Port publishing does not apply, and docker \
            discards `-p` (the daemon warns "Published ports are discarded when using host network mode"). \
            Drop `-p`, or use a bridge network if you need to map ports.
            """,
        zh: """
            使用 `--network host` 时容器与宿主机共用网络栈：容器里监听 80 端口的服务就监听在宿主机的 80 端口上。\
            端口发布对它不适用，docker 会丢弃 `-p`（守护进程会提示 “Published ports are discarded when using host network mode”）。\
            请去掉 `-p`，或者在需要映射端口时使用 bridge 网络。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer else { return [] }
        let networks = command.anatomy.occurrences(ofFlag: "network") + command.anatomy.occurrences(ofFlag: "net")
        guard networks.contains(where: { $0.use.value == "host" }) else { return [] }
        return command.anatomy.occurrences(ofFlag: "publish").prefix(1).map {
            RuleFinding(rule: Self.id, message: Self.message, word: $0.word)
        }
    }

    static let message = "ports published with -p are discarded on the host network; the container already uses the host's ports"
}

/// `--privileged`: the container gets (almost) full control of the host.
public struct PrivilegedContainer: LintRule {
    public static let id = "DT012"
    public static let name = "privileged-container"
    public static let title = LocalizedText(
        en: "--privileged gives the container the host",
        zh: "--privileged 让容器几乎拥有整台宿主机")
    public static let explanation = LocalizedText(
        en: """
            A privileged container gets every capability, every device of the host and no seccomp or AppArmor \
            confinement: a process inside can load kernel modules or mount the host's disks. Grant only what \
            is needed instead: `--cap-add NET_ADMIN`, `--device /dev/fuse`, `--security-opt ...`.
            """,
        zh: """
            特权容器拥有全部 capabilities、宿主机的所有设备，也不受 seccomp 和 AppArmor 限制：容器里的进程可以加载内核模块、\
            挂载宿主机的磁盘。请只授予需要的权限，例如 `--cap-add NET_ADMIN`、`--device /dev/fuse`、`--security-opt ...`。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer || command.path == "container exec" else { return [] }
        return command.anatomy.occurrences(ofFlag: "privileged").filter { $0.use.value == "true" }.prefix(1).map {
            RuleFinding(rule: Self.id, message: Self.message, word: $0.word)
        }
    }

    static let message = "--privileged gives the container full access to the host; add only the capabilities or devices it needs"
}

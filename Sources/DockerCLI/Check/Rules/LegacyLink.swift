/// `--link`: the legacy way of connecting containers.
///
/// Links only work on the default bridge network and are deprecated in favour of user-defined
/// networks, where containers find each other by name without any flag.
public struct LegacyLink: LintRule {
    public static let id = "DT007"
    public static let name = "legacy-link"
    public static let title = LocalizedText(
        en: "--link is a legacy feature",
        zh: "--link 是过时的功能")
    public static let explanation = LocalizedText(
        en: """
            `--link` dates from before docker networks. It only works on the default bridge network, copies \
            environment variables between containers and may be removed. Create a network instead: \
            `docker network create app`, then `docker run --network app --name db ...` and \
            `docker run --network app ...`: containers on the same user-defined network reach each other by name.
            """,
        zh: """
            `--link` 诞生于 docker 网络功能之前，只能在默认的 bridge 网络上使用，会在容器之间复制环境变量，\
            将来可能被移除。请改用自定义网络：先 `docker network create app`，再用 `docker run --network app --name db ...` \
            和 `docker run --network app ...` 启动容器，同一自定义网络中的容器可以直接通过名称互相访问。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer else { return [] }
        return command.anatomy.occurrences(ofFlag: "link").map { occurrence in
            RuleFinding(rule: Self.id, message: Self.message, word: occurrence.word)
        }
    }

    static let message = "--link is legacy: put the containers on a user-defined network (docker network create) and use their names"
}

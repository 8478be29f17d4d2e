/// `docker rm $(docker ps -aq)` without `-f`: running containers make it fail.
///
/// The substitution lists every container, running ones included; `docker rm` refuses running
/// containers, so the cleanup fails half done. The same holds for `docker rmi $(docker images -q)`
/// and images still used by containers.
public struct RemoveAllWithoutForce: LintRule {
    public static let id = "DT011"
    public static let name = "remove-all-without-force"
    public static let title = LocalizedText(
        en: "removing everything without -f",
        zh: "不加 -f 删除全部容器或镜像")
    public static let explanation = LocalizedText(
        en: """
            `docker ps -aq` lists running containers too, and `docker rm` refuses to remove a running \
            container, so `docker rm $(docker ps -aq)` fails for each of them (and errors out when the list is \
            empty). Stop them first, use `docker rm -f`, or let docker do the selection: \
            `docker container prune` removes every stopped container.
            """,
        zh: """
            `docker ps -aq` 也会列出正在运行的容器，而 `docker rm` 拒绝删除运行中的容器，所以 \
            `docker rm $(docker ps -aq)` 会对每个运行中的容器报错（列表为空时也会报错）。请先停止它们，\
            或使用 `docker rm -f`，或者让 docker 自己挑选：`docker container prune` 会删除所有已停止的容器。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        let lists: [String]
        switch command.path {
        case "container rm": lists = ["docker ps", "docker container ls", "docker container ps", "docker container list"]
        case "image rm": lists = ["docker images", "docker image ls", "docker image list"]
        default: return []
        }
        if command.anatomy.occurrences(ofFlag: "force").contains(where: { $0.use.value == "true" }) { return [] }
        for index in command.anatomy.argumentWords where command.words[index].isOpaque {
            let raw = command.words[index].raw
            if lists.contains(where: { raw.contains($0) }) {
                return [RuleFinding(rule: Self.id, message: Self.message(command.path == "image rm"), word: index)]
            }
        }
        return []
    }

    static func message(_ images: Bool) -> String {
        images
            ? "images still used by containers make this fail; add -f or use docker image prune"
            : "running containers in the list make docker rm fail; add -f, stop them first, or use docker container prune"
    }
}

import DockerAPI

/// An image without a tag in a script: docker uses `latest`, whatever that is today.
///
/// `docker run redis` in a script runs whichever redis `latest` points to when the image is
/// first pulled on that machine; two machines, or the same one a month apart, run different
/// versions. Scripts should say which version they mean.
public struct ImplicitLatestTag: LintRule {
    public static let id = "DT006"
    public static let name = "implicit-latest-tag"
    public static let title = LocalizedText(
        en: "image without a tag in a script",
        zh: "脚本中的镜像没有写标签")
    public static let explanation = LocalizedText(
        en: """
            An image reference without a tag or digest means `:latest`, which is just a tag the publisher \
            moves to each new release. A script that runs `redis` gets a different version on each machine \
            and over time, and a breaking release breaks the script without any change to it. Pin a tag \
            (`redis:7.4`) or a digest (`redis@sha256:...`).
            """,
        zh: """
            没有标签或摘要的镜像引用就是 `:latest`，而 latest 只是发布者每次发版都会移动的一个标签。\
            脚本里写 `redis`，在不同机器、不同时间会得到不同的版本，一旦出现不兼容的新版本，脚本没改也会出错。\
            请固定标签（`redis:7.4`）或摘要（`redis@sha256:...`）。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.inScript, command.verdict.status == .valid else { return [] }
        let imageWord: Int?
        switch command.path {
        case "container run", "container create", "image pull", "service create":
            imageWord = command.anatomy.argumentWords.first
        default:
            imageWord = nil
        }
        guard let index = imageWord, let image = command.knownText(index), !image.isEmpty,
              !ImageReference.isHexIdentifier(image), !image.hasPrefix("sha256:"),
              let reference = try? ImageReference.parseNormalized(image), reference.isNameOnly
        else { return [] }
        if command.path == "image pull", command.anatomy.occurrences(ofFlag: "all-tags").contains(where: { $0.use.value == "true" }) {
            return []
        }
        return [RuleFinding(rule: Self.id, message: Self.message(image), word: index)]
    }

    static func message(_ image: String) -> String {
        "\(image) has no tag, so docker uses \(image):latest, which changes over time; pin a version (\(image):TAG)"
    }
}

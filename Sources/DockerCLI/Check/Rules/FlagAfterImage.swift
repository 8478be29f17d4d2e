/// docker flags written after the image (or after the container of `exec`) go to the container.
///
/// `docker run redis -p 6379:6379` publishes nothing: run stops reading its own flags at the
/// image, so `-p 6379:6379` becomes the container's command line. docker accepts the line, the
/// container then fails or ignores the words, and the learner wonders why the port is closed.
public struct FlagAfterImage: LintRule {
    public static let id = "DT001"
    public static let name = "flag-after-image"
    public static let title = LocalizedText(
        en: "docker flag written after the image",
        zh: "docker 选项写在了镜像名之后")
    public static let explanation = LocalizedText(
        en: """
            docker run, docker create and docker exec read their own flags only up to the image (or, for \
            exec, the container). Everything after it is the command to run inside the container. \
            `docker run redis -p 6379:6379` therefore starts redis with the arguments `-p 6379:6379` and \
            publishes no port. Move the flag before the image: `docker run -p 6379:6379 redis`.
            """,
        zh: """
            docker run、docker create 和 docker exec 只在镜像名（exec 是容器名）之前读取自己的选项，\
            之后的所有内容都是要在容器里执行的命令。所以 `docker run redis -p 6379:6379` 会以参数 \
            `-p 6379:6379` 启动 redis，并没有发布任何端口。请把选项移到镜像名之前：`docker run -p 6379:6379 redis`。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        let path = command.path
        guard command.createsContainer || path == "container exec", let target = command.anatomy.argumentWords.first else {
            return []
        }
        let flags = command.anatomy.command.flags
        var findings: [RuleFinding] = []
        var index = target + 1
        while index < command.words.count {
            let word = command.words[index].text
            guard word.hasPrefix("-"), word.count > 1, word != "--" else { break }
            guard let flag = Self.dockerFlag(word, in: flags) else { break }
            let targetText = command.words[target].text
            findings.append(RuleFinding(rule: Self.id, message: Self.message(word, after: targetText, exec: path == "container exec"),
                                        word: index))
            index += flag.takesNoValue || word.contains("=") || (!word.hasPrefix("--") && word.count > 2) ? 1 : 2
        }
        return findings
    }

    /// The flag a word names among `flags` (`-p`, `--publish=...`, a cluster such as `-it`), or `nil`.
    static func dockerFlag(_ word: String, in flags: [FlagSpec]) -> FlagSpec? {
        if word.hasPrefix("--") {
            let name = word.dropFirst(2).split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return flags.first { $0.name == name && !$0.hidden }
        }
        let letters = word.dropFirst()
        var last: FlagSpec?
        for letter in letters {
            guard let flag = flags.first(where: { $0.shorthand == letter }) else { return nil }
            last = flag
            if !flag.takesNoValue { break }
        }
        return last
    }

    static func message(_ flag: String, after target: String, exec: Bool) -> String {
        exec
            ? "\(flag) comes after the container \(target), so it is passed to the command, not to docker exec; move it before \(target)"
            : "\(flag) comes after the image \(target), so docker passes it to the container's command; move it before \(target)"
    }
}

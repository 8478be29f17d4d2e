/// The sentences `explain` writes around docker's own help texts, in each language.
///
/// docker's descriptions come from `Translations`; these are docker-tutor's own words (what a
/// port mapping means, which parts of an image name were implied). Kept together so both
/// languages are reviewed side by side.
enum ExplainPhrases {
    static func accepted(_ l: Language) -> String {
        l == .zh ? "✓ docker 接受这条命令。" : "✓ docker accepts this command."
    }

    static func refused(_ exitCode: Int32, _ l: Language) -> String {
        l == .zh ? "  docker 拒绝执行这条命令（退出码 \(exitCode)）。" : "  docker refuses this command (exit status \(exitCode))."
    }

    static func shortFor(_ path: String, _ l: Language) -> String {
        l == .zh ? "（即 docker \(path)）" : " (short for docker \(path))"
    }

    static func helpRequested(_ l: Language) -> String {
        l == .zh ? "显示帮助，不执行命令" : "shows help instead of running the command"
    }

    static func flagCluster(_ count: Int, _ l: Language) -> String {
        l == .zh ? "\(count) 个选项写在一起：" : "\(count) flags written together:"
    }

    static func unknownFlag(_ l: Language) -> String {
        l == .zh ? "此命令没有这个选项" : "not a flag of this command"
    }

    static func endOfFlags(_ l: Language) -> String {
        l == .zh ? "选项到此结束，后面的词都是参数" : "ends the flags: every word after it is an argument"
    }

    static func unknown(_ word: String?, note: String, _ l: Language) -> String {
        guard l == .zh else { return note }
        return OpaqueWordDecides.title.zh + (word.map { "（\($0)）" } ?? "") + "，check 无法判断 docker 是否接受这一行"
    }

    static func value(_ value: String, _ l: Language) -> String {
        l == .zh ? "值：\(value)" : "value: \(value)"
    }

    static func turnedOff(_ l: Language) -> String {
        l == .zh ? "（已关闭）" : "(turned off)"
    }

    static func runtimeValue(_ raw: String, _ l: Language) -> String {
        l == .zh ? "\(raw) 的值要到运行时才知道" : "the value of \(raw) is only known when the command runs"
    }

    // MARK: Arguments

    static func containerCommand(_ l: Language) -> String {
        l == .zh ? "COMMAND：在容器中运行的程序（代替镜像的默认命令）" : "COMMAND: the program run in the container (instead of the image's default command)"
    }

    static func execCommand(_ l: Language) -> String {
        l == .zh ? "COMMAND：在容器中执行的程序" : "COMMAND: the program executed in the container"
    }

    static func commandArguments(_ program: String, _ l: Language) -> String {
        l == .zh ? "ARG…：传给 \(program) 的参数（docker 不再解析）" : "ARG...: arguments passed to \(program) (docker does not read them)"
    }

    static func argument(_ placeholder: String, _ l: Language) -> String {
        let meaning = placeholderMeanings[placeholder].map { $0[l] }
        return placeholder + (l == .zh ? "：" : ": ") + (meaning ?? (l == .zh ? "参数" : "an argument"))
    }

    /// What docker's usage placeholders stand for.
    static let placeholderMeanings: [String: LocalizedText] = [
        "IMAGE": LocalizedText(en: "the image", zh: "镜像"),
        "COMMAND": LocalizedText(en: "a docker command", zh: "docker 命令"),
        "CONTAINER": LocalizedText(en: "a container, by name or ID", zh: "容器，用名称或 ID 指定"),
        "NETWORK": LocalizedText(en: "a network, by name or ID", zh: "网络，用名称或 ID 指定"),
        "VOLUME": LocalizedText(en: "a volume, by name", zh: "卷，用名称指定"),
        "NAME": LocalizedText(en: "a name", zh: "名称"),
        "NAME|ID": LocalizedText(en: "an object, by name or ID", zh: "对象，用名称或 ID 指定"),
        "PATH": LocalizedText(en: "the build context: the directory whose files the build can use",
                              zh: "构建上下文：构建过程可以使用其中文件的目录"),
        "PATH|URL|-": LocalizedText(en: "the build context: a directory, a URL, or - for standard input",
                                    zh: "构建上下文：一个目录、一个 URL，或用 - 表示标准输入"),
        "SOURCE_IMAGE[:TAG]": LocalizedText(en: "the image to tag", zh: "要打标签的镜像"),
        "TARGET_IMAGE[:TAG]": LocalizedText(en: "the new name for it", zh: "它的新名称"),
        "OLD_NAME": LocalizedText(en: "the container's current name", zh: "容器当前的名称"),
        "NEW_NAME": LocalizedText(en: "its new name", zh: "新名称"),
        "SERVICE": LocalizedText(en: "a service", zh: "服务"),
        "NODE": LocalizedText(en: "a swarm node", zh: "swarm 节点"),
        "SECRET": LocalizedText(en: "a secret", zh: "机密"),
        "CONFIG": LocalizedText(en: "a config", zh: "配置"),
        "STACK": LocalizedText(en: "a stack", zh: "栈"),
        "PLUGIN": LocalizedText(en: "a plugin", zh: "插件"),
        "CONTEXT": LocalizedText(en: "a context", zh: "上下文"),
        "SERVER": LocalizedText(en: "the registry's address", zh: "镜像仓库的地址"),
        "TERM": LocalizedText(en: "what to search for", zh: "搜索的关键字"),
        "file|URL|-": LocalizedText(en: "a tarball: a file, a URL, or - for standard input",
                                    zh: "tar 包：一个文件、一个 URL，或用 - 表示标准输入"),
        "REPOSITORY[:TAG]": LocalizedText(en: "the name of the new image", zh: "新镜像的名称"),
        "[REPOSITORY[:TAG]]": LocalizedText(en: "the name of the new image", zh: "新镜像的名称"),
        "PRIVATE_PORT[/PROTO]": LocalizedText(en: "a port of the container", zh: "容器的端口"),
        "SERVICE...": LocalizedText(en: "services of the Compose project", zh: "Compose 项目中的服务"),
    ]

    // MARK: Images

    static func imageReference(_ reference: String, _ l: Language) -> String {
        l == .zh ? "镜像 \(reference)" : "image \(reference)"
    }

    static func registry(_ domain: String, implied: Bool, _ l: Language) -> String {
        let hub = domain == "docker.io"
        switch l {
        case .en:
            return "registry:   \(domain)" + (hub ? " (Docker Hub)" : "") + (implied ? ", implied" : "")
        case .zh:
            return "镜像仓库：  \(domain)" + (hub ? "（Docker Hub）" : "") + (implied ? "，省略未写" : "")
        }
    }

    static func repository(_ path: String, official: Bool, _ l: Language) -> String {
        switch l {
        case .en:
            return "repository: \(path)" + (official ? " (no namespace written: docker adds \"library/\", where Docker Hub keeps its official images)" : "")
        case .zh:
            return "仓库：      \(path)" + (official ? "（未写命名空间：docker 补上 \"library/\"，即 Docker Hub 官方镜像所在的命名空间）" : "")
        }
    }

    static func tag(_ tag: String, implied: Bool, _ l: Language) -> String {
        switch l {
        case .en: return "tag:        \(tag)" + (implied ? " (implied: no tag written)" : "")
        case .zh: return "标签：      \(tag)" + (implied ? "（未写标签时默认使用）" : "")
        }
    }

    static func digest(_ digest: String, _ l: Language) -> String {
        l == .zh ? "摘要：      \(digest)（精确固定镜像内容）" : "digest:     \(digest) (pins the exact content)"
    }

    static func imageID(_ id: String, _ l: Language) -> String {
        l == .zh ? "镜像 ID \(id)" : "image ID \(id)"
    }
}

/// `-p` with only a container port publishes it on a random host port.
///
/// `-p 80` (or `-p 127.0.0.1::80`) asks docker to pick a free host port, different on every run:
/// fine when the port is looked up with `docker port`, surprising when the learner then opens
/// `localhost:80`.
public struct RandomHostPort: LintRule {
    public static let id = "DT002"
    public static let name = "random-host-port"
    public static let title = LocalizedText(
        en: "-p without a host port picks a random one",
        zh: "-p 未指定宿主机端口时会随机分配")
    public static let explanation = LocalizedText(
        en: """
            With only a container port (`-p 80`, `-p 127.0.0.1::80`), docker publishes the port on a free \
            host port it chooses, which changes from run to run. Find it with `docker port CONTAINER`, or \
            write the host port explicitly: `-p 8080:80` maps host port 8080 to container port 80.
            """,
        zh: """
            只写容器端口时（`-p 80`、`-p 127.0.0.1::80`），docker 会在宿主机上挑一个空闲端口来发布，每次运行都可能不同。\
            可以用 `docker port 容器名` 查看，或者明确写出宿主机端口：`-p 8080:80` 表示把宿主机的 8080 端口映射到容器的 80 端口。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer else { return [] }
        return command.anatomy.occurrences(ofFlag: "publish").compactMap { occurrence in
            let word = occurrence.use.valueWord ?? occurrence.word
            guard !command.words[word].isOpaque, case .success = PublishSpec.parse(occurrence.use.value),
                  let host = PortWords.hostPort(occurrence.use.value), host.isEmpty else {
                return nil
            }
            return RuleFinding(rule: Self.id, message: Self.message(occurrence.use.value), word: word)
        }
    }

    static func message(_ value: String) -> String {
        "-p \(value) publishes the port on a random host port; write HOST:CONTAINER (for example -p 8080:\(PortWords.containerPort(value) ?? "80")) to choose it"
    }
}

/// Reading the short `-p` syntax without validating it (the verdict does that).
enum PortWords {
    /// The parts of `[ip:][host:]container[/proto]`, or `nil` for the long `key=value` form.
    static func parts(_ value: String) -> (ip: String?, host: String?, container: String)? {
        guard !value.contains("=") else { return nil }
        var rest = Substring(value)
        if let slash = rest.lastIndex(of: "/") { rest = rest[..<slash] }
        var ip: String?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            ip = String(rest[...close])
            rest = rest[rest.index(after: close)...].drop(while: { $0 == ":" })
        }
        let fields = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch fields.count {
        case 1: return (ip, nil, fields[0])
        case 2: return ip == nil ? (nil, fields[0], fields[1]) : (ip, fields[0], fields[1])
        case 3: return (fields[0], fields[1], fields[2])
        default: return nil
        }
    }

    /// The host port written (empty when left out as in `127.0.0.1::80`), `""` for a bare container port.
    static func hostPort(_ value: String) -> String? {
        guard let p = parts(value) else { return nil }
        return p.host ?? ""
    }

    static func containerPort(_ value: String) -> String? {
        parts(value)?.container
    }
}

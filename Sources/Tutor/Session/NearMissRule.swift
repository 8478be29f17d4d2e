/// Feedback for a command that is almost what the step wants: a teaching message instead of a silent failure.
///
/// Rules see the command line and the current step (with its goals), so they can tell "`-p 80:8080`
/// while the step wants 8080:80" apart from a command that is simply different. The `check` lint
/// rules of the docker grammar (flags after the image, a missing `-d`, a name already in use) plug in
/// here as further rules.
public struct NearMissRule: Sendable {
    public var name: String
    public var check: @Sendable (_ line: String, _ step: LessonStep, _ lesson: Lesson) -> LocalizedText?

    public init(name: String, check: @escaping @Sendable (_ line: String, _ step: LessonStep, _ lesson: Lesson) -> LocalizedText?) {
        self.name = name
        self.check = check
    }

    /// The rules that need no grammar.
    public static let builtIn: [NearMissRule] = [publishOrder]

    /// `-p 80:8080` where the step's goals want `8080:80`: the learner swapped host and container ports.
    public static let publishOrder = NearMissRule(name: "publish-order") { line, step, _ in
        let wanted = step.goals.flatMap(\.flattened).flatMap { goal -> [PortExpectation] in
            if case .container(let container) = goal.kind { return container.ports }
            return []
        }
        let words = RanGoal.plainForm(line).first?.split(separator: " ").map(String.init) ?? []
        guard words.first == "docker" else { return nil }
        for value in publishValues(words) {
            guard let typed = PortExpectation.parse(value), let typedHost = typed.hostPort else { continue }
            for port in wanted where port.hostPort != nil && port.hostPort != port.containerPort {
                if typedHost == port.containerPort && typed.containerPort == port.hostPort && typed.proto == port.proto {
                    let (host, container) = (port.hostPort ?? "", port.containerPort)
                    return LocalizedText(
                        en: "-p takes HOST:CONTAINER. To reach container port \(container) on host port \(host), write -p \(host):\(container).",
                        zh: "-p 的写法是 主机端口:容器端口。要通过主机的 \(host) 端口访问容器的 \(container) 端口，请写 -p \(host):\(container)。")
                }
            }
        }
        return nil
    }

    /// The values of every `-p`/`--publish` in the words, in each spelling pflag accepts.
    static func publishValues(_ words: [String]) -> [String] {
        var values: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if (word == "-p" || word == "--publish"), index + 1 < words.count {
                values.append(words[index + 1])
                index += 2
                continue
            }
            if word.hasPrefix("--publish=") {
                values.append(String(word.dropFirst("--publish=".count)))
            } else if word.hasPrefix("-p"), word.count > 2, !word.hasPrefix("--") {
                let rest = word.dropFirst(2)
                values.append(String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
            }
            index += 1
        }
        return values
    }
}

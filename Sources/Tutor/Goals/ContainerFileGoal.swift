/// A goal on a file inside a container's filesystem (Redis's append-only files under `/data`, a page nginx serves).
public struct ContainerFileGoal: Sendable, Equatable {
    /// Absolute path inside the container; may use `*` and `?`.
    public var path: String
    /// The container's name.
    public var container: String
    public var exists: Bool = true
    public var contains: String?

    public init(_ path: String, in container: String) {
        self.path = path
        self.container = container
    }

    public var description: LocalizedText {
        guard exists else {
            return GoalText.text("container \(container) has no file \(path)", "容器 \(container) 中没有文件 \(path)")
        }
        guard let contains else {
            return GoalText.text("container \(container) has a file \(path)", "容器 \(container) 中有文件 \(path)")
        }
        let q = GoalText.quoted(contains)
        return GoalText.text("\(path) in container \(container) contains \(q.en)", "容器 \(container) 中的 \(path) 包含\(q.zh)")
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        guard world.containers().contains(where: { $0.name == container }) else {
            if !exists { return GoalResult(met: true, description: description) }
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no container named \(container)", "没有名为 \(container) 的容器"))
        }
        let found = FileMatching.find(path) { world.containerFile(container: container, path: $0) }
        guard exists else {
            return found.isEmpty ? GoalResult(met: true, description: description)
                : GoalResult(met: false, description: description,
                             problem: GoalText.text("container \(container) still has \(path)", "容器 \(container) 中仍然有 \(path)"))
        }
        guard !found.isEmpty else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("container \(container) has no file \(path)", "容器 \(container) 中没有文件 \(path)"))
        }
        guard let contains else { return GoalResult(met: true, description: description) }
        let texts = found.compactMap { item -> String? in
            if case .file(let text) = item.entry { return text }
            return nil
        }
        if texts.isEmpty {
            return GoalResult(met: false, description: description, problem: GoalText.text(
                "\(path) in container \(container) is a directory, not a file", "容器 \(container) 中的 \(path) 是目录，不是文件"))
        }
        if texts.contains(where: { $0.contains(contains) }) { return GoalResult(met: true, description: description) }
        let q = GoalText.quoted(contains)
        return GoalResult(met: false, description: description, problem: GoalText.text(
            "\(path) in container \(container) does not contain \(q.en)", "容器 \(container) 中的 \(path) 不包含\(q.zh)"))
    }
}

/// A goal on a key in the Redis server running in a container.
public struct RedisKeyGoal: Sendable, Equatable {
    public var key: String
    /// The name of the container Redis runs in.
    public var container: String
    public var exists: Bool = true
    /// `nil` when any value will do.
    public var value: String?

    public init(_ key: String, in container: String) {
        self.key = key
        self.container = container
    }

    public var description: LocalizedText {
        guard exists else {
            return GoalText.text("key \(key) is not set in the Redis of container \(container)",
                                 "容器 \(container) 的 Redis 中没有键 \(key)")
        }
        guard let value else {
            return GoalText.text("key \(key) is set in the Redis of container \(container)",
                                 "容器 \(container) 的 Redis 中设置了键 \(key)")
        }
        let q = GoalText.quoted(value)
        return GoalText.text("key \(key) in the Redis of container \(container) holds \(q.en)",
                             "容器 \(container) 的 Redis 中键 \(key) 的值为\(q.zh)")
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        guard let found = world.containers().first(where: { $0.name == container }) else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no container named \(container)", "没有名为 \(container) 的容器"))
        }
        guard found.state == .running else {
            return GoalResult(met: false, description: description, problem: GoalText.text(
                "container \(container) is not running, so its Redis cannot answer", "容器 \(container) 没有在运行，其中的 Redis 无法应答"))
        }
        let actual = world.redisValue(container: container, key: key)
        guard exists else {
            return actual == nil ? GoalResult(met: true, description: description)
                : GoalResult(met: false, description: description,
                             problem: GoalText.text("key \(key) is still set", "键 \(key) 仍然存在"))
        }
        guard let actual else {
            return GoalResult(met: false, description: description, problem: GoalText.text(
                "key \(key) is not set in the Redis of container \(container)", "容器 \(container) 的 Redis 中没有设置键 \(key)"))
        }
        if let value, value != actual {
            let (a, w) = (GoalText.quoted(actual), GoalText.quoted(value))
            return GoalResult(met: false, description: description, problem: GoalText.text(
                "key \(key) holds \(a.en), not \(w.en)", "键 \(key) 的值是\(a.zh)，而不是\(w.zh)"))
        }
        return GoalResult(met: true, description: description)
    }
}

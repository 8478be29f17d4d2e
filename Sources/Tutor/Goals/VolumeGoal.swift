/// A goal on a named volume: it exists, is used by a container, holds a file.
public struct VolumeGoal: Sendable, Equatable {
    public var name: String
    public var exists: Bool = true
    /// Names of containers that must have the volume mounted.
    public var usedBy: [String] = []
    /// A file inside the volume, relative to its root.
    public var file: FileExpectation?

    public init(_ name: String) {
        self.name = name
    }

    public var description: LocalizedText {
        guard exists else { return GoalText.text("there is no volume \(name)", "不存在卷 \(name)") }
        var clauses = usedBy.map { GoalText.text("is used by container \($0)", "被容器 \($0) 使用") }
        if let file { clauses.append(file.description) }
        if clauses.isEmpty { return GoalText.text("volume \(name) exists", "卷 \(name) 存在") }
        return GoalText.sentence(GoalText.text("volume \(name)", "卷 \(name)"), clauses)
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        let found = world.volumes().contains { $0.name == name }
        guard exists else {
            return found ? GoalResult(met: false, description: description,
                                      problem: GoalText.text("volume \(name) still exists", "卷 \(name) 仍然存在"))
                : GoalResult(met: true, description: description)
        }
        guard found else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no volume \(name)", "没有卷 \(name)"))
        }
        let now = GoalText.text("volume \(name) exists", "卷 \(name) 已存在")
        let containers = world.containers()
        for user in usedBy {
            guard let container = containers.first(where: { $0.name == user }) else {
                return GoalResult(met: false, description: description,
                                  problem: GoalText.but(now, GoalText.text("there is no container named \(user)", "没有名为 \(user) 的容器")))
            }
            if !container.mounts.contains(where: { $0.type == .volume && $0.name == name }) {
                return GoalResult(met: false, description: description,
                                  problem: GoalText.but(now, GoalText.text("container \(user) does not use it", "容器 \(user) 没有使用它")))
            }
        }
        if let file, let problem = file.problem(rooted: true, lookup: { world.volumeFile(volume: name, path: $0) }) {
            return GoalResult(met: false, description: description, problem: GoalText.but(now, problem))
        }
        return GoalResult(met: true, description: description)
    }
}

/// A goal on a network: it exists, has containers attached, uses a driver.
public struct NetworkGoal: Sendable, Equatable {
    public var name: String
    public var exists: Bool = true
    /// Names of containers that must be connected.
    public var attached: [String] = []
    public var driver: String?

    public init(_ name: String) {
        self.name = name
    }

    public var description: LocalizedText {
        guard exists else { return GoalText.text("there is no network \(name)", "不存在网络 \(name)") }
        var clauses = attached.map { GoalText.text("has container \($0) attached", "连接了容器 \($0)") }
        if let driver { clauses.append(GoalText.text("uses driver \(driver)", "使用驱动 \(driver)")) }
        if clauses.isEmpty { return GoalText.text("network \(name) exists", "网络 \(name) 存在") }
        return GoalText.sentence(GoalText.text("network \(name)", "网络 \(name)"), clauses)
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        let found = world.networks().first { $0.name == name }
        guard exists else {
            return found == nil ? GoalResult(met: true, description: description)
                : GoalResult(met: false, description: description,
                             problem: GoalText.text("network \(name) still exists", "网络 \(name) 仍然存在"))
        }
        guard let network = found else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no network \(name)", "没有网络 \(name)"))
        }
        let now = GoalText.text("network \(name) exists", "网络 \(name) 已存在")
        if let missing = attached.first(where: { !network.containers.contains($0) }) {
            return GoalResult(met: false, description: description, problem: GoalText.but(now, GoalText.text(
                "container \(missing) is not connected to it", "容器 \(missing) 没有连接到它")))
        }
        if let driver, network.driver != driver {
            return GoalResult(met: false, description: description, problem: GoalText.but(now, GoalText.text(
                "its driver is \(network.driver), not \(driver)", "它的驱动是 \(network.driver)，而不是 \(driver)")))
        }
        return GoalResult(met: true, description: description)
    }
}

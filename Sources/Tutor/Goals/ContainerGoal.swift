/// A goal on one container, found by name or by the image it was created from.
///
/// Every property is optional; each one given must hold. With `exists: false` the goal holds when no
/// such container exists at all.
public struct ContainerGoal: Sendable, Equatable {
    /// How the goal finds its container.
    public enum Selector: Sendable, Equatable {
        case name(String)
        /// Any container created from this image; the goal holds when one of them matches.
        case image(String)
    }

    public var selector: Selector
    public var exists: Bool = true
    public var state: ContainerState?
    public var image: String?
    /// Words that must appear, in order and next to each other, in the container's `Path` and `Args`.
    public var commandContains: [String]?
    public var ports: [PortExpectation] = []
    public var mounts: [MountExpectation] = []
    public var env: [KeyValueExpectation] = []
    public var restart: RestartExpectation?
    public var networks: [String] = []
    public var labels: [KeyValueExpectation] = []
    public var health: HealthExpectation?
    public var exitCode: Int?

    public init(_ selector: Selector) {
        self.selector = selector
    }

    var subject: LocalizedText {
        switch selector {
        case .name(let name): return GoalText.text("container \(name)", "容器 \(name)")
        case .image(let image): return GoalText.text("a container from image \(image)", "从镜像 \(image) 创建的容器")
        }
    }

    /// "container redis is running and publishes port 6379:6379".
    public var description: LocalizedText {
        guard exists else {
            switch selector {
            case .name(let name): return GoalText.text("there is no container \(name)", "不存在容器 \(name)")
            case .image(let image):
                return GoalText.text("no container from image \(image) exists", "不存在从镜像 \(image) 创建的容器")
            }
        }
        let clauses = checks.map(\.description)
        if clauses.isEmpty { return GoalText.text(subject.en + " exists", GoalText.spaced(subject.zh) + "存在") }
        return GoalText.sentence(subject, clauses)
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        let candidates: [ContainerSnapshot]
        switch selector {
        case .name(let name):
            candidates = world.containers().filter { $0.name == name || "/" + $0.name == name }
        case .image(let image):
            candidates = world.containers().filter { ImageMatching.container($0, uses: image, in: world) }
        }
        guard exists else {
            guard let found = candidates.first else { return GoalResult(met: true, description: description) }
            let problem: LocalizedText
            switch selector {
            case .name(let name):
                problem = GoalText.text("container \(name) still exists", "容器 \(name) 仍然存在")
            case .image(let image):
                problem = GoalText.text("container \(found.name) (from image \(image)) still exists",
                                        "容器 \(found.name)（来自镜像 \(image)）仍然存在")
            }
            return GoalResult(met: false, description: description, problem: problem)
        }
        guard !candidates.isEmpty else {
            let problem: LocalizedText
            switch selector {
            case .name(let name):
                problem = GoalText.text("there is no container named \(name)", "没有名为 \(name) 的容器")
            case .image(let image):
                problem = GoalText.text("no container was created from image \(image)", "没有从镜像 \(image) 创建的容器")
            }
            return GoalResult(met: false, description: description, problem: problem)
        }
        var best: (container: ContainerSnapshot, problem: LocalizedText)? = nil
        for container in candidates {
            guard let problem = checks.lazy.compactMap({ $0.problem(container, world) }).first else {
                return GoalResult(met: true, description: description)
            }
            if best == nil { best = (container, problem) }
        }
        guard let (container, problem) = best else { return GoalResult(met: true, description: description) }
        let now = GoalText.text("container \(container.name) " + GoalText.state(container.state).en,
                                "容器 \(container.name) " + GoalText.state(container.state).zh)
        return GoalResult(met: false, description: description, problem: GoalText.but(now, problem))
    }

    /// One property of the goal: how it reads, and what is wrong with a container that lacks it.
    struct Check {
        var description: LocalizedText
        var problem: (ContainerSnapshot, any LessonWorld) -> LocalizedText?
    }

    var checks: [Check] {
        var checks: [Check] = []
        if let state { checks.append(Self.stateCheck(state)) }
        if let image { checks.append(Self.imageCheck(image)) }
        if let commandContains { checks.append(Self.commandCheck(commandContains)) }
        checks += ports.map(Self.portCheck)
        checks += mounts.map(Self.mountCheck)
        checks += env.map(Self.envCheck)
        if let restart { checks.append(Self.restartCheck(restart)) }
        checks += networks.map(Self.networkCheck)
        checks += labels.map(Self.labelCheck)
        if let health { checks.append(Self.healthCheck(health)) }
        if let exitCode { checks.append(Self.exitCodeCheck(exitCode)) }
        return checks
    }
}

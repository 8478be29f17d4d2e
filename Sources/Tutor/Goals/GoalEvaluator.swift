/// Checks goals against a `LessonWorld` and says what is missing.
///
/// The evaluator holds the one piece of policy that needs the docker grammar: how a typed command
/// line is compared with a `ran` pattern. By default quotes are removed and blanks collapsed; the
/// REPL can pass a function that also yields the canonical form (`docker container logs` → `docker logs`).
public struct GoalEvaluator: Sendable {
    /// The forms of a command line that `ran` patterns are matched against.
    public var commandForms: @Sendable (String) -> [String]

    public init(commandForms: @escaping @Sendable (String) -> [String] = RanGoal.plainForm) {
        self.commandForms = commandForms
    }

    public func evaluate(_ goal: Goal, in world: any LessonWorld) -> GoalResult {
        var result = evaluateKind(goal.kind, in: world)
        if let text = goal.text { result.description = text }
        return result
    }

    /// The step's goals, in order, followed by the exclusivity check when the step is `exclusive`.
    public func evaluate(step: LessonStep, in world: any LessonWorld) -> [GoalResult] {
        var results = step.goals.map { evaluate($0, in: world) }
        if step.exclusive { results.append(exclusive(step.goals, in: world)) }
        return results
    }

    private func evaluateKind(_ kind: GoalKind, in world: any LessonWorld) -> GoalResult {
        switch kind {
        case .container(let goal): return goal.evaluate(in: world)
        case .image(let goal): return goal.evaluate(in: world)
        case .hostFile(let goal): return goal.evaluate(in: world)
        case .volume(let goal): return goal.evaluate(in: world)
        case .network(let goal): return goal.evaluate(in: world)
        case .registry(let goal): return goal.evaluate(in: world)
        case .containerFile(let goal): return goal.evaluate(in: world)
        case .redisKey(let goal): return goal.evaluate(in: world)
        case .ran(let goal): return goal.evaluate(in: world, commandForms: commandForms)
        case .all(let goals):
            let results = goals.map { evaluate($0, in: world) }
            let description = GoalText.text("all of: " + GoalText.semicolons(results.map(\.description)).en,
                                            "以下全部成立：" + GoalText.semicolons(results.map(\.description)).zh)
            let failed = results.first { !$0.met }
            return GoalResult(met: failed == nil, description: description, problem: failed?.problem)
        case .any(let goals):
            let results = goals.map { evaluate($0, in: world) }
            let descriptions = GoalText.semicolons(results.map(\.description))
            let description = GoalText.text("one of: " + descriptions.en, "以下任意一项成立：" + descriptions.zh)
            if results.contains(where: \.met) { return GoalResult(met: true, description: description) }
            let problems = GoalText.semicolons(results.compactMap(\.problem))
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("none of these holds: " + problems.en, "以下各项都不成立：" + problems.zh))
        case .not(let inner):
            let result = evaluate(inner, in: world)
            let description = GoalText.text("it is not true that " + result.description.en, "并非" + result.description.zh)
            return GoalResult(met: !result.met, description: description, problem: GoalText.text(
                "this should not be true, but it is: " + result.description.en, "这一条不应成立，但现在成立：" + result.description.zh))
        }
    }

    /// `exclusive: true`: every running container is one the step's goals ask for.
    func exclusive(_ goals: [Goal], in world: any LessonWorld) -> GoalResult {
        let description = GoalText.text("no other containers are running", "没有其他容器在运行")
        var names: Set<String> = []
        var images: [String] = []
        func collect(_ goal: Goal) {
            switch goal.kind {
            case .container(let c) where c.exists:
                switch c.selector {
                case .name(let name): names.insert(name)
                case .image(let image): images.append(image)
                }
            case .containerFile(let f): names.insert(f.container)
            case .redisKey(let r): names.insert(r.container)
            case .volume(let v): names.formUnion(v.usedBy)
            case .network(let n): names.formUnion(n.attached)
            case .all(let inner), .any(let inner): inner.forEach(collect)
            default: break
            }
        }
        goals.forEach(collect)
        let others = world.containers().filter { container in
            container.state == .running && !names.contains(container.name)
                && !images.contains { ImageMatching.container(container, uses: $0, in: world) }
        }.map(\.name)
        guard !others.isEmpty else { return GoalResult(met: true, description: description) }
        return GoalResult(met: false, description: description, problem: GoalText.text(
            "other containers are running: " + others.joined(separator: ", "), "还有其他容器在运行：" + others.joined(separator: "、")))
    }
}

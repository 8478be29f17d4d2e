/// Notes the engine features a lesson needs that the simulation does not have yet.
///
/// A lesson about `docker build` is written and linted before the simulated builder exists; the note says
/// why its goals cannot be met yet, so the self-test failures that follow are expected, not a lesson bug.
extension LintRule {
    public static let notSimulatedYet = LintRule(name: "not-simulated-yet") { lesson, context in
        guard let supported = context.linter.supportedFeatures else { return [] }
        var firstUse: [EngineFeature: SourceMark] = [:]
        for step in lesson.steps {
            for command in step.solution {
                for feature in NotSimulatedYetMessage.features(of: command.line) where firstUse[feature] == nil {
                    firstUse[feature] = command.mark
                }
            }
            for goal in step.goals.flatMap(\.flattened) {
                switch goal.kind {
                case .registry where firstUse[.registry] == nil: firstUse[.registry] = goal.mark
                case .redisKey where firstUse[.redisCLI] == nil: firstUse[.redisCLI] = goal.mark
                default: break
                }
            }
        }
        return EngineFeature.allCases.compactMap { feature in
            guard let mark = firstUse[feature], !supported.contains(feature) else { return nil }
            return context.note(mark, NotSimulatedYetMessage.needs(feature))
        }
    }
}

/// The not-simulated-yet rule's messages, and how a command line reveals the features it needs.
enum NotSimulatedYetMessage {
    static func features(of line: String) -> [EngineFeature] {
        let words = line.split(separator: " ").map(String.init)
        if words.first == "redis-cli" { return [.redisCLI] }
        guard words.first == "docker" else { return [] }
        let arguments = KnownCommands.dockerArguments(words)
        var found: [EngineFeature] = []
        if arguments.first == "build" || arguments.starts(with: ["image", "build"]) || arguments.starts(with: ["buildx", "build"]) {
            found.append(.build)
        }
        if arguments.first == "compose" { found.append(.compose) }
        if arguments.first == "push" || arguments.starts(with: ["image", "push"])
            || arguments.contains(where: { $0.hasPrefix("registry:") || $0 == "registry" }) {
            found.append(.registry)
        }
        return found
    }

    static func needs(_ feature: EngineFeature) -> String {
        let what: String
        switch feature {
        case .build: what = "docker build"
        case .compose: what = "docker compose"
        case .registry: what = "a registry to push to"
        case .redisCLI: what = "redis-cli and a Redis that answers it"
        }
        return "this lesson needs \(what), which the simulation does not have yet; its goals cannot be met until it does"
    }
}

/// A condition on the sandbox's state that finishes a step when it holds.
///
/// Goals look at containers, images, volumes and files, not at the commands typed, so a learner who
/// reaches the state another way (`docker container run`, a different flag order) is still right.
/// The one exception is `ran`, for the rare step that is about a command itself.
public struct Goal: Sendable, Equatable {
    public var kind: GoalKind
    /// The instructor's own wording of the goal, shown instead of the generated one.
    public var text: LocalizedText?
    public var mark: SourceMark

    public init(_ kind: GoalKind, text: LocalizedText? = nil, mark: SourceMark = .start) {
        self.kind = kind
        self.text = text
        self.mark = mark
    }

    /// This goal's own text and those of the goals inside it.
    public var texts: [LocalizedText] {
        var all = text.map { [$0] } ?? []
        switch kind {
        case .all(let goals), .any(let goals): all += goals.flatMap(\.texts)
        case .not(let goal): all += goal.texts
        default: break
        }
        return all
    }

    /// This goal and every goal inside it, depth first.
    public var flattened: [Goal] {
        switch kind {
        case .all(let goals), .any(let goals): return [self] + goals.flatMap(\.flattened)
        case .not(let goal): return [self] + goal.flattened
        default: return [self]
        }
    }
}

/// What a goal checks; one case per kind of thing in the sandbox, plus the combinators.
public indirect enum GoalKind: Sendable, Equatable {
    case container(ContainerGoal)
    case image(ImageGoal)
    case hostFile(HostFileGoal)
    case volume(VolumeGoal)
    case network(NetworkGoal)
    case registry(RegistryGoal)
    case containerFile(ContainerFileGoal)
    case redisKey(RedisKeyGoal)
    case ran(RanGoal)
    /// Every goal holds.
    case all([Goal])
    /// At least one goal holds.
    case any([Goal])
    /// The goal does not hold.
    case not(Goal)

    /// The key that selects this kind in a lesson file (`container`, `host_file`).
    public var key: String {
        switch self {
        case .container: return "container"
        case .image: return "image"
        case .hostFile: return "host_file"
        case .volume: return "volume"
        case .network: return "network"
        case .registry: return "registry"
        case .containerFile: return "container_file"
        case .redisKey: return "redis_key"
        case .ran: return "ran"
        case .all: return "all"
        case .any: return "any"
        case .not: return "not"
        }
    }
}

/// The outcome of checking one goal against the sandbox.
public struct GoalResult: Sendable, Equatable {
    public var met: Bool
    /// What the goal asks for, for the learner's goal list.
    public var description: LocalizedText
    /// What is missing, when the goal is not met ("container redis is running, but port 6379 is not published").
    public var problem: LocalizedText?

    public init(met: Bool, description: LocalizedText, problem: LocalizedText? = nil) {
        self.met = met
        self.description = description
        self.problem = met ? nil : problem
    }
}

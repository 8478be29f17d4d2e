/// A goal on a registry the learner runs: it listens at `host:port` and holds pushed `repository:tag`s.
public struct RegistryGoal: Sendable, Equatable {
    /// `host:port`, as the push reference starts (`localhost:5000`).
    public var address: String
    /// `repository[:tag]` entries that must have been pushed; the tag defaults to `latest`.
    public var holds: [String] = []

    public init(_ address: String) {
        self.address = address
    }

    public var description: LocalizedText {
        guard !holds.isEmpty else {
            return GoalText.text("a registry is running at \(address)", "\(address) 上运行着镜像仓库")
        }
        return GoalText.text("the registry at \(address) holds \(holds.joined(separator: ", "))",
                             "\(address) 上的镜像仓库中有 \(holds.joined(separator: "、"))")
    }

    /// `team/app:1.0` → (`team/app`, `1.0`); `app` → (`app`, `latest`).
    static func split(_ entry: String) -> (repository: String, tag: String) {
        if let colon = entry.lastIndex(of: ":"), !entry[colon...].contains("/") {
            return (String(entry[..<colon]), String(entry[entry.index(after: colon)...]))
        }
        return (entry, "latest")
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        guard let registry = world.registry(at: address) else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("no registry is running at \(address)", "\(address) 上没有运行中的镜像仓库"))
        }
        let missing = holds.filter { entry in
            let (repository, tag) = Self.split(entry)
            return !(registry.repositories[repository] ?? []).contains(tag)
        }
        guard missing.isEmpty else {
            let now = GoalText.text("the registry at \(address) is running", "\(address) 上的镜像仓库正在运行")
            return GoalResult(met: false, description: description, problem: GoalText.but(now, GoalText.text(
                "\(missing.joined(separator: ", ")) has not been pushed to it",
                "还没有把 \(missing.joined(separator: "、")) 推送到其中")))
        }
        return GoalResult(met: true, description: description)
    }
}

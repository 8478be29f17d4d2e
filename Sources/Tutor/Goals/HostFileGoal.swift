/// A goal on a file in the sandbox host's filesystem: it exists, holds a text, or is an image archive.
public struct HostFileGoal: Sendable, Equatable {
    /// Relative to the learner's working directory, or absolute; may use `*` and `?`.
    public var path: String
    public var exists: Bool = true
    public var contains: String?
    /// References a `docker save` archive at this path must hold (`my-nginx:1.0`).
    public var archiveHolds: [String] = []

    public init(_ path: String) {
        self.path = path
    }

    public var description: LocalizedText {
        guard exists else { return GoalText.text("there is no host file \(path)", "不存在主机文件 \(path)") }
        var clauses: [LocalizedText] = []
        if let contains {
            let q = GoalText.quoted(contains)
            clauses.append(GoalText.text("contains \(q.en)", "包含\(q.zh)"))
        }
        if !archiveHolds.isEmpty {
            clauses.append(GoalText.text("is an image archive holding \(archiveHolds.joined(separator: ", "))",
                                         "是包含 \(archiveHolds.joined(separator: "、")) 的镜像归档文件"))
        }
        if clauses.isEmpty { return GoalText.text("host file \(path) exists", "主机文件 \(path) 存在") }
        return GoalText.sentence(GoalText.text("host file \(path)", "主机文件 \(path)"), clauses)
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        let found = FileMatching.find(path) { world.hostFile(path: $0) }
        guard exists else {
            return found.isEmpty ? GoalResult(met: true, description: description)
                : GoalResult(met: false, description: description,
                             problem: GoalText.text("host file \(path) still exists", "主机文件 \(path) 仍然存在"))
        }
        guard !found.isEmpty else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no file \(path) on the host", "主机上没有文件 \(path)"))
        }
        let now = GoalText.text("host file \(path) exists", "主机文件 \(path) 已存在")
        if let contains {
            let texts = found.compactMap { item -> String? in
                if case .file(let text) = item.entry { return text }
                return nil
            }
            if texts.isEmpty {
                return GoalResult(met: false, description: description,
                                  problem: GoalText.but(now, GoalText.text("it is a directory", "它是一个目录")))
            }
            if !texts.contains(where: { $0.contains(contains) }) {
                let q = GoalText.quoted(contains)
                return GoalResult(met: false, description: description,
                                  problem: GoalText.but(now, GoalText.text("it does not contain \(q.en)", "其中不包含\(q.zh)")))
            }
        }
        if !archiveHolds.isEmpty {
            guard let held = found.lazy.compactMap({ world.archiveReferences(hostPath: $0.path) }).first else {
                return GoalResult(met: false, description: description,
                                  problem: GoalText.but(now, GoalText.text("it is not a docker image archive",
                                                                           "它不是 docker 镜像归档文件")))
            }
            let heldNormalized = Set(held.compactMap(ImageMatching.normalized))
            let missing = archiveHolds.filter { ImageMatching.normalized($0).map { !heldNormalized.contains($0) } ?? true }
            if !missing.isEmpty {
                return GoalResult(met: false, description: description, problem: GoalText.but(now, GoalText.text(
                    "the archive does not hold \(missing.joined(separator: ", "))",
                    "归档文件中没有 \(missing.joined(separator: "、"))")))
            }
        }
        return GoalResult(met: true, description: description)
    }
}

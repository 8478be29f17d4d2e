/// A goal on one image in the local store, found by reference (`my-nginx:1.0`) or id.
public struct ImageGoal: Sendable, Equatable {
    public var reference: String
    public var exists: Bool = true
    /// How the image must have come into the store.
    public var createdBy: ImageOrigin?
    public var file: FileExpectation?
    public var config: ImageConfigExpectation?
    public var layers: Int?
    public var layersAtLeast: Int?

    public init(_ reference: String) {
        self.reference = reference
    }

    var subject: LocalizedText { GoalText.text("image \(reference)", "镜像 \(reference)") }

    public var description: LocalizedText {
        guard exists else { return GoalText.text("there is no image \(reference)", "不存在镜像 \(reference)") }
        let clauses = checks.map(\.description)
        if clauses.isEmpty { return GoalText.text("image \(reference) exists", "镜像 \(reference) 存在") }
        return GoalText.sentence(subject, clauses)
    }

    func evaluate(in world: any LessonWorld) -> GoalResult {
        let found = ImageMatching.images(matching: reference, in: world).first
        guard exists else {
            return found == nil ? GoalResult(met: true, description: description)
                : GoalResult(met: false, description: description,
                             problem: GoalText.text("image \(reference) still exists", "镜像 \(reference) 仍然存在"))
        }
        guard let image = found else {
            return GoalResult(met: false, description: description,
                              problem: GoalText.text("there is no image \(reference)", "没有镜像 \(reference)"))
        }
        guard let problem = checks.lazy.compactMap({ $0.problem(image, world) }).first else {
            return GoalResult(met: true, description: description)
        }
        let now = GoalText.text("image \(reference) exists", "镜像 \(reference) 已存在")
        return GoalResult(met: false, description: description, problem: GoalText.but(now, problem))
    }

    /// One property of the goal: how it reads, and what is wrong with an image that lacks it.
    struct Check {
        var description: LocalizedText
        var problem: (ImageSnapshot, any LessonWorld) -> LocalizedText?
    }

    var checks: [Check] {
        var checks: [Check] = []
        if let createdBy {
            checks.append(Check(description: GoalText.text("was \(Self.origin(createdBy).en)", "是\(Self.origin(createdBy).zh)的")) { image, _ in
                guard image.origin != createdBy else { return nil }
                let wanted = Self.origin(createdBy)
                guard let actual = image.origin.map(Self.origin) else {
                    return GoalText.text("it was not \(wanted.en)", "它不是\(wanted.zh)的")
                }
                return GoalText.text("it was \(actual.en), not \(wanted.en)", "它是\(actual.zh)的，而不是\(wanted.zh)的")
            })
        }
        if let file {
            checks.append(Check(description: file.description) { image, world in
                file.problem { world.imageFile(imageID: image.id, path: $0) }
            })
        }
        if let config { checks += config.checks }
        if let layers {
            checks.append(Check(description: GoalText.text("has \(layers) layers", "有 \(layers) 层")) { image, _ in
                image.layerCount == layers ? nil
                    : GoalText.text("it has \(image.layerCount) layers, not \(layers)", "它有 \(image.layerCount) 层，而不是 \(layers) 层")
            })
        }
        if let layersAtLeast {
            checks.append(Check(description: GoalText.text("has at least \(layersAtLeast) layers", "至少有 \(layersAtLeast) 层")) { image, _ in
                image.layerCount >= layersAtLeast ? nil
                    : GoalText.text("it has only \(image.layerCount) layers, fewer than \(layersAtLeast)",
                                    "它只有 \(image.layerCount) 层，少于 \(layersAtLeast) 层")
            })
        }
        return checks
    }

    /// How an image came to be, as a participle: "pulled from a registry" / "从镜像仓库拉取".
    static func origin(_ origin: ImageOrigin) -> LocalizedText {
        switch origin {
        case .pull: return GoalText.text("pulled from a registry", "从镜像仓库拉取")
        case .build: return GoalText.text("built from a Dockerfile", "用 Dockerfile 构建")
        case .commit: return GoalText.text("committed from a container", "从容器提交")
        case .load: return GoalText.text("loaded from an archive", "从归档文件加载")
        case .import: return GoalText.text("imported from a tarball", "从 tar 包导入")
        }
    }
}

/// Parts of an image's config (`docker image inspect --format '{{json .Config}}'`) an image goal expects.
public struct ImageConfigExpectation: Sendable, Equatable {
    public var cmd: [String]?
    public var entrypoint: [String]?
    public var env: [KeyValueExpectation] = []
    /// `80/tcp`; a bare port means tcp.
    public var exposedPorts: [String] = []
    public var workingDir: String?
    public var user: String?
    public var labels: [KeyValueExpectation] = []
    public var volumes: [String] = []

    public init() {}

    var checks: [ImageGoal.Check] {
        typealias Check = ImageGoal.Check
        var checks: [Check] = []
        if let cmd {
            let shown = GoalText.jsonList(cmd)
            checks.append(Check(description: GoalText.text("has Cmd \(shown)", "设置了 Cmd \(shown)")) { image, _ in
                let actual = image.config.cmd ?? []
                return actual == cmd ? nil : GoalText.text("its Cmd is \(GoalText.jsonList(actual)), not \(shown)",
                                                           "它的 Cmd 是 \(GoalText.jsonList(actual))，而不是 \(shown)")
            })
        }
        if let entrypoint {
            let shown = GoalText.jsonList(entrypoint)
            checks.append(Check(description: GoalText.text("has Entrypoint \(shown)", "设置了 Entrypoint \(shown)")) { image, _ in
                let actual = image.config.entrypoint ?? []
                return actual == entrypoint ? nil : GoalText.text("its Entrypoint is \(GoalText.jsonList(actual)), not \(shown)",
                                                                  "它的 Entrypoint 是 \(GoalText.jsonList(actual))，而不是 \(shown)")
            })
        }
        for variable in env {
            let shown = variable.display
            checks.append(Check(description: GoalText.text("sets \(shown)", "设置了环境变量 \(shown)")) { image, _ in
                let values = (image.config.env ?? []).compactMap(KeyValueExpectation.parse).filter { $0.key == variable.key }
                guard let actual = values.last else {
                    return GoalText.text("its config does not set \(variable.key)", "它的配置没有设置环境变量 \(variable.key)")
                }
                guard let wanted = variable.value, wanted != (actual.value ?? "") else { return nil }
                return GoalText.text("it sets \(actual.display), not \(shown)", "它设置的是 \(actual.display)，而不是 \(shown)")
            })
        }
        for port in exposedPorts {
            let shown = port.contains("/") ? port : port + "/tcp"
            checks.append(Check(description: GoalText.text("exposes port \(shown)", "声明暴露端口 \(shown)")) { image, _ in
                (image.config.exposedPorts ?? []).contains(shown)
                    ? nil : GoalText.text("it does not expose port \(shown)", "它没有声明暴露端口 \(shown)")
            })
        }
        if let workingDir {
            checks.append(Check(description: GoalText.text("has working directory \(workingDir)", "工作目录为 \(workingDir)")) { image, _ in
                let actual = image.config.workingDir.isEmpty ? "/" : image.config.workingDir
                return actual == workingDir ? nil : GoalText.text("its working directory is \(actual), not \(workingDir)",
                                                                  "它的工作目录是 \(actual)，而不是 \(workingDir)")
            })
        }
        if let user {
            checks.append(Check(description: GoalText.text("runs as user \(user)", "以用户 \(user) 运行")) { image, _ in
                let actual = image.config.user.isEmpty ? "root" : image.config.user
                return actual == user ? nil : GoalText.text("it runs as user \(actual), not \(user)", "它以用户 \(actual) 运行，而不是 \(user)")
            })
        }
        for label in labels {
            let shown = label.display
            checks.append(Check(description: GoalText.text("has label \(shown)", "带有标签 \(shown)")) { image, _ in
                guard let actual = image.config.labels?[label.key] else {
                    return GoalText.text("it has no label \(label.key)", "它没有标签 \(label.key)")
                }
                guard let wanted = label.value, wanted != actual else { return nil }
                return GoalText.text("its label \(label.key) is \(actual), not \(wanted)", "它的标签 \(label.key) 是 \(actual)，而不是 \(wanted)")
            })
        }
        for volume in volumes {
            checks.append(Check(description: GoalText.text("declares volume \(volume)", "声明了卷 \(volume)")) { image, _ in
                (image.config.volumes ?? []).contains(volume)
                    ? nil : GoalText.text("it does not declare volume \(volume)", "它没有声明卷 \(volume)")
            })
        }
        return checks
    }
}

import DockerAPI

/// Reads one goal: a mapping whose kind key (`container`, `image`, ...) names the subject, and whose other keys
/// are what must hold for it.
enum GoalDecoder {
    static func decode(_ node: YAMLNode, _ c: inout DecodingContext) -> Goal? {
        guard let entries = node.entries else {
            c.error(node.mark, Message.expected("a goal (a mapping)", key: "goals", found: node.shapeName))
            return nil
        }
        var kinds = entries.filter { LessonKeys.goalKinds.contains($0.key) }
        // A container goal's `image` is the image it was created from, not a second subject.
        if kinds.contains(where: { $0.key == "container" }) { kinds.removeAll { $0.key == "image" } }
        guard let kindEntry = kinds.first else {
            let strangers = entries.map(\.key).filter { $0 != "text" }
            let at = entries.first { $0.key != "text" }?.keyMark ?? node.mark
            c.error(at, Message.unknownGoalKind(strangers, kinds: LessonKeys.goalKinds))
            return nil
        }
        if kinds.count > 1 {
            c.error(kinds[1].keyMark, Message.twoGoalKinds(kindEntry.key, kinds[1].key))
            return nil
        }
        let kindKey = kindEntry.key
        let allowed = LessonKeys.goal[kindKey] ?? []
        _ = c.mapping(node, key: "goals", allowed: allowed, context: "a \(kindKey) goal")
        let text = c.optional("text", in: node).flatMap { c.text($0, key: "text") }
        let value = kindEntry.value
        guard let kind = decodeKind(kindKey, value, node, &c) else { return nil }
        return Goal(kind, text: text, mark: kindEntry.keyMark)
    }

    private static func decodeKind(_ key: String, _ value: YAMLNode, _ node: YAMLNode, _ c: inout DecodingContext) -> GoalKind? {
        switch key {
        case "container": return decodeContainer(value, node, &c).map(GoalKind.container)
        case "image": return decodeImage(value, node, &c).map(GoalKind.image)
        case "host_file":
            guard let path = c.string(value, key: key) else { return nil }
            var goal = HostFileGoal(path)
            goal.exists = flag("exists", node, &c) ?? true
            goal.contains = c.optional("contains", in: node).flatMap { c.string($0, key: "contains") }
            goal.archiveHolds = references("archive_holds", node, &c)
            return .hostFile(goal)
        case "volume":
            guard let name = c.string(value, key: key) else { return nil }
            var goal = VolumeGoal(name)
            goal.exists = flag("exists", node, &c) ?? true
            goal.usedBy = strings("used_by", node, &c)
            goal.file = file(node, &c)
            return .volume(goal)
        case "network":
            guard let name = c.string(value, key: key) else { return nil }
            var goal = NetworkGoal(name)
            goal.exists = flag("exists", node, &c) ?? true
            goal.attached = strings("attached", node, &c)
            goal.driver = c.optional("driver", in: node).flatMap { c.string($0, key: "driver") }
            return .network(goal)
        case "registry":
            guard let address = c.string(value, key: key) else { return nil }
            var goal = RegistryGoal(address)
            goal.holds = strings("holds", node, &c)
            return .registry(goal)
        case "container_file":
            let path = c.string(value, key: key)
            let container = c.required("in", in: node, context: "a container_file goal").flatMap { c.string($0, key: "in") }
            guard let path, let container else { return nil }
            var goal = ContainerFileGoal(path, in: container)
            goal.exists = flag("exists", node, &c) ?? true
            goal.contains = c.optional("contains", in: node).flatMap { c.string($0, key: "contains") }
            return .containerFile(goal)
        case "redis_key":
            let name = c.string(value, key: key)
            let container = c.required("in", in: node, context: "a redis_key goal").flatMap { c.string($0, key: "in") }
            guard let name, let container else { return nil }
            var goal = RedisKeyGoal(name, in: container)
            goal.exists = flag("exists", node, &c) ?? true
            goal.value = c.optional("value", in: node).flatMap { c.string($0, key: "value") }
            return .redisKey(goal)
        case "ran":
            return c.stringOrList(value, key: key).map { .ran(RanGoal($0)) }
        case "all", "any":
            guard let items = c.list(value, key: key) else { return nil }
            if items.isEmpty { c.error(value.mark, Message.emptyList) }
            let goals = items.compactMap { decode($0, &c) }
            return key == "all" ? .all(goals) : .any(goals)
        case "not":
            return decode(value, &c).map(GoalKind.not)
        default:
            return nil
        }
    }

    private static func decodeContainer(_ value: YAMLNode, _ node: YAMLNode, _ c: inout DecodingContext) -> ContainerGoal? {
        let selector: ContainerGoal.Selector
        if let name = value.scalar {
            selector = .name(name)
        } else if value.entries != nil {
            _ = c.mapping(value, key: "container", allowed: LessonKeys.containerSelector, context: "a container selector")
            let name = c.optional("name", in: value).flatMap { c.string($0, key: "name") }
            let image = c.optional("image", in: value).flatMap { c.markedString($0, key: "image") }
            if let image { LessonDecoder.checkReference(image, &c) }
            switch (name, image) {
            case (let name?, nil): selector = .name(name)
            case (nil, let image?): selector = .image(image.value)
            default:
                c.error(value.mark, Message.badSelector(found: "a mapping without exactly one of them"))
                return nil
            }
        } else {
            c.error(value.mark, Message.badSelector(found: value.shapeName))
            return nil
        }
        var goal = ContainerGoal(selector)
        goal.exists = flag("exists", node, &c) ?? true
        if let state = c.optional("state", in: node) {
            goal.state = c.choice(state, key: "state", ContainerState.self, values: ContainerState.allCases)
        }
        if let image = c.optional("image", in: node).flatMap({ c.markedString($0, key: "image") }) {
            LessonDecoder.checkReference(image, &c)
            goal.image = image.value
        }
        goal.commandContains = c.optional("command_contains", in: node).flatMap { c.words($0, key: "command_contains") }
        goal.ports = parsed("ports", node, &c, PortExpectation.parse, Message.badPort)
        goal.mounts = mounts(node, &c)
        goal.env = parsed("env", node, &c, KeyValueExpectation.parse) { Message.badKeyValue($0, key: "env") }
        if let restart = c.optional("restart", in: node).flatMap({ c.markedString($0, key: "restart") }) {
            goal.restart = RestartExpectation.parse(restart.value)
            if goal.restart == nil { c.error(restart.mark, Message.badRestart(restart.value)) }
        }
        goal.networks = strings("networks", node, &c)
        goal.labels = parsed("labels", node, &c, KeyValueExpectation.parse) { Message.badKeyValue($0, key: "labels") }
        if let health = c.optional("health", in: node).flatMap({ c.markedString($0, key: "health") }) {
            goal.health = HealthExpectation.parse(health.value)
            if goal.health == nil {
                c.error(health.mark, Message.badChoice(health.value, key: "health",
                                                       allowed: HealthStatus.allCases.map(\.rawValue) + ["none"]))
            }
        }
        goal.exitCode = c.optional("exit_code", in: node).flatMap { c.int($0, key: "exit_code") }
        return goal
    }

    private static func decodeImage(_ value: YAMLNode, _ node: YAMLNode, _ c: inout DecodingContext) -> ImageGoal? {
        guard let reference = c.markedString(value, key: "image") else { return nil }
        LessonDecoder.checkReference(reference, &c)
        var goal = ImageGoal(reference.value)
        goal.exists = flag("exists", node, &c) ?? true
        if let origin = c.optional("created_by", in: node) {
            goal.createdBy = c.choice(origin, key: "created_by", ImageOrigin.self, values: ImageOrigin.allCases)
        }
        goal.file = file(node, &c)
        if let config = c.optional("config", in: node) {
            goal.config = decodeImageConfig(config, &c)
        }
        goal.layers = c.optional("layers", in: node).flatMap { c.int($0, key: "layers", minimum: 1) }
        goal.layersAtLeast = c.optional("layers_at_least", in: node).flatMap { c.int($0, key: "layers_at_least", minimum: 1) }
        return goal
    }

    private static func decodeImageConfig(_ node: YAMLNode, _ c: inout DecodingContext) -> ImageConfigExpectation? {
        guard c.mapping(node, key: "config", allowed: LessonKeys.imageConfig, context: "an image config") != nil else { return nil }
        var config = ImageConfigExpectation()
        config.cmd = c.optional("cmd", in: node).flatMap { c.stringList($0, key: "cmd") }?.map(\.value)
        config.entrypoint = c.optional("entrypoint", in: node).flatMap { c.stringList($0, key: "entrypoint") }?.map(\.value)
        config.env = parsed("env", node, &c, KeyValueExpectation.parse) { Message.badKeyValue($0, key: "env") }
        config.exposedPorts = strings("exposed_ports", node, &c)
        config.workingDir = c.optional("workdir", in: node).flatMap { c.string($0, key: "workdir") }
        config.user = c.optional("user", in: node).flatMap { c.string($0, key: "user") }
        config.labels = parsed("labels", node, &c, KeyValueExpectation.parse) { Message.badKeyValue($0, key: "labels") }
        config.volumes = strings("volumes", node, &c)
        return config
    }

    private static func mounts(_ node: YAMLNode, _ c: inout DecodingContext) -> [MountExpectation] {
        guard let items = c.optional("mounts", in: node).flatMap({ c.list($0, key: "mounts") }) else { return [] }
        return items.compactMap { item in
            if let text = item.scalar {
                guard let mount = MountExpectation.parse(text) else {
                    c.error(item.mark, Message.badMount(text))
                    return nil
                }
                return mount
            }
            guard c.mapping(item, key: "mounts", allowed: LessonKeys.mount, context: "a mount") != nil else { return nil }
            let target = c.required("target", in: item, context: "a mount").flatMap { c.string($0, key: "target") }
            let type = c.optional("type", in: item).flatMap { c.choice($0, key: "type", Mount.Kind.self, values: [.volume, .bind]) }
            let source = c.optional("source", in: item).flatMap { c.string($0, key: "source") }
            let readOnly = c.optional("read_only", in: item).flatMap { c.bool($0, key: "read_only") }
            guard let target else { return nil }
            let kind: MountExpectation.Source
            switch (type, source) {
            case (nil, nil): kind = .any
            case (.volume?, nil): kind = .anyVolume
            case (.volume?, let name?): kind = .volume(name)
            case (.bind?, let path?): kind = .bind(path)
            case (nil, let source?): kind = MountExpectation.sourceKind(source)
            default:
                c.error(item.mark, Message.needsKey("source", for: "type"))
                return nil
            }
            return MountExpectation(source: kind, target: target, readOnly: readOnly)
        }
    }

    private static func file(_ node: YAMLNode, _ c: inout DecodingContext) -> FileExpectation? {
        let path = c.optional("file", in: node).flatMap { c.string($0, key: "file") }
        let contains = c.optional("file_contains", in: node).flatMap { c.markedString($0, key: "file_contains") }
        if let contains, path == nil {
            c.error(contains.mark, Message.needsKey("file", for: "file_contains"))
        }
        return path.map { FileExpectation(path: $0, contains: contains?.value) }
    }

    private static func flag(_ key: String, _ node: YAMLNode, _ c: inout DecodingContext) -> Bool? {
        c.optional(key, in: node).flatMap { c.bool($0, key: key) }
    }

    private static func strings(_ key: String, _ node: YAMLNode, _ c: inout DecodingContext) -> [String] {
        c.optional(key, in: node).flatMap { c.stringList($0, key: key) }?.map(\.value) ?? []
    }

    private static func references(_ key: String, _ node: YAMLNode, _ c: inout DecodingContext) -> [String] {
        let items = c.optional(key, in: node).flatMap { c.stringList($0, key: key) } ?? []
        for item in items { LessonDecoder.checkReference(item, &c) }
        return items.map(\.value)
    }

    /// A list of strings, each parsed; an entry that does not parse is reported where it was written.
    private static func parsed<T>(_ key: String, _ node: YAMLNode, _ c: inout DecodingContext,
                                  _ parse: (String) -> T?, _ message: (String) -> String) -> [T] {
        let items = c.optional(key, in: node).flatMap { c.stringList($0, key: key) } ?? []
        return items.compactMap { item in
            guard let value = parse(item.value) else {
                c.error(item.mark, message(item.value))
                return nil
            }
            return value
        }
    }
}

import DockerAPI

/// Turns a lesson file into a `Lesson`, or into diagnostics that say exactly where it is wrong.
public enum LessonDecoder {
    /// The lesson, or every problem found in the file.
    public static func decode(_ source: String, file: String) throws(LessonLoadError) -> Lesson {
        let (lesson, diagnostics) = decodeCollecting(source, file: file)
        guard let lesson, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw LessonLoadError(diagnostics)
        }
        return lesson
    }

    /// The lesson when it could be read at all, and every problem found on the way.
    public static func decodeCollecting(_ source: String, file: String) -> (Lesson?, [LessonDiagnostic]) {
        let root: YAMLNode
        do {
            root = try YAMLNode.parse(source, file: file)
        } catch {
            return (nil, error.diagnostics)
        }
        var context = DecodingContext(file: file)
        let lesson = decodeLesson(root, &context)
        return (lesson, context.diagnostics)
    }

    static func decodeLesson(_ root: YAMLNode, _ c: inout DecodingContext) -> Lesson? {
        guard c.mapping(root, key: "lesson", allowed: LessonKeys.lesson, context: "the lesson") != nil else { return nil }
        let context = "the lesson"
        let idNode = c.required("id", in: root, context: context)
        let id = idNode.flatMap { c.string($0, key: "id") }
        if let id, let idNode, !isValidID(id) { c.error(idNode.mark, Message.badLessonID(id)) }
        let title = c.required("title", in: root, context: context).flatMap { c.text($0, key: "title") }
        let summary = c.required("summary", in: root, context: context).flatMap { c.text($0, key: "summary") }
        let level = c.required("level", in: root, context: context)
            .flatMap { c.choice($0, key: "level", LessonLevel.self, values: LessonLevel.allCases) }
        let minutes = c.required("minutes", in: root, context: context).flatMap { c.int($0, key: "minutes", minimum: 1) }
        let prerequisites = c.optional("prerequisites", in: root).flatMap { c.stringList($0, key: "prerequisites") } ?? []
        let setup = c.optional("setup", in: root).map { decodeSetup($0, &c) } ?? LessonSetup()
        var steps: [LessonStep] = []
        if let stepsNode = c.required("steps", in: root, context: context), let items = c.list(stepsNode, key: "steps") {
            if items.isEmpty { c.error(stepsNode.mark, Message.noSteps) }
            steps = items.enumerated().compactMap { index, item in decodeStep(item, number: index + 1, &c) }
        }
        let closing = c.required("closing", in: root, context: context).flatMap { c.text($0, key: "closing") }
        guard let id, let title, let summary, let level, let minutes, let closing else { return nil }
        return Lesson(id: id, title: title, summary: summary, level: level, minutes: minutes, prerequisites: prerequisites,
                      setup: setup, steps: steps, closing: closing, file: c.file, mark: idNode?.mark ?? root.mark)
    }

    /// `redis-aof`, `01-basics`: lowercase words joined by single dashes.
    public static func isValidID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    static func decodeSetup(_ node: YAMLNode, _ c: inout DecodingContext) -> LessonSetup {
        guard c.mapping(node, key: "setup", allowed: LessonKeys.setup, context: "setup") != nil else { return LessonSetup() }
        var setup = LessonSetup()
        func strings(_ key: String, _ c: inout DecodingContext) -> [Marked<String>] {
            c.optional(key, in: node).flatMap { c.stringList($0, key: key) } ?? []
        }
        setup.catalog = strings("catalog", &c)
        setup.images = strings("images", &c)
        for reference in setup.catalog + setup.images { checkReference(reference, &c) }
        setup.volumes = strings("volumes", &c)
        setup.networks = strings("networks", &c)
        setup.commands = strings("commands", &c)
        if let items = c.optional("containers", in: node).flatMap({ c.list($0, key: "containers") }) {
            setup.containers = items.compactMap { decodeContainerSetup($0, &c) }
        }
        if let items = c.optional("host_files", in: node).flatMap({ c.list($0, key: "host_files") }) {
            setup.hostFiles = items.compactMap { item in
                guard c.mapping(item, key: "host_files", allowed: LessonKeys.hostFile, context: "a host file") != nil else { return nil }
                let path = c.required("path", in: item, context: "a host file").flatMap { c.string($0, key: "path") }
                let content = c.required("content", in: item, context: "a host file").flatMap { c.string($0, key: "content") }
                guard let path, let content else { return nil }
                return HostFileSetup(path: path, content: content, mark: item.mark)
            }
        }
        return setup
    }

    static func checkReference(_ reference: Marked<String>, _ c: inout DecodingContext) {
        do {
            _ = try ImageReference.parseNormalized(reference.value)
        } catch {
            c.error(reference.mark, Message.badReference(reference.value, error.description))
        }
    }

    static func decodeContainerSetup(_ node: YAMLNode, _ c: inout DecodingContext) -> ContainerSetup? {
        let context = "a setup container"
        guard c.mapping(node, key: "containers", allowed: LessonKeys.containerSetup, context: context) != nil else { return nil }
        let name = c.required("name", in: node, context: context).flatMap { c.string($0, key: "name") }
        let imageNode = c.required("image", in: node, context: context)
        let image = imageNode.flatMap { c.markedString($0, key: "image") }
        if let image { checkReference(image, &c) }
        var container = ContainerSetup(name: name ?? "", image: image?.value ?? "", mark: node.mark)
        container.command = c.optional("command", in: node).flatMap { c.words($0, key: "command") } ?? []
        container.ports = c.optional("ports", in: node).flatMap { c.stringList($0, key: "ports") }?.map(\.value) ?? []
        container.volumes = c.optional("volumes", in: node).flatMap { c.stringList($0, key: "volumes") }?.map(\.value) ?? []
        container.env = c.optional("env", in: node).flatMap { c.stringList($0, key: "env") }?.map(\.value) ?? []
        container.network = c.optional("network", in: node).flatMap { c.string($0, key: "network") }
        if let state = c.optional("state", in: node) {
            container.state = c.choice(state, key: "state", ContainerSetup.State.self, values: ContainerSetup.State.allCases) ?? .running
        }
        return name == nil || image == nil ? nil : container
    }

    static func decodeStep(_ node: YAMLNode, number: Int, _ c: inout DecodingContext) -> LessonStep? {
        let context = "step \(number)"
        guard c.mapping(node, key: "steps", allowed: LessonKeys.step, context: context) != nil else { return nil }
        let title = c.required("title", in: node, context: context).flatMap { c.text($0, key: "title") }
        let text = c.required("text", in: node, context: context).flatMap { c.text($0, key: "text") }
        var goals: [Goal] = []
        if let goalsNode = c.required("goals", in: node, context: context), let items = c.list(goalsNode, key: "goals") {
            if items.isEmpty { c.error(goalsNode.mark, Message.noGoals) }
            goals = items.compactMap { GoalDecoder.decode($0, &c) }
        }
        let exclusive = c.optional("exclusive", in: node).flatMap { c.bool($0, key: "exclusive") } ?? false
        let hints = c.optional("hints", in: node).flatMap { c.list($0, key: "hints") }?.compactMap { c.text($0, key: "hints") } ?? []
        var solution: [SolutionCommand] = []
        if let solutionNode = c.required("solution", in: node, context: context), let items = c.list(solutionNode, key: "solution") {
            if items.isEmpty { c.error(solutionNode.mark, Message.emptyList) }
            solution = items.compactMap { decodeSolutionCommand($0, &c) }
        }
        var disabled: [DisabledCommand] = []
        if let items = c.optional("disabled", in: node).flatMap({ c.list($0, key: "disabled") }) {
            disabled = items.compactMap { item in
                let context = "a disabled command"
                guard c.mapping(item, key: "disabled", allowed: LessonKeys.disabledCommand, context: context) != nil else { return nil }
                let command = c.required("command", in: item, context: context).flatMap { c.string($0, key: "command") }
                let reason = c.required("reason", in: item, context: context).flatMap { c.text($0, key: "reason") }
                guard let command, let reason else { return nil }
                return DisabledCommand(command: command, reason: reason, mark: item.mark)
            }
        }
        guard let title, let text else { return nil }
        return LessonStep(title: title, text: text, goals: goals, exclusive: exclusive, hints: hints, solution: solution,
                          disabled: disabled, mark: node.mark)
    }

    static func decodeSolutionCommand(_ node: YAMLNode, _ c: inout DecodingContext) -> SolutionCommand? {
        if let line = node.scalar { return SolutionCommand(line, mark: node.mark) }
        let context = "a solution command"
        guard c.mapping(node, key: "solution", allowed: LessonKeys.solutionCommand, context: context) != nil else { return nil }
        let runNode = c.required("run", in: node, context: context)
        let line = runNode.flatMap { c.string($0, key: "run") }
        let fails = c.optional("fails", in: node).flatMap { c.bool($0, key: "fails") } ?? false
        guard let line, let runNode else { return nil }
        return SolutionCommand(line, fails: fails, mark: runNode.mark)
    }
}

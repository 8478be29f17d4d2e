/// The Dockerfile frontend: from Dockerfile text and build options to a `BuildProgram`.
///
/// Follows `dockerfile2llb.toDispatchState`: parse, type, expand the FROM lines with the
/// global ARGs, pick the target, wire stage dependencies, resolve base images, run ONBUILD
/// triggers, then dispatch each needed stage instruction by instruction — computing the
/// image config, the history entries and the build checks exactly as BuildKit does. It
/// stops short of executing anything: RUN and COPY become steps for the engine.
public enum DockerfileFrontend {
    /// Converts a Dockerfile for a build.
    public static func program(_ dockerfile: String, options: BuildOptions = BuildOptions()) throws(DockerfileError) -> BuildProgram {
        try program(bytes: Array(dockerfile.utf8), options: options)
    }

    public static func program(bytes: [UInt8], options: BuildOptions) throws(DockerfileError) -> BuildProgram {
        var converter = try Converter(bytes: bytes, options: options)
        return try converter.run()
    }
}

/// One conversion run (the body of `toDispatchState`).
struct Converter {
    let options: BuildOptions
    let source: [UInt8]
    var linter: BuildCheckLinter
    var states: [DispatchState] = []
    var statesByName: [String: Int] = [:]
    var globalArgs = ShellVariables()
    var metaArgKeys: [String] = []
    var lexer = ShellLexer()
    var externalImages: [String] = []
    let targetPlatform: Platform
    let buildPlatform: Platform
    let implicitTarget: Bool

    init(bytes: [UInt8], options: BuildOptions) throws(DockerfileError) {
        if bytes.isEmpty { throw DockerfileError("the Dockerfile cannot be empty") }
        self.options = options
        self.source = bytes
        let check = DirectiveScanner.lookup("check", in: bytes)?.value
        self.linter = BuildCheckLinter(config: try BuildCheckConfig.parse(check))
        self.buildPlatform = options.buildPlatform
        self.targetPlatform = options.targetPlatform ?? options.buildPlatform
        self.implicitTarget = options.targetPlatform == nil
    }

    mutating func run() throws(DockerfileError) -> BuildProgram {
        let syntax = try DockerfileParser.parse(bytes: source)
        for line in syntax.emptyContinuationLines {
            linter.report(NoEmptyContinuation.self, NoEmptyContinuation.message, lines: [LineRange(line: line)])
        }
        let parsed = try InstructionParser.parse(syntax)
        for finding in parsed.checks {
            linter.report(finding, experimental: BuildCheckLinter.isExperimental(finding.ruleID))
        }
        if parsed.stages.isEmpty { throw DockerfileError("dockerfile contains no stages to build") }
        validateStageNames(parsed.stages)
        var keywords: [(String, LineRange)] = []
        for stage in parsed.stages {
            keywords.append((stage.keyword, stage.source.lines))
            keywords += stage.instructions.map { ($0.source.keyword, $0.source.lines) }
        }
        for finding in ConsistentInstructionCasing.check(keywords) { linter.report(finding, experimental: false) }

        lexer = ShellLexer(escapeToken: syntax.escapeToken.unicodeScalars.first ?? "\\")
        let targetName = options.target.isEmpty ? (parsed.stages.last?.name ?? "") : options.target
        let defaults = defaultArgs(targetName: targetName)
        validateBaseImagesWithDefaultArgs(parsed, defaults)
        (globalArgs, metaArgKeys) = try buildMetaArgs(defaults, parsed.metaArgs, options.buildArgs)

        try createStates(parsed.stages)
        let target = try resolveTarget()
        try wireCommands()
        try checkCircularDependencies()
        if states.count == 1 { states[0].stageName = "" }

        while true {
            try resolveReachableStages(target: target)
            if try !initialiseOnBuildTriggers(target: target) { break }
        }
        try dispatchStages(target: target)

        let finalState = states[target]
        for (key, value) in options.labels { finalState.image.config.labels[key] = value }
        if let error = linter.error() { throw error }
        return makeProgram(target: target, registeredCount: parsed.stages.count)
    }

    // MARK: - checks on the stage list

    mutating func validateStageNames(_ stages: [StageDefinition]) {
        var seen: Set<String> = []
        for stage in stages {
            guard let name = stage.name else { continue }
            if ReservedStageName.reservedNames.contains(name) {
                linter.report(ReservedStageName.self, ReservedStageName.message(name), lines: [stage.source.lines])
            }
            if seen.contains(name) {
                linter.report(DuplicateStageName.self, DuplicateStageName.message(name), lines: [stage.source.lines])
            }
            seen.insert(name)
        }
    }

    // MARK: - global ARGs

    /// `defaultArgs`: the predefined platform ARGs (overridable with `--build-arg`).
    func defaultArgs(targetName: String) -> ShellVariables {
        let bp = buildPlatform
        let tp = targetPlatform
        let pairs: [(String, String)] = [
            ("BUILDPLATFORM", bp.description), ("BUILDOS", bp.os), ("BUILDOSVERSION", bp.osVersion),
            ("BUILDARCH", bp.architecture), ("BUILDVARIANT", bp.variant),
            ("TARGETPLATFORM", tp.formatAll), ("TARGETOS", tp.os), ("TARGETOSVERSION", tp.osVersion),
            ("TARGETARCH", tp.architecture), ("TARGETVARIANT", tp.variant),
            ("TARGETSTAGE", targetName.isEmpty ? "default" : targetName),
        ]
        var env = ShellVariables()
        for (key, value) in pairs { env.set(key, options.buildArgs[key] ?? value) }
        return env
    }

    /// `buildMetaArgs`: global ARG values, build args first, defaults expanded in order.
    func buildMetaArgs(_ start: ShellVariables, _ metaArgs: [Instruction], _ buildArgs: [String: String]) throws(DockerfileError) -> (ShellVariables, [String]) {
        var args = start
        var keys: [String] = []
        for instruction in metaArgs {
            guard case .arg(let definitions) = instruction.kind else { continue }
            for definition in definitions {
                var value: String?
                if let provided = buildArgs[definition.key] {
                    value = provided
                } else if let defaultValue = definition.value {
                    do {
                        value = try lexer.process(defaultValue, args).text
                    } catch {
                        throw DockerfileError(error.message, locations: [instruction.source.lines])
                    }
                }
                if let value { args.set(definition.key, value) }
                if !keys.contains(definition.key) { keys.append(definition.key) }
            }
        }
        return (args, keys)
    }

    /// `validateBaseImagesWithDefaultArgs`: InvalidDefaultArgInFrom.
    mutating func validateBaseImagesWithDefaultArgs(_ parsed: ParsedDockerfile, _ defaults: ShellVariables) {
        guard let (args, _) = try? buildMetaArgs(defaults, parsed.metaArgs, [:]) else { return }
        for stage in parsed.stages {
            guard let result = try? lexer.process(stage.baseName, args) else { return }
            if (try? BaseImageName.parseNormalized(result.text)) == nil {
                linter.report(InvalidDefaultArgInFrom.self, InvalidDefaultArgInFrom.message(stage.baseName),
                              lines: [stage.source.lines])
            }
        }
    }

    // MARK: - stages

    /// The keys `UndefinedArgInFrom` accepts: declared global ARGs and predefined ones.
    var fromArgKeys: [String] {
        var keys = metaArgKeys
        for key in globalArgs.keys where !keys.contains(key) { keys.append(key) }
        return keys
    }

    mutating func reportUndefinedFromArgs(_ unmatched: [String], lines: LineRange) {
        let keys = fromArgKeys
        for name in unmatched where !keys.contains(name) {
            let suggestion = Suggestion.search(name, in: keys.sorted(), caseSensitive: true)
            linter.report(UndefinedArgInFrom.self, UndefinedArgInFrom.message(name, suggestion: suggestion), lines: [lines])
        }
    }

    mutating func createStates(_ stages: [StageDefinition]) throws(DockerfileError) {
        for (i, stage) in stages.enumerated() {
            let lines = stage.source.lines
            var nameResult: ShellLexer.Result?
            var nameError: ShellLexer.Failure?
            do { nameResult = try lexer.process(stage.baseName, globalArgs) } catch { nameError = error }
            reportUndefinedFromArgs(nameResult?.unmatched ?? [], lines: lines)
            if let nameError { throw DockerfileError(nameError.message, locations: [lines]) }
            let baseName = nameResult?.text ?? ""
            if baseName.isEmpty {
                throw DockerfileError("base name (\(stage.baseName)) should not be blank", locations: [lines])
            }
            let state = DispatchState(
                index: states.count, definition: stage, baseName: baseName, unregistered: false, platform: targetPlatform)
            if let platformText = stage.platform {
                state.platform = try stagePlatform(platformText, stage: stage)
            }
            if stage.name == nil { state.stageName = "stage-\(i)" }
            addState(state)
            var total = 0
            if baseName != "scratch" && state.base == nil { total = 1 }
            for instruction in stage.instructions {
                switch instruction.kind {
                case .add, .copy, .run, .workdir: total += 1
                default: break
                }
            }
            state.progressTotal = total
        }
    }

    mutating func stagePlatform(_ text: String, stage: StageDefinition) throws(DockerfileError) -> Platform {
        let lines = stage.source.lines
        var result: ShellLexer.Result?
        var failure: ShellLexer.Failure?
        do { result = try lexer.process(text, globalArgs) } catch { failure = error }
        let matched = result?.matched ?? []
        let unmatched = result?.unmatched ?? []
        reportUndefinedFromArgs(unmatched, lines: lines)
        if let result, matched == ["TARGETPLATFORM"], unmatched.isEmpty, result.text == globalArgs.get("TARGETPLATFORM") {
            linter.report(RedundantTargetPlatform.self, RedundantTargetPlatform.message(text), lines: [lines])
        }
        if let result, matched.isEmpty, unmatched.isEmpty, let constant = try? Platform.parse(result.text) {
            let name = stage.name ?? ""
            if !name.contains(constant.os) && !name.contains(constant.architecture) {
                linter.report(FromPlatformFlagConstDisallowed.self, FromPlatformFlagConstDisallowed.message(result.text),
                              lines: [lines])
            }
        }
        if let failure {
            throw DockerfileError(
                "failed to process arguments for platform \(result?.text ?? ""): " + failure.message, locations: [lines])
        }
        let value = result?.text ?? ""
        let keys = globalArgs.keys
        func suggest(_ message: String) -> String {
            for name in unmatched {
                if let match = Suggestion.search(name, in: keys, caseSensitive: true) {
                    return message + " (did you mean \(match)?)"
                }
            }
            return message
        }
        if value.isEmpty {
            throw DockerfileError(suggest("empty platform value from expression \(text)"), locations: [lines])
        }
        do {
            return try Platform.parse(value, defaultArchitecture: buildPlatform.architecture)
        } catch {
            throw DockerfileError("failed to parse platform \(text): " + suggest(error.message), locations: [lines, lines])
        }
    }

    /// `dispatchStates.addState`: a base named like an earlier stage makes it this one's base.
    mutating func addState(_ state: DispatchState) {
        states.append(state)
        if let base = statesByName[state.baseName] { state.base = base }
        if let name = state.definition?.name { statesByName[name.lowercased()] = state.index }
    }

    func stageNames() -> [String] {
        states.map(\.stageName).filter { !$0.isEmpty }
    }

    mutating func resolveTarget() throws(DockerfileError) -> Int {
        if options.target.isEmpty { return states.count - 1 }
        guard let index = statesByName[options.target.lowercased()] else {
            throw DockerfileError(Suggestion.wrap(
                "target stage \(GoText.quote(options.target)) could not be found", value: options.target,
                options: stageNames(), caseSensitive: true))
        }
        return index
    }

    // MARK: - dependencies

    mutating func wireCommands() throws(DockerfileError) {
        let registered = states.count
        for i in 0..<registered {
            let state = states[i]
            guard let definition = state.definition else { continue }
            var commands: [PendingCommand] = []
            for instruction in definition.instructions {
                let command = try pendingCommand(instruction, isOnBuild: false)
                for case let source? in command.sources { state.addDependency(source, instruction.source.lines) }
                commands.append(command)
            }
            state.commands = commands
        }
    }

    /// `toCommand` plus `detectRunMount`: which states a command reads from.
    mutating func pendingCommand(_ instruction: Instruction, isOnBuild: Bool) throws(DockerfileError) -> PendingCommand {
        var sources: [Int?] = []
        switch instruction.kind {
        case .copy(let copy) where !copy.from.isEmpty:
            if let index = GoStrconv.atoi(copy.from) {
                guard index >= 0, index < states.count else {
                    throw DockerfileError("invalid stage index \(index)", locations: [instruction.source.lines])
                }
                sources = [index]
            } else if let index = statesByName[copy.from.lowercased()] {
                sources = [index]
            } else {
                sources = [addUnregistered(copy.from, lines: instruction.source.lines)]
            }
        case .run(let run):
            for mount in run.mounts {
                let from = RunMount.parseFromAtParse(mount)
                let name = from.isEmpty ? "scratch" : from
                if let index = statesByName[name.lowercased()] {
                    sources.append(index)
                } else {
                    sources.append(addUnregistered(name, lines: instruction.source.lines))
                }
            }
        default:
            break
        }
        return PendingCommand(instruction: instruction, sources: sources, isOnBuild: isOnBuild)
    }

    mutating func addUnregistered(_ name: String, lines: LineRange) -> Int {
        let state = DispatchState(index: states.count, definition: nil, baseName: name, unregistered: true, platform: targetPlatform)
        addState(state)
        return state.index
    }

    /// `validateCircularDependency`.
    func checkCircularDependencies() throws(DockerfileError) {
        var visited: Set<Int> = []
        var path: Set<Int> = []
        func visit(_ index: Int, _ trail: [LineRange]) -> [LineRange]? {
            if visited.contains(index) { return nil }
            visited.insert(index)
            path.insert(index)
            for (dependency, lines) in states[index].dependencies {
                let next = trail + [lines]
                if path.contains(dependency) { return next }
                if let cycle = visit(dependency, next) { return cycle }
            }
            path.remove(index)
            return nil
        }
        for state in states {
            if let cycle = visit(state.index, []) {
                throw DockerfileError("circular dependency detected on stage: \(state.stageName)", locations: cycle)
            }
        }
    }

    /// Every state the target needs: its base chain and dependencies.
    func reachable(from target: Int) -> Set<Int> {
        var seen: Set<Int> = []
        var pending = [target]
        while let index = pending.popLast() {
            guard seen.insert(index).inserted else { continue }
            if let base = states[index].base { pending.append(base) }
            pending += states[index].dependencies.map(\.0)
        }
        return seen
    }
}

extension RunMount {
    /// The `from` a mount names, as the parse-time pass sees it (no expansion).
    static func parseFromAtParse(_ value: String) -> String {
        guard let fields = try? CSVFields.split(value) else { return "" }
        var from = ""
        for field in fields {
            let (key, fieldValue, hasValue) = cut(field)
            if hasValue && key.lowercased() == "from" { from = fieldValue }
        }
        return from
    }
}

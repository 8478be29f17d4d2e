/// Resolving base images, running ONBUILD triggers and dispatching stages in order.
extension Converter {
    /// `resolveReachableStages`: base images' configs for every stage the build needs.
    mutating func resolveReachableStages(target: Int) throws(DockerfileError) {
        let needed = reachable(from: target)
        for state in states {
            let isReachable = options.allStages || needed.contains(state.index)
            state.isReachable = isReachable
            guard state.base == nil, !state.dispatched, !state.resolved else { continue }
            state.resolved = isReachable
            if state.baseName == "scratch" {
                state.image = .scratch(targetPlatform)
                state.platform = targetPlatform
                if state.unregistered { state.dispatched = true }
                continue
            }
            guard isReachable else { continue }
            let origName = state.baseName
            let name: BaseImageName
            do {
                name = try BaseImageName.parseNormalized(state.baseName)
            } catch {
                throw DockerfileError("failed to parse stage name \(GoText.quote(state.baseName)): " + error.message,
                                      locations: [state.location])
            }
            let platform = state.platform ?? targetPlatform
            let reference = name.withDefaultTag.description
            switch options.resolver.resolve(reference, platform: platform) {
            case .failure(let failure):
                let message = origName + ": " + failure.message
                throw DockerfileError(
                    Suggestion.wrap(message, value: origName, options: stageNames() + Self.commonImageNames, caseSensitive: true),
                    locations: [state.location])
            case .success(let resolved):
                var image = resolved.spec
                state.baseKnown = resolved.isKnown
                state.digest = resolved.digest
                state.baseName = resolved.digest.map { reference + "@" + $0 } ?? reference
                if image.platform.os.isEmpty { image.platform = platform }
                state.image = image
                if !state.unregistered && resolved.isKnown {
                    if image.platform.os != platform.os || image.platform.architecture != platform.architecture {
                        linter.report(InvalidBaseImagePlatform.self, InvalidBaseImagePlatform.message(
                            image: origName, expected: platform.normalized.formatAll,
                            actual: image.platform.normalized.formatAll), lines: [state.location])
                    }
                }
                if !state.unregistered {
                    state.fromProgressName = state.progressName("FROM " + state.baseName)
                }
                state.platform = platform
                if state.unregistered { state.dispatched = true }
                externalImages.append(state.baseName)
            }
        }
    }

    /// The names BuildKit suggests when a base image cannot be found.
    static let commonImageNames: [String] = {
        var out: [String] = []
        for name in ["alpine", "busybox", "centos", "debian", "golang", "ubuntu", "fedora"] {
            out += [name, "docker.io/library" + name, name + ":latest", "docker.io/library" + name + ":latest"]
        }
        return out
    }()

    /// `initOnBuildTriggers` for every reachable stage; true when triggers added dependencies.
    mutating func initialiseOnBuildTriggers(target: Int) throws(DockerfileError) -> Bool {
        var newDependencies = false
        for index in reachable(from: target).sorted() {
            let state = states[index]
            var triggers = state.base == nil ? state.image.config.onBuild : []
            if let base = state.base, !state.onBuildInitialised {
                for command in states[base].commands {
                    if case .onbuild(let expression) = command.instruction.kind { triggers.append(expression) }
                }
                state.onBuildInitialised = true
            }
            guard !triggers.isEmpty else { continue }
            var commands: [PendingCommand] = []
            for trigger in triggers {
                let command: PendingCommand
                do {
                    command = try onBuildCommand(trigger, at: state.location)
                } catch {
                    throw error.relocated(state.location)
                }
                if command.sources.contains(where: { $0 != nil }) { newDependencies = true }
                for case let source? in command.sources { state.addDependency(source, state.location) }
                commands.append(command)
            }
            state.commands = commands + state.commands
            state.progressTotal += commands.count
            state.image.config.onBuild = []
        }
        return newDependencies
    }

    mutating func onBuildCommand(_ trigger: String, at location: LineRange) throws(DockerfileError) -> PendingCommand {
        let syntax = try DockerfileParser.parse(trigger)
        guard syntax.nodes.count == 1, var node = syntax.nodes.first else {
            throw DockerfileError("onbuild trigger should be a single expression")
        }
        node.startLine = location.start
        node.endLine = location.end
        var ignored: [LintFinding] = []
        let typed = try InstructionParser.parseNode(node, features: InstructionParser.Features(), checks: &ignored)
        guard case .instruction(let instruction) = typed else {
            throw DockerfileError("*instructions.Stage is not a command type", locations: [location])
        }
        return try pendingCommand(instruction, isOnBuild: true)
    }

    /// The dispatch loop: every needed stage, in Dockerfile order.
    mutating func dispatchStages(target: Int) throws(DockerfileError) {
        let needed = reachable(from: target)
        for state in states {
            if !options.allStages && (!needed.contains(state.index) || state.dispatched) { continue }
            if state.dispatched { continue }
            if let base = state.base {
                state.inherit(from: states[base])
            }
            state.dispatched = true
            if state.platform == nil { state.platform = targetPlatform }
            let platform = state.platform ?? targetPlatform
            if ShellVariables(environment: state.image.config.env).get("PATH") == nil && platform.os != "windows" {
                state.image.config.env.append("PATH=" + ImageSpec.defaultPath)
            }
            for entry in state.image.config.env {
                let (key, value) = ShellVariables.split(entry)
                state.environment.set(key, value)
            }
            let inheritedDir = state.image.config.workingDir
            if !inheritedDir.isEmpty {
                let wd = ValueSyntax.normalizePath(parent: inheritedDir, inheritedDir, keepSlash: false)
                state.image.config.workingDir = wd
                state.directory = wd
            }
            if !state.image.config.user.isEmpty { state.user = state.image.config.user }
            for command in state.commands {
                do {
                    try dispatch(state, command)
                } catch {
                    throw error.located(command.instruction.source.lines)
                }
            }
        }
    }

    func makeProgram(target: Int, registeredCount: Int) -> BuildProgram {
        var stages: [BuildStage] = []
        for state in states.prefix(registeredCount) {
            let base: StageBase
            if let index = state.base {
                base = .stage(index)
            } else if state.baseName == "scratch" {
                base = .scratch
            } else {
                let reference = state.digest.flatMap { digest in
                    state.baseName.hasSuffix("@" + digest) ? String(state.baseName.dropLast(digest.count + 1)) : nil
                } ?? state.baseName
                base = .image(reference: reference, digest: state.digest)
            }
            var dependencies: [Int] = []
            if let index = state.base { dependencies.append(index) }
            for (index, _) in state.dependencies where index < registeredCount && !dependencies.contains(index) {
                dependencies.append(index)
            }
            stages.append(BuildStage(
                index: state.index, name: state.definition?.name, displayName: state.stageName, base: base,
                platform: state.platform ?? targetPlatform, isReachable: state.isReachable,
                isDispatched: state.dispatched, dependencies: dependencies, steps: state.steps, image: state.image,
                progressTotal: state.progressTotal, fromProgressName: state.fromProgressName))
        }
        var images: [String] = []
        for name in externalImages where !images.contains(name) { images.append(name) }
        return BuildProgram(
            stages: stages, targetIndex: target, warnings: linter.findings, globalArgs: globalArgs,
            externalImages: images.filter { name in !stages.contains { stage in
                if case .image(let reference, let digest) = stage.base {
                    return name == reference || name == digest.map { reference + "@" + $0 }
                }
                return false
            } })
    }
}

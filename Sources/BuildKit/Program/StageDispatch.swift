/// Dispatching one instruction: expansion, config changes, history and build checks.
///
/// Follows `dockerfile2llb`'s `dispatch*` functions. Instructions that expand variables
/// (BuildKit's `SupportsSingleWordExpansion`: ENV, LABEL, ADD, COPY, WORKDIR, USER, VOLUME,
/// STOPSIGNAL and RUN's mounts) are expanded first with the environment as it stands, so
/// `ENV A=1 B=$A` sees the old `A`; ARG defaults and EXPOSE expand on their own terms;
/// CMD, ENTRYPOINT, SHELL, HEALTHCHECK and ONBUILD are never expanded.
extension Converter {
    /// Arguments that never become environment variables.
    static let nonEnvArgs: Set<String> = ["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]

    mutating func dispatch(_ d: DispatchState, _ command: PendingCommand) throws(DockerfileError) {
        d.currentIsOnBuild = command.isOnBuild
        let original = command.instruction
        let lines = original.source.lines
        var instruction = original
        var mounts: [RunMount] = []
        switch original.kind {
        case .arg:
            break
        case .run(let run):
            for raw in run.mounts {
                mounts.append(try RunMount.parse(raw) { (word: String) throws(DockerfileError) -> String in
                    try self.expand(word, d, lines)
                })
            }
        default:
            instruction.kind = try expandKind(original.kind, d, lines)
        }
        let step: BuildStep
        switch instruction.kind {
        case .env(let pairs):
            var message = "ENV"
            for pair in pairs {
                if pair.legacy { linter.report(LegacyKeyValueFormat.self, LegacyKeyValueFormat.message(original.source.keyword), lines: [lines]) }
                reportSecret("ENV", pair.key, lines)
                message += " " + pair.text
                d.environment.set(pair.key, pair.value)
                Self.addEnv(&d.image.config.env, pair.key, pair.value)
            }
            step = metadataStep(instruction, command, history: message)
        case .label(let pairs):
            var message = "LABEL"
            for pair in pairs {
                if pair.legacy { linter.report(LegacyKeyValueFormat.self, LegacyKeyValueFormat.message(original.source.keyword), lines: [lines]) }
                d.image.config.labels[pair.key] = pair.value
                message += " " + pair.text
            }
            step = metadataStep(instruction, command, history: message)
        case .maintainer(let name):
            d.image.author = name
            step = metadataStep(instruction, command, history: "MAINTAINER " + name)
        case .onbuild(let expression):
            d.image.config.onBuild.append(expression)
            step = BuildStep(instruction: instruction, progressName: nil, isOnBuildTrigger: command.isOnBuild, action: .none, history: nil)
        case .workdir(let path):
            step = dispatchWorkdir(d, instruction, command, path)
        case .user(let user):
            d.user = user
            d.image.config.user = user
            step = metadataStep(instruction, command, history: "USER " + user)
        case .volume(let volumes):
            var set = Set(d.image.config.volumes)
            for volume in volumes {
                if volume.isEmpty { throw DockerfileError(InstructionParser.emptyVolumeMessage) }
                set.insert(volume)
            }
            d.image.config.volumes = set.sorted(by: InstructionParser.goLess)
            step = metadataStep(instruction, command, history: "VOLUME " + GoText.plainList(volumes))
        case .stopSignal(let signal):
            try ValueSyntax.checkSignal(signal)
            d.image.config.stopSignal = signal
            step = metadataStep(instruction, command, history: "STOPSIGNAL " + signal)
        case .shell(let shell):
            d.image.config.shell = shell
            step = metadataStep(instruction, command, history: "SHELL " + GoText.plainList(shell))
        case .expose(let specs):
            var words: [String] = []
            for spec in specs {
                do {
                    words += try lexer.processWords(spec, d.environment)
                } catch {
                    throw DockerfileError(error.message)
                }
            }
            let ports = try ValueSyntax.exposedPorts(words)
            d.image.config.exposedPorts = Set(d.image.config.exposedPorts + ports).sorted(by: InstructionParser.goLess)
            instruction.kind = .expose(words)
            step = metadataStep(instruction, command, history: "EXPOSE map[" + ports.map { $0 + ":{}" }.joined(separator: " ") + "]")
        case .cmd(let line):
            used(&d.cmdSet, "CMD", original)
            var args = line.arguments
            if line.prependShell {
                if d.image.config.shell.isEmpty {
                    linter.report(JSONArgsRecommended.self, JSONArgsRecommended.message(original.source.keyword), lines: [lines])
                }
                args = withShell(d, args)
            }
            d.image.config.cmd = args
            d.image.config.argsEscaped = true
            step = metadataStep(instruction, command, history: "CMD " + GoText.quoteList(args))
        case .entrypoint(let line):
            used(&d.entrypointSet, "ENTRYPOINT", original)
            var args: [String]? = line.arguments.isEmpty ? nil : line.arguments
            if line.prependShell {
                if d.image.config.shell.isEmpty {
                    linter.report(JSONArgsRecommended.self, JSONArgsRecommended.message(original.source.keyword), lines: [lines])
                }
                args = withShell(d, args ?? [])
            }
            d.image.config.entrypoint = args
            if d.cmdSet == nil { d.image.config.cmd = nil }
            step = metadataStep(instruction, command, history: "ENTRYPOINT " + GoText.quoteList(args ?? []))
        case .healthcheck(let health):
            used(&d.healthcheckSet, "HEALTHCHECK", original)
            d.image.config.healthcheck = health.config
            step = metadataStep(instruction, command, history: "HEALTHCHECK " + Self.healthcheckHistory(health.config))
        case .arg(let definitions):
            step = try dispatchArg(d, instruction, command, definitions)
        case .run(let run):
            step = try dispatchRun(d, instruction, command, run, mounts)
        case .copy(let copy):
            var source = CopySource.context
            if let index = command.sources.first ?? nil {
                guard states[index].dispatched else {
                    throw DockerfileError("cannot copy from stage \(GoText.quote(copy.from)), it needs to be defined before current stage \(GoText.quote(d.stageName))")
                }
                source = states[index].unregistered ? .image(states[index].baseName) : .stage(index)
            }
            step = try dispatchCopy(d, instruction, command, CopySettings(
                isAdd: false, source: source, files: copy.files, chown: copy.chown, chmod: copy.chmod, link: copy.link,
                keepGitDir: false, checksum: "", parents: copy.parents, excludes: copy.excludes))
        case .add(let add):
            step = try dispatchCopy(d, instruction, command, CopySettings(
                isAdd: true, source: .context, files: add.files, chown: add.chown, chmod: add.chmod, link: add.link,
                keepGitDir: add.keepGitDir, checksum: add.checksum, parents: false, excludes: add.excludes))
        }
        d.steps.append(step)
        if let history = step.history { d.image.history.append(history) }
    }

    func metadataStep(_ instruction: Instruction, _ command: PendingCommand, history: String) -> BuildStep {
        BuildStep(instruction: instruction, progressName: nil, isOnBuildTrigger: command.isOnBuild, action: .none,
                  history: HistoryEntry(createdBy: history, emptyLayer: true))
    }

    /// `validateUsedOnce`: reports the previous, ignored instruction of the same kind.
    mutating func used(_ tracker: inout LineRange?, _ name: String, _ instruction: Instruction) {
        if let previous = tracker {
            linter.report(MultipleInstructionsDisallowed.self,
                          MultipleInstructionsDisallowed.message(instruction.source.keyword), lines: [previous])
        }
        tracker = instruction.source.lines
    }

    // MARK: - expansion

    /// One `ProcessWord` with the stage's environment, reporting undefined variables.
    mutating func expand(_ word: String, _ d: DispatchState, _ lines: LineRange) throws(DockerfileError) -> String {
        let result: ShellLexer.Result
        do {
            result = try lexer.process(word, d.environment)
        } catch {
            throw DockerfileError(error.message)
        }
        reportUndefined(result.unmatched, d, lines)
        return result.text
    }

    /// `reportUnmatchedVariables`, skipped when the base image's environment is unknown.
    mutating func reportUndefined(_ unmatched: [String], _ d: DispatchState, _ lines: LineRange) {
        guard d.baseKnown else { return }
        let declared = Set(d.buildArgs.map(\.key))
        for name in unmatched where !declared.contains(name) && !Self.nonEnvArgs.contains(name) {
            let suggestion = Suggestion.search(name, in: d.environment.keys, caseSensitive: true)
            linter.report(UndefinedVar.self, UndefinedVar.message(name, suggestion: suggestion), lines: [lines])
        }
    }

    mutating func expandKind(_ kind: Instruction.Kind, _ d: DispatchState, _ lines: LineRange) throws(DockerfileError) -> Instruction.Kind {
        func each(_ values: [String], _ me: inout Converter) throws(DockerfileError) -> [String] {
            var out: [String] = []
            for value in values { out.append(try me.expand(value, d, lines)) }
            return out
        }
        switch kind {
        case .env(let pairs):
            var out: [KeyValue] = []
            for pair in pairs {
                out.append(KeyValue(key: try expand(pair.key, d, lines), value: try expand(pair.value, d, lines), legacy: pair.legacy))
            }
            return .env(out)
        case .label(let pairs):
            var out: [KeyValue] = []
            for pair in pairs {
                out.append(KeyValue(key: try expand(pair.key, d, lines), value: try expand(pair.value, d, lines), legacy: pair.legacy))
            }
            return .label(out)
        case .add(var add):
            add.chown = try expand(add.chown, d, lines)
            add.chmod = try expand(add.chmod, d, lines)
            add.checksum = try expand(add.checksum, d, lines)
            add.files = try expandFiles(add.files, d, lines)
            return .add(add)
        case .copy(var copy):
            copy.chown = try expand(copy.chown, d, lines)
            copy.chmod = try expand(copy.chmod, d, lines)
            copy.files = try expandFiles(copy.files, d, lines)
            return .copy(copy)
        case .workdir(let path):
            return .workdir(try expand(path, d, lines))
        case .user(let user):
            return .user(try expand(user, d, lines))
        case .volume(let volumes):
            return .volume(try each(volumes, &self))
        case .stopSignal(let signal):
            return .stopSignal(try expand(signal, d, lines))
        default:
            return kind
        }
    }

    /// Sources and destination, then heredoc bodies (quotes kept, `\` as escape).
    mutating func expandFiles(_ files: SourcesAndDestination, _ d: DispatchState, _ lines: LineRange) throws(DockerfileError) -> SourcesAndDestination {
        var out = files
        out.sources = []
        for source in files.sources { out.sources.append(try expand(source, d, lines)) }
        out.destination = try expand(files.destination, d, lines)
        var raw = ShellLexer(escapeToken: "\\")
        raw.skipProcessQuotes = true
        for (i, content) in files.contents.enumerated() where content.expand {
            let result: ShellLexer.Result
            do {
                result = try raw.process(content.data, d.environment)
            } catch {
                throw DockerfileError(error.message)
            }
            reportUndefined(result.unmatched, d, lines)
            out.contents[i].data = result.text
        }
        return out
    }

    // MARK: - helpers

    /// `withShell`: the stage's SHELL (or the OS default) with the command text appended.
    func withShell(_ d: DispatchState, _ args: [String]) -> [String] {
        let shell = d.image.config.shell.isEmpty
            ? ((d.platform ?? targetPlatform).os == "windows" ? ["cmd", "/S", "/C"] : ["/bin/sh", "-c"])
            : d.image.config.shell
        return shell + [args.joined(separator: " ")]
    }

    /// `addEnv`: replaces an existing key in place or appends.
    static func addEnv(_ env: inout [String], _ key: String, _ value: String) {
        if let i = env.firstIndex(where: { ShellVariables.split($0).0 == key }) {
            env[i] = key + "=" + value
        } else {
            env.append(key + "=" + value)
        }
    }

    mutating func reportSecret(_ instruction: String, _ key: String, _ lines: LineRange) {
        if SecretsUsedInArgOrEnv.looksSecret(key) {
            linter.report(SecretsUsedInArgOrEnv.self, SecretsUsedInArgOrEnv.message(instruction: instruction, key: key), lines: [lines])
        }
    }

    /// `HEALTHCHECK %q` of the config struct pointer: `&{["CMD-SHELL" "..."] "30s" "0s" "0s" "0s" '\x03'}`.
    static func healthcheckHistory(_ config: HealthConfig) -> String {
        let durations = [config.interval, config.timeout, config.startPeriod, config.startInterval]
            .map { GoText.quote(GoDuration.format($0)) }
        return "&{" + GoText.quoteList(config.test) + " " + durations.joined(separator: " ") + " "
            + GoText.quoteRune(config.retries) + "}"
    }

    /// `processCmdEnv` + `uppercaseCmd`: the instruction text as progress shows it.
    func displayName(_ code: String, _ d: DispatchState, rawQuotes: Bool) -> String {
        var display = lexer
        if rawQuotes {
            display.rawQuotes = true
            display.skipUnsetEnv = true
        }
        let text = (try? display.processWord(code, d.environment)) ?? code
        guard let space = text.firstIndex(of: " ") else { return text.uppercased() }
        return text[..<space].uppercased() + text[space...]
    }
}

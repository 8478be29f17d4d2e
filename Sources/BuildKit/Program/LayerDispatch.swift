/// The instructions that change the filesystem or the build's variables: ARG, WORKDIR, RUN,
/// COPY and ADD (`dispatchArg`, `dispatchWorkdir`, `dispatchRun`, `dispatchCopy`).
extension Converter {
    struct CopySettings {
        var isAdd: Bool
        var source: CopySource
        var files: SourcesAndDestination
        var chown: String
        var chmod: String
        var link: Bool
        var keepGitDir: Bool
        var checksum: String
        var parents: Bool
        var excludes: [String]
    }

    mutating func dispatchArg(_ d: DispatchState, _ instruction: Instruction, _ command: PendingCommand, _ definitions: [ArgDefinition]) throws(DockerfileError) -> BuildStep {
        let lines = instruction.source.lines
        var parts: [String] = []
        var resolved: [ArgDefinition] = []
        for original in definitions {
            var arg = original
            reportSecret("ARG", arg.key, lines)
            let provided = options.buildArgs[arg.key]
            if arg.value == nil && provided == nil, let global = globalArgs.get(arg.key) {
                arg.value = global
            } else if let provided {
                arg.value = provided
            } else if let value = arg.value {
                arg.value = try expand(value, d, lines)
            }
            if let value = arg.value, !Self.nonEnvArgs.contains(arg.key) {
                d.environment.set(arg.key, value)
            }
            d.buildArgs.append(arg)
            resolved.append(arg)
            parts.append(arg.value.map { arg.key + "=" + $0 } ?? arg.key)
        }
        var expanded = instruction
        expanded.kind = .arg(resolved)
        return metadataStep(expanded, command, history: "ARG " + parts.joined(separator: " "))
    }

    mutating func dispatchWorkdir(_ d: DispatchState, _ instruction: Instruction, _ command: PendingCommand, _ path: String) -> BuildStep {
        if !d.workdirSet && !path.hasPrefix("/") {
            linter.report(WorkdirRelativePath.self, WorkdirRelativePath.message(path), lines: [instruction.source.lines])
        }
        d.workdirSet = true
        let wd = ValueSyntax.normalizePath(parent: d.image.config.workingDir, path, keepSlash: false)
        d.image.config.workingDir = wd
        d.directory = wd
        var progress: String?
        var action = StepAction.none
        if wd != "/" {
            progress = d.progressName(displayName(instruction.source.code, d, rawQuotes: false))
            action = .makeDirectory(path: wd, user: d.image.config.user)
        }
        return BuildStep(instruction: instruction, progressName: progress, isOnBuildTrigger: command.isOnBuild,
                         action: action, history: HistoryEntry(createdBy: "WORKDIR " + wd, emptyLayer: wd == "/"))
    }

    mutating func dispatchRun(_ d: DispatchState, _ instruction: Instruction, _ command: PendingCommand, _ run: RunInstruction, _ mounts: [RunMount]) throws(DockerfileError) -> BuildStep {
        var customName = instruction.source.code
        var args = run.command.arguments
        var script: InlineFile?
        let files = run.command.files
        if let first = files.first {
            guard args.count == 1, run.command.prependShell else {
                throw DockerfileError("parsing produced an invalid run command: \(GoText.plainList(args))")
            }
            if HeredocMarker.parse(args[0]) != nil {
                let data = first.chomp ? HeredocMarker.chomp(first.data) : first.data
                if (d.platform ?? targetPlatform).os != "windows" && first.data.hasPrefix("#!") {
                    script = InlineFile(name: first.name, data: data, chomp: false)
                    args = ["/dev/pipes/" + first.name]
                } else {
                    args = [data]
                }
                customName += " (" + Self.summarizeHeredoc(first.data) + ")"
            } else {
                var full = args[0]
                for file in files { full += "\n" + file.data + file.name }
                args = [full]
            }
        }
        if run.command.prependShell { args = withShell(d, args) }

        var sources: [Int?] = []
        for (i, var mount) in mounts.enumerated() {
            if mount.from.isEmpty && mount.type == .cache { mount.from = "scratch" }
            var source: Int?
            if !mount.from.isEmpty, i < command.sources.count, let index = command.sources[i] {
                guard states[index].dispatched else {
                    throw DockerfileError("cannot mount from stage \(GoText.quote(mount.from)) to \(GoText.quote(mount.target)), stage needs to be defined before current command")
                }
                source = states[index].unregistered ? nil : index
            }
            sources.append(source)
        }
        let progress = d.progressName(displayName(customName, d, rawQuotes: true))
        let proxies = options.buildArgs.keys.sorted().filter {
            ["http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy"].contains($0.lowercased())
        }.map { $0 + "=" + (options.buildArgs[$0] ?? "") }
        let step = RunStep(
            arguments: args, environment: d.environment.environment, proxyEnvironment: proxies,
            workingDir: d.directory, user: d.user, mounts: mounts, mountSources: sources, network: run.network,
            scriptFile: script)
        let history = "RUN " + runCommandString(args, d) + " # buildkit"
        return BuildStep(instruction: instruction, progressName: progress, isOnBuildTrigger: command.isOnBuild,
                         action: .run(step), history: HistoryEntry(createdBy: history, emptyLayer: false))
    }

    /// `runCommandString`: `|N KEY=value ...` for the ARGs in scope, then the argv.
    func runCommandString(_ args: [String], _ d: DispatchState) -> String {
        var entries: [String] = []
        var positions: [String: Int] = [:]
        for arg in d.buildArgs {
            let value = d.environment.get(arg.key) ?? arg.value ?? ""
            if let position = positions[arg.key] {
                entries[position] = arg.key + "=" + value
            } else {
                positions[arg.key] = entries.count
                entries.append(arg.key + "=" + value)
            }
        }
        if !entries.isEmpty { entries.insert("|\(entries.count)", at: 0) }
        return (entries + args).joined(separator: " ")
    }

    /// `summarizeHeredoc`: the first line, with `...` when there are more.
    static func summarizeHeredoc(_ doc: String) -> String {
        let text = GoText.trimSpace(doc).replacingCRLF()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines.first ?? "") + (lines.count > 1 ? "..." : "")
    }

    mutating func dispatchCopy(_ d: DispatchState, _ instruction: Instruction, _ command: PendingCommand, _ c: CopySettings) throws(DockerfileError) -> BuildStep {
        let destination = ValueSyntax.destination(c.files.destination, workingDir: d.directory)
        if !c.chmod.isEmpty { try ValueSyntax.checkChmod(c.chmod) }
        if !c.checksum.isEmpty {
            if c.files.sources.count != 1 { throw DockerfileError("checksum can't be specified for multiple sources") }
            let only = c.files.sources[0]
            if !ValueSyntax.isHTTPSource(only) && ValueSyntax.gitSource(only) == nil {
                throw DockerfileError("checksum requires HTTP(S) or Git sources")
            }
        }
        var message = c.isAdd ? "ADD" : "COPY"
        if c.parents { message += " --parents" }
        if !c.chown.isEmpty { message += " --chown=" + c.chown }
        if !c.chmod.isEmpty { message += " --chmod=" + c.chmod }
        let matcher = try? PatternMatcher(options.dockerignore)
        var sources: [CopyStepSource] = []
        for src in c.files.sources {
            message += " " + src
            if let git = ValueSyntax.gitSource(src) {
                if !c.isAdd { throw DockerfileError("source can't be a git ref for COPY") }
                sources.append(.git(remote: git.remote, ref: git.ref, subdirectory: git.subdirectory))
            } else if ValueSyntax.isHTTPSource(src) {
                if !c.isAdd { throw DockerfileError("source can't be a URL for COPY") }
                if !c.checksum.isEmpty { try ValueSyntax.checkDigest(c.checksum) }
                sources.append(.url(src, fileName: ValueSyntax.urlFileName(src)))
            } else {
                if c.source == .context, let matcher, !options.dockerignore.isEmpty, matcher.matches(src) {
                    linter.report(CopyIgnoredFile.self, CopyIgnoredFile.message(instruction: c.isAdd ? "Add" : "Copy", path: src),
                                  lines: [instruction.source.lines])
                }
                sources.append(.path(src))
            }
        }
        for content in c.files.contents { message += " <<" + content.path }
        message += " " + c.files.destination
        let progress = d.progressName(displayName(instruction.source.code, d, rawQuotes: false))
        let step = CopyStep(
            isAdd: c.isAdd, source: c.source, sources: sources, inlineFiles: c.files.contents, destination: destination,
            chown: c.chown, chmod: c.chmod, link: c.link, keepGitDir: c.keepGitDir, checksum: c.checksum,
            parents: c.parents, excludes: c.excludes)
        return BuildStep(instruction: instruction, progressName: progress, isOnBuildTrigger: command.isOnBuild,
                         action: .copy(step), history: HistoryEntry(createdBy: message + " # buildkit", emptyLayer: false))
    }
}

extension String {
    /// `strings.ReplaceAll(s, "\r\n", "\n")`.
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in unicodeScalars {
            if pendingCR && scalar != "\n" { out.append("\r") }
            pendingCR = scalar == "\r"
            if !pendingCR { out.append(scalar) }
        }
        if pendingCR { out.append("\r") }
        return String(out)
    }
}

import DockerAPI

/// The image commands' checks before their first API call (`cli/command/image/*.go`, and the
/// reference checks the Engine API client makes before sending a request).
extension ClientChecks {
    static let imageChecks: [String: Check] = [
        "image pull": { (c) throws(ClientFailure) in
            guard let name = c.argument(0) else { return }
            if case .failure(let e) = ReferenceChecks.pull(name) { throw ClientFailure(e.message, at: .argument(0)) }
            if c.flags.bool("all-tags"), !isNameOnly(name) {
                throw ClientFailure(tagWithAllTags, at: .argument(0))
            }
        },
        "image push": { (c) throws(ClientFailure) in
            if let platform = c.flags.last("platform"), !platform.isEmpty, let e = platformError(platform) {
                // runPush prints its own prefix, without a newline, before returning the error.
                let message = "Invalid platform \(platform)" + e
                throw ClientFailure(message, at: .flag("platform"))
            }
            guard let name = c.argument(0) else { return }
            do throws(ImageReference.ParseError) {
                _ = try ImageReference.parseNormalized(name)
            } catch {
                throw ClientFailure(error.description, at: .argument(0))
            }
            if c.flags.bool("all-tags"), !isNameOnly(name) {
                throw ClientFailure(tagWithAllTags, at: .argument(0))
            }
        },
        "image tag": { (c) throws(ClientFailure) in
            // The API client's ImageTag: the source (ParseAnyReference), then the target.
            let source = c.argument(0) ?? "x"
            if case .failure(let e) = ReferenceChecks.tag(source: source, target: "x") {
                throw ClientFailure(e.message, at: .argument(0))
            }
            if let target = c.argument(1), case .failure(let e) = ReferenceChecks.tag(source: source, target: target) {
                throw ClientFailure(e.message, at: .argument(1))
            }
        },
        "image ls": { (c) throws(ClientFailure) in
            guard c.flags.bool("tree") else { return FormatChecks.afterDaemon(&c) }
            let conflicts: [(String, String)] = [
                ("quiet", "--quiet"), ("no-trunc", "--no-trunc"), ("digests", "--show-digest"), ("format", "--format"),
            ]
            for (flag, name) in conflicts {
                let set = flag == "format" ? !(c.flags.last("format") ?? "").isEmpty || c.opaqueFlags.contains("format")
                    : c.flags.bool(flag)
                if set { throw ClientFailure("\(name) is not yet supported with --tree", at: .flag(flag)) }
            }
        },
        "image history": { (c) throws(ClientFailure) in try platform(&c, prefix: "invalid platform: ") },
        "image inspect": { (c) throws(ClientFailure) in
            try platform(&c, prefix: "")
            try FormatChecks.inspect(&c, exitCode: 64)
        },
        "image save": { (c) throws(ClientFailure) in
            try platform(&c, prefix: "invalid platform: ")
            try outputFile(&c, flag: "output", wrap: "failed to save image")
        },
        "image load": { (c) throws(ClientFailure) in
            if let input = c.flags.last("input"), !input.isEmpty {
                try readableFile(&c, input, flag: "input")
            } else if !c.opaqueFlags.contains("input") && c.terminal.stdinIsTerminal {
                throw ClientFailure("requested load from stdin, but stdin is empty", at: .command)
            }
            try platform(&c, prefix: "invalid platform: ")
        },
        "image import": { (c) throws(ClientFailure) in
            if let source = c.argument(0), source != "-", !source.hasPrefix("https://"), !source.hasPrefix("http://") {
                try readableFile(&c, source, argument: 0)
            }
            try referenceForCreate(&c, argument: 1, refusingDigests: false)
        },
        "container commit": { (c) throws(ClientFailure) in try referenceForCreate(&c, argument: 1, refusingDigests: true) },
        "image build": { (c) throws(ClientFailure) in try legacyBuild(&c) },
        "image prune": { (c) throws(ClientFailure) in confirm(&c) },
        "builder prune": { (c) throws(ClientFailure) in confirm(&c) },
        "search": { (c) throws(ClientFailure) in
            if c.hasFilter("is-automated") {
                c.stderr += "WARNING: the \"is-automated\" filter is deprecated, and searching for \"is-automated=true\" will not yield any results in future.\n"
            }
        },
    ]

    /// `reference.IsNameOnly` after parsing: no tag and no digest.
    static func isNameOnly(_ name: String) -> Bool {
        (try? ImageReference.parseNormalized(name))?.isNameOnly ?? true
    }

    /// `platforms.Parse`'s error text, or `nil` when the platform parses.
    static func platformError(_ value: String) -> String? {
        if case .failure(let e) = PlatformSpec.parse(value) { return e.message }
        return nil
    }

    /// A `--platform` checked with `platforms.Parse`, its error wrapped with `prefix`.
    static func platform(_ c: inout ClientCheckContext, prefix: String) throws(ClientFailure) {
        guard let value = c.flags.last("platform"), !value.isEmpty else { return }
        if let e = platformError(value) {
            throw ClientFailure(prefix + e, at: .flag("platform"))
        }
    }

    /// The Engine API client's check of a reference it is about to create (`commit`, `import`);
    /// `ContainerCommit` also refuses a digest.
    static func referenceForCreate(_ c: inout ClientCheckContext, argument index: Int,
                                   refusingDigests: Bool) throws(ClientFailure) {
        guard let name = c.argument(index), !name.isEmpty else { return }
        let ref: ImageReference
        do {
            ref = try ImageReference.parseNormalized(name)
        } catch {
            throw ClientFailure(error.description, at: .argument(index))
        }
        if refusingDigests, ref.digest != nil {
            throw ClientFailure("refusing to create a tag with a digest reference", at: .argument(index))
        }
    }

    /// `os.Open` of a file the command reads before the API call.
    static func readableFile(_ c: inout ClientCheckContext, _ path: String, flag: String? = nil,
                             argument: Int? = nil) throws(ClientFailure) {
        let target: ClientFailure.Target = flag.map { .flag($0) } ?? .argument(argument ?? 0)
        guard let files = c.environment.files else {
            c.noteFileNotRead(path)
            return
        }
        if files.kind(of: path) == .missing {
            throw ClientFailure("open \(path): no such file or directory", at: target)
        }
    }

    /// The legacy builder's `runBuild` up to sending the context: stdin conflicts, then the
    /// context's kind (stdin, a local directory with its Dockerfile, a Git or HTTP URL).
    static func legacyBuild(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard let context = c.argument(0) else { return }
        let dockerfile = c.flags.last("file") ?? ""
        if dockerfile == "-" && context == "-" {
            throw ClientFailure("invalid argument: can't use stdin for both build context and dockerfile", at: .flag("file"))
        }
        if context == "-" || isURL(context) || isGitURL(context) { return }
        guard let files = c.environment.files else {
            c.noteFileNotRead("the build context")
            return
        }
        // isLocalDir is os.Stat succeeding; ResolveAndValidateContextPath then wants a directory.
        let contextDir = GoPath.abs(context, workingDirectory: files.workingDirectory)
        switch files.kind(of: context) {
        case .missing:
            throw ClientFailure("unable to prepare context: path \(GoQuote.quote(context)) not found", at: .argument(0))
        case .file:
            throw ClientFailure("unable to prepare context: context must be a directory: \(contextDir)", at: .argument(0))
        case .directory:
            break
        }
        if c.opaqueFlags.contains("file") || dockerfile == "-" { return }
        var path: String
        if dockerfile.isEmpty {
            path = contextDir + "/Dockerfile"
            if files.kind(path) == .missing, files.kind(contextDir + "/dockerfile") != .missing {
                path = contextDir + "/dockerfile"
            }
        } else {
            path = GoPath.abs(dockerfile, workingDirectory: files.workingDirectory)
        }
        // filepath.EvalSymlinks stops at the first component that does not exist.
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if files.kind(prefix) == .missing {
                throw ClientFailure(
                    "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat \(prefix): no such file or directory",
                    at: dockerfile.isEmpty ? .argument(0) : .flag("file"))
            }
        }
    }

    /// urlutil's `IsURL`.
    static func isURL(_ s: String) -> Bool {
        s.hasPrefix("https://") || s.hasPrefix("http://")
    }

    /// urlutil's `IsGitURL`: an HTTP URL ending in `.git` (with an optional `#fragment`), or a
    /// `git://`, `github.com/` or `git@` prefix.
    static func isGitURL(_ s: String) -> Bool {
        if isURL(s) {
            if s.hasSuffix(".git") { return true }
            if let range = s.firstRange(of: ".git#"), range.upperBound < s.endIndex { return true }
        }
        return s.hasPrefix("git://") || s.hasPrefix("github.com/") || s.hasPrefix("git@")
    }

    static let tagWithAllTags = "tag can't be used with --all-tags/-a"
}

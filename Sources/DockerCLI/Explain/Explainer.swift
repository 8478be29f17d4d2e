/// `explain`: says what each word of a docker command line does, in English or Chinese.
///
/// The words are read exactly as `check` reads them (`CommandAnatomy` for the roles, the
/// verdict for where docker stops), so the explanation of an invalid line ends at the word
/// docker refuses, with docker's own error.
public struct Explainer: Sendable {
    public var environment: CheckEnvironment
    public var language: Language

    public init(environment: CheckEnvironment = .standard, language: Language = .en) {
        self.environment = environment
        self.language = language
    }

    /// Why a line cannot be explained.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// Explains every docker command in `line` (usually one; `a && b` gives two). A line that
    /// does not start with `docker` is read as if it did.
    public func explain(_ line: String) throws(Failure) -> [Explanation] {
        var found = ScriptScanner(kind: .list).scan(line)
        if let problem = found.problems.first { throw Failure(message: problem.message) }
        if found.commands.isEmpty {
            found = ScriptScanner(kind: .list).scan("docker " + line)
            if let problem = found.problems.first { throw Failure(message: problem.message) }
        }
        return found.commands.map(explain)
    }

    /// Explains one found command.
    public func explain(_ command: FoundCommand) -> Explanation {
        let words = command.arguments
        let (verdict, anatomy) = CommandChecker(environment: environment).judge(words, terminal: TerminalState(command))
        let l = language
        // An invalid line is explained up to the word docker refuses.
        var last = words.count - 1
        if verdict.status == .invalid, let word = verdict.word { last = min(last, word) }
        var entries: [Explanation.Entry] = [commandEntry(command, anatomy: anatomy, verdict: verdict)]
        var index = 0
        let runsProgram = ["container run", "container create", "container exec"].contains(anatomy.canonicalPath)
        while index <= last {
            switch anatomy.roles[index] {
            case .command, .flagValue:
                index += 1
                continue
            case .endOfFlags:
                entries.append(.init(words: words[index].raw, summary: ExplainPhrases.endOfFlags(l)))
            case .unknownFlag:
                entries.append(.init(words: words[index].raw, summary: ExplainPhrases.unknownFlag(l)))
            case .flags(let uses):
                entries.append(flagEntry(uses, at: index, words: words, path: anatomy.canonicalPath))
            case .argument(let position):
                if runsProgram, position >= 1 {
                    entries.append(programEntry(from: index, words: words, last: last, exec: anatomy.canonicalPath == "container exec"))
                    index = last + 1
                    continue
                }
                entries.append(argumentEntry(position, word: words[index], anatomy: anatomy))
            }
            index += 1
        }
        let outcome: Explanation.Outcome
        switch verdict.status {
        case .valid: outcome = .accepted
        case .invalid: outcome = .refused(error: verdict.error ?? "", exitCode: verdict.exitCode ?? 1)
        case .unknown:
            outcome = .unknown(ExplainPhrases.unknown(verdict.word.map { words[$0].raw }, note: verdict.note ?? "", l))
        }
        return Explanation(line: command.text, entries: entries, outcome: outcome, warnings: warnings(command, anatomy, verdict))
    }

    /// `docker` and the words naming the command, with the command's description.
    func commandEntry(_ command: FoundCommand, anatomy: CommandAnatomy, verdict: CommandVerdict) -> Explanation.Entry {
        var typed = [command.docker.raw]
        for (index, role) in anatomy.roles.enumerated() {
            if case .command = role { typed.append(command.arguments[index].raw) }
        }
        var summary = Translations.text(anatomy.command.short, language)
        let canonical = anatomy.canonicalPath
        if !canonical.isEmpty, canonical != anatomy.path.joined(separator: " ") {
            summary += ExplainPhrases.shortFor(canonical, language)
        }
        if verdict.invocation?.helpRequested == true {
            summary += language == .zh ? "；" + ExplainPhrases.helpRequested(language) : "; " + ExplainPhrases.helpRequested(language)
        }
        return .init(words: typed.joined(separator: " "), summary: summary)
    }

    /// A flag word (and its value word): the flag's usage and what its value means.
    func flagEntry(_ uses: [CommandAnatomy.FlagUse], at index: Int, words: [ShellWord], path: String) -> Explanation.Entry {
        let l = language
        var typed = words[index].raw
        if let valueWord = uses.last?.valueWord { typed += " " + words[valueWord].raw }
        func describe(_ use: CommandAnatomy.FlagUse) -> String {
            "--" + use.spec.name + (l == .zh ? "：" : ": ") + Translations.text(use.spec.usage, l)
        }
        guard uses.count == 1, let use = uses.first else {
            let lines = uses.map { use in
                (use.spec.shorthand.map { "-\($0)  " } ?? "") + describe(use)
            }
            return .init(words: typed, summary: ExplainPhrases.flagCluster(uses.count, l), details: lines)
        }
        var details: [String] = []
        let valueIsOpaque = (use.valueWord.map { words[$0].isOpaque } ?? false)
            || (use.valueWord == nil && words[index].isOpaque)
        if valueIsOpaque {
            details.append(ExplainPhrases.runtimeValue(use.valueWord.map { words[$0].raw } ?? words[index].raw, l))
        } else if use.spec.type == .bool {
            if use.value == "false" { details.append(ExplainPhrases.turnedOff(l)) }
        } else {
            details = ValueDetails.lines(flag: use.spec.name, value: use.value, path: path, l)
            if details.isEmpty, use.valueWord == nil, !use.value.isEmpty {
                details.append(ExplainPhrases.value(use.value, l))
            }
        }
        return .init(words: typed, summary: describe(use), details: details)
    }

    /// A positional argument, named by the usage line's placeholder; images are broken down.
    func argumentEntry(_ position: Int, word: ShellWord, anatomy: CommandAnatomy) -> Explanation.Entry {
        let l = language
        let placeholder = anatomy.placeholder(forArgument: position) ?? "ARG"
        if word.isOpaque {
            return .init(words: word.raw, summary: ExplainPhrases.argument(placeholder, l),
                         details: [ExplainPhrases.runtimeValue(word.raw, l)])
        }
        if Self.namesImage(placeholder) {
            let text = word.text
            return .init(words: word.raw, summary: ExplainPhrases.argument("IMAGE", l) + " " + text,
                         details: ImageDetails.lines(text, l))
        }
        return .init(words: word.raw, summary: ExplainPhrases.argument(placeholder, l))
    }

    /// The container's command and its arguments (run, create, exec), which docker hands over unread.
    func programEntry(from index: Int, words: [ShellWord], last: Int, exec: Bool) -> Explanation.Entry {
        let l = language
        let program = words[index]
        var entry = Explanation.Entry(words: program.raw, summary: exec ? ExplainPhrases.execCommand(l) : ExplainPhrases.containerCommand(l))
        if index < last {
            let rest = words[(index + 1)...last].map(\.raw).joined(separator: " ")
            entry.details.append(rest + "  ← " + ExplainPhrases.commandArguments(program.text, l))
        }
        return entry
    }

    /// Usage placeholders that stand for an image reference.
    static func namesImage(_ placeholder: String) -> Bool {
        placeholder == "IMAGE" || placeholder.hasPrefix("NAME[:TAG") || placeholder.hasPrefix("IMAGE[")
            || placeholder.hasPrefix("SOURCE_IMAGE") || placeholder.hasPrefix("TARGET_IMAGE")
    }

    /// `check`'s lint findings for the line: messages in English, rule titles in Chinese.
    func warnings(_ command: FoundCommand, _ anatomy: CommandAnatomy, _ verdict: CommandVerdict) -> [String] {
        let context = RuleContext(command: command, anatomy: anatomy, verdict: verdict, documentKind: .list, knownContainers: nil)
        return LintRules.all.flatMap { rule -> [String] in
            rule.init().findings(in: context).filter { $0.rule != OpaqueWordDecides.id }.map { finding in
                language == .zh ? "\(finding.rule) \(rule.title.zh)" : "\(finding.rule) \(finding.message)"
            }
        }
    }
}

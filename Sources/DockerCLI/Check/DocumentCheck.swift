/// `check` over one document: find the docker commands, judge each, apply the lint rules.
///
/// Commands are judged independently (docker's verdict depends on the line alone); the rules
/// see the document too, for what earlier lines created (`DT009`) and whether the document is a
/// script run unattended (`DT005`, `DT006`).
public struct DocumentCheck: Sendable {
    public var environment: CheckEnvironment
    public var rules: [any LintRule]

    public init(environment: CheckEnvironment = .standard, rules: [any LintRule] = LintRules.all.map { $0.init() }) {
        self.environment = environment
        self.rules = rules
    }

    /// Checks `source`, read as `kind`, reported under the name `file`.
    public func check(source: String, kind: ScriptKind, file: String) -> CheckReport {
        if kind == .dockerfile {
            return CheckReport(file: file, kind: kind, source: source, commands: [], problems: [],
                               dockerfile: DockerfileCheck.findings(source: source, file: file))
        }
        let scan = ScriptScanner(kind: kind).scan(source)
        let commands = scan.commands
        let checker = CommandChecker(environment: environment)
        // A verdict depends only on the words (as written) and the terminal: the same command
        // written twice is judged once. The distinct ones are independent: judge them on every core.
        var distinct: [FoundCommand] = []
        var slot: [Int] = []
        slot.reserveCapacity(commands.count)
        var seen: [SameCommand: Int] = [:]
        for command in commands {
            let key = SameCommand(command)
            if let index = seen[key] {
                slot.append(index)
            } else {
                seen[key] = distinct.count
                slot.append(distinct.count)
                distinct.append(command)
            }
        }
        let unique = ParallelMap.map(distinct) { command in
            checker.judge(command.arguments, terminal: TerminalState(command))
        }
        let judged = slot.map { unique[$0] }
        var created: [String: Int] = [:]
        for (index, name) in Self.createdNames(zip(judged, commands).map { ($0.anatomy, $1) }) where created[name] == nil {
            created[name] = index
        }
        let firstCreation = created
        let rules = self.rules
        let reports = ParallelMap.map(Array(commands.indices)) { index in
            let (verdict, anatomy) = judged[index]
            let known = firstCreation.isEmpty ? nil : KnownContainers(firstCreation: firstCreation, before: index)
            let context = RuleContext(command: commands[index], anatomy: anatomy, verdict: verdict, documentKind: kind,
                                      knownContainers: known)
            let findings = rules.flatMap { $0.findings(in: context) }
            // The parsed invocation is large and no longer needed: a long script's reports stay small.
            var kept = verdict
            kept.invocation = nil
            return CommandReport(command: commands[index], verdict: kept, findings: findings)
        }
        return CheckReport(file: file, kind: kind, source: source, commands: reports, problems: scan.problems, dockerfile: [])
    }

    /// Container names given by `run`/`create --name` and `rename`, with the index of the command.
    static func createdNames(_ commands: [(CommandAnatomy, FoundCommand)]) -> [(index: Int, name: String)] {
        var names: [(index: Int, name: String)] = []
        for (index, (anatomy, command)) in commands.enumerated() {
            switch anatomy.canonicalPath {
            case "container run", "container create":
                for occurrence in anatomy.occurrences(ofFlag: "name") {
                    let word = occurrence.use.valueWord ?? occurrence.word
                    if !command.arguments[word].isOpaque { names.append((index, occurrence.use.value)) }
                }
            case "container rename":
                if anatomy.argumentWords.count == 2, !command.arguments[anatomy.argumentWords[1]].isOpaque {
                    names.append((index, anatomy.words[anatomy.argumentWords[1]]))
                }
            default:
                continue
            }
        }
        return names
    }
}

/// Two found commands docker would judge alike: the same words as written, the same terminal.
struct SameCommand: Hashable {
    let raw: [String]
    let terminal: TerminalState

    init(_ command: FoundCommand) {
        raw = command.arguments.map(\.raw)
        terminal = TerminalState(command)
    }
}

/// What `check` found in one document.
public struct CheckReport: Sendable {
    /// The name the document is reported under (`-` for standard input).
    public var file: String
    public var kind: ScriptKind
    /// The document's text, for quoting lines in the text output.
    public var source: String
    public var commands: [CommandReport]
    /// Problems with the document itself (an unterminated quote).
    public var problems: [ScanProblem]
    /// Findings of the Dockerfile hook, for Dockerfiles.
    public var dockerfile: [DockerfileCheck.Finding]

    /// `true` when every command is valid (or unknown) and the document has no problems.
    public var isClean: Bool {
        problems.isEmpty && !commands.contains { $0.verdict.status == .invalid }
            && !dockerfile.contains(where: \.isError)
    }
}

/// One command's verdict and findings, with positions in the document.
public struct CommandReport: Sendable {
    public var command: FoundCommand
    public var verdict: CommandVerdict
    public var findings: [RuleFinding]

    /// The line, column and width (in characters) of a word of the command (`nil`: the `docker` word).
    public func position(ofWord index: Int?) -> (line: Int, column: Int, width: Int) {
        let word = index.flatMap { $0 < command.arguments.count ? command.arguments[$0] : nil } ?? command.docker
        return (word.line, word.column, max(1, word.raw.split(separator: "\n").first?.count ?? 1))
    }
}

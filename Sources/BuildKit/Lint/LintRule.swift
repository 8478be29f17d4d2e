/// What every lint rule declares: a stable id, a summary and an explanation in two languages.
///
/// Rules come from two places. BuildKit's own build checks (`StageNameCasing`, `UndefinedVar`,
/// ...) keep BuildKit's names, descriptions and messages, because docker prints them during
/// `docker build`. Teaching rules (`AptGetMissingYes`, `RunsAsRoot`, ...) catch habits a
/// learner should unlearn; docker does not print those, so only `docker-tutor check` does.
public protocol LintRule {
    static var info: LintRuleInfo { get }
}

/// Where a rule comes from.
public enum LintRuleOrigin: String, Equatable, Sendable {
    /// BuildKit's built-in build checks (`frontend/dockerfile/linter`).
    case buildkit
    /// docker-tutor's teaching rules.
    case tutor
}

/// A rule's identity and documentation.
public struct LintRuleInfo: Equatable, Sendable {
    /// Stable id, also the name used in `# check=skip=<id>`.
    public let id: String
    public let origin: LintRuleOrigin
    /// One line: BuildKit's rule description, or ours.
    public let summary: String
    /// BuildKit's documentation page for the rule, when it has one.
    public let url: String?
    /// Experimental BuildKit rules only run when `# check=experimental=<id>` asks for them.
    public let experimental: Bool
    /// Why it matters and what to do instead, in English.
    public let explanation: String
    /// The same explanation in Chinese.
    public let explanationZH: String

    public init(id: String, origin: LintRuleOrigin, summary: String, url: String? = nil, experimental: Bool = false,
                explanation: String, explanationZH: String) {
        self.id = id
        self.origin = origin
        self.summary = summary
        self.url = url
        self.experimental = experimental
        self.explanation = explanation
        self.explanationZH = explanationZH
    }
}

/// One problem found in a Dockerfile.
public struct LintFinding: Equatable, Sendable, CustomStringConvertible {
    /// The rule's id (`JSONArgsRecommended`, `AptGetMissingYes`).
    public var ruleID: String
    /// The one-line message, BuildKit's wording for BuildKit's rules.
    public var message: String
    /// The lines BuildKit points at (one range for most rules).
    public var lines: [LineRange]
    /// 1-based column of the offending word, for rules that can point inside a line.
    public var column: Int?

    public init(ruleID: String, message: String, lines: [LineRange], column: Int? = nil) {
        self.ruleID = ruleID
        self.message = message
        self.lines = lines
        self.column = column
    }

    /// The first line of the finding.
    public var line: Int { lines.first?.start ?? 0 }

    /// BuildKit's short form, as `docker build` lists warnings: `Rule: message (line N)`.
    public var description: String {
        line > 0 ? "\(ruleID): \(message) (line \(line))" : "\(ruleID): \(message)"
    }
}

extension LintRule {
    static func finding(_ message: String, lines: [LineRange], column: Int? = nil) -> LintFinding {
        LintFinding(ruleID: info.id, message: message, lines: lines, column: column)
    }

    static func finding(_ message: String, lines: LineRange, column: Int? = nil) -> LintFinding {
        finding(message, lines: [lines], column: column)
    }
}

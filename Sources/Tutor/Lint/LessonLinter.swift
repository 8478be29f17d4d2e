import DockerEngine

/// `docker-tutor lesson lint`: schema and meaning checks of lesson files, with `file:line:column` positions.
///
/// Loading catches what the schema says (types, required and unknown keys); the rules here catch what
/// a schema cannot: an image the simulated Hub does not have, a missing translation, a solution command
/// the tutor does not know, a step whose solution runs a command the step disables. Each rule is one file
/// under `Lint/Rules/`, with its messages at the bottom.
public struct LessonLinter: Sendable {
    /// The simulated Hub; without it, images are not checked.
    public var catalog: Catalog?
    /// Locales every text must have, beyond those the lesson's title has.
    public var requiredLocales: [String]
    /// Lesson ids prerequisites may name; without it, only self-references are reported.
    public var knownLessonIDs: Set<String>?
    /// Engine features the simulation has; without it, no "not simulated yet" notes.
    public var supportedFeatures: Set<EngineFeature>?
    /// The docker grammar's verdict on a solution command (its words after `docker`): an error message, or `nil`.
    public var dockerCommandCheck: @Sendable ([String]) -> String?
    public var rules: [LintRule]

    public init(catalog: Catalog? = nil, requiredLocales: [String] = [LocalizedText.english], knownLessonIDs: Set<String>? = nil,
                supportedFeatures: Set<EngineFeature>? = nil,
                dockerCommandCheck: @escaping @Sendable ([String]) -> String? = { _ in nil },
                rules: [LintRule] = LintRule.all) {
        self.catalog = catalog
        self.requiredLocales = requiredLocales
        self.knownLessonIDs = knownLessonIDs
        self.supportedFeatures = supportedFeatures
        self.dockerCommandCheck = dockerCommandCheck
        self.rules = rules
    }

    /// Loader diagnostics, then the rules' findings, sorted by position.
    public func lint(_ source: LessonSource) -> [LessonDiagnostic] {
        let (lesson, loading) = LessonDecoder.decodeCollecting(source.text, file: source.file)
        guard let lesson else { return loading }
        return loading + lint(lesson)
    }

    /// The rules' findings for a loaded lesson, sorted by position.
    public func lint(_ lesson: Lesson) -> [LessonDiagnostic] {
        let context = LintContext(lesson: lesson, linter: self)
        let found = rules.flatMap { rule in rule.check(lesson, context) }
        return found.enumerated().sorted { a, b in
            (a.element.mark, a.offset) < (b.element.mark, b.offset)
        }.map(\.element)
    }
}

/// One lint check: a name (for docs and tests) and a function from a lesson to findings.
public struct LintRule: Sendable {
    public var name: String
    public var check: @Sendable (Lesson, LintContext) -> [LessonDiagnostic]

    public init(name: String, check: @escaping @Sendable (Lesson, LintContext) -> [LessonDiagnostic]) {
        self.name = name
        self.check = check
    }

    public static let all: [LintRule] = [
        .missingTranslation, .unknownImage, .unknownCommand, .disabledInSolution, .unmatchedRanPattern,
        .unknownPrerequisite, .notSimulatedYet,
    ]
}

/// What rules see besides the lesson: the linter's options, and a way to report.
public struct LintContext: Sendable {
    public var lesson: Lesson
    public var linter: LessonLinter

    public func error(_ mark: SourceMark, _ message: String) -> LessonDiagnostic {
        LessonDiagnostic(file: lesson.file, mark: mark, severity: .error, message: message)
    }

    public func warning(_ mark: SourceMark, _ message: String) -> LessonDiagnostic {
        LessonDiagnostic(file: lesson.file, mark: mark, severity: .warning, message: message)
    }

    public func note(_ mark: SourceMark, _ message: String) -> LessonDiagnostic {
        LessonDiagnostic(file: lesson.file, mark: mark, severity: .note, message: message)
    }
}

/// A capability of the simulated engine or sandbox that some lessons need.
public enum EngineFeature: String, Sendable, CaseIterable {
    case build, compose, registry
    case redisCLI = "redis-cli"
}

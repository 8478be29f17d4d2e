/// One lesson: what it teaches, the state it starts from, and the steps a learner works through.
///
/// Lessons are data, like LearnGitBranching's levels: an instructor writes a YAML file, the loader
/// turns it into this value, and the tutor never needs code to add a lesson.
public struct Lesson: Sendable {
    /// The stable name used by `lesson start ID`, progress and prerequisites (`redis-aof`).
    public var id: String
    public var title: LocalizedText
    /// One or two sentences for the lesson list.
    public var summary: LocalizedText
    public var level: LessonLevel
    /// About how long a learner needs.
    public var minutes: Int
    /// Lessons to finish first.
    public var prerequisites: [Marked<String>]
    public var setup: LessonSetup
    public var steps: [LessonStep]
    /// What the learner reads after the last step.
    public var closing: LocalizedText
    /// Where the lesson came from, as diagnostics name it (a path, or `Lessons/NAME.yaml` for shipped lessons).
    public var file: String
    /// Where the lesson's `id` was written.
    public var mark: SourceMark

    public init(id: String, title: LocalizedText, summary: LocalizedText, level: LessonLevel, minutes: Int,
                prerequisites: [Marked<String>] = [], setup: LessonSetup = LessonSetup(), steps: [LessonStep],
                closing: LocalizedText, file: String = "<memory>", mark: SourceMark = .start) {
        self.id = id
        self.title = title
        self.summary = summary
        self.level = level
        self.minutes = minutes
        self.prerequisites = prerequisites
        self.setup = setup
        self.steps = steps
        self.closing = closing
        self.file = file
        self.mark = mark
    }

    /// Every text of the lesson, in file order, so translation lint sees them all.
    public var texts: [LocalizedText] {
        var all = [title, summary]
        for step in steps {
            all.append(step.title)
            all.append(step.text)
            all += step.hints
            all += step.disabled.map(\.reason)
            for goal in step.goals { all += goal.texts }
        }
        all.append(closing)
        return all
    }

    /// The number of commands the reference solution types, to compare a learner's count against.
    public var solutionCommandCount: Int { steps.reduce(0) { $0 + $1.solution.count } }
}

/// How much a lesson assumes the learner already knows.
public enum LessonLevel: String, Sendable, CaseIterable {
    case beginner, intermediate, advanced
}

/// One step of a lesson: a short explanation, the goals that finish it, and help when the learner is stuck.
public struct LessonStep: Sendable {
    public var title: LocalizedText
    /// Markdown shown when the step begins.
    public var text: LocalizedText
    /// All must hold for the step to be done.
    public var goals: [Goal]
    /// When `true`, no container may be running except those the goals name.
    public var exclusive: Bool
    /// Revealed one at a time, in order.
    public var hints: [LocalizedText]
    /// The commands of the reference solution, exactly as a learner types them.
    public var solution: [SolutionCommand]
    /// Commands the step does not allow, each with the reason shown instead of running it.
    public var disabled: [DisabledCommand]
    /// Where the step begins in the file.
    public var mark: SourceMark

    public init(title: LocalizedText, text: LocalizedText, goals: [Goal], exclusive: Bool = false,
                hints: [LocalizedText] = [], solution: [SolutionCommand] = [], disabled: [DisabledCommand] = [],
                mark: SourceMark = .start) {
        self.title = title
        self.text = text
        self.goals = goals
        self.exclusive = exclusive
        self.hints = hints
        self.solution = solution
        self.disabled = disabled
        self.mark = mark
    }
}

/// One command of a reference solution.
public struct SolutionCommand: Sendable, Equatable {
    /// The command line, as typed at the prompt (`docker run -d --name web nginx`).
    public var line: String
    /// `true` for a command the lesson runs to show its error (removing an image that is in use).
    public var fails: Bool
    public var mark: SourceMark

    public init(_ line: String, fails: Bool = false, mark: SourceMark = .start) {
        self.line = line
        self.fails = fails
        self.mark = mark
    }
}

/// A command a step refuses to run, so the learner practises the intended way (no `docker compose` while learning `-p`).
public struct DisabledCommand: Sendable, Equatable {
    /// The leading words that select the command (`docker exec`, `docker compose`).
    public var command: String
    public var reason: LocalizedText
    public var mark: SourceMark

    public init(command: String, reason: LocalizedText, mark: SourceMark = .start) {
        self.command = command
        self.reason = reason
        self.mark = mark
    }

    /// `true` when `words` (a command line split into shell words) begins with this command's words.
    public func matches(_ words: [String]) -> Bool {
        let prefix = command.split(separator: " ").map(String.init)
        return words.count >= prefix.count && Array(words.prefix(prefix.count)) == prefix
    }
}

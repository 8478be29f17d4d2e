/// A learner working through one lesson: the current step, goal checks, hints, solutions, and the command count.
///
/// This is the API the REPL's meta-commands (`:goals`, `:hint`, `:solution`, `:next`) and
/// `docker-tutor lesson ...` call. It knows nothing about terminals; it returns texts in every
/// language and the caller picks one.
public struct LessonSession: Sendable {
    public let lesson: Lesson
    /// What is saved to `progress.json` for this lesson.
    public private(set) var progress: LessonProgress
    public var evaluator: GoalEvaluator
    /// Near-miss feedback, asked about every command the learner types.
    public var nearMissRules: [NearMissRule]
    /// Indices of the current step's goals that were met at the last check, or `nil` before the first one.
    private var metAtLastCheck: Set<Int>?

    public init(lesson: Lesson, progress: LessonProgress = LessonProgress(), evaluator: GoalEvaluator = GoalEvaluator(),
                nearMissRules: [NearMissRule] = NearMissRule.builtIn) {
        self.lesson = lesson
        var progress = progress
        progress.step = min(max(progress.step, 0), lesson.steps.count)
        if progress.step == lesson.steps.count { progress.finished = true }
        self.progress = progress
        self.evaluator = evaluator
        self.nearMissRules = nearMissRules
    }

    /// Resumes the lesson where the saved progress left it; a finished lesson starts again from its first step.
    public static func resume(_ lesson: Lesson, from saved: Progress, evaluator: GoalEvaluator = GoalEvaluator()) -> LessonSession {
        var progress = saved[lesson: lesson.id]
        if progress.step >= lesson.steps.count {
            progress.step = 0
            progress.commands = 0
            progress.hintsUsed = [:]
            progress.solutionsShown = []
        }
        return LessonSession(lesson: lesson, progress: progress, evaluator: evaluator)
    }

    /// The index of the current step; equals the step count once every step is done.
    public var stepIndex: Int { progress.step }

    /// `nil` once every step is done.
    public var currentStep: LessonStep? {
        lesson.steps.indices.contains(progress.step) ? lesson.steps[progress.step] : nil
    }

    /// `true` once every step is done.
    public var isComplete: Bool { progress.step >= lesson.steps.count }

    /// `2/4` for the prompt (`[redis-aof 2/4] $ `).
    public var stepLabel: String { "\(min(progress.step + 1, lesson.steps.count))/\(lesson.steps.count)" }

    /// The current step's goals as they stand, without changing anything.
    public func goals(in world: any LessonWorld) -> [GoalResult] {
        guard let step = currentStep else { return [] }
        return evaluator.evaluate(step: step, in: world)
    }

    /// Checks the current step's goals; when all hold, moves on (through any following steps already done).
    public mutating func check(_ world: any LessonWorld) -> CheckReport {
        var report = CheckReport(results: [], newlyMet: [], completedSteps: [], lessonComplete: false)
        guard var step = currentStep else {
            report.lessonComplete = true
            return report
        }
        var results = evaluator.evaluate(step: step, in: world)
        let previous = metAtLastCheck ?? []
        report.newlyMet = results.indices.filter { results[$0].met && !previous.contains($0) }.map { results[$0] }
        while results.allSatisfy(\.met) {
            report.completedSteps.append(progress.step)
            progress.step += 1
            guard let next = currentStep else {
                progress.finished = true
                report.lessonComplete = true
                metAtLastCheck = nil
                report.results = []
                return report
            }
            step = next
            results = evaluator.evaluate(step: step, in: world)
        }
        metAtLastCheck = Set(results.indices.filter { results[$0].met })
        report.results = results
        return report
    }

    /// The next hint of the current step, or `nil` when every hint has been shown.
    public mutating func nextHint() -> HintReveal? {
        guard let step = currentStep else { return nil }
        let key = String(progress.step)
        let shown = progress.hintsUsed[key] ?? 0
        guard shown < step.hints.count else { return nil }
        progress.hintsUsed[key] = shown + 1
        return HintReveal(number: shown + 1, total: step.hints.count, text: step.hints[shown])
    }

    /// The current step's reference solution, exactly as a learner would type it; remembered as shown.
    public mutating func solution() -> [String] {
        guard let step = currentStep else { return [] }
        if !progress.solutionsShown.contains(progress.step) {
            progress.solutionsShown.append(progress.step)
            progress.solutionsShown.sort()
        }
        return step.solution.map(\.line)
    }

    /// Skips to the next step; `false` when there is none.
    @discardableResult
    public mutating func next() -> Bool {
        guard progress.step + 1 < lesson.steps.count else { return false }
        progress.step += 1
        metAtLastCheck = nil
        return true
    }

    /// Goes back one step; `false` at the first step.
    @discardableResult
    public mutating func previous() -> Bool {
        guard progress.step > 0 else { return false }
        progress.step = min(progress.step, lesson.steps.count) - 1
        metAtLastCheck = nil
        return true
    }

    /// Counts a command the learner ran while this lesson was active.
    public mutating func record(command line: String) {
        if !line.allSatisfy(\.isWhitespace) { progress.commands += 1 }
    }

    public var commandCount: Int { progress.commands }
    public var referenceCommandCount: Int { lesson.solutionCommandCount }

    /// "You ran 14 commands; the reference solution uses 11."
    public var commandCountSummary: LocalizedText {
        let (mine, reference) = (progress.commands, referenceCommandCount)
        return LocalizedText(en: "You ran \(mine) command\(mine == 1 ? "" : "s"); the reference solution uses \(reference).",
                             zh: "你运行了 \(mine) 条命令；参考答案用了 \(reference) 条。")
    }

    /// Why the current step refuses this command line, or `nil` when it may run.
    public func disabledReason(for line: String) -> LocalizedText? {
        guard let step = currentStep else { return nil }
        let words = RanGoal.plainForm(line).first.map { $0.split(separator: " ").map(String.init) } ?? []
        return step.disabled.first { $0.matches(words) }?.reason
    }

    /// Teaching messages for a command that is close to what the step wants but not quite it.
    public func feedback(for line: String) -> [LocalizedText] {
        guard let step = currentStep else { return [] }
        return nearMissRules.compactMap { $0.check(line, step, lesson) }
    }

    /// Saves this lesson's progress and makes it the current lesson.
    public func save(to store: ProgressStore) throws(ProgressError) {
        let (id, progress) = (lesson.id, self.progress)
        try store.update { saved in
            saved.current = id
            var merged = progress
            merged.finished = progress.finished || saved.isFinished(id)
            saved[lesson: id] = merged
        }
    }
}

/// What one goal check found.
public struct CheckReport: Sendable, Equatable {
    /// The goals of the step the learner is now on (empty once the lesson is complete).
    public var results: [GoalResult]
    /// Goals of the checked step that hold now and did not at the previous check.
    public var newlyMet: [GoalResult]
    /// Indices of the steps this check completed.
    public var completedSteps: [Int]
    public var lessonComplete: Bool
}

/// One hint, and how many the step has.
public struct HintReveal: Sendable, Equatable {
    public var number: Int
    public var total: Int
    public var text: LocalizedText
}

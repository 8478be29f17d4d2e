/// A fresh sandbox a lesson's solution can be replayed in: the seam between lesson lint and the engine.
///
/// Lint's self-test builds the lesson's start state, checks that no step is already done, replays each
/// step's solution and checks that its goals then hold. The simulated engine implements this for
/// `docker-tutor lesson lint`; tests implement it in memory.
public protocol LessonRunner {
    /// Starts from an empty engine and an empty sandbox host, then builds the setup's start state.
    mutating func reset(to setup: LessonSetup) throws
    /// Runs one command line exactly as a learner would type it at the prompt.
    mutating func run(_ commandLine: String) -> CommandOutcome
    /// The sandbox as it is now.
    var world: any LessonWorld { get }
}

/// What running one command line produced.
public struct CommandOutcome: Sendable, Equatable {
    public var exitCode: Int32
    public var output: String
    public var errorOutput: String

    public init(exitCode: Int32, output: String = "", errorOutput: String = "") {
        self.exitCode = exitCode
        self.output = output
        self.errorOutput = errorOutput
    }
}

/// Replays a lesson's solution in a `LessonRunner` and reports every step that does not behave.
public struct LessonSelfTest {
    public var evaluator: GoalEvaluator

    public init(evaluator: GoalEvaluator = GoalEvaluator()) {
        self.evaluator = evaluator
    }

    /// Errors for: a setup that fails, a step already done before its solution, a solution command that
    /// fails (or succeeds when it should fail), and a goal still unmet after the step's solution.
    public func run<Runner: LessonRunner>(_ lesson: Lesson, in runner: inout Runner) -> [LessonDiagnostic] {
        var diagnostics: [LessonDiagnostic] = []
        func report(_ mark: SourceMark, _ message: String) {
            diagnostics.append(LessonDiagnostic(file: lesson.file, mark: mark, message: message))
        }
        do {
            try runner.reset(to: lesson.setup)
        } catch {
            report(lesson.mark, Self.setupFailed(String(describing: error)))
            return diagnostics
        }
        for (index, step) in lesson.steps.enumerated() {
            let number = index + 1
            if evaluator.evaluate(step: step, in: runner.world).allSatisfy(\.met) {
                report(step.mark, Self.alreadyDone(number))
            }
            for command in step.solution {
                let outcome = runner.run(command.line)
                if command.fails && outcome.exitCode == 0 {
                    report(command.mark, Self.unexpectedSuccess(command.line))
                } else if !command.fails && outcome.exitCode != 0 {
                    report(command.mark, Self.commandFailed(command.line, outcome))
                }
            }
            let results = evaluator.evaluate(step: step, in: runner.world)
            for (goalIndex, result) in results.enumerated() where !result.met {
                let mark = goalIndex < step.goals.count ? step.goals[goalIndex].mark : step.mark
                report(mark, Self.goalUnmet(number, result.problem?.en ?? result.description.en))
            }
        }
        return diagnostics
    }

    static func setupFailed(_ reason: String) -> String { "the setup could not be built: \(reason)" }
    static func alreadyDone(_ step: Int) -> String { "step \(step)'s goals already hold before its solution runs" }
    static func unexpectedSuccess(_ line: String) -> String { "'\(line)' succeeded, but the solution marks it 'fails: true'" }
    static func commandFailed(_ line: String, _ outcome: CommandOutcome) -> String {
        let firstLine = outcome.errorOutput.split(separator: "\n").first.map(String.init) ?? ""
        return "'\(line)' failed with exit code \(outcome.exitCode)" + (firstLine.isEmpty ? "" : ": \(firstLine)")
    }
    static func goalUnmet(_ step: Int, _ problem: String) -> String { "step \(step)'s solution does not meet this goal: \(problem)" }
}

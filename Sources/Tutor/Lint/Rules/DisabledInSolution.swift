/// A step's solution does not use a command the same step disables: the learner could never follow it.
extension LintRule {
    public static let disabledInSolution = LintRule(name: "disabled-in-solution") { lesson, context in
        lesson.steps.flatMap { step in
            step.solution.compactMap { command -> LessonDiagnostic? in
                let words = RanGoal.plainForm(command.line).first?.split(separator: " ").map(String.init) ?? []
                guard let disabled = step.disabled.first(where: { $0.matches(words) }) else { return nil }
                return context.error(command.mark, DisabledInSolutionMessage.uses(disabled.command))
            }
        }
    }
}

/// The disabled-in-solution rule's messages.
enum DisabledInSolutionMessage {
    static func uses(_ command: String) -> String { "the solution uses '\(command)', which this step disables" }
}

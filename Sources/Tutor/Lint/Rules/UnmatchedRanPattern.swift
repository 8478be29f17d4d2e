/// A `ran` goal's patterns match at least one command of its step's solution, or the reference solution cannot finish the step.
extension LintRule {
    public static let unmatchedRanPattern = LintRule(name: "unmatched-ran-pattern") { lesson, context in
        lesson.steps.flatMap { step -> [LessonDiagnostic] in
            let forms = step.solution.flatMap { RanGoal.plainForm($0.line) }
            return step.goals.flatMap(\.flattened).compactMap { goal -> LessonDiagnostic? in
                guard case .ran(let ran) = goal.kind else { return nil }
                let patterns = ran.patterns.map(RanGoal.normalize)
                let matched = forms.contains { form in patterns.contains { FileMatching.matches($0, form) } }
                return matched ? nil : context.warning(goal.mark, UnmatchedRanPatternMessage.unmatched(ran.patterns))
            }
        }
    }
}

/// The unmatched-ran-pattern rule's messages.
enum UnmatchedRanPatternMessage {
    static func unmatched(_ patterns: [String]) -> String {
        "no command of this step's solution matches " + patterns.map { "'\($0)'" }.joined(separator: " or ")
    }
}

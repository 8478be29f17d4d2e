/// Prerequisites name other lessons that exist.
extension LintRule {
    public static let unknownPrerequisite = LintRule(name: "unknown-prerequisite") { lesson, context in
        lesson.prerequisites.compactMap { prerequisite in
            if prerequisite.value == lesson.id {
                return context.error(prerequisite.mark, UnknownPrerequisiteMessage.itself)
            }
            guard let known = context.linter.knownLessonIDs, !known.contains(prerequisite.value) else { return nil }
            let suggestion = Suggestion.closest(to: prerequisite.value, in: known.sorted())
            return context.error(prerequisite.mark, UnknownPrerequisiteMessage.unknown(prerequisite.value, suggestion))
        }
    }
}

/// The unknown-prerequisite rule's messages.
enum UnknownPrerequisiteMessage {
    static let itself = "a lesson cannot be its own prerequisite"
    static func unknown(_ id: String, _ suggestion: String?) -> String {
        "no lesson has the id '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}

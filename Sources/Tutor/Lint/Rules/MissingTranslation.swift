/// Every text has each required locale and each locale the lesson's title has.
///
/// A lesson that offers Chinese must offer it everywhere, or a learner reading in Chinese meets English
/// mid-step. The title sets the lesson's languages; `requiredLocales` adds those every shipped lesson needs.
extension LintRule {
    public static let missingTranslation = LintRule(name: "missing-translation") { lesson, context in
        let locales = Set(context.linter.requiredLocales + lesson.title.locales).sorted()
        return lesson.texts.flatMap { text -> [LessonDiagnostic] in
            locales.filter { text.translations[$0]?.isEmpty ?? true }.map { locale in
                context.error(text.mark ?? lesson.mark, MissingTranslationMessage.missing(locale))
            }
        }
    }
}

/// The missing-translation rule's messages.
enum MissingTranslationMessage {
    static func missing(_ locale: String) -> String { "missing '\(locale)' translation" }
}

/// One line of `docker-tutor lesson list` and the REPL's `:lessons`.
public struct LessonListEntry: Sendable, Equatable {
    /// 1-based position in the list.
    public var number: Int
    public var id: String
    public var title: LocalizedText
    public var level: LessonLevel
    public var minutes: Int
    public var finished: Bool
    public var current: Bool
    /// Prerequisites not finished yet.
    public var missingPrerequisites: [String]

    /// `✓  1. Images and containers (images-and-containers, 15 min)`; `▶` marks the current lesson.
    public func line(locale: String) -> String {
        let marker = finished ? "✓" : (current ? "▶" : " ")
        let number = self.number < 10 ? " \(self.number)" : "\(self.number)"
        let minutes = LocalizedText.normalize(locale).hasPrefix("zh") ? "\(self.minutes) 分钟" : "\(self.minutes) min"
        return "\(marker) \(number). \(title.text(for: locale)) (\(id), \(minutes))"
    }
}

extension LessonLibrary {
    /// The lessons with the learner's progress marked.
    public func listing(progress: Progress) -> [LessonListEntry] {
        lessons.enumerated().map { index, lesson in
            LessonListEntry(number: index + 1, id: lesson.id, title: lesson.title, level: lesson.level,
                            minutes: lesson.minutes, finished: progress.isFinished(lesson.id),
                            current: progress.current == lesson.id,
                            missingPrerequisites: lesson.prerequisites.map(\.value).filter { !progress.isFinished($0) })
        }
    }
}

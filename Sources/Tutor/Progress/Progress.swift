/// What a learner has done, saved in `$DOCKER_TUTOR_HOME/progress.json` so a session resumes where the last one stopped.
public struct Progress: Codable, Sendable, Equatable {
    /// The file format's version, for migrations.
    public var version: Int
    /// The lesson being worked on.
    public var current: String?
    /// Per lesson id.
    public var lessons: [String: LessonProgress]

    public static let formatVersion = 1

    public init(current: String? = nil, lessons: [String: LessonProgress] = [:]) {
        self.version = Self.formatVersion
        self.current = current
        self.lessons = lessons
    }

    public func isFinished(_ id: String) -> Bool { lessons[id]?.finished ?? false }

    /// The ids of finished lessons, sorted.
    public var finished: [String] { lessons.filter(\.value.finished).map(\.key).sorted() }

    public subscript(lesson id: String) -> LessonProgress {
        get { lessons[id] ?? LessonProgress() }
        set { lessons[id] = newValue }
    }
}

/// A learner's progress in one lesson.
public struct LessonProgress: Codable, Sendable, Equatable {
    /// The index of the current step (0-based); equals the step count once the lesson is finished.
    public var step: Int
    public var finished: Bool
    /// Step index (as a string, for JSON) to the number of hints revealed.
    public var hintsUsed: [String: Int]
    /// Step indices whose solution was shown.
    public var solutionsShown: [Int]
    /// Commands run while the lesson was active.
    public var commands: Int

    public init(step: Int = 0, finished: Bool = false, hintsUsed: [String: Int] = [:], solutionsShown: [Int] = [],
                commands: Int = 0) {
        self.step = step
        self.finished = finished
        self.hintsUsed = hintsUsed
        self.solutionsShown = solutionsShown
        self.commands = commands
    }

    public func hints(step: Int) -> Int { hintsUsed[String(step)] ?? 0 }

    /// Every hint revealed in the lesson.
    public var totalHints: Int { hintsUsed.values.reduce(0, +) }
}

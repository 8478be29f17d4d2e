import Foundation

/// The lessons a learner can take: the shipped ones, then those of `$DOCKER_TUTOR_LESSONS` folders,
/// then those of `--lessons DIR` folders, a later lesson replacing an earlier one with the same id.
///
/// Instructors iterate on a lesson by putting their copy in a folder; the warning tells them
/// which file won, so an edit to the wrong copy is noticed at once.
public struct LessonLibrary: Sendable {
    /// In list order: shipped lessons by file name, then each folder's lessons by file name.
    public private(set) var lessons: [Lesson]
    /// Files that failed to load, and overrides.
    public private(set) var diagnostics: [LessonDiagnostic]

    public init(lessons: [Lesson] = [], diagnostics: [LessonDiagnostic] = []) {
        self.lessons = []
        self.diagnostics = diagnostics
        for lesson in lessons { add(lesson) }
    }

    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// Adds a lesson, replacing (with a warning) one with the same id.
    public mutating func add(_ lesson: Lesson) {
        guard let index = lessons.firstIndex(where: { $0.id == lesson.id }) else {
            lessons.append(lesson)
            return
        }
        diagnostics.append(LessonDiagnostic(file: lesson.file, mark: lesson.mark, severity: .warning,
                                            message: Self.overrideMessage(lesson.id, replaced: lessons[index].file)))
        lessons[index] = lesson
    }

    /// Adds every lesson of `sources`, keeping the diagnostics of those that fail to load.
    public mutating func add(_ sources: [LessonSource]) {
        for source in sources {
            let (lesson, problems) = LessonDecoder.decodeCollecting(source.text, file: source.file)
            diagnostics += problems
            if let lesson, !problems.contains(where: { $0.severity == .error }) { add(lesson) }
        }
    }

    /// The shipped lessons plus the lessons of `folders`, in that order.
    public static func load(shipped: Bool = true, folders: [String]) -> LessonLibrary {
        var library = LessonLibrary()
        if shipped { library.add(ShippedLessons.sources) }
        for folder in folders {
            do {
                library.add(try LessonSource.folder(folder))
            } catch {
                library.diagnostics.append(LessonDiagnostic(file: folder, mark: .start, message: error.description))
            }
        }
        return library
    }

    /// `$DOCKER_TUTOR_LESSONS` (colon-separated, like `PATH`) followed by the `--lessons` arguments.
    public static func folders(arguments: [String], environment: [String: String]) -> [String] {
        let fromEnvironment = (environment["DOCKER_TUTOR_LESSONS"] ?? "").split(separator: ":").map(String.init)
        return fromEnvironment + arguments
    }

    static func overrideMessage(_ id: String, replaced: String) -> String {
        "lesson '\(id)' overrides the lesson with the same id in \(replaced)"
    }
}

/// The text of one lesson file and the name diagnostics give it.
public struct LessonSource: Sendable, Equatable {
    public var file: String
    public var text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// Why a folder of lessons could not be read.
    public struct FolderError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Every `.yaml` and `.yml` file directly inside `folder`, sorted by name.
    public static func folder(_ folder: String) throws(FolderError) -> [LessonSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FolderError(description: "cannot read the lesson folder \(folder)")
        }
        return try names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { name throws(FolderError) in
            try file((folder as NSString).appendingPathComponent(name))
        }
    }

    /// One lesson file.
    public static func file(_ path: String) throws(FolderError) -> LessonSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FolderError(description: "cannot read the lesson file \(path)")
        }
        return LessonSource(file: path, text: String(decoding: data, as: UTF8.self))
    }
}

import DockerEngine
import Foundation
import Testing
@testable import Tutor

/// The nine lessons that ship with docker-tutor: they load, they are fully translated, they lint clean,
/// they match the schema, the binary embeds exactly `Lessons/`, and their solutions solve them.
@Suite struct ShippedLessonTests {
    static let lessonsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")

    static let sources = ShippedLessons.sources
    static let names = sources.map { String($0.file.dropFirst("Lessons/".count)) }

    static func lesson(_ source: LessonSource) throws -> Lesson { try LessonDecoder.decode(source.text, file: source.file) }

    /// The Hub images the lessons use, until the engine's catalog data lands.
    static let catalog = Catalog(repositories: [
        ("hello-world", ["latest"]), ("nginx", ["latest", "alpine"]), ("redis", ["latest", "7"]), ("alpine", ["latest"]),
        ("registry", ["2", "latest"]),
    ].map { name, tags in
        CatalogRepository(name: name, description: "", official: true, stars: 0, images: [
            CatalogImage(tags: tags, repoDigest: "", id: "", created: "", config: ImageConfigSpec(), layers: [], history: []),
        ])
    })

    @Test func theCurriculumIsNineLessonsInOrder() throws {
        #expect(try Self.sources.map { try Self.lesson($0).id } == [
            "images-and-containers", "running-a-service", "data", "container-to-image", "dockerfile", "compose",
            "private-registry", "redis-aof", "client-and-daemon",
        ])
    }

    @Test func embeddedLessonsAreTheFilesOfLessons() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsDirectory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(Self.names == onDisk, "run Scripts/sync-lessons")
        for source in Self.sources {
            let disk = try String(contentsOf: Self.lessonsDirectory.appendingPathComponent(String(source.file.dropFirst(8))), encoding: .utf8)
            #expect(source.text == disk, "\(source.file) differs from the embedded copy: run Scripts/sync-lessons")
        }
    }

    @Test(arguments: sources) func loadsWithoutDiagnostics(_ source: LessonSource) {
        let (lesson, diagnostics) = LessonDecoder.decodeCollecting(source.text, file: source.file)
        #expect(lesson != nil)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test(arguments: sources) func startsWithTheSchemaComment(_ source: LessonSource) {
        #expect(source.text.hasPrefix("# yaml-language-server: $schema=schema/lesson.schema.json\n"))
    }

    @Test(arguments: sources) func everyTextHasEnglishAndChinese(_ source: LessonSource) throws {
        let lesson = try Self.lesson(source)
        for text in lesson.texts {
            #expect(!(text.translations["en"] ?? "").isEmpty, "\(source.file):\(text.mark?.description ?? "?") has no English")
            #expect(!(text.translations["zh"] ?? "").isEmpty, "\(source.file):\(text.mark?.description ?? "?") has no Chinese")
        }
    }

    @Test(arguments: sources) func lintsClean(_ source: LessonSource) throws {
        let ids = Set(try Self.sources.map { try Self.lesson($0).id })
        let linter = LessonLinter(catalog: Self.catalog, requiredLocales: ["en", "zh"], knownLessonIDs: ids)
        #expect(linter.lint(source).map(\.description) == [])
    }

    @Test(arguments: sources) func matchesTheSchema(_ source: LessonSource) throws {
        let schema = try Self.schema()
        let value = JSONish(try YAMLNode.parse(source.text, file: source.file))
        #expect(SchemaSubset(root: schema).validate(value) == [])
    }

    @Test(arguments: sources) func solutionSolvesEveryStep(_ source: LessonSource) throws {
        let lesson = try Self.lesson(source)
        var runner = FakeRunner(scripts: ShippedLessonScripts.scripts)
        #expect(LessonSelfTest().run(lesson, in: &runner).map(\.description) == [])
    }

    @Test(arguments: sources) func aSessionFollowingTheSolutionFinishes(_ source: LessonSource) throws {
        let lesson = try Self.lesson(source)
        var runner = FakeRunner(scripts: ShippedLessonScripts.scripts)
        try runner.reset(to: lesson.setup)
        var session = LessonSession(lesson: lesson)
        #expect(session.check(runner.world).lessonComplete == false)
        for step in lesson.steps {
            for command in step.solution {
                _ = runner.run(command.line)
                session.record(command: command.line)
            }
            _ = session.check(runner.world)
        }
        #expect(session.isComplete)
        #expect(session.progress.finished)
        #expect(session.commandCount == lesson.solutionCommandCount)
    }

    static func schema() throws -> JSONish {
        let data = try Data(contentsOf: lessonsDirectory.appendingPathComponent("schema/lesson.schema.json"))
        return try JSONDecoder().decode(JSONish.self, from: data)
    }
}

import Foundation
import Testing
@testable import Tutor

/// `lesson.schema.json` and the loader agree: same keys in the same places, same required keys, and the
/// schema rejects what the loader rejects.
@Suite struct SchemaTests {
    static func schema() throws -> JSONish { try ShippedLessonTests.schema() }

    static func keys(_ schema: JSONish?) -> [String] { (schema?["properties"]?.members ?? []).map(\.0).sorted() }

    @Test func lessonKeys() throws {
        let schema = try Self.schema()
        #expect(Self.keys(schema) == LessonKeys.lesson.sorted())
        #expect(schema["required"]?.array?.compactMap(\.string).sorted() == LessonKeys.lessonRequired.sorted())
        #expect(Self.keys(schema["properties"]?["setup"]) == LessonKeys.setup.sorted())
        #expect(Self.keys(schema["$defs"]?["containerSetup"]) == LessonKeys.containerSetup.sorted())
        #expect(Self.keys(schema["properties"]?["setup"]?["properties"]?["host_files"]?["items"]) == LessonKeys.hostFile.sorted())
    }

    @Test func stepKeys() throws {
        let step = try Self.schema()["$defs"]?["step"]
        #expect(Self.keys(step) == LessonKeys.step.sorted())
        #expect(step?["required"]?.array?.compactMap(\.string).sorted() == LessonKeys.stepRequired.sorted())
        #expect(Self.keys(step?["properties"]?["solution"]?["items"]?["oneOf"]?.array?.last) == LessonKeys.solutionCommand.sorted())
        #expect(Self.keys(step?["properties"]?["disabled"]?["items"]) == LessonKeys.disabledCommand.sorted())
    }

    static let goalDefinitions = [
        "container": "containerGoal", "image": "imageGoal", "host_file": "hostFileGoal", "volume": "volumeGoal",
        "network": "networkGoal", "registry": "registryGoal", "container_file": "containerFileGoal", "redis_key": "redisKeyGoal",
        "ran": "ranGoal", "all": "allGoal", "any": "anyGoal", "not": "notGoal",
    ]

    @Test(arguments: LessonKeys.goalKinds) func goalKeys(_ kind: String) throws {
        let definitions = try Self.schema()["$defs"]
        let definition = definitions?[Self.goalDefinitions[kind] ?? ""]
        #expect(Self.keys(definition) == (LessonKeys.goal[kind] ?? []).sorted())
        #expect(definition?["required"]?.array?.first?.string == kind)
    }

    @Test func nestedGoalKeys() throws {
        let definitions = try Self.schema()["$defs"]
        #expect(Self.keys(definitions?["imageGoal"]?["properties"]?["config"]) == LessonKeys.imageConfig.sorted())
        #expect(Self.keys(definitions?["containerGoal"]?["properties"]?["mounts"]?["items"]?["oneOf"]?.array?.last) == LessonKeys.mount.sorted())
        #expect(Self.keys(definitions?["containerGoal"]?["properties"]?["container"]?["oneOf"]?.array?.last) == LessonKeys.containerSelector.sorted())
    }

    struct Rejection: CustomTestStringConvertible, Sendable {
        var yaml: String
        var problem: String
        var testDescription: String { problem }
    }

    static let rejections: [Rejection] = [
        Rejection(yaml: lessonText(top: "author: me\n"), problem: "$: unexpected key 'author'"),
        Rejection(yaml: lessonText(level: "level: expert"), problem: "$.level: not one of the enum values"),
        Rejection(yaml: lessonText(title: "title: {zh: 演示}"), problem: "$.title: matches 0 of oneOf's 2 schemas"),
        Rejection(yaml: lessonText(goals: "      - containr: web"), problem: "$.steps[0].goals[0]: matches 0 of oneOf's 12 schemas"),
        Rejection(yaml: lessonText(goals: "      - container: web\n        exists: yes"), problem: "$.steps[0].goals[0]: matches 0 of oneOf's 12 schemas"),
    ]

    @Test(arguments: rejections) func schemaRejectsWhatTheLoaderRejects(_ r: Rejection) throws {
        let value = JSONish(try YAMLNode.parse(r.yaml, file: "x.yaml"))
        #expect(SchemaSubset(root: try Self.schema()).validate(value).contains(r.problem))
        let (_, diagnostics) = LessonDecoder.decodeCollecting(r.yaml, file: "x.yaml")
        #expect(!diagnostics.isEmpty)
    }

    @Test func schemaAcceptsTheTemplateLesson() throws {
        let value = JSONish(try YAMLNode.parse(lessonText(), file: "x.yaml"))
        #expect(SchemaSubset(root: try Self.schema()).validate(value) == [])
    }
}

import Foundation
import Testing
@testable import Tutor

/// `progress.json`: round trip, atomic locked updates, and a corrupt file kept aside with a clear error.
@Suite struct ProgressTests {
    func temporaryHome() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func roundTrip() throws {
        let store = ProgressStore(home: try temporaryHome())
        let progress = Progress(current: "redis-aof", lessons: [
            "images-and-containers": LessonProgress(step: 5, finished: true, hintsUsed: ["0": 2], solutionsShown: [3], commands: 9),
            "redis-aof": LessonProgress(step: 2, hintsUsed: ["1": 1], commands: 4),
        ])
        try store.save(progress)
        #expect(try store.load() == progress)
        #expect(try store.load().finished == ["images-and-containers"])
    }

    @Test func fileIsStableJSON() throws {
        let store = ProgressStore(home: try temporaryHome())
        try store.save(Progress(current: "data", lessons: ["data": LessonProgress(step: 1, commands: 3)]))
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text == """
            {
              "current" : "data",
              "lessons" : {
                "data" : {
                  "commands" : 3,
                  "finished" : false,
                  "hintsUsed" : {

                  },
                  "solutionsShown" : [

                  ],
                  "step" : 1
                }
              },
              "version" : 1
            }

            """)
    }

    @Test func missingFileMeansNoProgress() throws {
        #expect(try ProgressStore(home: try temporaryHome()).load() == Progress())
    }

    @Test func updateReadsChangesAndSaves() throws {
        let store = ProgressStore(home: try temporaryHome() + "/nested/home")
        try store.update { $0[lesson: "data"].commands += 1 }
        let count = try store.update { progress -> Int in
            progress[lesson: "data"].commands += 1
            return progress[lesson: "data"].commands
        }
        #expect(count == 2)
        #expect(try store.load()[lesson: "data"].commands == 2)
    }

    @Test func corruptFileIsKeptAside() throws {
        let home = try temporaryHome()
        let store = ProgressStore(home: home)
        try "{not json".write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.corrupt(store.path, keptAs: store.path + ".corrupt")) { try store.load() }
        #expect(try String(contentsOfFile: store.path + ".corrupt", encoding: .utf8) == "{not json")
        #expect(try store.load() == Progress())
        try "[]".write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.corrupt(store.path, keptAs: store.path + ".corrupt-2")) { try store.load() }
    }

    @Test func errorTexts() {
        #expect(ProgressError.corrupt("/h/progress.json", keptAs: "/h/progress.json.corrupt").description
            == "/h/progress.json is not a valid progress file; it was kept as /h/progress.json.corrupt and progress starts afresh")
        #expect(ProgressError.newerVersion("/h/progress.json", 7).description
            == "/h/progress.json was written by a newer docker-tutor (format 7); update docker-tutor to read it")
    }

    @Test func newerFormatIsNotOverwritten() throws {
        let store = ProgressStore(home: try temporaryHome())
        try #"{"version": 7, "lessons": {}}"#.write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.newerVersion(store.path, 7)) { try store.load() }
        #expect(FileManager.default.fileExists(atPath: store.path))
    }

    @Test(arguments: [
        (["DOCKER_TUTOR_HOME": "/srv/tutor", "HOME": "/home/a"], "/srv/tutor"),
        (["HOME": "/home/a"], "/home/a/.docker-tutor"),
        (["DOCKER_TUTOR_HOME": "", "HOME": "/home/b"], "/home/b/.docker-tutor"),
    ])
    func home(_ environment: [String: String], _ expected: String) {
        #expect(ProgressStore.home(environment: environment) == expected)
    }
}

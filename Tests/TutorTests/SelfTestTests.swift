import Testing
@testable import Tutor

/// The self-test replays a lesson in a runner and reports each way a lesson can be broken, at the right place.
@Suite struct SelfTestTests {
    static let runScript: FakeRunner.Script = { world in
        world.run("web", image: "nginx")
        return CommandOutcome(exitCode: 0)
    }

    func selfTest(_ marked: String, scripts: [String: FakeRunner.Script]) throws -> ([String], MarkedSource) {
        let source = MarkedSource(marked)
        let lesson = try LessonDecoder.decode(source.text, file: "lesson.yaml")
        var runner = FakeRunner(scripts: scripts)
        return (LessonSelfTest().run(lesson, in: &runner).map(\.description), source)
    }

    @Test func solvedLessonHasNoFindings() throws {
        let (found, _) = try selfTest(lessonText(), scripts: ["docker run -d --name web nginx": Self.runScript])
        #expect(found == [])
    }

    @Test func goalTheSolutionDoesNotMeet() throws {
        let (found, source) = try selfTest(lessonText(goals: "      - 1️⃣container: web\n        ports: ['8080:80']"),
                                           scripts: ["docker run -d --name web nginx": Self.runScript])
        #expect(found == ["\(source.position("1")): error: step 1's solution does not meet this goal: container web is running, but port 80 is not published"])
    }

    @Test func stepAlreadyDone() throws {
        let (found, source) = try selfTest(
            lessonText(setup: "setup:\n  containers:\n    - {name: web, image: nginx}\n").replacing("  - title: {en: Run", with: "  - 1️⃣title: {en: Run"),
            scripts: ["docker run -d --name web nginx": { _ in CommandOutcome(exitCode: 125, errorOutput: "docker: Error response from daemon: Conflict.\nmore\n") }])
        let command = source.text.split(separator: "\n").firstIndex { $0.contains("- docker run") }.map { $0 + 1 } ?? 0
        #expect(found == [
            "\(source.position("1")): error: step 1's goals already hold before its solution runs",
            "lesson.yaml:\(command):9: error: 'docker run -d --name web nginx' failed with exit code 125: docker: Error response from daemon: Conflict.",
        ])
    }

    @Test func commandExpectedToFailSucceeds() throws {
        let marked = lessonText().replacing("      - docker run -d --name web nginx\n",
                                            with: "      - docker run -d --name web nginx\n      - run: 1️⃣docker rmi nginx\n        fails: true\n")
        let (found, source) = try selfTest(marked, scripts: ["docker run -d --name web nginx": Self.runScript,
                                                             "docker rmi nginx": { _ in CommandOutcome(exitCode: 0) }])
        #expect(found == ["\(source.position("1")): error: 'docker rmi nginx' succeeded, but the solution marks it 'fails: true'"])
    }

    @Test func setupThatCannotBeBuilt() throws {
        let (found, source) = try selfTest(lessonText(setup: "setup:\n  commands: [docker network create back]\n").replacing("id: demo", with: "id: 1️⃣demo"),
                                           scripts: ["docker run -d --name web nginx": Self.runScript])
        #expect(found == ["\(source.position("1")): error: the setup could not be built: no script for docker network create back"])
    }
}

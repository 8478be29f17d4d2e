import Foundation
import Testing
@testable import Tutor

/// The learner API the REPL and `docker-tutor lesson` call.
@Suite struct SessionTests {
    /// Two steps: start web with port 8080:80, then remove it.
    static let lessonYAML = """
        id: demo
        title: {en: Demo, zh: 演示}
        summary: {en: S, zh: 概要}
        level: beginner
        minutes: 5
        steps:
          - title: {en: Start, zh: 启动}
            text: {en: Start web., zh: 启动 web。}
            goals:
              - container: web
                state: running
              - container: web
                ports: ['8080:80']
            hints:
              - {en: Use docker run., zh: 用 docker run。}
              - {en: Add -p 8080:80., zh: 加上 -p 8080:80。}
            solution:
              - docker run -d --name web -p 8080:80 nginx
            disabled:
              - command: docker compose
                reason: {en: Not yet., zh: 还不行。}
          - title: {en: Remove, zh: 删除}
            text: {en: Remove it., zh: 删除它。}
            goals:
              - container: web
                exists: false
            solution:
              - docker rm -f web
        closing: {en: Bye, zh: 再见}
        """

    static func lesson() throws -> Lesson { try LessonDecoder.decode(lessonYAML, file: "demo.yaml") }

    @Test func checkReportsNewlyMetGoalsAndAdvances() throws {
        var session = LessonSession(lesson: try Self.lesson())
        var world = FakeWorld()
        #expect(session.stepLabel == "1/2")

        world.run("web", image: "nginx")
        var report = session.check(world)
        #expect(report.newlyMet.map(\.description.en) == ["container web is running"])
        #expect(report.completedSteps == [])
        #expect(report.results.map(\.met) == [true, false])
        #expect(report.results[1].problem?.en == "container web is running, but port 80 is not published")

        report = session.check(world)
        #expect(report.newlyMet == [], "a goal already met is not announced twice")

        world.removeContainer("web")
        world.run("web", image: "nginx", ports: ["8080:80"])
        report = session.check(world)
        #expect(report.newlyMet.map(\.description.en) == ["container web publishes port 8080:80"])
        #expect(report.completedSteps == [0])
        #expect(session.stepIndex == 1)
        #expect(session.stepLabel == "2/2")
        #expect(report.results.map(\.met) == [false])

        world.removeContainer("web")
        report = session.check(world)
        #expect(report.completedSteps == [1])
        #expect(report.lessonComplete)
        #expect(session.isComplete)
        #expect(session.progress.finished)
        #expect(session.currentStep == nil)
    }

    @Test func checkSkipsThroughStepsAlreadyDone() throws {
        var session = LessonSession(lesson: try Self.lesson())
        let report = session.check(FakeWorld())
        #expect(report.completedSteps == [])
        var world = FakeWorld()
        world.run("web", image: "nginx", ports: ["8080:80"])
        _ = session.check(world)
        world.removeContainer("web")
        #expect(session.check(world).lessonComplete)
    }

    @Test func hintsOneAtATime() throws {
        var session = LessonSession(lesson: try Self.lesson())
        let first = session.nextHint()
        #expect(first?.number == 1)
        #expect(first?.total == 2)
        #expect(first?.text.translations == ["en": "Use docker run.", "zh": "用 docker run。"])
        #expect(first?.text.mark == SourceMark(line: 15, column: 9))
        #expect(session.nextHint()?.text.zh == "加上 -p 8080:80。")
        #expect(session.nextHint() == nil)
        #expect(session.progress.hintsUsed == ["0": 2])
        session.next()
        #expect(session.nextHint() == nil, "step 2 has no hints")
    }

    @Test func solutionIsRemembered() throws {
        var session = LessonSession(lesson: try Self.lesson())
        #expect(session.solution() == ["docker run -d --name web -p 8080:80 nginx"])
        _ = session.solution()
        #expect(session.progress.solutionsShown == [0])
    }

    @Test func nextAndPrevious() throws {
        var session = LessonSession(lesson: try Self.lesson())
        #expect(session.previous() == false)
        #expect(session.next() == true)
        #expect(session.next() == false)
        #expect(session.stepIndex == 1)
        #expect(session.previous() == true)
        #expect(session.stepIndex == 0)
    }

    @Test func commandCount() throws {
        var session = LessonSession(lesson: try Self.lesson())
        for line in ["docker ps", "  ", "docker run nginx", "docker rm -f web"] { session.record(command: line) }
        #expect(session.commandCount == 3)
        #expect(session.referenceCommandCount == 2)
        #expect(session.commandCountSummary == LocalizedText(en: "You ran 3 commands; the reference solution uses 2.",
                                                             zh: "你运行了 3 条命令；参考答案用了 2 条。"))
    }

    @Test func disabledCommands() throws {
        let session = LessonSession(lesson: try Self.lesson())
        #expect(session.disabledReason(for: "docker compose up -d")?.en == "Not yet.")
        #expect(session.disabledReason(for: "docker  'compose'  ps")?.zh == "还不行。")
        #expect(session.disabledReason(for: "docker run nginx") == nil)
    }

    @Test(arguments: [
        ("docker run -d --name web -p 80:8080 nginx", true),
        ("docker run -d --name web -p80:8080 nginx", true),
        ("docker run -d --name web --publish=80:8080 nginx", true),
        ("docker run -d --name web -p 8080:80 nginx", false),
        ("docker run -d --name web -p 80:80 nginx", false),
        ("curl -p 80:8080", false),
    ])
    func publishOrderFeedback(_ line: String, _ expected: Bool) throws {
        let feedback = LessonSession(lesson: try Self.lesson()).feedback(for: line)
        #expect(feedback == (expected ? [LocalizedText(
            en: "-p takes HOST:CONTAINER. To reach container port 80 on host port 8080, write -p 8080:80.",
            zh: "-p 的写法是 主机端口:容器端口。要通过主机的 8080 端口访问容器的 80 端口，请写 -p 8080:80。")] : []))
    }

    @Test func customNearMissRulesPlugIn() throws {
        var session = LessonSession(lesson: try Self.lesson())
        session.nearMissRules.append(NearMissRule(name: "missing-d") { line, step, _ in
            line.hasPrefix("docker run") && !line.contains(" -d") && step.goals.count == 2
                ? LocalizedText(en: "Add -d.", zh: "加上 -d。") : nil
        })
        #expect(session.feedback(for: "docker run --name web -p 8080:80 nginx").map(\.en) == ["Add -d."])
    }

    @Test func resumeAndSave() throws {
        let lesson = try Self.lesson()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-session-\(UUID().uuidString)").path
        let store = ProgressStore(home: home)
        var session = LessonSession.resume(lesson, from: try store.load())
        #expect(session.stepIndex == 0)
        session.next()
        session.record(command: "docker ps")
        try session.save(to: store)

        let saved = try store.load()
        #expect(saved.current == "demo")
        #expect(saved[lesson: "demo"] == LessonProgress(step: 1, commands: 1))
        #expect(LessonSession.resume(lesson, from: saved).stepIndex == 1)

        var finished = saved
        finished[lesson: "demo"] = LessonProgress(step: 2, finished: true, hintsUsed: ["0": 1], commands: 7)
        let again = LessonSession.resume(lesson, from: finished)
        #expect(again.stepIndex == 0, "a finished lesson starts over")
        #expect(again.progress == LessonProgress(step: 0, finished: true))
    }

    @Test func progressOutOfRangeIsClamped() throws {
        let session = LessonSession(lesson: try Self.lesson(), progress: LessonProgress(step: 9))
        #expect(session.isComplete)
        #expect(session.stepLabel == "2/2")
    }
}

@Suite struct LibraryTests {
    func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-lessons-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func shippedLessonsLoad() {
        let library = LessonLibrary.load(folders: [])
        #expect(library.lessons.count == 9)
        #expect(library.diagnostics == [])
    }

    @Test func laterFoldersOverrideByIDWithAWarning() throws {
        let mine = lessonText().replacing("id: demo", with: "id: data").replacing("Demo", with: "My data")
        let first = try folder(["a.yaml": lessonText(), "data.yaml": mine, "notes.txt": "ignored"])
        let second = try folder(["demo.yml": lessonText().replacing("title: {en: Demo", with: "title: {en: Demo 2")])
        let library = LessonLibrary.load(folders: [first, second])
        #expect(library.lessons.map(\.id) == ["images-and-containers", "running-a-service", "data", "container-to-image", "dockerfile",
                                             "compose", "private-registry", "redis-aof", "client-and-daemon", "demo"])
        #expect(library.lesson("data")?.title.en == "My data")
        #expect(library.lesson("demo")?.title.en == "Demo 2")
        #expect(library.diagnostics.map(\.description) == [
            "\(first)/data.yaml:1:5: warning: lesson 'data' overrides the lesson with the same id in Lessons/03-data.yaml",
            "\(second)/demo.yml:1:5: warning: lesson 'demo' overrides the lesson with the same id in \(first)/a.yaml",
        ])
    }

    @Test func brokenFilesAreReportedAndSkipped() throws {
        let dir = try folder(["bad.yaml": lessonText(level: "level: hard")])
        let library = LessonLibrary.load(shipped: false, folders: [dir, "/nonexistent/lessons"])
        #expect(library.lessons.isEmpty)
        #expect(library.diagnostics.map(\.description) == [
            "\(dir)/bad.yaml:4:8: error: 'level' must be one of beginner, intermediate, advanced, found 'hard'",
            "/nonexistent/lessons:1:1: error: cannot read the lesson folder /nonexistent/lessons",
        ])
    }

    @Test func foldersFromEnvironmentThenArguments() {
        #expect(LessonLibrary.folders(arguments: ["/c"], environment: ["DOCKER_TUTOR_LESSONS": "/a:/b"]) == ["/a", "/b", "/c"])
        #expect(LessonLibrary.folders(arguments: [], environment: [:]) == [])
    }

    @Test func listingMarksFinishedAndCurrent() {
        let library = LessonLibrary.load(folders: [])
        var progress = Progress(current: "data")
        progress[lesson: "images-and-containers"].finished = true
        let entries = library.listing(progress: progress)
        #expect(entries.prefix(3).map { $0.line(locale: "en") } == [
            "✓  1. Images and containers (images-and-containers, 15 min)",
            "   2. Running a service (running-a-service, 20 min)",
            "▶  3. Data: bind mounts and named volumes (data, 20 min)",
        ])
        #expect(entries[0].line(locale: "zh_CN.UTF-8") == "✓  1. 镜像与容器 (images-and-containers, 15 分钟)")
        #expect(entries[2].missingPrerequisites == ["running-a-service"])
    }
}

@Suite struct LocalizedTextTests {
    static let text = LocalizedText(["en": "Hello", "zh": "你好", "pt-BR": "Olá"])

    @Test(arguments: [("en", "Hello"), ("zh", "你好"), ("zh-CN", "你好"), ("zh_TW.UTF-8", "你好"), ("pt-BR", "Olá"),
                      ("pt_BR", "Olá"), ("fr", "Hello"), ("", "Hello")])
    func lookup(_ locale: String, _ expected: String) {
        #expect(Self.text.text(for: locale) == expected)
    }

    @Test(arguments: [
        (["DOCKER_TUTOR_LANG": "zh", "LANG": "en_US.UTF-8"], "zh"),
        (["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], "zh-CN"),
        (["LANG": "C"], "en"),
        ([:], "en"),
    ])
    func preferredLocale(_ environment: [String: String], _ expected: String) {
        #expect(LocalizedText.preferredLocale(environment: environment) == expected)
    }

    @Test(arguments: [("en", true), ("zh", true), ("pt-BR", true), ("zh-Hans", true), ("EN", false), ("e", false), ("en_US", false)])
    func validLocales(_ key: String, _ valid: Bool) {
        #expect(LocalizedText.isValidLocale(key) == valid)
    }
}

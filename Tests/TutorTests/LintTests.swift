import DockerEngine
import Testing
@testable import Tutor

/// Lint findings at marked positions, for each rule.
@Suite struct LintTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var marked: String
        var expected: [(String, LessonDiagnostic.Severity, String)]
        var testDescription: String { label }
    }

    static let catalog = ShippedLessonTests.catalog

    static func linter() -> LessonLinter {
        LessonLinter(catalog: catalog, requiredLocales: ["en", "zh"], knownLessonIDs: ["demo", "data", "running-a-service"],
                     supportedFeatures: [.registry], dockerCommandCheck: { arguments in
                         arguments.contains("--bogus") ? "unknown flag: --bogus" : nil
                     })
    }

    static func solution(_ lines: String) -> String {
        lessonText().replacing("      - docker run -d --name web nginx\n", with: lines)
    }

    static let cases: [Case] = [
        Case(label: "unknown goal kind (from the loader)", marked: lessonText(goals: "      - 1️⃣containr: web"),
             expected: [("1", .error, "unknown goal kind 'containr' (did you mean 'container'?)")]),
        Case(label: "missing translation", marked: lessonText(stepExtra: "    hints:\n      - 1️⃣{en: Look at -p.}\n      - 2️⃣Plain English.\n"),
             expected: [("1", .error, "missing 'zh' translation"), ("2", .error, "missing 'zh' translation")]),
        Case(label: "lesson in a third language", marked: lessonText(title: "title: {en: Demo, zh: 演示, fr: Démo}")
                .replacing("summary: {", with: "summary: 1️⃣{").replacing("title: {en: Run", with: "title: 2️⃣{en: Run")
                .replacing("text: {", with: "text: 3️⃣{").replacing("closing: {", with: "closing: 4️⃣{"),
             expected: ["1", "2", "3", "4"].map { ($0, .error, "missing 'fr' translation") }),
        Case(label: "unknown repository", marked: lessonText(setup: "setup:\n  catalog: [1️⃣rediss, nginx]\n"),
             expected: [("1", .error, "image 'rediss' is not in the catalog (did you mean 'redis'?)")]),
        Case(label: "unknown tag", marked: lessonText(setup: "setup:\n  images: [1️⃣'redis:8', localhost:5000/app]\n"),
             expected: [("1", .error, "the catalog has no tag '8' for redis (it has: latest, 7)")]),
        Case(label: "unknown image in a setup container", marked: lessonText(setup: "setup:\n  containers:\n    - 1️⃣name: db\n      image: mysql\n"),
             expected: [("1", .error, "image 'mysql' is not in the catalog")]),
        Case(label: "pulled image in a solution", marked: solution("      - 1️⃣docker pull nginx:mainline\n"),
             expected: [("1", .error, "the catalog has no tag 'mainline' for nginx (it has: latest, alpine)")]),
        Case(label: "unknown program", marked: solution("      - 1️⃣dokcer ps\n"),
             expected: [("1", .error, "'dokcer' is not a command the tutor knows (did you mean 'docker'?)")]),
        Case(label: "unknown docker command", marked: solution("      - 1️⃣docker lgos web\n"),
             expected: [("1", .error, "'docker lgos' is not a docker command (did you mean 'docker logs'?)")]),
        Case(label: "global options before the command", marked: solution("      - docker --context default ps\n      - 1️⃣docker -H unix:///x bogus\n"),
             expected: [("1", .error, "'docker bogus' is not a docker command")]),
        Case(label: "unreadable command line", marked: solution("      - 1️⃣echo 'unterminated\n"),
             expected: [("1", .error, "cannot read 'echo 'unterminated': unexpected EOF while looking for matching `''")]),
        Case(label: "the grammar rejects a command", marked: solution("      - 1️⃣docker run --bogus nginx\n"),
             expected: [("1", .error, "unknown flag: --bogus")]),
        Case(label: "setup commands are checked too", marked: lessonText(setup: "setup:\n  commands: [1️⃣docker voluem create x]\n"),
             expected: [("1", .error, "'docker voluem' is not a docker command (did you mean 'docker volume'?)")]),
        Case(label: "solution uses a disabled command",
             marked: solution("      - 1️⃣docker rm -f web\n    disabled:\n      - command: docker rm\n        reason: {en: Use compose., zh: 请用 compose。}\n"),
             expected: [("1", .error, "the solution uses 'docker rm', which this step disables")]),
        Case(label: "ran pattern no solution command matches", marked: lessonText(goals: "      - 1️⃣ran: docker logs*"),
             expected: [("1", .warning, "no command of this step's solution matches 'docker logs*'")]),
        Case(label: "unknown prerequisite", marked: lessonText(top: "prerequisites: [data, 1️⃣runing-a-service, 2️⃣demo]\n"),
             expected: [("1", .error, "no lesson has the id 'runing-a-service' (did you mean 'running-a-service'?)"),
                        ("2", .error, "a lesson cannot be its own prerequisite")]),
        Case(label: "feature not simulated yet", marked: solution("      - 1️⃣docker build -t web .\n      - docker push localhost:5000/web\n"),
             expected: [("1", .note, "this lesson needs docker build, which the simulation does not have yet; its goals cannot be met until it does")]),
        Case(label: "findings come out in file order", marked: lessonText(setup: "setup:\n  catalog: [1️⃣mysql]\n")
                .replacing("      - docker run -d --name web nginx\n", with: "      - 3️⃣dokcer run\n").replacing("closing: {en: Done., zh: 完成。}", with: "closing: 4️⃣Done.")
                .replacing("summary: {en: A demo., zh: 演示。}", with: "summary: 0️⃣A demo."),
             expected: [("0", .error, "missing 'zh' translation"), ("1", .error, "image 'mysql' is not in the catalog"),
                        ("3", .error, "'dokcer' is not a command the tutor knows (did you mean 'docker'?)"),
                        ("4", .error, "missing 'zh' translation")]),
    ]

    @Test(arguments: cases) func reports(_ c: Case) {
        let source = MarkedSource(c.marked)
        let found = Self.linter().lint(LessonSource(file: "lesson.yaml", text: source.text))
        #expect(found.map(\.description) == c.expected.map { "\(source.position($0.0)): \($0.1.rawValue): \($0.2)" })
    }

    @Test func loaderErrorsComeFirstAndStopTheRules() {
        let source = MarkedSource(lessonText(level: "level: 1️⃣hard"))
        #expect(Self.linter().lint(LessonSource(file: "lesson.yaml", text: source.text)).map(\.description) == [
            "\(source.position("1")): error: 'level' must be one of beginner, intermediate, advanced, found 'hard'",
        ])
    }

    @Test func withoutACatalogImagesAreNotChecked() {
        let source = lessonText(setup: "setup:\n  catalog: [mysql]\n")
        #expect(LessonLinter().lint(LessonSource(file: "x.yaml", text: source)) == [])
    }
}

import Testing
@testable import Tutor

/// A lesson file with a mistake, markers where diagnostics must point, and the exact diagnostics.
struct LoaderCase: CustomTestStringConvertible, Sendable {
    var label: String
    var marked: String
    /// `(marker, message)`: each diagnostic, in order, at its marker.
    var expected: [(String, String)]
    var testDescription: String { label }
}

/// A valid lesson with slots for a test to break.
func lessonText(top: String = "", title: String = "title: {en: Demo, zh: 演示}", level: String = "level: beginner",
                goals: String = "      - container: web\n        state: running", setup: String = "", stepExtra: String = "") -> String {
    """
    id: demo
    \(title)
    summary: {en: A demo., zh: 演示。}
    \(level)
    minutes: 5
    \(top)\(setup)steps:
      - title: {en: Run, zh: 运行}
        text: {en: Run it., zh: 运行它。}
    \(stepExtra)    goals:
    \(goals)
        solution:
          - docker run -d --name web nginx
    closing: {en: Done., zh: 完成。}

    """
}

@Suite struct LoaderDiagnosticTests {
    static let cases: [LoaderCase] = [
        LoaderCase(label: "misspelt top-level key", marked: "1️⃣" + lessonText(title: "2️⃣titel: Demo"), expected: [
            ("2", "unknown key 'titel' in the lesson (did you mean 'title'?)"),
            ("1", "missing required key 'title' in the lesson"),
        ]),
        LoaderCase(label: "unknown key without a near match", marked: lessonText(top: "1️⃣author: me\n"), expected: [
            ("1", "unknown key 'author' in the lesson; expected one of: id, title, summary, level, minutes, prerequisites, setup, steps, closing"),
        ]),
        LoaderCase(label: "misspelt goal key", marked: lessonText(goals: "      - container: web\n        1️⃣sate: running"), expected: [
            ("1", "unknown key 'sate' in a container goal (did you mean 'state'?)"),
        ]),
        LoaderCase(label: "unknown goal kind", marked: lessonText(goals: "      - 1️⃣containr: web\n        state: running"), expected: [
            ("1", "unknown goal kind 'containr' (did you mean 'container'?)"),
        ]),
        LoaderCase(label: "goal without a kind", marked: lessonText(goals: "      - 1️⃣text: hello"), expected: [
            ("1", "a goal needs one of: container, image, host_file, volume, network, registry, container_file, redis_key, ran, all, any, not"),
        ]),
        LoaderCase(label: "two kinds in one goal", marked: lessonText(goals: "      - volume: data\n        1️⃣network: back"), expected: [
            ("1", "a goal has one kind, found both 'volume' and 'network'"),
        ]),
        LoaderCase(label: "a container goal's image is not a second kind",
                   marked: lessonText(goals: "      - container: web\n        image: nginx\n        1️⃣layers: 3"), expected: [
            ("1", "unknown key 'layers' in a container goal (did you mean 'labels'?)"),
        ]),
        LoaderCase(label: "level outside the list", marked: lessonText(level: "level: 1️⃣expert"), expected: [
            ("1", "'level' must be one of beginner, intermediate, advanced, found 'expert'"),
        ]),
        LoaderCase(label: "minutes not a number", marked: lessonText().replacing("minutes: 5", with: "minutes: 1️⃣ten"), expected: [
            ("1", "expected a whole number of at least 1 for 'minutes', found 'ten'"),
        ]),
        LoaderCase(label: "yes is not a boolean", marked: lessonText(goals: "      - container: web\n        exists: 1️⃣yes"), expected: [
            ("1", "expected true or false for 'exists', found 'yes'"),
        ]),
        LoaderCase(label: "text without English", marked: lessonText(title: "title: 1️⃣{zh: 演示}"), expected: [
            ("1", "'title' has no English ('en') text"),
        ]),
        LoaderCase(label: "locale key, columns counted in characters", marked: lessonText(title: "title: {zh: 演示演示演示, 1️⃣ZH: x, en: y}"), expected: [
            ("1", "'ZH' is not a locale; use a language code such as en, zh or pt-BR"),
        ]),
        LoaderCase(label: "invalid port", marked: lessonText(goals: "      - container: web\n        ports: ['8080:80', 1️⃣'80:80:tcp']"), expected: [
            ("1", "invalid port '80:80:tcp': write HOST:CONTAINER[/PROTOCOL] or CONTAINER[/PROTOCOL]"),
        ]),
        LoaderCase(label: "invalid mount", marked: lessonText(goals: "      - container: web\n        mounts: [1️⃣data]"), expected: [
            ("1", "invalid mount 'data': write SOURCE:TARGET[:ro] or TARGET, with TARGET an absolute path"),
        ]),
        LoaderCase(label: "invalid restart policy", marked: lessonText(goals: "      - container: web\n        restart: 1️⃣sometimes"), expected: [
            ("1", "invalid restart policy 'sometimes': use no, always, on-failure[:N] or unless-stopped"),
        ]),
        LoaderCase(label: "invalid image reference", marked: lessonText(setup: "setup:\n  images: [nginx, 1️⃣Redis]\n"), expected: [
            ("1", "invalid image reference 'Redis': invalid reference format: repository name (library/Redis) must be lowercase"),
        ]),
        LoaderCase(label: "file_contains needs file", marked: lessonText(goals: "      - image: web\n        file_contains: 1️⃣hello"), expected: [
            ("1", "'file_contains' needs 'file' next to it"),
        ]),
        LoaderCase(label: "container_file needs in", marked: lessonText(goals: "      - 1️⃣container_file: /data/x"), expected: [
            ("1", "missing required key 'in' in a container_file goal"),
        ]),
        LoaderCase(label: "a list where one is expected", marked: lessonText(goals: "      - container: web\n        ports: 1️⃣'80'"), expected: [
            ("1", "expected a list for 'ports', found a string"),
        ]),
        LoaderCase(label: "goals not a list", marked: lessonText(goals: "      1️⃣container: web"), expected: [
            ("1", "expected a list for 'goals', found a mapping"),
        ]),
        LoaderCase(label: "no steps", marked: "id: demo\ntitle: Demo\nsummary: S\nlevel: beginner\nminutes: 5\nsteps: 1️⃣[]\nclosing: Bye\n", expected: [
            ("1", "a lesson needs at least one step"),
        ]),
        LoaderCase(label: "bad id", marked: lessonText().replacing("id: demo", with: "id: 1️⃣Demo Lesson"), expected: [
            ("1", "lesson id 'Demo Lesson' must be lowercase letters and digits in words joined by '-' (like redis-aof)"),
        ]),
        LoaderCase(label: "solution entry missing run", marked: lessonText().replacing("      - docker run -d --name web nginx", with: "      - 1️⃣fails: true"), expected: [
            ("1", "missing required key 'run' in a solution command"),
        ]),
        LoaderCase(label: "missing key in a step", marked: lessonText().replacing("    text: {en: Run it., zh: 运行它。}\n", with: "").replacing("  - title:", with: "  - 1️⃣title:"), expected: [
            ("1", "missing required key 'text' in step 1"),
        ]),
        LoaderCase(label: "duplicate key points at the second copy", marked: lessonText(top: "1️⃣level: advanced\n"), expected: [
            ("1", "duplicate key 'level'"),
        ]),
        LoaderCase(label: "YAML syntax error", marked: lessonText(title: "title: Demo1️⃣: x"), expected: [
            ("1", "mapping values are not allowed in this context"),
        ]),
        LoaderCase(label: "unclosed flow list", marked: lessonText(goals: "      - container: web\n        ports: [8080").replacing("solution:", with: "solution1️⃣:"), expected: [
            ("1", "did not find expected ',' or ']' (while parsing a flow sequence at 11:16)"),
        ]),
        LoaderCase(label: "empty file", marked: "1️⃣", expected: [
            ("1", "the file is empty; a lesson needs at least an id, a title and steps"),
        ]),
    ]

    @Test(arguments: cases) func reports(_ c: LoaderCase) {
        let source = MarkedSource(c.marked)
        let (_, diagnostics) = LessonDecoder.decodeCollecting(source.text, file: "lesson.yaml")
        #expect(diagnostics.map(\.description) == c.expected.map { "\(source.position($0.0)): error: \($0.1)" })
    }

    @Test func validLessonLoads() throws {
        let lesson = try LessonDecoder.decode(lessonText(), file: "lesson.yaml")
        #expect(lesson.id == "demo")
        #expect(lesson.title == LocalizedText(["en": "Demo", "zh": "演示"], mark: SourceMark(line: 2, column: 8)))
        #expect(lesson.steps.count == 1)
        #expect(lesson.steps[0].solution == [SolutionCommand("docker run -d --name web nginx", mark: SourceMark(line: 13, column: 9))])
        #expect(lesson.steps[0].goals[0].kind == .container({
            var goal = ContainerGoal(.name("web"))
            goal.state = .running
            return goal
        }()))
    }

    @Test func decodeThrowsEveryDiagnostic() {
        #expect(throws: LessonLoadError([
            LessonDiagnostic(file: "x.yaml", mark: SourceMark(line: 4, column: 8), message: "'level' must be one of beginner, intermediate, advanced, found 'hard'"),
        ])) {
            try LessonDecoder.decode(lessonText(level: "level: hard"), file: "x.yaml")
        }
    }
}

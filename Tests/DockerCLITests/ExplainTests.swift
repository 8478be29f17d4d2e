import Foundation
import Testing

@testable import DockerCLI

/// `explain` in both languages: golden texts for representative lines, and a Chinese entry for
/// every help text docker and compose can show.
@Suite struct ExplainTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var line: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "run-redis", line: "docker run -d -p 6379:6379 --name redis redis redis-server --appendonly yes"),
        Case(name: "run-invalid", line: "docker run -it -v data:/data -v ./src:/app:ro -e A=1 --restart on-failure:3 -m 512m -p 8080:foo nginx"),
        Case(name: "ps-format", line: "docker ps -a --format '{{.Names}}'"),
        Case(name: "tag", line: "docker tag myapp localhost:5000/team/myapp:1.0"),
        Case(name: "compose", line: "docker compose -f compose.yml up -d --build"),
        Case(name: "exec", line: "docker exec -it web sh -c 'ls /'"),
        Case(name: "opaque", line: "docker $CMD web"),
        Case(name: "two-commands", line: "docker pull nginx:1.27 && docker run --rm --network host -p 80:80 nginx:1.27"),
        Case(name: "mount-restart", line: "docker run --mount type=tmpfs,dst=/cache --restart=unless-stopped --memory-swap -1 alpine@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ]

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/explain")

    @Test(arguments: cases, Language.allCases)
    func matchesGolden(_ c: Case, _ language: Language) throws {
        let text = try Explainer(language: language).explain(c.line).map { $0.render(language) }.joined(separator: "\n")
        let url = Self.golden.appendingPathComponent("\(c.name).\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func unterminatedQuotesAreReported() {
        #expect(throws: Explainer.Failure(message: "unexpected EOF while looking for matching `''")) {
            _ = try Explainer().explain("docker run 'redis")
        }
    }

    @Test func aLineWithoutDockerIsReadAsADockerCommand() throws {
        let explanation = try #require(try Explainer().explain("ps -a").first)
        #expect(explanation.line == "docker ps -a")
        #expect(explanation.outcome == .accepted)
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], Language.zh), (["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "zh_TW"], .zh), ([:], .en), (["LANG": "C"], .en), (["LC_ALL": "", "LANG": "zh_CN"], .zh),
    ])
    func languageFromTheLocale(_ environment: [String: String], _ expected: Language) {
        #expect(Language.from(environment: environment) == expected)
    }

    /// Every visible command and flag of docker and compose has a Chinese text.
    @Test func everyHelpTextHasAChineseEntry() {
        let missing = Translations.englishTexts().filter { Translations.zh($0.text) == nil }.map(\.path)
        #expect(missing == [])
        #expect(Translations.englishTexts().count > 1500)
    }

    /// No entry is left over from a text docker no longer has, and every entry is Chinese.
    @Test func everyEntryIsUsedAndChinese() {
        let used = Set(Translations.englishTexts().map(\.text))
        let stale = Translations.table.keys.filter { !used.contains($0) }.sorted()
        #expect(stale == [])
        let notChinese = Translations.table.filter { key, value in
            key != "Docker Compose" && !value.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        }.keys.sorted()
        #expect(notChinese == [])
    }
}

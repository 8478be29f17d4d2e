import Foundation
import Testing

@testable import DockerCLI

/// `check`'s three output formats over the same documents, compared with golden files, and
/// the formats' own escaping rules.
@Suite struct CheckOutputTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/check")

    static func reports() throws -> [CheckReport] {
        try ["deploy.sh", "README.md"].map { name in
            let source = try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
            let kind = ScriptKind.detect(fileName: name, firstLine: String(source.prefix { $0 != "\n" }))
            return DocumentCheck().check(source: source, kind: kind, file: name)
        }
    }

    @Test(arguments: CheckOutputFormat.allCases)
    func matchesGolden(_ format: CheckOutputFormat) throws {
        let text = CheckOutput.render(try Self.reports(), format: format)
        let url = Self.golden.appendingPathComponent("output.\(format.rawValue)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func colourWrapsSeveritiesAndCarets() throws {
        let text = CheckOutput.render(try Self.reports(), format: .text, color: true)
        #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;32m^~~\u{1B}[0m"))
    }

    @Test func jsonHasExactlyTheDocumentedKeysInOrder() throws {
        let json = CheckOutput.render(try Self.reports(), format: .json)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 11)
        for object in objects {
            #expect(Set(object.keys) == ["file", "line", "column", "command", "valid", "error", "exitCode", "warnings"])
        }
        let first = try #require(json.split(separator: "\n").dropFirst().first)
        #expect(first.hasPrefix("  {\"file\":\"deploy.sh\",\"line\":3,\"column\":1,\"command\":\"docker network create app\",\"valid\":true,\"error\":null,\"exitCode\":0,\"warnings\":[]}"))
    }

    @Test(arguments: [
        ("a%b\r\nc", "a%25b%0D%0Ac", "a%25b%0D%0Ac"),
        ("x:y,z", "x:y,z", "x%3Ay%2Cz"),
    ])
    func githubEscaping(_ raw: String, _ data: String, _ property: String) {
        #expect(CheckOutput.data(raw) == data)
        #expect(CheckOutput.property(raw) == property)
    }

    @Test func underlinesKeepTabsAndWideCharacters() {
        #expect(CheckOutput.indentation("\tab", upTo: 3) == "\t ")
        #expect(CheckOutput.indentation("镜像 x", upTo: 4) == "     ")
    }

    @Test func emptyInputs() {
        let report = DocumentCheck().check(source: "", kind: .shell, file: "e.sh")
        #expect(CheckOutput.render([report], format: .json) == "[]\n")
        #expect(CheckOutput.render([report], format: .text) == "checked 0 docker commands\n")
        #expect(CheckOutput.render([report], format: .github) == "")
        #expect(report.isClean)
    }

    @Test func dockerfilesGoToTheHook() {
        #expect(ScriptKind.detect(fileName: "build/Dockerfile.dev", firstLine: "FROM x") == .dockerfile)
        #expect(ScriptKind.detect(fileName: "app.dockerfile", firstLine: "FROM x") == .dockerfile)
        #expect(ScriptKind.detect(fileName: "Containerfile", firstLine: "FROM x") == .dockerfile)
        #expect(ScriptKind.detect(fileName: "Dockerfile.md", firstLine: "# x") == .markdown)
        let report = DocumentCheck().check(source: "FROM busybox\nRUN docker ps\n", kind: .dockerfile, file: "Dockerfile")
        #expect(report.commands.isEmpty && report.dockerfile.isEmpty && report.isClean)
    }
}

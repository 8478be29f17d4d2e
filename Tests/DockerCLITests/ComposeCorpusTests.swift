import Foundation
import Testing
@testable import DockerCLI

/// Compose files modelled on public projects' documentation load without error, and ten of
/// them render exactly as the recorded `docker compose config` output (golden files).
@Suite struct ComposeCorpusTests {
    static let names = ComposeTestSupport.corpusNames()

    @Test func corpusIsLarge() {
        #expect(Self.names.count >= 20)
    }

    @Test(arguments: names) func loads(_ name: String) throws {
        let (project, error, _) = ComposeTestSupport.load(ComposeTestSupport.files(in: "corpus/\(name)"), env: ["GIT_COMMIT": "abc123"]) {
            $0.profiles = ["*"]
        }
        #expect(error == nil)
        #expect(project?.services.isEmpty == false)
    }

    static let goldens = ["web-redis", "wordpress-mysql", "build-args-target", "healthcheck-depends", "extends",
                          "long-syntax", "custom-networks", "secrets-configs", "logging-ulimits", "misc-options",
                          "multiple-ports", "override-files", "include", "anchors-extensions"]

    @Test(arguments: goldens) func configOutput(_ name: String) throws {
        let (project, error, _) = ComposeTestSupport.load(ComposeTestSupport.files(in: "corpus/\(name)"))
        let p = try #require(project, "\(error ?? "")")
        let actual = ComposeConfigRenderer.yaml(p)
        let golden = ComposeTestSupport.fixtures.appendingPathComponent("golden/\(name).yaml")
        if ProcessInfo.processInfo.environment["COMPOSE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test func jsonOutput() throws {
        let (project, _, _) = ComposeTestSupport.load(ComposeTestSupport.files(in: "corpus/web-redis"))
        let p = try #require(project)
        let golden = ComposeTestSupport.fixtures.appendingPathComponent("golden/web-redis.json")
        let actual = ComposeConfigRenderer.json(p)
        if ProcessInfo.processInfo.environment["COMPOSE_RECORD"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
    }
}

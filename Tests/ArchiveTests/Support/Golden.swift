import Foundation
import Testing

/// Golden files under `Fixtures/Golden/`: compared exactly, re-recorded only on purpose
/// (`DOCKER_TUTOR_RECORD_GOLDEN=1 swift test --filter ArchiveTests`).
enum Golden {
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Fixture.directory.appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DOCKER_TUTOR_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(name) differs", sourceLocation: sourceLocation)
    }
}

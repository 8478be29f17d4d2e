import Foundation
import Testing
@testable import DockerEngine

@Suite struct CatalogEmbeddingTests {
    @Test func embeddedTextMatchesCatalogFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/DockerEngine/Catalog/catalog.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(bundledCatalogJSON == text.trimmingCharacters(in: .newlines),
                "catalog.json changed: run Scripts/catalog/embed.py")
    }
}

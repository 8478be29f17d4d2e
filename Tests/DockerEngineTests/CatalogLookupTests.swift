import Testing
import DockerAPI
@testable import DockerEngine

/// Finding repositories and images by the names, tags and digests users type, and laying a lesson's
/// catalog over the bundled one.
@Suite struct CatalogLookupTests {
    struct NameCase: Sendable, CustomStringConvertible {
        var name: String
        /// The repository found, or `nil`.
        var found: String?
        var description: String { name }
    }

    static let names: [NameCase] = [
        NameCase(name: "redis", found: "redis"),
        NameCase(name: "library/redis", found: "redis"),
        NameCase(name: "docker.io/redis", found: "redis"),
        NameCase(name: "docker.io/library/redis", found: "redis"),
        NameCase(name: "index.docker.io/library/redis", found: "redis"),
        NameCase(name: "eclipse-temurin", found: "eclipse-temurin"),
        NameCase(name: "Redis", found: nil),
        NameCase(name: "redis:7", found: nil),
        NameCase(name: "bitnami/redis", found: nil),
        NameCase(name: "localhost:5000/redis", found: nil),
        NameCase(name: "openjdk", found: nil),
        NameCase(name: "", found: nil),
    ]

    @Test(arguments: names)
    func findsARepositoryByAnyFormOfItsName(_ c: NameCase) throws {
        #expect(try Catalog.bundled().repository(named: c.name)?.name == c.found)
    }

    struct ReferenceCase: Sendable, CustomStringConvertible {
        var reference: String
        /// The image id found, or `nil`.
        var id: String?
        var description: String { reference }
    }

    static let redisLatest = "sha256:ed3a2af6d0d46ba343b13c99d5f410d5b5db5470712ec6f404fb3442665f7490"
    static let redis7 = "sha256:17c1c1b96fd1685968790c7fcab311e5bc49c809efe9744af262640a559c4cf2"

    static let references: [ReferenceCase] = [
        ReferenceCase(reference: "redis", id: redisLatest),
        ReferenceCase(reference: "redis:7", id: redis7),
        ReferenceCase(reference: "docker.io/library/redis:7.4.4", id: redis7),
        ReferenceCase(reference: "redis:7.1", id: nil),
        ReferenceCase(reference: "nosuch:latest", id: nil),
        // The index digest `docker pull` prints, the amd64 manifest's digest, and the image id.
        ReferenceCase(reference: "redis@sha256:dac8ab0340cef636bf80c4d771e338733c694885567aaabd15fe1368d6bf7c13",
                      id: redisLatest),
        ReferenceCase(reference: "redis@sha256:7839570aaec9c4d3674148ce90f8e06454d0c88889eedacce6a673f426e3cff6",
                      id: redis7),
        ReferenceCase(reference: "redis@" + redisLatest, id: redisLatest),
        ReferenceCase(reference: "nginx@sha256:dac8ab0340cef636bf80c4d771e338733c694885567aaabd15fe1368d6bf7c13",
                      id: nil),
    ]

    @Test(arguments: references)
    func findsAnImageByTagOrDigest(_ c: ReferenceCase) throws {
        let catalog = try Catalog.bundled()
        #expect(catalog.image(reference: try ImageReference.parseDockerRef(c.reference))?.id == c.id)
    }

    @Test func findsAnImageByItsPlatformManifestDigest() throws {
        let catalog = try Catalog.bundled()
        let latest = try #require(catalog.image(repository: "redis", tag: "latest"))
        let manifest = try #require(latest.manifestDigest)
        #expect(catalog.image(repository: "redis", digest: manifest)?.id == Self.redisLatest)
    }

    // MARK: merging

    static func image(_ id: Character, tags: [String]) -> CatalogImage {
        CatalogImage(
            tags: tags,
            repoDigest: "sha256:" + String(repeating: "e", count: 64),
            id: "sha256:" + String(repeating: id, count: 64),
            created: "2025-06-01T00:00:00Z",
            config: ImageConfigSpec(cmd: ["/app"]),
            layers: [CatalogLayer(digest: "sha256:" + String(repeating: "f", count: 64), compressedSize: 10, size: 20)],
            history: [CatalogHistoryEntry(created: "2025-06-01T00:00:00Z", createdBy: "COPY app /app # buildkit")],
            process: "shell",
            rootfs: "scratch")
    }

    static func repository(_ name: String, description: String = "A lesson image.", _ images: [CatalogImage]) -> CatalogRepository {
        CatalogRepository(name: name, description: description, official: false, stars: 0, images: images)
    }

    @Test func mergingAddsANewRepositoryAtTheEnd() throws {
        let bundled = try Catalog.bundled()
        let lesson = Catalog(repositories: [Self.repository("acme/web", [Self.image("a", tags: ["1.0", "latest"])])])
        let merged = bundled.merging(lesson)
        #expect(merged.repositories.map(\.name) == bundled.repositories.map(\.name) + ["acme/web"])
        #expect(merged.image(repository: "acme/web", tag: "1.0")?.id == "sha256:" + String(repeating: "a", count: 64))
        #expect(merged.validate() == [])
    }

    @Test func mergingMovesTheTagsTheLessonAssigns() throws {
        let bundled = try Catalog.bundled()
        let newLatest = Self.image("b", tags: ["latest"])
        let lesson = Catalog(repositories: [Self.repository("library/redis", description: "Patched redis.", [newLatest])])
        let merged = bundled.merging(lesson)
        let redis = try #require(merged.repository(named: "redis"))
        #expect(redis.description == "Patched redis.")
        #expect(redis.images.count == 4)
        #expect(merged.image(repository: "redis", tag: "latest")?.id == newLatest.id)
        #expect(merged.image(repository: "redis", tag: "8")?.id == Self.redisLatest)
        #expect(merged.image(repository: "redis", tag: "7")?.id == Self.redis7)
    }

    @Test func mergingDropsAnImageLeftWithoutTags() throws {
        let bundled = try Catalog.bundled()
        let lesson = Catalog(repositories: [Self.repository("hello-world", [Self.image("c", tags: ["latest", "linux"])])])
        let merged = bundled.merging(lesson)
        #expect(merged.repository(named: "hello-world")?.images.map(\.id) == ["sha256:" + String(repeating: "c", count: 64)])
    }

    @Test func mergingAnImageWithTheSameIdReplacesItAndKeepsItsOtherTags() {
        let base = Catalog(repositories: [Self.repository("app", [Self.image("a", tags: ["1", "1.0", "latest"])])])
        var replacement = Self.image("a", tags: ["stable"])
        replacement.process = "nginx"
        var merged = base
        merged.merge(Catalog(repositories: [Self.repository("app", [replacement])]))
        let images = merged.repository(named: "app")?.images ?? []
        #expect(images.map(\.tags) == [["stable", "1", "1.0", "latest"]])
        #expect(images.map(\.process) == ["nginx"])
    }
}

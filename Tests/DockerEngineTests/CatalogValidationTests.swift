import Testing
import DockerAPI
@testable import DockerEngine

/// `Catalog.validate()` on a small sound catalog with one defect injected at a time.
@Suite struct CatalogValidationTests {
    static let hexA = String(repeating: "a", count: 64)

    /// A sound two-image repository `app`.
    static func sound() -> Catalog {
        func image(_ id: Character, tags: [String]) -> CatalogImage {
            CatalogImage(
                tags: tags,
                repoDigest: "sha256:" + String(repeating: id, count: 63) + "0",
                id: "sha256:" + String(repeating: id, count: 64),
                created: "2025-06-01T00:00:00.123456789Z",
                config: ImageConfigSpec(cmd: ["/app"]),
                layers: [CatalogLayer(digest: "sha256:" + String(repeating: id, count: 63) + "1", compressedSize: 10, size: 20)],
                history: [
                    CatalogHistoryEntry(created: "2025-06-01T00:00:00Z", createdBy: "COPY app /app # buildkit"),
                    CatalogHistoryEntry(created: "2025-06-01T00:00:00+02:00", createdBy: "CMD [\"/app\"]", emptyLayer: true),
                ],
                process: "shell",
                rootfs: "alpine",
                manifestDigest: "sha256:" + String(repeating: id, count: 63) + "2")
        }
        return Catalog(repositories: [
            CatalogRepository(name: "app", description: "An app.", official: true, stars: 3,
                              images: [image("a", tags: ["1", "latest"]), image("b", tags: ["2"])]),
        ])
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var inject: @Sendable (inout Catalog) -> Void
        /// The issues' descriptions, in order.
        var issues: [String]
        var kinds: [CatalogIssue.Kind]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "sound", inject: { _ in }, issues: [], kinds: []),
        Case(name: "repository twice", inject: { $0.repositories.append(sound().repositories[0]) },
             issues: ["app: repository 'app' appears more than once"], kinds: [.duplicateRepository]),
        Case(name: "library/ form of the same name", inject: {
            var again = sound().repositories[0]
            again.name = "library/app"
            $0.repositories.append(again)
        }, issues: ["library/app: repository 'app' appears more than once"], kinds: [.duplicateRepository]),
        Case(name: "tag on two images", inject: { $0.repositories[0].images[1].tags.append("latest") },
             issues: ["app (2): tag 'latest' is already on the image tagged '1'"], kinds: [.duplicateTag]),
        Case(name: "tag twice on one image", inject: { $0.repositories[0].images[0].tags.append("1") },
             issues: ["app (1): tag '1' is already on the image tagged '1'"], kinds: [.duplicateTag]),
        Case(name: "image id twice", inject: { $0.repositories[0].images[1].id = "sha256:" + hexA },
             issues: ["app (2): image id sha256:\(hexA) appears more than once"], kinds: [.duplicateImage]),
        Case(name: "short repo digest", inject: { $0.repositories[0].images[0].repoDigest = "sha256:abc" },
             issues: ["app (1): repoDigest 'sha256:abc' is not sha256: and 64 hex digits"], kinds: [.malformedDigest]),
        Case(name: "uppercase layer digest", inject: {
            $0.repositories[0].images[0].layers[0].digest = "sha256:" + hexA.uppercased()
        }, issues: ["app (1): layer 1 digest 'sha256:\(hexA.uppercased())' is not sha256: and 64 hex digits"],
             kinds: [.malformedDigest]),
        Case(name: "empty image id", inject: { $0.repositories[0].images[0].id = "" },
             issues: ["app (1): id is missing"], kinds: [.missingField]),
        Case(name: "no process", inject: { $0.repositories[0].images[0].process = nil },
             issues: ["app (1): process is missing"], kinds: [.missingField]),
        Case(name: "no description", inject: { $0.repositories[0].description = "" },
             issues: ["app: the repository has no description"], kinds: [.missingField]),
        Case(name: "no tags", inject: { $0.repositories[0].images[1].tags = [] },
             issues: ["app (sha256:\(String(repeating: "b", count: 64))): the image has no tags"], kinds: [.missingField]),
        Case(name: "no command", inject: { $0.repositories[0].images[0].config.cmd = nil },
             issues: ["app (1): the config has neither Cmd nor Entrypoint"], kinds: [.missingField]),
        Case(name: "history adds a layer too many", inject: {
            $0.repositories[0].images[0].history.append(CatalogHistoryEntry(created: "2025-06-01T00:00:00Z", createdBy: "RUN true"))
        }, issues: ["app (1): the history adds 2 layers but the image has 1 layer"], kinds: [.historyLayerMismatch]),
        Case(name: "tag docker rejects", inject: { $0.repositories[0].images[1].tags = ["-x"] },
             issues: ["app (-x): '-x' is not a tag docker accepts"], kinds: [.malformedValue]),
        Case(name: "created not RFC 3339", inject: { $0.repositories[0].images[0].created = "2 weeks ago" },
             issues: ["app (1): created '2 weeks ago' is not an RFC 3339 time"], kinds: [.malformedValue]),
        Case(name: "uppercase repository name", inject: { $0.repositories[0].name = "App" },
             issues: ["App: 'App' is not a repository name docker accepts"], kinds: [.malformedValue]),
    ]

    @Test(arguments: cases)
    func reportsTheInjectedDefect(_ c: Case) {
        var catalog = Self.sound()
        c.inject(&catalog)
        let issues = catalog.validate()
        #expect(issues.map(\.description) == c.issues)
        #expect(issues.map(\.kind) == c.kinds)
    }

    struct TextCase: Sendable, CustomStringConvertible {
        var text: String
        var valid: Bool
        var description: String { text }
    }

    static let times: [TextCase] = [
        TextCase(text: "2025-05-29T16:02:07Z", valid: true),
        TextCase(text: "2021-09-15T18:20:05.184694267Z", valid: true),
        TextCase(text: "2024-01-02T03:04:05-07:00", valid: true),
        TextCase(text: "2025-05-29 16:02:07Z", valid: false),
        TextCase(text: "2025-05-29T16:02:07", valid: false),
        TextCase(text: "2025-05-29T16:02:07.Z", valid: false),
        TextCase(text: "Thu, 29 May 2025 16:02:07 GMT", valid: false),
    ]

    @Test(arguments: times)
    func recognizesRFC3339Times(_ c: TextCase) {
        #expect(Catalog.isRFC3339(c.text) == c.valid)
    }

    static let digests: [TextCase] = [
        TextCase(text: "sha256:" + hexA, valid: true),
        TextCase(text: hexA, valid: false),
        TextCase(text: "sha512:" + hexA, valid: false),
        TextCase(text: "sha256:" + hexA + "a", valid: false),
        TextCase(text: "sha256:" + String(hexA.dropLast()) + "g", valid: false),
    ]

    @Test(arguments: digests)
    func recognizesDigests(_ c: TextCase) {
        #expect(Catalog.isDigest(c.text) == c.valid)
    }
}

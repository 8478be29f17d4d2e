import DockerAPI
import Testing
@testable import DockerEngine

/// Pull, tag, remove, list and history against the fixture catalog
/// (distribution/pull_v2.go, distribution/xfer, daemon/images).
@Suite struct ImageTests {
    static func lines(_ events: [PullProgress]) -> [String] {
        events.map { e in
            var s = (e.id.map { $0 + ": " } ?? "") + e.status
            if let c = e.current, let t = e.total { s += " \(c)/\(t)" }
            return s
        }
    }

    static func short(_ layer: CatalogLayer) -> String { DockerDaemon.shortDigest(layer.digest) }

    @Test func aFreshPullReportsEveryLayer() throws {
        let (d, _) = Fixtures.daemon()
        let nginx = Fixtures.catalog.repositories.first { $0.name == "nginx" }?.images[0]
        let layers = nginx?.layers.map(Self.short) ?? []
        #expect(layers.count == 3)
        let expected = [
            "latest: Pulling from library/nginx",
            "\(layers[0]): Pulling fs layer", "\(layers[1]): Pulling fs layer", "\(layers[2]): Pulling fs layer",
            "\(layers[0]): Downloading 7057780/28231123", "\(layers[0]): Downloading 14115561/28231123",
            "\(layers[0]): Downloading 28231123/28231123", "\(layers[0]): Verifying Checksum", "\(layers[0]): Download complete",
            "\(layers[1]): Downloading 10975000/43900000", "\(layers[1]): Downloading 21950000/43900000",
            "\(layers[1]): Downloading 43900000/43900000", "\(layers[1]): Verifying Checksum", "\(layers[1]): Download complete",
            "\(layers[2]): Verifying Checksum", "\(layers[2]): Download complete",
            "\(layers[0]): Extracting 14115561/28231123", "\(layers[0]): Extracting 28231123/28231123", "\(layers[0]): Pull complete",
            "\(layers[1]): Extracting 21950000/43900000", "\(layers[1]): Extracting 43900000/43900000", "\(layers[1]): Pull complete",
            "\(layers[2]): Extracting 628/628", "\(layers[2]): Pull complete",
            "Digest: \(nginx?.repoDigest ?? "")",
            "Status: Downloaded newer image for nginx:latest",
        ]
        #expect(Self.lines(try d.imagePull("nginx", allTags: false, platform: "")) == expected)
    }

    @Test func sharedLayersAlreadyExist() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let lines = Self.lines(try d.imagePull("nginx", allTags: false, platform: ""))
        #expect(lines[1] == "\(Self.short(Fixtures.debianBase)): Already exists")
        #expect(lines.filter { $0.hasSuffix("Pulling fs layer") }.count == 2)
        #expect(lines.filter { $0.hasSuffix("Waiting") }.isEmpty)
    }

    @Test func moreThanThreeMissingLayersWait() throws {
        let (d, _) = Fixtures.daemon()
        let lines = Self.lines(try d.imagePull("redis", allTags: false, platform: ""))
        let redis = Fixtures.catalog.repositories.first { $0.name == "redis" }?.images[0].layers.map(Self.short) ?? []
        #expect(lines.filter { $0.hasSuffix(": Waiting") } == ["\(redis[3]): Waiting", "\(redis[4]): Waiting"])
    }

    @Test func pullingAgainIsUpToDateAndANewTagOfTheSameImageDownloadsNothing() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let digest = Fixtures.digest("redis 7.4.2 index")
        #expect(Self.lines(try d.imagePull("redis", allTags: false, platform: "")) ==
                ["latest: Pulling from library/redis", "Digest: \(digest)", "Status: Image is up to date for redis:latest"])
        #expect(Self.lines(try d.imagePull("redis:7", allTags: false, platform: "")) ==
                ["7: Pulling from library/redis", "Digest: \(digest)", "Status: Downloaded newer image for redis:7"])
        #expect(try d.imageInspect("redis:7").repoTags == ["redis:7", "redis:latest"])
        #expect(try d.imageInspect("redis").repoDigests == ["redis@\(digest)"])
    }

    @Test func pullByDigestAndAllTags() throws {
        let (d, _) = Fixtures.daemon()
        let digest = Fixtures.digest("redis 6.2 index")
        let byDigest = Self.lines(try d.imagePull("redis@\(digest)", allTags: false, platform: ""))
        #expect(byDigest.first == "\(digest): Pulling from library/redis")
        #expect(byDigest.last == "Status: Downloaded newer image for redis@\(digest)")
        #expect(try d.imageInspect("redis@\(digest)").repoTags.isEmpty)
        let all = Self.lines(try d.imagePull("redis", allTags: true, platform: ""))
        #expect(all.filter { $0.contains("Pulling from") } == ["6: Pulling from library/redis", "6.2: Pulling from library/redis",
                                                               "7: Pulling from library/redis", "7.4: Pulling from library/redis",
                                                               "7.4.2: Pulling from library/redis", "latest: Pulling from library/redis"])
        #expect(all.last == "Status: Downloaded newer image for redis")
    }

    struct PullError: Sendable, CustomStringConvertible {
        var reference: String
        var error: EngineError
        var description: String { reference }
    }

    static let pullErrorCases: [PullError] = [
        PullError(reference: "nosuchthing", error: .notFound("pull access denied for nosuchthing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")),
        PullError(reference: "someone/private", error: .notFound("pull access denied for someone/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")),
        PullError(reference: "redis:9", error: .notFound("manifest for redis:9 not found: manifest unknown: manifest unknown")),
        PullError(reference: "redis@sha256:" + String(repeating: "0", count: 64), error: .notFound("manifest for redis@sha256:\(String(repeating: "0", count: 64)) not found: manifest unknown: manifest unknown")),
        PullError(reference: "registry.example.com/app", error: .system("Get \"https://registry.example.com/v2/\": dial tcp: lookup registry.example.com: no such host")),
    ]

    @Test(arguments: pullErrorCases)
    func pullErrors(_ c: PullError) {
        let (d, _) = Fixtures.daemon()
        #expect(throws: c.error) { try d.imagePull(c.reference, allTags: false, platform: "") }
        #expect(d.state.images.isEmpty)
    }

    @Test func tagAndTheLastTagTime() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        try d.imageTag(source: "alpine", target: "myalpine:v1")
        let inspect = try d.imageInspect("myalpine:v1")
        #expect(inspect.repoTags == ["alpine:latest", "myalpine:v1"])
        #expect(inspect.lastTagTime == "2025-01-01T00:00:00.2Z")
        #expect(throws: EngineError.notFound("No such image: nothere:latest")) { try d.imageTag(source: "nothere", target: "x") }
        #expect(throws: EngineError.invalidParameter("refusing to create a tag with a digest reference")) {
            try d.imageTag(source: "alpine", target: "x@sha256:" + String(repeating: "a", count: 64))
        }
    }

    struct RemoveCase: Sendable, CustomStringConvertible {
        var name: String
        var setup: @Sendable (DockerDaemon) throws -> Void
        var target: String
        var force = false
        var result: [String]?
        var error: String?
        var description: String { name }
    }

    static let alpineID = Fixtures.digest("alpine config")
    static let alpineDigest = Fixtures.digest("alpine index")
    static let alpineLayer = "sha256:" + SHA256.hex("diff-id " + Fixtures.alpineBase.digest)

    static let removeCases: [RemoveCase] = [
        RemoveCase(name: "the only tag deletes the image and its layer", setup: { _ in }, target: "alpine",
                   result: ["Untagged: alpine:latest", "Untagged: alpine@\(alpineDigest)", "Deleted: \(alpineID)", "Deleted: \(alpineLayer)"]),
        // The last tag of the repository goes, so its digest reference goes with it; the image stays as mine:latest.
        RemoveCase(name: "one of two tags only untags", setup: { try $0.imageTag(source: "alpine", target: "mine") }, target: "alpine",
                   result: ["Untagged: alpine:latest", "Untagged: alpine@\(alpineDigest)"]),
        RemoveCase(name: "a second tag of the same repository", setup: { try $0.imageTag(source: "alpine", target: "alpine:3") }, target: "alpine",
                   result: ["Untagged: alpine:latest"]),
        RemoveCase(name: "by id with two tags is refused", setup: { try $0.imageTag(source: "alpine", target: "mine") },
                   target: String(alpineID.dropFirst(7).prefix(12)),
                   error: "conflict: unable to delete \(alpineID.dropFirst(7).prefix(12)) (must be forced) - image is referenced in multiple repositories"),
        RemoveCase(name: "by id forced untags everything", setup: { try $0.imageTag(source: "alpine", target: "mine") },
                   target: String(alpineID.dropFirst(7).prefix(12)), force: true,
                   result: ["Untagged: alpine:latest", "Untagged: alpine@\(alpineDigest)", "Untagged: mine:latest",
                            "Deleted: \(alpineID)", "Deleted: \(alpineLayer)"]),
        RemoveCase(name: "a stopped container's image needs force", setup: { _ = try $0.create("alpine", cmd: ["true"]) }, target: "alpine",
                   error: "conflict: unable to remove repository reference \"alpine\" (must force) - container {c} is using its referenced image \(alpineID.dropFirst(7).prefix(12))"),
        RemoveCase(name: "forced with a stopped container keeps the layer", setup: { _ = try $0.create("alpine", cmd: ["true"]) }, target: "alpine",
                   force: true, result: ["Untagged: alpine:latest", "Untagged: alpine@\(alpineDigest)", "Deleted: \(alpineID)"]),
        RemoveCase(name: "a running container's image cannot be forced", setup: { _ = try $0.run("alpine", cmd: ["sleep", "99"]) },
                   target: String(alpineID.dropFirst(7).prefix(12)), force: true,
                   error: "conflict: unable to delete \(alpineID.dropFirst(7).prefix(12)) (cannot be forced) - image is being used by running container {c}"),
        RemoveCase(name: "an unknown image", setup: { _ in }, target: "nope", error: "No such image: nope:latest"),
    ]

    @Test(arguments: removeCases)
    func remove(_ c: RemoveCase) throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        try c.setup(d)
        let container = d.state.containers.keys.first.map { String($0.prefix(12)) } ?? ""
        do {
            let items = try d.imageRemove(c.target, force: c.force, noPrune: false)
            #expect(items.map { item -> String in
                switch item {
                case .untagged(let r): return "Untagged: " + r
                case .deleted(let id): return "Deleted: " + id
                }
            } == c.result)
        } catch {
            #expect(error.message == c.error?.replacingOccurrences(of: "{c}", with: container))
        }
    }

    @Test func listFiltersAndOrder() throws {
        let (d, _) = Fixtures.daemon(pulled: ["hello-world", "busybox", "alpine", "nginx"])
        #expect(try d.imageList(ImageListOptions()).map { $0.repoTags.first ?? "" } ==
                ["alpine:latest", "nginx:latest", "busybox:latest", "hello-world:latest"].sorted { a, b in
                    let created = ["alpine:latest": 4, "nginx:latest": 3, "busybox:latest": 1, "hello-world:latest": 5]
                    return (created[a] ?? 0) > (created[b] ?? 0)
                })
        #expect(try d.imageList(ImageListOptions(filters: FilterArgs(["reference": ["ng*"]]))).map(\.repoTags) == [["nginx:latest"]])
        #expect(try d.imageList(ImageListOptions(filters: FilterArgs(["label": ["maintainer"]]))).map(\.repoTags) == [["nginx:latest"]])
        #expect(try d.imageList(ImageListOptions(filters: FilterArgs(["before": ["alpine"]]))).map { $0.repoTags[0] } == ["nginx:latest", "busybox:latest"])
        #expect(try d.imageList(ImageListOptions(filters: FilterArgs(["since": ["nginx"]]))).map { $0.repoTags[0] } == ["hello-world:latest", "alpine:latest"])
        try d.imageTag(source: "busybox", target: "keep")
        _ = try d.imageRemove("busybox", force: false, noPrune: false)
        #expect(try d.imageList(ImageListOptions(filters: FilterArgs(["dangling": ["true"]]))).isEmpty)
        #expect(throws: EngineError.invalidParameter("invalid filter 'color'")) { try d.imageList(ImageListOptions(filters: FilterArgs(["color": ["red"]]))) }
        #expect(throws: EngineError.invalidParameter("invalid filter 'dangling=[maybe]'")) {
            try d.imageList(ImageListOptions(filters: FilterArgs(["dangling": ["maybe"]])))
        }
    }

    @Test func historyIsNewestFirstWithLayerSizes() throws {
        let (d, _) = Fixtures.daemon(pulled: ["hello-world"])
        let history = try d.imageHistory("hello-world")
        #expect(history.map(\.id) == [Fixtures.digest("hello-world config"), "<missing>"])
        #expect(history.map(\.createdBy) == ["CMD [\"/hello\"]", "COPY hello / # buildkit"])
        #expect(history.map(\.size) == [0, 10_072])
        #expect(history.first?.tags == ["hello-world:latest"])
    }

    @Test func pruneRemovesDanglingThenUnusedWithAll() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine", "busybox"])
        _ = try d.create("alpine", cmd: ["true"])
        #expect(try d.imagesPrune(FilterArgs()).imagesDeleted.isEmpty)
        let report = try d.imagesPrune(FilterArgs(["dangling": ["false"]]))
        #expect(report.imagesDeleted.contains(.untagged("busybox:latest")))
        #expect(report.spaceReclaimed == 4_270_000)
        #expect(d.state.images.count == 1)
    }
}

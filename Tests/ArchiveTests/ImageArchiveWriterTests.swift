import Testing
@testable import Archive

/// `docker save` output: the exact layout, metadata texts and legacy v1 configs of moby v28's
/// tarexport, checked against a golden listing and against what docker 20.10 wrote for the
/// same images (the legacy v1 JSON and ids have not changed since).
@Suite struct ImageArchiveWriterTests {
    /// Three images: two tags on a base, an app on top of it (its parent), and an untagged variant.
    static func threeImages() throws -> ImageArchive {
        let base = ImageArchive.Layer(tar: try Fixture.tar([("bin/", ""), ("bin/sh", "#!busybox"), ("etc/", ""), ("etc/os-release", "ID=tutor\n")]))
        let app = ImageArchive.Layer(tar: try Fixture.tar([("app/", ""), ("app/greeting", "hi <you> & me"), ("bin/.wh.ls", "")]))
        let baseImage = ImageArchive.Image(config: Fixture.config(layers: [base]), repoTags: ["tutor/base:1.0", "docker.io/tutor/base:latest"], layers: [base])
        let appImage = ImageArchive.Image(
            config: Fixture.config(layers: [base, app], created: "2024-06-01T10:30:00+02:00", cmd: ["cat", "/app/greeting"],
                                   extra: ",\"ExposedPorts\":{\"80/tcp\":{}},\"Labels\":{\"b\":\"2\",\"a\":\"<1> & \\u00e9\"},\"Volumes\":{\"/data\":{}}",
                                   history: [("2024-05-01T12:00:00.5Z", "test"), ("2024-06-01T10:30:00+02:00", "COPY app /app")]),
            repoTags: ["localhost:5000/app:v1"], layers: [base, app], parent: baseImage.id)
        let variant = ImageArchive.Image(config: Fixture.config(layers: [base], created: "2023-01-01T00:00:00Z", cmd: ["true"]), layers: [base])
        return ImageArchive(images: [baseImage, appImage, variant])
    }

    /// The listing and every metadata file of the archive.
    static func render(_ members: [TarMember]) -> String {
        var out = Fixture.listing(members) + "\n"
        for member in members where member.entry.kind == .regular {
            let text = String(decoding: member.contents, as: UTF8.self)
            if text.hasPrefix("{") || text.hasPrefix("[") {
                out += "\n== \(member.entry.name) ==\n" + text + (text.hasSuffix("\n") ? "" : "\n")
            }
        }
        return out
    }

    @Test func layoutMatchesGolden() throws {
        let members = try ImageArchiveWriter.members(of: try Self.threeImages())
        try Golden.check(Self.render(members), "save-three-images.txt")
    }

    @Test func savingTwiceGivesTheSameBytes() throws {
        let archive = try Self.threeImages()
        let first = try ImageArchiveWriter.write(archive)
        #expect(try ImageArchiveWriter.write(archive) == first)
        #expect(Digest.sha256(of: first) == Digest.sha256(of: try ImageArchiveWriter.write(try Self.threeImages())))
    }

    @Test func metadataFilesAreDockersTexts() throws {
        let members = try ImageArchiveWriter.members(of: try Self.threeImages())
        #expect(Fixture.contents(members, "oci-layout") == #"{"imageLayoutVersion": "1.0.0"}"#)
        let repositories = try #require(Fixture.contents(members, "repositories"))
        #expect(repositories.hasSuffix("}\n"))
        #expect(repositories.hasPrefix(#"{"localhost:5000/app":{"v1":""#))
        #expect(repositories.contains(#""tutor/base":{"1.0":""#))
        let index = try #require(Fixture.contents(members, "index.json"))
        #expect(!index.hasSuffix("\n"))
        #expect(index.contains(#""io.containerd.image.name":"docker.io/tutor/base:1.0","org.opencontainers.image.ref.name":"1.0""#))
        #expect(index.contains(#""io.containerd.image.name":"localhost:5000/app:v1""#))
        let manifest = try #require(Fixture.contents(members, "manifest.json"))
        #expect(manifest.hasSuffix("]\n"))
        #expect(manifest.contains(#""RepoTags":["tutor/base:1.0","tutor/base:latest"]"#))
        #expect(manifest.contains(#""RepoTags":null"#))
    }

    struct DockerV1Case: Sendable, CustomTestStringConvertible {
        let fixture: String
        /// The tag whose image is saved, and the 20.10 `<v1 id>/json` files for its layers, bottom to top.
        let tag: String
        let legacyIDs: [String]
        var testDescription: String { tag }
    }

    /// The legacy v1 JSON blobs and ids docker 25+ writes equal what 20.10 wrote as `<id>/json`.
    @Test(arguments: [
        DockerV1Case(fixture: "hello-world-20.10.tar", tag: "hello-world:latest",
                     legacyIDs: ["fa859d7db163821ccd8db41015364fc1354dc95cdc0776ced82428d40ca34220"]),
        DockerV1Case(fixture: "multi-image-20.10.tar", tag: "busybox:latest",
                     legacyIDs: ["f1a832c7d1dc14126564f6dbf5d30602e20bfd0ffabaae971146e5323a2a79da"]),
        DockerV1Case(fixture: "multi-image-20.10.tar", tag: "busybox-greeting:1",
                     legacyIDs: ["0c6b6fd1e2795262cce652e9a351695c43906d06aac44e60c3fc7837fcfac090",
                                 "a03c82f0bf6a3201bad464b22eb230b53bfd6de998c6f84483a1d899586dae23"]),
    ])
    func legacyConfigsMatchDocker2010(_ c: DockerV1Case) throws {
        let bytes = try Fixture.bytes(c.fixture)
        let original = try TarReader.members(of: bytes)
        let loaded = ImageArchiveReader.load(bytes)
        #expect(loaded.error == nil)
        let image = try #require(loaded.images.first { $0.repoTags.contains(c.tag) })
        let config = try ArchiveJSONParser.unmarshal(image.config)
        let chain = LegacyImageConfig.chain(forImageConfig: config, diffIDs: image.layers.map(\.diffID))
        #expect(chain.map(\.id.encoded) == c.legacyIDs)
        for (legacy, id) in zip(chain, c.legacyIDs) {
            #expect(Fixture.contents(original, id + "/json") == String(decoding: legacy.json, as: UTF8.self))
        }
        // And the saved archive carries them as blobs named by their digest.
        let saved = try ImageArchiveWriter.members(of: ImageArchive(images: [image]))
        for legacy in chain {
            #expect(saved.contains { $0.entry.name == "blobs/sha256/" + Digest.sha256(of: legacy.json).encoded })
        }
    }

    @Test func layerSharedByImagesIsSavedOnce() throws {
        let members = try ImageArchiveWriter.members(of: try Self.threeImages())
        let archive = try Self.threeImages()
        let base = archive.images[0].layers[0]
        #expect(members.filter { $0.entry.name == "blobs/sha256/" + base.diffID.encoded }.count == 1)
    }

    @Test func untaggedImageAfterTaggedOnesIsLeftOutOfIndexAsDockerDoes() throws {
        let archive = try Self.threeImages()
        let members = try ImageArchiveWriter.members(of: archive)
        let index = try #require(Fixture.contents(members, "index.json"))
        #expect(index.components(separatedBy: "\"digest\"").count - 1 == 3)
        let alone = try ImageArchiveWriter.members(of: ImageArchive(images: [archive.images[2]]))
        let aloneIndex = try #require(Fixture.contents(alone, "index.json"))
        #expect(!aloneIndex.contains("annotations"))
        #expect(aloneIndex.components(separatedBy: "\"digest\"").count - 1 == 1)
        #expect(!alone.contains { $0.entry.name == "repositories" })
    }

    @Test func sameImageTwiceIsSavedOnceWithBothTags() throws {
        let archive = try Self.threeImages()
        var twice = archive.images[0]
        twice.repoTags = ["tutor/base:extra"]
        let members = try ImageArchiveWriter.members(of: ImageArchive(images: [archive.images[0], twice]))
        let manifest = try #require(Fixture.contents(members, "manifest.json"))
        #expect(manifest.contains(#""RepoTags":["tutor/base:1.0","tutor/base:latest","tutor/base:extra"]"#))
        #expect(manifest.components(separatedBy: "\"Config\"").count - 1 == 1)
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let image: @Sendable () throws -> ImageArchive.Image
        /// The error text, given the image's id.
        let message: @Sendable (Digest) -> String
    }

    @Test(arguments: [
        RefusalCase(testDescription: "no layers", image: {
            ImageArchive.Image(config: Array(#"{"os":"linux","rootfs":{"type":"layers"}}"#.utf8), layers: [])
        }, message: { _ in "empty export - not implemented" }),
        RefusalCase(testDescription: "layers not in the config", image: {
            let layer = ImageArchive.Layer(tar: [])
            return ImageArchive.Image(config: Array(#"{"os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#.utf8), layers: [layer])
        }, message: { id in
            "layers of image \(id) do not match its rootfs.diff_ids: config lists [], layers are "
                + "[\"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"]"
        }),
        RefusalCase(testDescription: "config not JSON", image: {
            ImageArchive.Image(config: Array("nope".utf8), layers: [ImageArchive.Layer(tar: [])])
        }, message: { id in "invalid image config \(id): invalid character 'o' in literal null (expecting 'u')" }),
    ])
    func refusesImagesDockerCouldNotHave(_ c: RefusalCase) throws {
        let image = try c.image()
        #expect(throws: (any Error).self) { try ImageArchiveWriter.write(ImageArchive(images: [image])) }
        do {
            _ = try ImageArchiveWriter.write(ImageArchive(images: [image]))
        } catch {
            #expect(error.description == c.message(image.id))
        }
    }
}

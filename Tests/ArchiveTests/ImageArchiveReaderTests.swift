import Testing
@testable import Archive

/// `docker load` input: archives docker 20.10 and our writer produced, compressed and legacy
/// ones, and hostile ones, each failing with the message docker printed for it (recorded from
/// the real daemon; see `hostileArchives`).
@Suite struct ImageArchiveReaderTests {
    struct LoadedSummary: Equatable, CustomStringConvertible {
        let id: String
        let tags: [String]
        let layers: [String]
        let parent: String?
        var description: String { "\(id.prefix(19)) \(tags) \(layers.map { $0.prefix(19) }) parent \(parent?.prefix(19) ?? "-")" }
    }

    static func summary(_ result: ImageLoadResult) -> [LoadedSummary] {
        result.images.map {
            LoadedSummary(id: $0.id.description, tags: $0.repoTags, layers: $0.layers.map(\.diffID.description), parent: $0.parent?.description)
        }
    }

    static let busybox = "sha256:0853ee232b5f31ae66e2dd09f685af0230de68007879524880891f0888b65c10"
    static let greeting = "sha256:9ed6cc8c6f561aafbbc74de6fe5bcb3e620c63347b044fbd1826c5ab121037a9"
    static let hello = "sha256:ad733882d857b0bec70e95302981e855412cb466e628cde4a790b2d9d66702f3"
    static let multiImages: [LoadedSummary] = [
        LoadedSummary(id: "sha256:58419f96a8d5f820491ab9fec2eb2914275e922eff988e8d5d310267ef40d2ca", tags: ["busybox-greeting:1"],
                      layers: [busybox, greeting], parent: "sha256:fa548e8cd23e7e9dbe3832238e24b6fc6285c9a866370ed8cea0a954d83fcb6f"),
        LoadedSummary(id: "sha256:d4a7fe14d601c392cca9d97dae0ebaa8138485f638e02ad2401e70fbe41272c7", tags: ["hello-world:latest"],
                      layers: [hello], parent: nil),
        LoadedSummary(id: "sha256:fa548e8cd23e7e9dbe3832238e24b6fc6285c9a866370ed8cea0a954d83fcb6f", tags: ["busybox:latest"],
                      layers: [busybox], parent: nil),
    ]

    @Test func readsDocker2010Save() throws {
        let result = ImageArchiveReader.load(try Fixture.bytes("multi-image-20.10.tar"))
        #expect(result.error == nil)
        #expect(result.layout == .dockerArchive)
        #expect(Self.summary(result) == Self.multiImages)
        // The config bytes are the file docker wrote, so the id is docker's.
        let original = try TarReader.members(of: try Fixture.bytes("multi-image-20.10.tar"))
        #expect(result.images.map { Array($0.config) } == result.images.map { image in
            Array(original.first { $0.entry.name == image.id.encoded + ".json" }?.contents ?? [])
        })
    }

    @Test func readsGzipCompressedSave() throws {
        let result = ImageArchiveReader.load(Gzip.compress(try Fixture.bytes("multi-image-20.10.tar")))
        #expect(result.error == nil)
        #expect(Self.summary(result) == Self.multiImages)
    }

    @Test func readsOurOwnSave() throws {
        let loaded = ImageArchiveReader.load(try Fixture.bytes("multi-image-20.10.tar"))
        let ours = try ImageArchiveWriter.write(ImageArchive(images: loaded.images))
        let again = ImageArchiveReader.load(ours)
        #expect(again.error == nil)
        #expect(again.layout == .ociAndDockerArchive)
        #expect(again.images == loaded.images)
        let synthetic = try ImageArchiveWriterTests.threeImages()
        #expect(ImageArchiveReader.load(try ImageArchiveWriter.write(synthetic)).images.map(\.id) == synthetic.images.map(\.id))
    }

    /// Without `manifest.json` docker takes the pre-1.10 path and converts each layer's v1 JSON
    /// into a config; the real daemon gave these image ids for this archive.
    @Test func readsLegacyLayoutAsDockerConvertsIt() throws {
        let members = try TarReader.members(of: try Fixture.bytes("multi-image-20.10.tar")).filter { $0.entry.name != "manifest.json" }
        let result = ImageArchiveReader.load(try TarWriter.archive(members))
        #expect(result.error == nil)
        #expect(result.layout == .legacy)
        #expect(Self.summary(result) == [
            LoadedSummary(id: "sha256:6b4fa02b1c346cbcc83bc81a26f4671cf41a5cadd6659743e9cdefc77124926d", tags: [], layers: [Self.busybox], parent: nil),
            LoadedSummary(id: "sha256:1eae414e1f60eb9d81e5f594c92fb78513261c182c99b66d616eb3976dbbcae8", tags: ["busybox-greeting:1"],
                          layers: [Self.busybox, Self.greeting], parent: "sha256:6b4fa02b1c346cbcc83bc81a26f4671cf41a5cadd6659743e9cdefc77124926d"),
            LoadedSummary(id: "sha256:fa548e8cd23e7e9dbe3832238e24b6fc6285c9a866370ed8cea0a954d83fcb6f", tags: ["busybox:latest"], layers: [Self.busybox], parent: nil),
            LoadedSummary(id: "sha256:d4a7fe14d601c392cca9d97dae0ebaa8138485f638e02ad2401e70fbe41272c7", tags: ["hello-world:latest"], layers: [Self.hello], parent: nil),
        ])
    }

    /// The containerd image store's export (docker 29's default; moby's
    /// `daemon/containerd/image_exporter.go`): registry blobs as pulled, so layers are gzip
    /// files named by their compressed digest, read-only files, and a `manifest.json` for
    /// docker-archive loaders. Docker's loader follows `manifest.json`, decompressing layers.
    @Test func readsContainerdStoreExport() throws {
        let layer = try Fixture.tar([("etc/", ""), ("etc/motd", "welcome\n")])
        let compressed = Gzip.compress(layer)
        let blob = Digest.sha256(of: compressed).encoded
        let config = Fixture.config(layers: [ImageArchive.Layer(tar: layer)])
        let configBlob = Digest.sha256(of: config).encoded
        let manifest = "[{\"Config\":\"blobs/sha256/\(configBlob)\",\"RepoTags\":[\"motd:latest\"],\"Layers\":[\"blobs/sha256/\(blob)\"]}]\n"
        func readOnly(_ name: String, _ data: [UInt8]) -> TarMember {
            TarMember(entry: TarEntry(kind: .regular, name: name, size: Int64(data.count), mode: 0o444), contents: data)
        }
        let archive = try TarWriter.archive([
            TarMember(entry: .directory("blobs/")), TarMember(entry: .directory("blobs/sha256/")),
            readOnly("blobs/sha256/" + blob, compressed), readOnly("blobs/sha256/" + configBlob, config),
            readOnly("index.json", Array("{\"schemaVersion\":2,\"manifests\":[]}".utf8)),
            readOnly("manifest.json", Array(manifest.utf8)),
            readOnly("oci-layout", Array(#"{"imageLayoutVersion":"1.0.0"}"#.utf8)),
        ])
        let result = ImageArchiveReader.load(archive)
        #expect(result.error == nil)
        #expect(result.layout == .ociAndDockerArchive)
        #expect(result.images.first?.repoTags == ["motd:latest"])
        #expect(result.images.first?.layers.map(\.tar) == [layer])
    }

    /// Docker keeps a `Parent` only when that image is in the archive, and refuses one whose
    /// history the child does not extend (the real daemon said this for such an archive).
    @Test func checksParentLinksAsDocker() throws {
        let archive = try ImageArchiveWriterTests.threeImages()
        let saved = ImageArchiveReader.load(try ImageArchiveWriter.write(archive))
        #expect(saved.error == nil)
        #expect(saved.images.map(\.parent) == [nil, archive.images[0].id, nil])

        let alone = ImageArchiveReader.load(try ImageArchiveWriter.write(ImageArchive(images: [archive.images[1]])))
        #expect(alone.error == nil)
        #expect(alone.images.first?.parent == nil)

        var unrelated = archive.images[1]
        let layers = unrelated.layers
        unrelated.config = Fixture.config(layers: layers, created: "2024-06-01T08:30:00Z")
        let broken = ImageArchiveReader.load(try ImageArchiveWriter.write(ImageArchive(images: [archive.images[0], unrelated])))
        #expect(broken.images.count == 2)
        #expect(broken.error?.description == "image \(archive.images[0].id) is not a valid parent for \(unrelated.id)")
    }

    @Test func skipsLayersTheDaemonAlreadyHas() throws {
        let original = try TarReader.members(of: try Fixture.bytes("hello-world-20.10.tar"))
        let layer = try #require(original.first { $0.entry.name.hasSuffix("layer.tar") })
        let known = ImageArchive.Layer(tar: Array(layer.contents))
        let withoutLayer = try TarWriter.archive(original.filter { !$0.entry.name.hasSuffix("layer.tar") })
        let missing = ImageArchiveReader.load(withoutLayer)
        #expect(missing.error?.message(temporaryDirectory: "/t") == "open /t/fa859d7db163821ccd8db41015364fc1354dc95cdc0776ced82428d40ca34220/layer.tar: no such file or directory")
        let options = ImageArchiveReader.Options(existingLayer: { $0 == Self.hello ? known : nil })
        let result = ImageArchiveReader.load(withoutLayer, options: options)
        #expect(result.error == nil)
        #expect(result.images.first?.layers == [known])
    }

    @Test func keepsImagesLoadedBeforeAnError() throws {
        let good = try TarReader.members(of: try Fixture.bytes("hello-world-20.10.tar"))
        var members = good.filter { $0.entry.name != "manifest.json" }
        let manifest = try #require(Fixture.contents(good, "manifest.json")).dropLast(2) + #",{"Config":"missing.json","Layers":[]}]"#
        members.append(TarMember(entry: .file("manifest.json", size: manifest.utf8.count), contents: Array(manifest.utf8)))
        let result = ImageArchiveReader.load(try TarWriter.archive(members))
        #expect(result.images.map(\.repoTags) == [["hello-world:latest"]])
        #expect(result.error?.message(temporaryDirectory: "/t") == "open /t/missing.json: no such file or directory")
    }

    // MARK: - Hostile archives

    /// One file of a hostile archive.
    enum Item: Sendable {
        case file(String, String)
        case bytes(String, [UInt8])
        case directory(String)
        case symlink(String, String)
        case hardLink(String, String)
        case flag(String, UInt8)
    }

    static func archive(_ items: [Item]) throws -> [UInt8] {
        try TarWriter.archive(items.map { item in
            switch item {
            case .file(let name, let text): return TarMember(entry: .file(name, size: text.utf8.count), contents: Array(text.utf8))
            case .bytes(let name, let data): return TarMember(entry: .file(name, size: data.count), contents: data)
            case .directory(let name): return TarMember(entry: .directory(name))
            case .symlink(let name, let target): return TarMember(entry: TarEntry(kind: .symbolicLink, name: name, linkName: target, mode: 0o777))
            case .hardLink(let name, let target): return TarMember(entry: TarEntry(kind: .hardLink, name: name, linkName: target, mode: 0o644))
            case .flag(let name, let flag): return TarMember(entry: TarEntry(kind: .other(flag), name: name, mode: 0o644))
            }
        })
    }

    static let layer: [UInt8] = (try? Fixture.tar([("hello.txt", "hi\n")])) ?? []
    static let layerID = Digest.sha256(of: layer).description
    static func config(os: String = "linux", diffIDs: [String] = [layerID]) -> String {
        "{\"architecture\":\"amd64\",\"os\":\"\(os)\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\(diffIDs.map { "\"\($0)\"" }.joined(separator: ","))]}}"
    }
    static func manifest(config: String = "config.json", tags: String = "[\"hostile:1\"]", layers: String = "[\"layer.tar\"]") -> String {
        "[{\"Config\":\"\(config)\",\"RepoTags\":\(tags),\"Layers\":\(layers)}]"
    }
    /// A loadable archive with the manifest, config and layer replaced as asked.
    static func good(manifest m: String = manifest(), config c: String = config(), layer l: [UInt8] = layer, more: [Item] = []) -> [Item] {
        [.file("manifest.json", m), .file("config.json", c), .bytes("layer.tar", l)] + more
    }

    struct HostileCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: @Sendable () throws -> [UInt8]
        /// Docker's message with the temporary directory `/var/lib/docker/tmp/docker-import-4052201689`; nil when it loads.
        let message: String?
    }

    static let tmp = "/var/lib/docker/tmp/docker-import-4052201689"

    /// Each archive was given to the real daemon (20.10; the load code is v28's but for the
    /// noted messages): the texts are what `docker load` printed.
    static let hostileArchives: [HostileCase] = [
        HostileCase(testDescription: "random bytes", bytes: { (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) } },
                    message: "archive/tar: invalid tar header"),
        HostileCase(testDescription: "empty input", bytes: { [] }, message: "open \(tmp)/repositories: no such file or directory"),
        HostileCase(testDescription: "only zero blocks", bytes: { [UInt8](repeating: 0, count: 1024) },
                    message: "open \(tmp)/repositories: no such file or directory"),
        HostileCase(testDescription: "truncated save", bytes: { Array(try Fixture.bytes("hello-world-20.10.tar").prefix(5000)) },
                    message: "unexpected EOF"),
        HostileCase(testDescription: "a tar of one file", bytes: { try archive([.file("foo", "hi\n")]) },
                    message: "open \(tmp)/repositories: no such file or directory"),
        HostileCase(testDescription: "a docker export tar", bytes: { try Fixture.bytes("go-written-export.tar") },
                    message: "open \(tmp)/dev/json: no such file or directory"),
        HostileCase(testDescription: "gzip of something not a tar", bytes: { Gzip.compress(Array("hello\n".utf8)) }, message: "unexpected EOF"),
        // v28's validateManifest; 20.10 loaded nothing and said nothing.
        HostileCase(testDescription: "null manifest", bytes: { try archive([.file("manifest.json", "null")]) },
                    message: "invalid manifest, manifest cannot be null (but can be [])"),
        HostileCase(testDescription: "manifest is an object", bytes: { try archive([.file("manifest.json", "{}")]) },
                    message: "json: cannot unmarshal object into Go value of type []tarexport.manifestItem"),
        HostileCase(testDescription: "manifest item is a string", bytes: { try archive([.file("manifest.json", "[\"x\"]")]) },
                    message: "json: cannot unmarshal string into Go value of type tarexport.manifestItem"),
        HostileCase(testDescription: "Config is a number", bytes: { try archive([.file("manifest.json", "[{\"Config\":1}]")]) },
                    message: "json: cannot unmarshal number into Go struct field manifestItem.Config of type string"),
        HostileCase(testDescription: "RepoTags holds a number", bytes: { try archive(good(manifest: manifest(tags: "[1]"))) },
                    message: "json: cannot unmarshal number into Go struct field manifestItem.RepoTags of type string"),
        HostileCase(testDescription: "empty manifest", bytes: { try archive([.file("manifest.json", "")]) }, message: "EOF"),
        HostileCase(testDescription: "truncated manifest", bytes: { try archive([.file("manifest.json", "[{")]) }, message: "unexpected EOF"),
        HostileCase(testDescription: "garbage after the manifest is ignored", bytes: { try archive(good(manifest: manifest() + " garbage")) }, message: nil),
        HostileCase(testDescription: "missing config", bytes: { try archive([.file("manifest.json", manifest(config: "nope.json"))]) },
                    message: "open \(tmp)/nope.json: no such file or directory"),
        HostileCase(testDescription: "config path escaping the directory", bytes: { try archive(good(manifest: manifest(config: "../../../etc/passwd"))) },
                    message: "evalSymlinksInScope: /var/lib/etc/passwd is not in \(tmp)"),
        HostileCase(testDescription: "layer path escaping the directory", bytes: { try archive(good(manifest: manifest(layers: "[\"../../x/layer.tar\"]"))) },
                    message: "evalSymlinksInScope: /var/lib/docker/x/layer.tar is not in \(tmp)"),
        HostileCase(testDescription: "absolute layer path means the directory", bytes: { try archive(good(manifest: manifest(layers: "[\"/layer.tar\"]"))) },
                    message: nil),
        HostileCase(testDescription: "entry names climbing out land inside", bytes: {
            try archive([.file("../../../manifest.json", manifest()), .file("config.json", config()), .bytes("layer.tar", layer)])
        }, message: nil),
        HostileCase(testDescription: "absolute symlink to the config", bytes: { try archive(good(manifest: manifest(config: "cfg"), more: [.symlink("cfg", "/config.json")])) },
                    message: nil),
        HostileCase(testDescription: "symlink climbing out to the config", bytes: { try archive(good(manifest: manifest(config: "cfg"), more: [.symlink("cfg", "../../../config.json")])) },
                    message: nil),
        HostileCase(testDescription: "symlink loop", bytes: {
            try archive([.symlink("manifest.json", "a"), .symlink("a", "b"), .symlink("b", "manifest.json")])
        }, message: "evalSymlinksInScope: too many links in \(tmp)/manifest.json"),
        HostileCase(testDescription: "config is a directory", bytes: { try archive([.file("manifest.json", manifest(config: "d")), .directory("d/")]) },
                    message: "read \(tmp)/d: is a directory"),
        HostileCase(testDescription: "manifest is a directory", bytes: { try archive([.directory("manifest.json/")]) },
                    message: "read \(tmp)/manifest.json: is a directory"),
        HostileCase(testDescription: "layer count mismatch", bytes: { try archive(good(manifest: manifest(layers: "[\"layer.tar\",\"layer.tar\"]"))) },
                    message: "invalid manifest, layers length mismatch: expected 2, got 1"),
        HostileCase(testDescription: "diff id mismatch", bytes: { try archive(good(config: config(diffIDs: ["sha256:" + String(repeating: "0", count: 64)]))) },
                    message: "invalid diffID for layer 0: expected \"sha256:\(String(repeating: "0", count: 64))\", got \"\(layerID)\""),
        HostileCase(testDescription: "windows image", bytes: { try archive(good(config: config(os: "windows"))) },
                    message: "cannot load windows image on linux"),
        HostileCase(testDescription: "config without rootfs", bytes: { try archive(good(config: "{\"os\":\"linux\"}")) },
                    message: "invalid image JSON, no RootFS key"),
        HostileCase(testDescription: "config not JSON", bytes: { try archive(good(config: "xyz")) },
                    message: "invalid character 'x' looking for beginning of value"),
        HostileCase(testDescription: "config is an array", bytes: { try archive(good(config: "[]")) },
                    message: "json: cannot unmarshal array into Go value of type image.Image"),
        HostileCase(testDescription: "diff id is a number", bytes: { try archive(good(config: "{\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[1]}}")) },
                    message: "json: cannot unmarshal number into Go struct field RootFS.rootfs.diff_ids of type layer.DiffID"),
        // 20.10 prefixed unpacking errors with "Error processing tar file(exit status 1): "; v28 unpacks in-process.
        HostileCase(testDescription: "layer is not a tar", bytes: {
            let junk = [UInt8](repeating: UInt8(ascii: "x"), count: 600)
            return try archive(good(config: config(diffIDs: [Digest.sha256(of: junk).description]), layer: junk))
        }, message: "archive/tar: invalid tar header"),
        HostileCase(testDescription: "hard link to nothing", bytes: { try archive([.hardLink("x", "nothere")]) },
                    message: "link /nothere /x: no such file or directory"),
        HostileCase(testDescription: "file used as a directory", bytes: { try archive([.file("f", "data"), .file("f/g", "data")]) },
                    message: "open /f/g: not a directory"),
        HostileCase(testDescription: "contiguous-file entry", bytes: { try archive([.flag("x", UInt8(ascii: "7"))]) },
                    message: "unhandled tar header type 55"),
        HostileCase(testDescription: "repositories naming a missing image", bytes: { try archive([.file("repositories", "{\"foo\":{\"latest\":\"nope\"}}")]) },
                    message: "invalid target ID: nope"),
        HostileCase(testDescription: "legacy parent loop", bytes: {
            try archive([.file("a/json", "{\"parent\":\"b\"}"), .file("b/json", "{\"parent\":\"a\"}")])
        }, message: "legacy image a: parent chain is cyclic or deeper than 1000 images"),
        HostileCase(testDescription: "truncated gzip", bytes: {
            let gz = Gzip.compress(try Fixture.bytes("hello-world-20.10.tar"))
            return Array(gz.prefix(gz.count / 2))
        }, message: "unexpected EOF"),
        HostileCase(testDescription: "decompression bomb", bytes: { Gzip.compress([UInt8](repeating: 0, count: 8 << 20)) },
                    message: "decompressed data exceeds the limit of 4194304 bytes"),
    ]

    @Test(arguments: hostileArchives)
    func failsAsDockerLoadDoes(_ c: HostileCase) throws {
        let result = ImageArchiveReader.load(try c.bytes(), options: .init(decompressionLimit: 4 << 20))
        #expect(result.error?.message(temporaryDirectory: Self.tmp) == c.message)
        if c.message == nil {
            #expect(result.images.map(\.repoTags) == [["hostile:1"]])
            #expect(result.images.first?.layers.map(\.diffID.description) == [Self.layerID])
        }
    }

    @Test func importReadsRootFilesystems() throws {
        let export = try Fixture.bytes("go-written-export.tar")
        let plain = try RootFilesystemArchive(reading: export)
        #expect(plain.diffID == Digest.sha256(of: export))
        #expect(plain.members.count == 35)
        let compressed = try RootFilesystemArchive(reading: Gzip.compress(export))
        #expect(compressed == plain)
        // An empty input is an empty layer, as `docker import` makes of it.
        #expect(try RootFilesystemArchive(reading: []).diffID.encoded == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(throws: ImageLoadError(.tar(.invalidHeader(offset: 0, problem: "checksum field is not octal")))) {
            try RootFilesystemArchive(reading: [UInt8](repeating: 0x41, count: 600))
        }
    }

    /// Mutated saves never trap or hang; each load ends with images or an error.
    @Test func survivesMutatedArchives() throws {
        let base = try Fixture.bytes("hello-world-20.10.tar")
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var outcomes: Set<String> = []
        for round in 0..<400 {
            var bytes = base
            for _ in 0...(next() % 3) {
                let at = next() % bytes.count
                if next() % 5 == 0 {
                    bytes = Array(bytes.prefix(at))
                } else {
                    bytes[at] = UInt8(truncatingIfNeeded: next())
                }
                if bytes.isEmpty { break }
            }
            if round % 2 == 0 {
                // Keep headers valid so the damage reaches the JSON and layer stages.
                for block in stride(from: 0, to: bytes.count - 511, by: 512) where bytes[block + 257] == UInt8(ascii: "u") {
                    TarReaderTests.rechecksum(&bytes, header: block)
                }
            }
            let result = ImageArchiveReader.load(bytes, options: .init(decompressionLimit: 1 << 20))
            outcomes.insert(result.error.map { String($0.description.prefix(24)) } ?? "loaded")
        }
        #expect(outcomes.count > 5)
    }
}

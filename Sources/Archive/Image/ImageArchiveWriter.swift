/// Writes `docker save` archives as docker 25+ (moby v28's `image/tarexport`) writes them.
///
/// The archive is both an OCI image layout and the legacy docker-archive: under `blobs/sha256/`
/// each image's config, OCI manifest and uncompressed layer tars, plus a legacy v1 JSON per
/// layer; `index.json` and `oci-layout` for OCI tools; `manifest.json` and `repositories` for
/// `docker load`. Entry order (a walk of docker's staging directory), modes (0755/0644), owner
/// root and mtimes (image creation time for an image's files, the epoch for the metadata) are
/// docker's, so the bytes depend only on the images: saving twice gives the same archive.
///
/// One deliberate difference: docker leaves `blobs/sha256/` with the time of the save (a bug
/// fixed after v28.5); we write the epoch, as the fix does.
public enum ImageArchiveWriter {
    /// The archive bytes for `archive`. Images with the same id are saved once, with their tags merged.
    public static func write(_ archive: ImageArchive) throws(ImageSaveError) -> [UInt8] {
        let members = try members(of: archive)
        do {
            return try TarWriter.archive(members)
        } catch {
            throw .tar(error)
        }
    }

    /// The archive's entries in order, for callers that stream them or inspect the layout.
    public static func members(of archive: ImageArchive) throws(ImageSaveError) -> [TarMember] {
        var session = SaveSession()
        for image in mergeByID(archive.images) { try session.add(image) }
        return session.finish()
    }

    /// Images sharing a config collapse into one, in first-seen order, as docker's map by id does.
    private static func mergeByID(_ images: [ImageArchive.Image]) -> [ImageArchive.Image] {
        var out: [ImageArchive.Image] = []
        var index: [Digest: Int] = [:]
        for image in images {
            if let i = index[image.id] {
                for tag in image.repoTags where !out[i].repoTags.contains(tag) { out[i].repoTags.append(tag) }
            } else {
                index[image.id] = out.count
                out.append(image)
            }
        }
        return out
    }
}

/// The state of one save: docker's `saveSession`, with the staging directory kept in memory.
private struct SaveSession {
    /// Files under `blobs/sha256/`, by hex name, with their mtimes.
    var blobs: [String: (data: [UInt8], mtime: TarTime)] = [:]
    var savedLayers: [Digest: ArchiveJSON] = [:]
    var manifestItems: [ArchiveJSON] = []
    var manifestDescriptors: [ArchiveJSON] = []
    var repositories: [String: [String: String]] = [:]
    var parents: [(id: Digest, parent: Digest?)] = []
    /// `blobs/`'s mtime: the last image's creation time.
    var blobsDirectoryTime = TarTime.epoch

    mutating func add(_ image: ImageArchive.Image) throws(ImageSaveError) {
        let config: ArchiveJSON
        do {
            config = try ArchiveJSONParser.unmarshal(image.config)
        } catch {
            throw .invalidConfig(image.id, error.description)
        }
        let diffIDs = image.layers.map(\.diffID)
        if diffIDs.isEmpty { throw .emptyImage }
        let configDiffIDs = (config["rootfs"]?["diff_ids"]?.arrayValue ?? []).map { $0.stringValue ?? "" }
        if configDiffIDs != diffIDs.map(\.description) {
            throw .layersDoNotMatchConfig(image.id, expected: configDiffIDs, got: diffIDs.map(\.description))
        }
        var created = TarTime.epoch
        if let text = config["created"]?.stringValue, let time = RFC3339Time(parsing: text) {
            created = TarTime(seconds: time.unixSeconds)
        }

        // saveImage: a legacy config and the layer blob per layer.
        var layerDescriptors: [ArchiveJSON] = []
        var layerSources: [(String, ArchiveJSON)] = []
        for (legacy, layer) in zip(LegacyImageConfig.chain(forImageConfig: config, diffIDs: diffIDs), image.layers) {
            let legacyName = Digest.sha256(of: legacy.json).encoded
            if blobs[legacyName] == nil { blobs[legacyName] = (legacy.json, created) }
            if savedLayers[layer.diffID] == nil {
                blobs[layer.diffID.encoded] = (layer.tar, created)
                savedLayers[layer.diffID] = .object([
                    .init("mediaType", .string(MediaType.imageLayer)),
                    .init("size", .number(String(layer.tar.count))),
                    .init("digest", .string(layer.diffID.description)),
                ])
            }
            layerDescriptors.append(.object([
                .init("mediaType", .string(MediaType.imageLayer)),
                .init("digest", .string(layer.diffID.description)),
                .init("size", .number(String(layer.tar.count))),
            ]))
            if let source = savedLayers[layer.diffID] { layerSources.append((layer.diffID.description, source)) }
        }
        blobs[image.id.encoded] = (image.config, created)
        blobsDirectoryTime = created

        // The OCI manifest, its index entries and the legacy repositories map.
        let manifest = ArchiveJSON.object([
            .init("schemaVersion", .number("2")),
            .init("mediaType", .string(MediaType.imageManifest)),
            .init("config", .object([
                .init("mediaType", .string(MediaType.imageConfig)),
                .init("digest", .string(image.id.description)),
                .init("size", .number(String(image.config.count))),
            ])),
            .init("layers", .array(layerDescriptors)),
        ]).encodedBytes
        let manifestDigest = Digest.sha256(of: manifest)
        blobs[manifestDigest.encoded] = (manifest, .epoch)
        let untagged: [ArchiveJSON.Member] = [
            .init("mediaType", .string(MediaType.imageManifest)),
            .init("digest", .string(manifestDigest.description)),
            .init("size", .number(String(manifest.count))),
        ]
        var repoTags: [ArchiveJSON] = []
        var seen: [String] = []
        for text in image.repoTags {
            guard let tag = RepoTag(text), !seen.contains(tag.full) else { continue }
            seen.append(tag.full)
            repositories[tag.familiarName, default: [:]][tag.tag] = diffIDs[diffIDs.count - 1].encoded
            repoTags.append(.string(tag.familiar))
            manifestDescriptors.append(.object(untagged + [.init("annotations", ArchiveJSON.sortedObject([
                ("io.containerd.image.name", .string(tag.full)),
                ("org.opencontainers.image.ref.name", .string(tag.tag)),
            ]))]))
        }
        // Docker checks the whole list, so an untagged image after a tagged one is left out of index.json.
        if manifestDescriptors.isEmpty { manifestDescriptors.append(.object(untagged)) }

        manifestItems.append(.object([
            .init("Config", .string("blobs/sha256/" + image.id.encoded)),
            .init("RepoTags", repoTags.isEmpty ? .null : .array(repoTags)),
            .init("Layers", .array(diffIDs.map { .string("blobs/sha256/" + $0.encoded) })),
            .init("LayerSources", ArchiveJSON.sortedObject(layerSources)),
        ]))
        parents.append((image.id, image.parent))
    }

    /// The tar members: the staging directory walked in lexical order.
    mutating func finish() -> [TarMember] {
        // validatedParentLinks: a parent is recorded only when that image is in the archive too.
        let ids = Set(parents.map(\.id))
        for (i, link) in parents.enumerated() {
            guard let parent = link.parent, parent != link.id, ids.contains(parent),
                  case .object(var members) = manifestItems[i] else { continue }
            members.insert(.init("Parent", .string(parent.description)), at: 3)
            manifestItems[i] = .object(members)
        }
        var members: [TarMember] = [
            directory("blobs/", mtime: blobsDirectoryTime),
            directory("blobs/sha256/", mtime: .epoch),
        ]
        for name in blobs.keys.sorted() {
            guard let blob = blobs[name] else { continue }
            members.append(file("blobs/sha256/" + name, blob.data, mtime: blob.mtime))
        }
        let index = ArchiveJSON.object([
            .init("schemaVersion", .number("2")),
            .init("mediaType", .string(MediaType.imageIndex)),
            .init("manifests", .array(manifestDescriptors)),
        ])
        members.append(file("index.json", index.encodedBytes, mtime: .epoch))
        members.append(file("manifest.json", ArchiveJSON.array(manifestItems).encodedBytes + [0x0A], mtime: .epoch))
        members.append(file("oci-layout", Array(#"{"imageLayoutVersion": "1.0.0"}"#.utf8), mtime: .epoch))
        if !repositories.isEmpty {
            let repos = ArchiveJSON.sortedObject(repositories.map { name, tags in
                (name, ArchiveJSON.sortedObject(tags.map { ($0.key, .string($0.value)) }))
            })
            members.append(file("repositories", repos.encodedBytes + [0x0A], mtime: .epoch))
        }
        return members
    }

    /// A directory as docker's archiver records it (PAX requested, so USTAR unless needed).
    private func directory(_ name: String, mtime: TarTime) -> TarMember {
        TarMember(entry: TarEntry(kind: .directory, name: name, mode: 0o755, modificationTime: mtime, format: .pax))
    }

    private func file(_ name: String, _ data: [UInt8], mtime: TarTime) -> TarMember {
        TarMember(entry: TarEntry(kind: .regular, name: name, size: Int64(data.count), mode: 0o644, modificationTime: mtime, format: .pax), contents: data)
    }
}

/// Why an archive could not be written.
public enum ImageSaveError: Error, Equatable, CustomStringConvertible {
    /// An image without layers; docker's own message.
    case emptyImage
    /// The config is not JSON docker could have stored.
    case invalidConfig(Digest, String)
    /// The layers given are not the config's `rootfs.diff_ids`.
    case layersDoNotMatchConfig(Digest, expected: [String], got: [String])
    /// The tar writer refused an entry.
    case tar(TarError)

    public var description: String {
        switch self {
        case .emptyImage: return "empty export - not implemented"
        case .invalidConfig(let id, let why): return "invalid image config \(id): \(why)"
        case .layersDoNotMatchConfig(let id, let expected, let got):
            return "layers of image \(id) do not match its rootfs.diff_ids: config lists \(expected), layers are \(got)"
        case .tar(let error): return error.description
        }
    }
}

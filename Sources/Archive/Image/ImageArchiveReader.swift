/// Reads what `docker load` accepts: our archives, docker 20.10's and 25+'s `docker save`
/// output (gzip-compressed or not), and pre-1.10 legacy archives, following moby v28's
/// `tarexport.Load` step by step so the same archive succeeds or fails with the same message.
///
/// The archive is unpacked in memory as docker unpacks it into its temporary directory; then
/// `manifest.json` drives the load (each entry's config and layer files, read by the paths it
/// names, through symlinks, inside the archive), and without it the legacy layout does
/// (one directory per layer with `json` and `layer.tar`, tags in `repositories`). Images are
/// returned in order up to the first error, as docker keeps the images it loaded before one failed.
public enum ImageArchiveReader {
    /// Bounds and daemon state the load depends on.
    public struct Options: Sendable {
        /// The most bytes decompressing the archive or any layer may produce.
        public var decompressionLimit: Int
        /// A layer the daemon already has, by chain id: docker does not read those from the archive.
        public var existingLayer: @Sendable (_ chainID: String) -> ImageArchive.Layer?

        public init(decompressionLimit: Int = 4 << 30, existingLayer: @escaping @Sendable (_ chainID: String) -> ImageArchive.Layer? = { _ in nil }) {
            self.decompressionLimit = decompressionLimit
            self.existingLayer = existingLayer
        }
    }

    /// Loads `bytes`. The images are those read before the error, if any.
    public static func load(_ bytes: [UInt8], options: Options = Options()) -> ImageLoadResult {
        var result = ImageLoadResult()
        do throws(ImageLoadError) {
            let tar: [UInt8]
            do {
                tar = try Compression.decompressIfNeeded(bytes, limit: options.decompressionLimit)
            } catch {
                throw ImageLoadError(.decompression(error))
            }
            let tree = try ExtractedTree(unpacking: tar)
            let manifestBytes: ArraySlice<UInt8>
            do {
                manifestBytes = try tree.readFile("manifest.json")
            } catch let error {
                guard case .missingFile = error.reason else { throw error }
                result.layout = .legacy
                try LegacyImageLoader.load(tree, options: options, into: &result)
                return result
            }
            result.layout = tree.exists("index.json") && tree.exists("oci-layout") ? .ociAndDockerArchive : .dockerArchive
            for item in try ManifestItem.decode(Array(manifestBytes)) {
                result.images.append(try loadImage(item, from: tree, options: options))
            }
            try ParentLinks.apply(to: &result.images)
        } catch {
            result.error = error
        }
        return result
    }

    /// One `manifest.json` entry: config, OS check, layers in order with their diff ids checked.
    private static func loadImage(_ item: ManifestItem, from tree: ExtractedTree, options: Options) throws(ImageLoadError) -> ImageArchive.Image {
        let config = Array(try tree.readFile(item.config))
        let (os, diffIDs) = try ImageConfigFields.decode(config)
        if !(os.isEmpty ? "linux" : os).lowercased().elementsEqual("linux") {
            throw ImageLoadError(.unsupportedOS(os))
        }
        if item.layers.count != diffIDs.count {
            throw ImageLoadError(.layerCountMismatch(expected: item.layers.count, got: diffIDs.count))
        }
        var layers: [ImageArchive.Layer] = []
        var chain: String?
        for (index, diffID) in diffIDs.enumerated() {
            let path = item.layers[index]
            _ = try tree.resolveForScope(path)
            chain = chain.map { Digest.sha256(of: $0 + " " + diffID).description } ?? diffID
            let layer: ImageArchive.Layer
            if let known = chain.flatMap(options.existingLayer) {
                layer = known
            } else {
                layer = try readLayer(path, from: tree, options: options)
            }
            if layer.diffID.description != diffID {
                throw ImageLoadError(.diffIDMismatch(index: index, expected: diffID, got: layer.diffID.description))
            }
            layers.append(layer)
        }
        return ImageArchive.Image(config: config, repoTags: item.repoTags, layers: layers, parent: item.parent.flatMap(Digest.init(parsing:)))
    }

    /// A layer file: decompressed when compressed, checked to be a tar, digested.
    static func readLayer(_ path: String, from tree: ExtractedTree, options: Options) throws(ImageLoadError) -> ImageArchive.Layer {
        let raw = Array(try tree.readFile(path))
        let tar: [UInt8]
        do {
            tar = try Compression.decompressIfNeeded(raw, limit: options.decompressionLimit)
        } catch {
            throw ImageLoadError(.layer(error.description))
        }
        var reader = TarReader(tar)
        do {
            while try reader.next() != nil {}
        } catch {
            throw ImageLoadError(.layer(error.description))
        }
        return ImageArchive.Layer(tar: tar)
    }
}

/// What a load produced: the images read, in order, and the error that stopped it, if any.
public struct ImageLoadResult: Sendable, Equatable {
    public var images: [ImageArchive.Image] = []
    public var error: ImageLoadError?
    /// Which layout drove the load.
    public var layout: ArchiveLayout = .dockerArchive

    public init() {}
}

/// The layouts `docker load` tells apart.
public enum ArchiveLayout: Sendable, Equatable {
    /// `manifest.json` with `<id>/layer.tar` paths: docker 1.10 to 24 (20.10's `docker save`).
    case dockerArchive
    /// `manifest.json` plus `index.json`, `oci-layout` and `blobs/sha256/`: docker 25+.
    case ociAndDockerArchive
    /// No `manifest.json`: one directory per layer and `repositories` (docker before 1.10).
    case legacy
}

/// One entry of `manifest.json` (moby's `manifestItem`).
struct ManifestItem {
    var config = ""
    var repoTags: [String] = []
    var layers: [String] = []
    var parent: String?

    /// Decodes `manifest.json` as `json.NewDecoder(f).Decode(&[]manifestItem)` then `validateManifest`.
    static func decode(_ bytes: [UInt8]) throws(ImageLoadError) -> [ManifestItem] {
        let json: ArchiveJSON
        do {
            json = try ArchiveJSONParser.decodeFirst(bytes)
        } catch {
            throw ImageLoadError(.json(error.description))
        }
        if json.isNull { throw ImageLoadError(.nullManifest) }
        guard let items = json.arrayValue else {
            throw ImageLoadError(.json(ArchiveJSONError.type(json, goType: "[]tarexport.manifestItem").description))
        }
        var out: [ManifestItem] = []
        for value in items {
            if value.isNull { out.append(ManifestItem()); continue }
            guard case .object = value else {
                throw ImageLoadError(.json(ArchiveJSONError.type(value, goType: "tarexport.manifestItem").description))
            }
            var item = ManifestItem()
            item.config = try string(value["Config"], field: "manifestItem.Config", goType: "string") ?? ""
            item.repoTags = try strings(value["RepoTags"], field: "manifestItem.RepoTags")
            item.layers = try strings(value["Layers"], field: "manifestItem.Layers")
            item.parent = try string(value["Parent"], field: "manifestItem.Parent", goType: "image.ID")
            out.append(item)
        }
        return out
    }

    private static func string(_ value: ArchiveJSON?, field: String, goType: String) throws(ImageLoadError) -> String? {
        guard let value, !value.isNull else { return nil }
        guard let s = value.stringValue else {
            throw ImageLoadError(.json(ArchiveJSONError.field(value, field: field, goType: goType).description))
        }
        return s
    }

    private static func strings(_ value: ArchiveJSON?, field: String) throws(ImageLoadError) -> [String] {
        guard let value, !value.isNull else { return [] }
        guard let items = value.arrayValue else {
            throw ImageLoadError(.json(ArchiveJSONError.field(value, field: field, goType: "[]string").description))
        }
        var out: [String] = []
        for item in items {
            if item.isNull { out.append(""); continue }
            guard let s = item.stringValue else {
                throw ImageLoadError(.json(ArchiveJSONError.field(item, field: field, goType: "string").description))
            }
            out.append(s)
        }
        return out
    }
}

/// The fields of an image config the loader checks (moby's `image.NewFromJSON`).
enum ImageConfigFields {
    /// The OS and `rootfs.diff_ids` of a config, or docker's decoding error.
    static func decode(_ bytes: [UInt8]) throws(ImageLoadError) -> (os: String, diffIDs: [String]) {
        let json: ArchiveJSON
        do {
            json = try ArchiveJSONParser.unmarshal(bytes)
        } catch {
            throw ImageLoadError(.json(error.description))
        }
        guard case .object = json else {
            if json.isNull { throw ImageLoadError(.noRootFS) }
            throw ImageLoadError(.json(ArchiveJSONError.type(json, goType: "image.Image").description))
        }
        var os = ""
        if let value = json["os"], !value.isNull {
            guard let s = value.stringValue else {
                throw ImageLoadError(.json(ArchiveJSONError.field(value, field: "Image.os", goType: "string").description))
            }
            os = s
        }
        guard let rootfs = json["rootfs"], !rootfs.isNull else { throw ImageLoadError(.noRootFS) }
        guard case .object = rootfs else {
            throw ImageLoadError(.json(ArchiveJSONError.field(rootfs, field: "Image.rootfs", goType: "image.RootFS").description))
        }
        var diffIDs: [String] = []
        if let list = rootfs["diff_ids"], !list.isNull {
            guard let items = list.arrayValue else {
                throw ImageLoadError(.json(ArchiveJSONError.field(list, field: "RootFS.rootfs.diff_ids", goType: "[]layer.DiffID").description))
            }
            for item in items {
                guard let s = item.stringValue ?? (item.isNull ? "" : nil) else {
                    throw ImageLoadError(.json(ArchiveJSONError.field(item, field: "RootFS.rootfs.diff_ids", goType: "layer.DiffID").description))
                }
                diffIDs.append(s)
            }
        }
        return (os, diffIDs)
    }
}

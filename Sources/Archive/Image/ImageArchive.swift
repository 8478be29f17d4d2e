/// The images of a `docker save` archive, as the daemon hands them over and gets them back.
///
/// Each image is what docker's image store holds: the config JSON (whose SHA-256 is the image
/// id), its layers as uncompressed tars (whose SHA-256s are the config's `rootfs.diff_ids`),
/// the tags to record and, for locally built images, the parent id. `ImageArchiveWriter`
/// turns this into docker's archive bytes; `ImageArchiveReader` turns any archive docker
/// accepts back into it.
public struct ImageArchive: Sendable, Equatable {
    public var images: [Image]

    public init(images: [Image]) { self.images = images }

    /// One image: config, layers bottom to top, tags.
    public struct Image: Sendable, Equatable {
        /// The config JSON bytes exactly as stored; their digest is the image id.
        public var config: [UInt8]
        /// Tags, in docker's familiar form (`redis:latest`, `localhost:5000/app:v1`) or full
        /// (`docker.io/library/redis:latest`); a name without a tag means `:latest`.
        public var repoTags: [String]
        public var layers: [Layer]
        /// The parent image id (`manifest.json` `Parent`), kept only when that image is saved too.
        public var parent: Digest?

        public init(config: [UInt8], repoTags: [String] = [], layers: [Layer], parent: Digest? = nil) {
            self.config = config
            self.repoTags = repoTags
            self.layers = layers
            self.parent = parent
        }

        /// The image id: the digest of the config.
        public var id: Digest { .sha256(of: config) }
    }

    /// One layer: an uncompressed tar and its digest, the diff id.
    public struct Layer: Sendable, Equatable {
        public let tar: [UInt8]
        public let diffID: Digest

        /// A layer from its tar; the diff id is computed.
        public init(tar: [UInt8]) {
            self.tar = tar
            diffID = .sha256(of: tar)
        }

        /// A layer whose digest the caller has just computed over these exact bytes.
        init(tar: [UInt8], diffID: Digest) {
            self.tar = tar
            self.diffID = diffID
        }
    }
}

/// Docker's media types for the OCI side of the archive.
enum MediaType {
    static let imageIndex = "application/vnd.oci.image.index.v1+json"
    static let imageManifest = "application/vnd.oci.image.manifest.v1+json"
    static let imageConfig = "application/vnd.oci.image.config.v1+json"
    static let imageLayer = "application/vnd.oci.image.layer.v1.tar"
    static let imageLayerGzip = "application/vnd.oci.image.layer.v1.tar+gzip"
    static let dockerManifest = "application/vnd.docker.distribution.manifest.v2+json"
    static let dockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json"
}

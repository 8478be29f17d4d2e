/// A root filesystem tar, as `docker import` takes it and `docker export` gives it.
///
/// Docker decompresses the input if needed (gzip here), applies it as a single layer, and
/// names the layer by the SHA-256 of the whole uncompressed stream, trailer and padding
/// included; an empty input is a valid, empty layer. The members are parsed here so a bad
/// tar fails with docker's error before the daemon changes any state.
public struct RootFilesystemArchive: Sendable, Equatable {
    /// The uncompressed tar.
    public let tar: [UInt8]
    /// The layer's diff id.
    public let diffID: Digest
    /// Its entries, in order, names raw (resolve them with `SafePath`).
    public let members: [TarMember]

    /// Reads `bytes` (a tar, or a gzip-compressed tar), producing at most `limit` bytes of tar.
    public init(reading bytes: [UInt8], limit: Int = 4 << 30) throws(ImageLoadError) {
        do {
            tar = try Compression.decompressIfNeeded(bytes, limit: limit)
        } catch {
            throw ImageLoadError(.decompression(error))
        }
        do {
            members = try TarReader.members(of: tar)
        } catch {
            throw ImageLoadError(.tar(error))
        }
        diffID = .sha256(of: tar)
    }

    /// The layer it becomes.
    public var layer: ImageArchive.Layer { ImageArchive.Layer(tar: tar, diffID: diffID) }
}

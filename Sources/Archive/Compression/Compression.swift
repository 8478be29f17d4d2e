/// The compression formats docker recognizes by their first bytes.
///
/// `docker load`, `docker import` and layer application all sniff the stream (moby's
/// `compression.Detect`) rather than trust a file name, so the simulated daemon does too.
public enum Compression: String, Sendable, Hashable, CaseIterable {
    case none
    case gzip
    case bzip2
    case xz
    case zstd

    /// The format `bytes` starts with, by docker's magic numbers.
    public static func detect<Bytes: Collection>(_ bytes: Bytes) -> Compression where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(10))
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x42, 0x5A, 0x68]) { return .bzip2 }
        if starts([0x1F, 0x8B, 0x08]) { return .gzip }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if head.count >= 4 {
            let magic = UInt32(head[0]) | UInt32(head[1]) << 8 | UInt32(head[2]) << 16 | UInt32(head[3]) << 24
            if magic & 0xFFFF_FFF0 == 0x184D_2A50 { return .zstd }
        }
        return .none
    }

    /// `bytes` decompressed when they are gzip, as they are when uncompressed; other formats
    /// are refused. `limit` bounds the output, against decompression bombs.
    public static func decompressIfNeeded(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        switch detect(bytes) {
        case .none: return bytes
        case .gzip: return try Gzip.decompress(bytes, limit: limit)
        case let other: throw .unsupportedFormat(other.rawValue)
        }
    }
}

/// A content digest in docker's `algorithm:hex` form, such as `sha256:ad73…`.
///
/// Image ids, diff ids, chain ids and blob names are all SHA-256 digests; keeping them as one
/// value type (not bare strings) stops a hex string from being mistaken for a prefixed one,
/// which is the usual slip between `manifest.json` paths and `rootfs.diff_ids`.
public struct Digest: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Always `sha256`: the only algorithm docker writes.
    public let algorithm: String
    /// The lowercase hex of the hash (docker's "encoded" part).
    public let encoded: String

    /// The SHA-256 digest of `bytes`.
    public static func sha256<Bytes: Collection>(of bytes: Bytes) -> Digest where Bytes.Element == UInt8 {
        Digest(uncheckedSHA256Hex: hex(SHA256.hash(bytes)))
    }

    /// The SHA-256 digest of the UTF-8 bytes of `text`.
    public static func sha256(of text: String) -> Digest { sha256(of: Array(text.utf8)) }

    /// Parses `sha256:<64 lowercase hex>`; nil for anything else (other algorithms included).
    public init?(parsing text: String) {
        guard text.hasPrefix("sha256:") else { return nil }
        let hexPart = String(text.dropFirst("sha256:".count))
        guard Digest.isSHA256Hex(hexPart) else { return nil }
        self.init(uncheckedSHA256Hex: hexPart)
    }

    /// A digest from 64 lowercase hex characters; nil when `hex` is not that.
    public init?(sha256Hex hex: String) {
        guard Digest.isSHA256Hex(hex) else { return nil }
        self.init(uncheckedSHA256Hex: hex)
    }

    private init(uncheckedSHA256Hex hex: String) {
        algorithm = "sha256"
        encoded = hex
    }

    /// `sha256:<hex>`.
    public var description: String { algorithm + ":" + encoded }

    public static func < (lhs: Digest, rhs: Digest) -> Bool { lhs.description < rhs.description }

    /// Whether `text` is exactly 64 lowercase hex digits.
    public static func isSHA256Hex(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) else { return false }
            count += 1
        }
        return count == 64
    }

    /// Lowercase hex of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The chain id of a stack of layers, as docker's layer store computes it: the first diff
    /// id itself, then `sha256("<parent chain id> <diff id>")` for each layer above it.
    public static func chainID(of diffIDs: [Digest]) -> Digest? {
        guard var chain = diffIDs.first else { return nil }
        for diffID in diffIDs.dropFirst() {
            chain = sha256(of: chain.description + " " + diffID.description)
        }
        return chain
    }
}

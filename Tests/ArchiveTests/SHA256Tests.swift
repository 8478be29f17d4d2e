import Foundation
import Testing
@testable import Archive

/// SHA-256 against FIPS 180-4's examples, padding boundaries and a large input (all checked with Python's hashlib).
@Suite struct SHA256Tests {
    struct Vector: CustomTestStringConvertible, Sendable {
        let input: [UInt8]
        let hex: String
        let testDescription: String
    }

    static let vectors: [Vector] = [
        Vector(input: [], hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", testDescription: "empty"),
        Vector(input: Array("abc".utf8), hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", testDescription: "FIPS abc"),
        Vector(input: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
               hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", testDescription: "FIPS 448 bits"),
        Vector(input: Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
               hex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", testDescription: "FIPS 896 bits"),
        Vector(input: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
               hex: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", testDescription: "FIPS one million a"),
        Vector(input: Array(0..<55), hex: "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59", testDescription: "55 bytes"),
        Vector(input: Array(0..<56), hex: "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562", testDescription: "56 bytes"),
        Vector(input: Array(0..<63), hex: "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488", testDescription: "63 bytes"),
        Vector(input: Array(0..<64), hex: "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108", testDescription: "64 bytes"),
        Vector(input: Array(0..<65), hex: "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781", testDescription: "65 bytes"),
        Vector(input: Array(0..<119), hex: "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6", testDescription: "119 bytes"),
        Vector(input: Array(0..<120), hex: "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c", testDescription: "120 bytes"),
        Vector(input: Array(0..<127), hex: "92ca0fa6651ee2f97b884b7246a562fa71250fedefe5ebf270d31c546bfea976", testDescription: "127 bytes"),
        Vector(input: Array(0..<128), hex: "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5", testDescription: "128 bytes"),
    ]

    @Test(arguments: vectors)
    func oneShot(_ v: Vector) {
        #expect(Digest.sha256(of: v.input).description == "sha256:" + v.hex)
    }

    @Test(arguments: vectors)
    func streamedInOddPieces(_ v: Vector) {
        var hasher = SHA256()
        var offset = 0
        var piece = 1
        while offset < v.input.count {
            let end = min(v.input.count, offset + piece)
            hasher.update(v.input[offset..<end])
            offset = end
            piece = piece * 3 % 97 + 1
        }
        #expect(Digest.hex(hasher.finalize()) == v.hex)
    }

    @Test func largeInput() {
        let input = (0..<(4 * 1024 * 1024 + 3)).map { UInt8($0 % 251) }
        #expect(Digest.sha256(of: input).encoded == "895f5c8bffde3e96961ff7f1ba6f5fe37eb2efb049cbf5f86a4305c0a1689c3d")
    }

    struct ParseCase: Sendable, CustomTestStringConvertible {
        let text: String
        let valid: Bool
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    @Test(arguments: [
        ParseCase(text: "sha256:" + String(repeating: "ab", count: 32), valid: true),
        ParseCase(text: "sha256:" + String(repeating: "AB", count: 32), valid: false),
        ParseCase(text: "sha256:" + String(repeating: "a", count: 63), valid: false),
        ParseCase(text: "sha256:" + String(repeating: "a", count: 65), valid: false),
        ParseCase(text: "sha512:" + String(repeating: "a", count: 64), valid: false),
        ParseCase(text: String(repeating: "a", count: 64), valid: false),
        ParseCase(text: "sha256:" + String(repeating: "g", count: 64), valid: false),
        ParseCase(text: "", valid: false),
    ])
    func parsing(_ c: ParseCase) {
        #expect((Digest(parsing: c.text) != nil) == c.valid)
        if c.valid { #expect(Digest(parsing: c.text)?.description == c.text) }
    }

    /// Chain ids as the 20.10 daemon's layer store named them (`/var/lib/docker/image/overlay2/layerdb/sha256/`)
    /// for busybox-greeting:1, whose two layers are in the multi-image fixture.
    @Test func chainIDMatchesDockerLayerStore() throws {
        let diffIDs = try [
            "sha256:0853ee232b5f31ae66e2dd09f685af0230de68007879524880891f0888b65c10",
            "sha256:9ed6cc8c6f561aafbbc74de6fe5bcb3e620c63347b044fbd1826c5ab121037a9",
        ].map { try #require(Digest(parsing: $0)) }
        #expect(Digest.chainID(of: Array(diffIDs.prefix(1)))?.encoded == "0853ee232b5f31ae66e2dd09f685af0230de68007879524880891f0888b65c10")
        #expect(Digest.chainID(of: diffIDs)?.encoded == "41688ab777364efb1c993ac1239db8563f2791921e690227d29c02f5ac560b7e")
        #expect(Digest.chainID(of: []) == nil)
    }

    /// Throughput, printed for the report. Debug builds run at a few MB/s (release: about 180 MB/s,
    /// measured with `swiftc -O` over 256 MiB); the floor only catches a pathological regression.
    @Test func throughput() {
        let input = [UInt8](repeating: 0x5a, count: 8 * 1024 * 1024)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = SHA256.hash(input) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(input.count) / 1_048_576 / seconds
        print("SHA-256: \(Int(rate)) MB/s over 8 MiB")
        #expect(rate > 0.5)
    }
}

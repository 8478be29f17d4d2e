import Foundation
import Testing
@testable import Archive

/// gzip through zlib: round trips, interoperability with the gzip tool, concatenated members,
/// damaged input with Go's error texts, and the output limit against decompression bombs.
@Suite struct GzipTests {
    static let samples: [[UInt8]] = [
        [],
        Array("hello\n".utf8),
        [UInt8](repeating: 0, count: 1 << 20),
        (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
    ]

    @Test(arguments: samples.indices)
    func roundTrips(_ index: Int) throws {
        let data = Self.samples[index]
        let compressed = Gzip.compress(data)
        #expect(Array(compressed.prefix(10)) == [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF])
        #expect(Compression.detect(compressed) == .gzip)
        #expect(try Gzip.decompress(compressed, limit: data.count) == data)
    }

    @Test func readsConcatenatedMembersAsGoDoes() throws {
        let joined = Gzip.compress(Array("one ".utf8)) + Gzip.compress(Array("two".utf8), level: 9)
        #expect(String(decoding: try Gzip.decompress(joined, limit: 100), as: UTF8.self) == "one two")
    }

    @Test func stopsAtTheLimit() throws {
        let bomb = Gzip.compress([UInt8](repeating: 0, count: 64 << 20))
        #expect(bomb.count < 100_000)
        #expect(throws: GzipError.tooLarge(limit: 1 << 20)) { try Gzip.decompress(bomb, limit: 1 << 20) }
        #expect(GzipError.tooLarge(limit: 1 << 20).description == "decompressed data exceeds the limit of 1048576 bytes")
        #expect(throws: GzipError.tooLarge(limit: 1 << 20)) { try Compression.decompressIfNeeded(bomb, limit: 1 << 20) }
    }

    struct DamageCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: @Sendable () -> [UInt8]
        let message: String
    }

    static let good = Gzip.compress(Array("the quick brown fox jumps over the lazy dog".utf8))

    static let damaged: [DamageCase] = [
        DamageCase(testDescription: "not gzip", bytes: { Array("plain text here".utf8) }, message: "gzip: invalid header"),
        DamageCase(testDescription: "empty", bytes: { [] }, message: "unexpected EOF"),
        DamageCase(testDescription: "header cut short", bytes: { Array(good.prefix(6)) }, message: "unexpected EOF"),
        DamageCase(testDescription: "data cut short", bytes: { Array(good.prefix(good.count - 12)) }, message: "unexpected EOF"),
        DamageCase(testDescription: "trailer cut short", bytes: { Array(good.prefix(good.count - 3)) }, message: "unexpected EOF"),
        DamageCase(testDescription: "wrong CRC", bytes: {
            var b = good
            b[b.count - 8] ^= 0xFF
            return b
        }, message: "gzip: invalid checksum"),
        DamageCase(testDescription: "wrong length", bytes: {
            var b = good
            b[b.count - 1] ^= 0x01
            return b
        }, message: "gzip: invalid checksum"),
        DamageCase(testDescription: "garbage after a member", bytes: { good + Array("garbage!!!".utf8) }, message: "gzip: invalid header"),
        DamageCase(testDescription: "reserved block type", bytes: { Array(good.prefix(10)) + [0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 8) },
                   message: "flate: corrupt input before offset 1"),
    ]

    @Test(arguments: damaged)
    func reportsDamage(_ c: DamageCase) {
        do {
            _ = try Gzip.decompress(c.bytes(), limit: 1 << 20)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == c.message)
        }
    }

    struct DetectCase: Sendable, CustomTestStringConvertible {
        let bytes: [UInt8]
        let compression: Compression
        var testDescription: String { "\(compression): \(Digest.hex(Array(bytes.prefix(6))))" }
    }

    @Test(arguments: [
        DetectCase(bytes: [0x1F, 0x8B, 0x08, 0x00], compression: .gzip),
        DetectCase(bytes: [0x1F, 0x8B, 0x07, 0x00], compression: .none),
        DetectCase(bytes: Array("BZh91AY".utf8), compression: .bzip2),
        DetectCase(bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], compression: .xz),
        DetectCase(bytes: [0x28, 0xB5, 0x2F, 0xFD, 0x00], compression: .zstd),
        DetectCase(bytes: [0x50, 0x2A, 0x4D, 0x18, 0x00], compression: .zstd),
        DetectCase(bytes: Array("manifest.json".utf8), compression: .none),
        DetectCase(bytes: [], compression: .none),
    ])
    func detectsLikeDocker(_ c: DetectCase) {
        #expect(Compression.detect(c.bytes) == c.compression)
    }

    @Test func refusesFormatsItCannotDecode() {
        #expect(throws: GzipError.unsupportedFormat("xz")) {
            try Compression.decompressIfNeeded([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 1, 2], limit: 100)
        }
        #expect(GzipError.unsupportedFormat("xz").description == "unsupported compression format xz")
    }

    static let gzipTool = ["/usr/bin/gzip", "/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: gzipTool != nil, "no gzip tool on this machine"))
    func interoperatesWithTheGzipTool() throws {
        let tool = try #require(Self.gzipTool)
        let data = Array(try Fixture.bytes("hello-world-20.10.tar"))
        // gzip -c -n produces a stream we must read; ours must decompress with gunzip.
        let theirs = try run(tool, ["-c", "-n", "-9"], input: data)
        #expect(try Gzip.decompress(theirs, limit: data.count) == data)
        let back = try run(tool, ["-d", "-c"], input: Gzip.compress(data))
        #expect(back == data)
    }

    private func run(_ tool: String, _ arguments: [String], input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](output)
    }
}

import Testing
@testable import Archive

/// The reader over what docker produces (every entry type from a Go-written export) and over
/// hostile input: each malformed archive fails with Go's text and a precise detail, never a crash.
@Suite struct TarReaderTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let name: String
        let kind: TarEntry.Kind
        let mode: Int64
        let uid: Int
        let gid: Int
        let size: Int64
        var link = ""
        var device = (major: Int64(0), minor: Int64(0))
        var pax: [String] = []
        var testDescription: String { name }
    }

    static let dddd = String(repeating: "d", count: 120)
    static let exportEntries: [Expected] = [
        Expected(name: "dir/big", kind: .regular, mode: 0o100644, uid: 0, gid: 0, size: 1000),
        Expected(name: "dir/bigid", kind: .regular, mode: 0o100644, uid: 3_000_000, gid: 4_000_000, size: 4, pax: ["gid", "uid"]),
        Expected(name: "dir/blk", kind: .blockDevice, mode: 0o60644, uid: 0, gid: 0, size: 0, device: (7, 0)),
        Expected(name: "dir/null", kind: .characterDevice, mode: 0o20644, uid: 0, gid: 0, size: 0, device: (1, 3)),
        Expected(name: "dir/fifo", kind: .fifo, mode: 0o10644, uid: 0, gid: 0, size: 0),
        Expected(name: "dir/hard", kind: .hardLink, mode: 0o100644, uid: 0, gid: 0, size: 0, link: "dir/file.txt"),
        Expected(name: "dir/link", kind: .symbolicLink, mode: 0o120777, uid: 0, gid: 0, size: 0, link: "file.txt"),
        Expected(name: "dir/longlink", kind: .symbolicLink, mode: 0o120777, uid: 0, gid: 0, size: 0,
                 link: "/" + String(repeating: "target/", count: 20) + "end", pax: ["linkpath"]),
        Expected(name: "dir/héllo wörld", kind: .regular, mode: 0o100644, uid: 0, gid: 0, size: 4, pax: ["path"]),
        Expected(name: "dir/" + dddd + "/", kind: .directory, mode: 0o40755, uid: 0, gid: 0, size: 0, pax: ["path"]),
        Expected(name: "dir/" + dddd + "/" + String(repeating: "f", count: 90), kind: .regular, mode: 0o100644, uid: 0, gid: 0, size: 5),
        Expected(name: "dir/suid", kind: .regular, mode: 0o104755, uid: 0, gid: 0, size: 5, pax: ["SCHILY.xattr.security.capability"]),
        Expected(name: "setgid/", kind: .directory, mode: 0o42755, uid: 0, gid: 0, size: 0),
        Expected(name: "sticky/", kind: .directory, mode: 0o41777, uid: 0, gid: 0, size: 0),
    ]

    /// Docker 20.10 wrote modes with Go 1.8's file-type bits (0o100644); docker 23+ writes
    /// permissions only. The reader keeps what is recorded; `permissions` strips the type.
    @Test(arguments: exportEntries)
    func readsEveryEntryTypeDockerExportWrites(_ e: Expected) throws {
        let members = try TarReader.members(of: try Fixture.bytes("go-written-export.tar"))
        let member = try #require(members.first { $0.entry.name == e.name })
        let entry = member.entry
        #expect(entry.kind == e.kind)
        #expect(entry.mode == e.mode)
        #expect(entry.permissions == e.mode & 0o7777)
        #expect(entry.uid == e.uid && entry.gid == e.gid)
        #expect(entry.size == e.size && member.contents.count == (entry.isHeaderOnly ? 0 : Int(e.size)))
        #expect(entry.linkName == e.link)
        #expect(entry.deviceMajor == e.device.major && entry.deviceMinor == e.device.minor)
        #expect(entry.paxRecords.keys.sorted() == e.pax)
        #expect(entry.format == (e.pax.isEmpty ? .ustar : .pax))
    }

    @Test func keepsBinaryExtendedAttributes() throws {
        let members = try TarReader.members(of: try Fixture.bytes("go-written-export.tar"))
        let suid = try #require(members.first { $0.entry.name == "dir/suid" })
        // VFS_CAP_REVISION_2 with CAP_NET_RAW (bit 13) permitted and effective.
        #expect(suid.entry.extendedAttributes["security.capability"] == [1, 0, 0, 2, 0, 0x20, 0, 0] + [UInt8](repeating: 0, count: 12))
    }

    // MARK: - Hostile input

    struct HostileCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: @Sendable () throws -> [UInt8]
        /// What docker prints.
        let message: String
        /// The detail for logs and triage.
        let detail: String
    }

    /// `a.txt` ("hello") then `b/` then `c.txt` ("see"): headers at 0, 1024 and 1536.
    static func valid() throws -> [UInt8] { try Fixture.tar([("a.txt", "hello"), ("b/", ""), ("c.txt", "see")]) }

    /// `bytes` with a header field replaced, the checksum fixed unless told otherwise.
    static func patch(_ bytes: [UInt8], header: Int, _ range: Range<Int>, _ value: [UInt8], fixChecksum: Bool = true) -> [UInt8] {
        var out = bytes
        for (i, b) in value.enumerated() where i < range.count { out[header + range.lowerBound + i] = b }
        if fixChecksum { rechecksum(&out, header: header) }
        return out
    }

    static func rechecksum(_ out: inout [UInt8], header: Int) {
        var block = TarHeaderBlock(out[header..<(header + 512)])
        let sum = block.computeChecksum().unsigned
        var digits = Array(String(sum, radix: 8).utf8)
        digits = [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits
        block.bytes.replaceSubrange(148..<156, with: digits + [0, UInt8(ascii: " ")])
        out.replaceSubrange(header..<(header + 512), with: block.bytes)
    }

    /// A raw header block of type `flag` carrying `data`, with a correct checksum.
    static func rawEntry(_ flag: Character, name: String = "meta", data: [UInt8]) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        block.replaceSubrange(0..<name.utf8.count, with: Array(name.utf8))
        block.replaceSubrange(100..<108, with: Array("0000644\0".utf8))
        let size = Array(String(data.count, radix: 8).utf8)
        block.replaceSubrange(124..<136, with: [UInt8](repeating: UInt8(ascii: "0"), count: 11 - size.count) + size + [0])
        block[156] = flag.asciiValue ?? 0
        block.replaceSubrange(257..<265, with: Array("ustar\u{0}00".utf8))
        rechecksum(&block, header: 0)
        let pad = (512 - data.count % 512) % 512
        return block + data + [UInt8](repeating: 0, count: pad)
    }

    static let hostile: [HostileCase] = [
        HostileCase(testDescription: "bad checksum",
                    bytes: { patch(try valid(), header: 0, 0..<1, [UInt8(ascii: "A")], fixChecksum: false) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: checksum mismatch: header records 10161, block sums to 10121 (header at byte 0)"),
        HostileCase(testDescription: "checksum field not octal",
                    bytes: { patch(try valid(), header: 0, 148..<156, Array("zzzzzz\0 ".utf8), fixChecksum: false) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: checksum field is not octal (header at byte 0)"),
        HostileCase(testDescription: "truncated inside a header",
                    bytes: { Array(try valid().prefix(1124)) },
                    message: "unexpected EOF",
                    detail: "unexpected EOF: input ends 100 bytes into a header block (at byte 1024)"),
        HostileCase(testDescription: "truncated inside an entry's data",
                    bytes: { Array(try valid().prefix(514)) },
                    message: "unexpected EOF",
                    detail: "unexpected EOF: entry \"a.txt\" declares 5 bytes, 2 remain (at byte 514)"),
        HostileCase(testDescription: "size near 8 GiB in a small archive",
                    bytes: { patch(try valid(), header: 0, 124..<136, Array("77777777777\0".utf8)) },
                    message: "unexpected EOF",
                    detail: "unexpected EOF: entry \"a.txt\" declares 8589934591 bytes, 3072 remain (at byte 3584)"),
        HostileCase(testDescription: "base-256 size overflowing 64 bits",
                    bytes: { patch(try valid(), header: 0, 124..<136, [0x80] + [UInt8](repeating: 0xff, count: 11)) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: size overflows 64 bits (base-256) (header at byte 0)"),
        HostileCase(testDescription: "negative base-256 size",
                    bytes: { patch(try valid(), header: 0, 124..<136, [UInt8](repeating: 0xff, count: 12)) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: negative size -1 (header at byte 0)"),
        HostileCase(testDescription: "mode not octal",
                    bytes: { patch(try valid(), header: 0, 100..<108, Array("00006x4\0".utf8)) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: mode is not octal: \"00006x4\\x00\" (header at byte 0)"),
        HostileCase(testDescription: "zero block, then a header",
                    bytes: { [UInt8](repeating: 0, count: 512) + (try valid()) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: a zero block followed by a non-zero block (header at byte 512)"),
        HostileCase(testDescription: "malformed PAX record",
                    bytes: { rawEntry("x", data: Array("10 path\n".utf8)) + (try valid()) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: malformed PAX record \"10 path\\n\" (header at byte 0)"),
        HostileCase(testDescription: "PAX size that is not a number",
                    bytes: { rawEntry("x", data: Array("12 size=abc\n".utf8)) + (try valid()) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: PAX record size=\"abc\" is not valid (header at byte 1024)"),
        HostileCase(testDescription: "negative PAX size",
                    bytes: { rawEntry("x", data: Array("11 size=-1\n".utf8)) + (try valid()) },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: negative size -1 (header at byte 1024)"),
        HostileCase(testDescription: "PAX header over 1 MiB",
                    bytes: { rawEntry("x", data: [UInt8](repeating: 0x41, count: (1 << 20) + 1)) + (try valid()) },
                    message: "archive/tar: header field too long",
                    detail: "archive/tar: header field too long: extended header over 1 MiB (header at byte 0)"),
        HostileCase(testDescription: "GNU long name over 1 MiB, truncated",
                    bytes: { Array(rawEntry("L", data: [UInt8](repeating: 0x41, count: (1 << 20) + 1)).prefix(4096)) },
                    message: "unexpected EOF",
                    detail: "unexpected EOF: extended header declares 1048577 bytes, 3584 remain (at byte 4096)"),
        HostileCase(testDescription: "GNU sparse file",
                    bytes: { rawEntry("S", name: "sparse", data: []) },
                    message: "archive/tar: GNU sparse files not supported",
                    detail: "archive/tar: GNU sparse files not supported (header at byte 0)"),
        HostileCase(testDescription: "random bytes",
                    bytes: { (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) } },
                    message: "archive/tar: invalid tar header",
                    detail: "archive/tar: invalid tar header: checksum field is not octal (header at byte 0)"),
    ]

    @Test(arguments: hostile)
    func rejectsMalformedArchive(_ c: HostileCase) throws {
        let bytes = try c.bytes()
        do {
            _ = try TarReader.members(of: bytes)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == c.message)
            #expect(error.detail == c.detail)
        }
    }

    struct AcceptedCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let bytes: @Sendable () throws -> [UInt8]
        let names: [String]
    }

    static let accepted: [AcceptedCase] = [
        AcceptedCase(testDescription: "empty input", bytes: { [] }, names: []),
        AcceptedCase(testDescription: "only the trailer", bytes: { [UInt8](repeating: 0, count: 1024) }, names: []),
        AcceptedCase(testDescription: "one zero block", bytes: { [UInt8](repeating: 0, count: 512) }, names: []),
        AcceptedCase(testDescription: "no trailer", bytes: { Array(try valid().dropLast(1024)) }, names: ["a.txt", "b/", "c.txt"]),
        AcceptedCase(testDescription: "last padding cut short (Go stops there)", bytes: { Array(try valid().prefix(700)) }, names: ["a.txt"]),
        AcceptedCase(testDescription: "garbage after the trailer", bytes: { try valid() + [1, 2, 3] }, names: ["a.txt", "b/", "c.txt"]),
        AcceptedCase(testDescription: "old-style directory: type NUL and a trailing slash",
                     bytes: { patch(try valid(), header: 1024, 156..<157, [0]) }, names: ["a.txt", "b/", "c.txt"]),
        AcceptedCase(testDescription: "traversal and absolute names are returned raw",
                     bytes: { try Fixture.tar([("../../etc/passwd", "x"), ("/etc/shadow", "y")]) }, names: ["../../etc/passwd", "/etc/shadow"]),
    ]

    @Test(arguments: accepted)
    func acceptsWhatGoAccepts(_ c: AcceptedCase) throws {
        #expect(try TarReader.members(of: try c.bytes()).map(\.entry.name) == c.names)
    }

    @Test func readsGNULongNamesAndLinks() throws {
        let name = "p/" + String(repeating: "n", count: 150)
        let link = "/" + String(repeating: "t", count: 150)
        let bytes = try TarWriter.archive([
            TarMember(entry: TarEntry(kind: .symbolicLink, name: name, linkName: link, mode: 0o777, format: .gnu)),
        ])
        #expect(bytes[156] == UInt8(ascii: "L") && bytes[1024 + 156] == UInt8(ascii: "K"))
        let entry = try #require(try TarReader.members(of: bytes).first?.entry)
        #expect(entry.name == name && entry.linkName == link && entry.format == .gnu)
    }

    @Test func acceptsNegativeBase256IDsAsGoDoes() throws {
        let bytes = Self.patch(try Self.valid(), header: 0, 108..<116, [UInt8](repeating: 0xff, count: 8))
        #expect(try TarReader.members(of: bytes).first?.entry.uid == -1)
    }

    /// Thousands of corruptions of a small archive with every header kind: each read ends
    /// (entries or an error) within a bound, and nothing traps.
    @Test func survivesMutations() throws {
        var base = try TarWriter.archive([
            TarMember(entry: TarEntry(kind: .regular, name: String(repeating: "x", count: 200), size: 3, mode: 0o644), contents: [1, 2, 3]),
            TarMember(entry: TarEntry(kind: .symbolicLink, name: "p/" + String(repeating: "n", count: 150), linkName: "t", format: .gnu)),
            TarMember(entry: TarEntry(kind: .regular, name: "s", size: 1, mode: 0o644, uid: 3_000_000, format: .gnu), contents: [9]),
        ])
        base += try Self.valid()
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var errors = 0
        for _ in 0..<3000 {
            var bytes = base
            for _ in 0...(next() % 4) {
                switch next() % 4 {
                case 0: bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
                case 1: bytes = Array(bytes.prefix(next() % bytes.count))
                case 2:
                    let at = next() % bytes.count
                    bytes[at] = [0x80, 0xff, 0x00, 0x37, 0x20][next() % 5]
                default:
                    let block = (next() % max(1, bytes.count / 512)) * 512
                    if block + 512 <= bytes.count { Self.rechecksum(&bytes, header: block) }
                }
                if bytes.isEmpty { break }
            }
            var reader = TarReader(bytes)
            var count = 0
            do {
                while try reader.next() != nil {
                    count += 1
                    #expect(count <= bytes.count / 512 + 1)
                }
            } catch {
                errors += 1
            }
        }
        #expect(errors > 100)
    }
}

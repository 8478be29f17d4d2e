/// Reads tar archives as Go's `archive/tar.Reader` does, defensively.
///
/// Docker unpacks every layer, `docker load` archive and `docker cp` stream with Go's reader,
/// so this one accepts what Go accepts (USTAR, PAX, GNU and STAR headers, V7, GNU long names,
/// base-256 numbers, archives missing their trailer) and rejects what Go rejects, with Go's
/// error texts. The input is untrusted: every length is checked against the bytes present,
/// extended headers are capped at 1 MiB, and each call consumes at least one block, so a
/// hostile archive ends in an error, never a crash or a loop. Names are returned raw; resolve
/// them with `SafePath` before touching a filesystem.
public struct TarReader: Sendable {
    /// Go's `maxSpecialFileSize`: the largest PAX or GNU long-name record accepted.
    public static let maxSpecialFileSize = 1 << 20

    private let input: [UInt8]
    private var position = 0
    private var done = false

    public init(_ bytes: [UInt8]) { input = bytes }

    /// The next entry with its contents, or nil at the end of the archive.
    /// After an error the reader stays failed (returns the same error class again).
    public mutating func next() throws(TarError) -> TarMember? {
        if done { return nil }
        do {
            let member = try readNext()
            if member == nil { done = true }
            return member
        } catch {
            done = true
            throw error
        }
    }

    /// Every member of `bytes`, in order.
    public static func members(of bytes: [UInt8]) throws(TarError) -> [TarMember] {
        var reader = TarReader(bytes)
        var out: [TarMember] = []
        while let member = try reader.next() { out.append(member) }
        return out
    }

    private var remaining: Int { input.count - position }

    /// Go's `Reader.next`: meta headers (PAX, GNU long names) apply to the file header after them.
    private mutating func readNext() throws(TarError) -> TarMember? {
        var paxRecords: [String: [UInt8]]? = nil
        var gnuLongName = ""
        var gnuLongLink = ""
        var format: TarFormat = [.ustar, .pax, .gnu]
        while true {
            let headerOffset = position
            guard let (raw, blockFormat) = try readHeader() else { return nil }
            var entry = raw
            if !entry.isHeaderOnly && entry.size < 0 {
                throw .invalidHeader(offset: headerOffset, problem: "negative size \(entry.size)")
            }
            format.formIntersection(blockFormat)

            switch entry.kind.typeflag {
            case UInt8(ascii: "x"), UInt8(ascii: "g"):
                format.formIntersection(.pax)
                let body = try readSpecialFile(of: entry, headerOffset: headerOffset)
                let (records, problem) = PAXRecords.parse(body)
                if let problem { throw .invalidHeader(offset: headerOffset, problem: problem) }
                if entry.kind == .globalExtendedHeader {
                    try merge(records, into: &entry, headerOffset: headerOffset)
                    return TarMember(entry: TarEntry(kind: .globalExtendedHeader, name: entry.name, paxRecords: entry.paxRecords, format: format))
                }
                paxRecords = records
                continue
            case UInt8(ascii: "L"), UInt8(ascii: "K"):
                format.formIntersection(.gnu)
                let body = try readSpecialFile(of: entry, headerOffset: headerOffset)
                let text = TarFieldParser.parseString(body)
                if entry.kind.typeflag == UInt8(ascii: "L") { gnuLongName = text } else { gnuLongLink = text }
                continue
            default:
                if let records = paxRecords { try merge(records, into: &entry, headerOffset: headerOffset) }
                if !gnuLongName.isEmpty { entry.name = gnuLongName }
                if !gnuLongLink.isEmpty { entry.linkName = gnuLongLink }
                if case .other(0) = entry.kind {
                    entry.kind = entry.name.hasSuffix("/") ? .directory : .regular
                }
                if entry.kind == .other(UInt8(ascii: "S")) || entry.paxRecords.keys.contains(where: { $0.hasPrefix(PAXKey.gnuSparsePrefix) }) {
                    throw .unsupported(offset: headerOffset, feature: "GNU sparse files")
                }
                // The data length is the final size, after a PAX `size` record.
                let contents = try consumeData(of: entry, headerOffset: headerOffset)
                if format.contains(.ustar) && format.contains(.pax) { format.formIntersection(.ustar) }
                entry.format = format
                return TarMember(entry: entry, contents: contents)
            }
        }
    }

    /// Go's `readHeader`: nil at a clean end (no bytes, or one or two zero blocks).
    private mutating func readHeader() throws(TarError) -> (TarEntry, TarFormat)? {
        let offset = position
        if remaining == 0 { return nil }
        if remaining < TarHeaderBlock.size {
            throw .unexpectedEOF(offset: offset, problem: "input ends \(remaining) bytes into a header block")
        }
        var block = TarHeaderBlock(input[position..<(position + TarHeaderBlock.size)])
        position += TarHeaderBlock.size
        if block.isZero {
            if remaining == 0 { return nil }
            if remaining < TarHeaderBlock.size {
                throw .unexpectedEOF(offset: position, problem: "input ends \(remaining) bytes into a header block")
            }
            block = TarHeaderBlock(input[position..<(position + TarHeaderBlock.size)])
            position += TarHeaderBlock.size
            if block.isZero { return nil }
            throw .invalidHeader(offset: position - TarHeaderBlock.size, problem: "a zero block followed by a non-zero block")
        }
        let (detected, recorded, computed) = block.detectFormat()
        guard let format = detected else {
            let problem = recorded.map { "checksum mismatch: header records \(String($0, radix: 8)), block sums to \(String(computed, radix: 8))" }
                ?? "checksum field is not octal"
            throw .invalidHeader(offset: offset, problem: problem)
        }
        return try decode(block, format: format, offset: offset)
    }

    /// Unpacks the fields of a checksummed block.
    private func decode(_ block: TarHeaderBlock, format: TarFormat, offset: Int) throws(TarError) -> (TarEntry, TarFormat) {
        var p = TarFieldParser()
        var entry = TarEntry(kind: .init(typeflag: block.bytes[TarHeaderBlock.typeFlag]), name: "")
        entry.name = TarFieldParser.parseString(block[TarHeaderBlock.name])
        entry.linkName = TarFieldParser.parseString(block[TarHeaderBlock.linkName])
        entry.size = p.parseNumeric(block[TarHeaderBlock.size_], name: "size")
        entry.mode = p.parseNumeric(block[TarHeaderBlock.mode], name: "mode")
        entry.uid = Int(truncatingIfNeeded: p.parseNumeric(block[TarHeaderBlock.uid], name: "uid"))
        entry.gid = Int(truncatingIfNeeded: p.parseNumeric(block[TarHeaderBlock.gid], name: "gid"))
        entry.modificationTime = TarTime(seconds: p.parseNumeric(block[TarHeaderBlock.modTime], name: "mtime"))
        var entryFormat = TarFormat.unspecified
        if format.rawValue > TarFormat.v7.rawValue {
            entry.userName = TarFieldParser.parseString(block[TarHeaderBlock.userName])
            entry.groupName = TarFieldParser.parseString(block[TarHeaderBlock.groupName])
            entry.deviceMajor = p.parseNumeric(block[TarHeaderBlock.devMajor], name: "devmajor")
            entry.deviceMinor = p.parseNumeric(block[TarHeaderBlock.devMinor], name: "devminor")
            var prefix = ""
            if format.contains(.ustar) || format.contains(.pax) {
                entryFormat = format
                prefix = TarFieldParser.parseString(block[TarHeaderBlock.ustarPrefix])
                let terminated = [TarHeaderBlock.size_, TarHeaderBlock.mode, TarHeaderBlock.uid, TarHeaderBlock.gid,
                                  TarHeaderBlock.modTime, TarHeaderBlock.devMajor, TarHeaderBlock.devMinor]
                    .allSatisfy { block.bytes[$0.upperBound - 1] == 0 }
                if block.bytes.contains(where: { $0 >= 0x80 }) || !terminated { entryFormat = .unspecified }
            } else if format.contains(.star) {
                prefix = TarFieldParser.parseString(block[TarHeaderBlock.starPrefix])
                entry.accessTime = TarTime(seconds: p.parseNumeric(block[TarHeaderBlock.starAccessTime], name: "atime"))
                entry.changeTime = TarTime(seconds: p.parseNumeric(block[TarHeaderBlock.starChangeTime], name: "ctime"))
            } else if format.contains(.gnu) {
                entryFormat = format
                var p2 = TarFieldParser()
                if block.bytes[TarHeaderBlock.gnuAccessTime.lowerBound] != 0 {
                    entry.accessTime = TarTime(seconds: p2.parseNumeric(block[TarHeaderBlock.gnuAccessTime]))
                }
                if block.bytes[TarHeaderBlock.gnuChangeTime.lowerBound] != 0 {
                    entry.changeTime = TarTime(seconds: p2.parseNumeric(block[TarHeaderBlock.gnuChangeTime]))
                }
                if p2.failed {
                    // Go 1.7 and older wrote a USTAR prefix into GNU headers; read those as Go does.
                    entry.accessTime = nil
                    entry.changeTime = nil
                    let s = TarFieldParser.cString(block[TarHeaderBlock.ustarPrefix])
                    if TarFormatPlan.isASCII(Array(s)) { prefix = String(decoding: s, as: UTF8.self) }
                    entryFormat = .unspecified
                }
            }
            if !prefix.isEmpty { entry.name = prefix + "/" + entry.name }
        }
        if p.failed { throw .invalidHeader(offset: offset, problem: p.problem) }
        entry.format = entryFormat
        return (entry, entryFormat)
    }

    /// Checks an entry's data length against the input (Go's `handleRegularFile`).
    private func dataRange(of entry: TarEntry, headerOffset: Int) throws(TarError) -> Range<Int> {
        let size = entry.isHeaderOnly ? 0 : entry.size
        if size < 0 { throw .invalidHeader(offset: headerOffset, problem: "negative size \(size)") }
        let start = position
        guard size <= Int64(remaining) else {
            throw .unexpectedEOF(offset: input.count, problem: "entry \(GoQuote.quote(entry.name)) declares \(size) bytes, \(remaining) remain")
        }
        return start..<(start + Int(size))
    }

    /// The body of a PAX or GNU meta entry, capped at 1 MiB; skips its padding.
    private mutating func readSpecialFile(of entry: TarEntry, headerOffset: Int) throws(TarError) -> ArraySlice<UInt8> {
        if entry.size > Int64(TarReader.maxSpecialFileSize) {
            // Go reads up to the cap first, so a short input is still an unexpected EOF.
            if remaining <= TarReader.maxSpecialFileSize {
                throw .unexpectedEOF(offset: input.count, problem: "extended header declares \(entry.size) bytes, \(remaining) remain")
            }
            throw .fieldTooLong(offset: headerOffset)
        }
        let data = try dataRange(of: entry, headerOffset: headerOffset)
        position = data.upperBound
        skipPadding(Int64(data.count))
        return input[data]
    }

    /// The contents of a file entry, then past its padding.
    private mutating func consumeData(of entry: TarEntry, headerOffset: Int) throws(TarError) -> ArraySlice<UInt8> {
        let data = try dataRange(of: entry, headerOffset: headerOffset)
        position = data.upperBound
        skipPadding(Int64(data.count))
        return input[data]
    }

    /// Skips block padding; a missing or short pad just ends the archive, as in Go.
    private mutating func skipPadding(_ size: Int64) {
        let pad = Int(TarNumbers.blockPadding(size))
        position = min(input.count, position + pad)
    }

    /// Go's `mergePAX`: records override header fields; empty values keep the header's.
    private func merge(_ records: [String: [UInt8]], into entry: inout TarEntry, headerOffset: Int) throws(TarError) {
        for (key, raw) in records.sorted(by: { $0.key < $1.key }) where !raw.isEmpty {
            let value = String(decoding: raw, as: UTF8.self)
            let bad: () -> TarError = { .invalidHeader(offset: headerOffset, problem: "PAX record \(key)=\(GoQuote.quote(value)) is not valid") }
            switch key {
            case PAXKey.path: entry.name = value
            case PAXKey.linkPath: entry.linkName = value
            case PAXKey.userName: entry.userName = value
            case PAXKey.groupName: entry.groupName = value
            case PAXKey.uid:
                guard let n = GoInt.parse(value) else { throw bad() }
                entry.uid = Int(truncatingIfNeeded: n)
            case PAXKey.gid:
                guard let n = GoInt.parse(value) else { throw bad() }
                entry.gid = Int(truncatingIfNeeded: n)
            case PAXKey.accessTime:
                guard let t = PAXRecords.parseTime(value) else { throw bad() }
                entry.accessTime = t
            case PAXKey.modificationTime:
                guard let t = PAXRecords.parseTime(value) else { throw bad() }
                entry.modificationTime = t
            case PAXKey.changeTime:
                guard let t = PAXRecords.parseTime(value) else { throw bad() }
                entry.changeTime = t
            case PAXKey.size:
                guard let n = GoInt.parse(value) else { throw bad() }
                entry.size = n
            default:
                break
            }
        }
        entry.paxRecords = records
    }
}

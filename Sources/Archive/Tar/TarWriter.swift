/// Writes tar archives byte for byte as Go's `archive/tar.Writer` does.
///
/// Docker's archives come from Go's writer, and an archive's digest is its identity (a layer's
/// diff id is the SHA-256 of its tar), so our layers and `docker save` output must be the same
/// bytes Go would write: the same header format choice (USTAR when it can, PAX records only
/// when needed, GNU only when asked), field encodings, PAX header names, padding and trailer.
/// The output depends only on the entries given, so it is deterministic.
public struct TarWriter: Sendable {
    /// The archive so far (without the trailer until `finish`).
    public private(set) var bytes: [UInt8] = []
    private var finished = false

    public init() {}

    /// Appends an entry and its contents. Contents must be exactly `entry.size` bytes for
    /// types that carry data, and empty for header-only types (links, directories, devices, FIFOs).
    public mutating func append(_ entry: TarEntry, contents: some Collection<UInt8> = [UInt8]()) throws(TarError) {
        precondition(!finished, "TarWriter.append after finish")
        var header = entry
        if case .other(0) = header.kind {
            header.kind = header.name.hasSuffix("/") ? .directory : .regular
        }
        if header.format == .unspecified {
            header.modificationTime = header.modificationTime.roundedToSecond
            header.accessTime = nil
            header.changeTime = nil
        }
        // Go reports header problems from WriteHeader, before any contents are written.
        let plan = try TarFormatPlan(header)
        let dataSize: Int64 = header.isHeaderOnly ? 0 : header.size
        if contents.count > dataSize || (header.isHeaderOnly && !contents.isEmpty) {
            throw .writeTooLong(name: entry.name)
        }
        if Int64(contents.count) < dataSize {
            throw .missedWriting(name: entry.name, missing: dataSize - Int64(contents.count))
        }
        if plan.allowed.contains(.ustar) {
            writeUSTARHeader(header)
        } else if plan.allowed.contains(.pax) {
            try writePAXHeader(header, records: plan.paxRecords)
        } else {
            writeGNUHeader(header)
        }
        bytes.append(contentsOf: contents)
        appendPadding(Int64(contents.count))
    }

    /// Appends the two zero blocks that end an archive and returns the archive.
    public mutating func finish() -> [UInt8] {
        if !finished {
            bytes.append(contentsOf: [UInt8](repeating: 0, count: 2 * TarHeaderBlock.size))
            finished = true
        }
        return bytes
    }

    /// An archive of `members` in order.
    public static func archive(_ members: [TarMember]) throws(TarError) -> [UInt8] {
        var writer = TarWriter()
        for member in members { try writer.append(member.entry, contents: member.contents) }
        return writer.finish()
    }

    private mutating func appendPadding(_ size: Int64) {
        let pad = Int(TarNumbers.blockPadding(size))
        if pad > 0 { bytes.append(contentsOf: [UInt8](repeating: 0, count: pad)) }
    }

    /// Go's `writeUSTARHeader`: long ASCII names split into prefix and name.
    private mutating func writeUSTARHeader(_ header: TarEntry) {
        var header = header
        var prefix = ""
        if let (p, s) = TarFormatPlan.splitUSTARPath(header.name) {
            prefix = p
            header.name = s
        }
        var formatter = TarFieldFormatter()
        var block = templateV7Plus(header, numeric: { f, b, r, v in f.formatOctal(&b, r, v) }, ascii: false, formatter: &formatter)
        formatter.formatString(&block.bytes, TarHeaderBlock.ustarPrefix, Array(prefix.utf8))
        block.setFormat(.ustar)
        bytes.append(contentsOf: block.bytes)
    }

    /// Go's `writePAXHeader`: a `PaxHeaders.0` entry of sorted records, then an ASCII-only header.
    private mutating func writePAXHeader(_ header: TarEntry, records: [String: [UInt8]]) throws(TarError) {
        let isGlobal = header.kind == .globalExtendedHeader
        if !records.isEmpty || isGlobal {
            var data: [UInt8] = []
            for key in records.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                guard let record = PAXRecords.format(key: key, value: records[key] ?? []) else {
                    throw .invalidHeader(offset: bytes.count, problem: "invalid PAX record \(GoQuote.quote(key))")
                }
                data.append(contentsOf: record)
            }
            if data.count > TarReader.maxSpecialFileSize { throw .fieldTooLong(offset: bytes.count) }
            if isGlobal {
                writeRawFile(name: header.name.isEmpty ? "GlobalHead.0.0" : header.name, data: data, flag: UInt8(ascii: "g"), format: .pax)
                return
            }
            let (dir, file) = GoPath.split(header.name)
            writeRawFile(name: GoPath.join(dir, "PaxHeaders.0", file), data: data, flag: UInt8(ascii: "x"), format: .pax)
        }
        var formatter = TarFieldFormatter()
        var block = templateV7Plus(header, numeric: { f, b, r, v in f.formatOctal(&b, r, v) }, ascii: true, formatter: &formatter)
        block.setFormat(.pax)
        bytes.append(contentsOf: block.bytes)
    }

    /// Go's `writeGNUHeader`: `././@LongLink` entries for long names, base-256 for big numbers.
    private mutating func writeGNUHeader(_ header: TarEntry) {
        let longName = "././@LongLink"
        let nameBytes = Array(header.name.utf8)
        let linkBytes = Array(header.linkName.utf8)
        if nameBytes.count > TarHeaderBlock.name.count {
            writeRawFile(name: longName, data: nameBytes + [0], flag: UInt8(ascii: "L"), format: .gnu)
        }
        if linkBytes.count > TarHeaderBlock.name.count {
            writeRawFile(name: longName, data: linkBytes + [0], flag: UInt8(ascii: "K"), format: .gnu)
        }
        var formatter = TarFieldFormatter()
        var block = templateV7Plus(header, numeric: { f, b, r, v in f.formatNumeric(&b, r, v) }, ascii: false, formatter: &formatter)
        if let atime = header.accessTime {
            formatter.formatNumeric(&block.bytes, TarHeaderBlock.gnuAccessTime, atime.seconds)
        }
        if let ctime = header.changeTime {
            formatter.formatNumeric(&block.bytes, TarHeaderBlock.gnuChangeTime, ctime.seconds)
        }
        block.setFormat(.gnu)
        bytes.append(contentsOf: block.bytes)
    }

    /// Go's `templateV7Plus`: the fields shared by USTAR, PAX and GNU.
    private func templateV7Plus(
        _ header: TarEntry,
        numeric: (inout TarFieldFormatter, inout [UInt8], Range<Int>, Int64) -> Void,
        ascii: Bool,
        formatter f: inout TarFieldFormatter
    ) -> TarHeaderBlock {
        var block = TarHeaderBlock()
        let text: (String) -> [UInt8] = { ascii ? TarFormatPlan.toASCII($0) : Array($0.utf8) }
        block.bytes[TarHeaderBlock.typeFlag] = header.kind.typeflag
        f.formatString(&block.bytes, TarHeaderBlock.name, text(header.name))
        f.formatString(&block.bytes, TarHeaderBlock.linkName, text(header.linkName))
        numeric(&f, &block.bytes, TarHeaderBlock.mode, header.mode)
        numeric(&f, &block.bytes, TarHeaderBlock.uid, Int64(header.uid))
        numeric(&f, &block.bytes, TarHeaderBlock.gid, Int64(header.gid))
        numeric(&f, &block.bytes, TarHeaderBlock.size_, header.size)
        numeric(&f, &block.bytes, TarHeaderBlock.modTime, header.modificationTime.seconds)
        f.formatString(&block.bytes, TarHeaderBlock.userName, text(header.userName))
        f.formatString(&block.bytes, TarHeaderBlock.groupName, text(header.groupName))
        numeric(&f, &block.bytes, TarHeaderBlock.devMajor, header.deviceMajor)
        numeric(&f, &block.bytes, TarHeaderBlock.devMinor, header.deviceMinor)
        return block
    }

    /// Go's `writeRawFile`: a minimal header (zero mode, ids and time) and `data` as the body.
    private mutating func writeRawFile(name: String, data: [UInt8], flag: UInt8, format: TarFormat) {
        var nameBytes = TarFormatPlan.toASCII(name)
        if nameBytes.count > TarHeaderBlock.name.count { nameBytes = Array(nameBytes.prefix(TarHeaderBlock.name.count)) }
        while nameBytes.last == UInt8(ascii: "/") { nameBytes.removeLast() }
        var f = TarFieldFormatter()
        var block = TarHeaderBlock()
        block.bytes[TarHeaderBlock.typeFlag] = flag
        f.formatString(&block.bytes, TarHeaderBlock.name, nameBytes)
        f.formatOctal(&block.bytes, TarHeaderBlock.mode, 0)
        f.formatOctal(&block.bytes, TarHeaderBlock.uid, 0)
        f.formatOctal(&block.bytes, TarHeaderBlock.gid, 0)
        f.formatOctal(&block.bytes, TarHeaderBlock.size_, Int64(data.count))
        f.formatOctal(&block.bytes, TarHeaderBlock.modTime, 0)
        block.setFormat(format)
        bytes.append(contentsOf: block.bytes)
        bytes.append(contentsOf: data)
        appendPadding(Int64(data.count))
    }
}

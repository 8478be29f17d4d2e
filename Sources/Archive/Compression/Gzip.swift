import CZlib

/// gzip (RFC 1952) over zlib's deflate, with a bound on what decompression may produce.
///
/// Image layers and `docker save | gzip` archives arrive compressed; a few kilobytes of gzip
/// can expand to gigabytes, so every decompression takes a caller-given output limit and
/// stops there. Headers and trailers are handled here (zlib does raw deflate) so the errors
/// are Go's `compress/gzip` texts, the ones `docker load` prints, and concatenated members
/// are read as Go reads them.
public enum Gzip {
    /// gzip of `bytes`: a header as Go's `gzip.Writer` writes it (no name, zero time, OS 255),
    /// a deflate stream at `level` (zlib's 0–9, default 6), CRC-32 and length.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        let xfl: UInt8 = level == 9 ? 2 : (level == 1 ? 4 : 0)
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, xfl, 0xFF]
        out.append(contentsOf: deflateRaw(bytes, level: level))
        let crc = checksum(bytes)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: crc >> UInt32(shift))) }
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: size >> UInt32(shift))) }
        return out
    }

    /// The decompressed bytes of every gzip member in `bytes`, at most `limit` of them.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var out: [UInt8] = []
        var offset = 0
        var first = true
        while first || offset < bytes.count {
            first = false
            let body = try parseHeader(bytes, at: offset)
            let (consumed, produced) = try inflateRaw(bytes, from: body, limit: limit, into: &out)
            let trailer = body + consumed
            guard bytes.count - trailer >= 8 else { throw .unexpectedEOF }
            let crc = readLE32(bytes, trailer)
            let size = readLE32(bytes, trailer + 4)
            let member = out[(out.count - produced)...]
            if crc != checksum(member) || size != UInt32(truncatingIfNeeded: produced) { throw .invalidChecksum }
            offset = trailer + 8
        }
        return out
    }

    /// The offset of the deflate data after a member header at `offset` (Go's `readHeader`).
    private static func parseHeader(_ b: [UInt8], at offset: Int) throws(GzipError) -> Int {
        guard b.count - offset >= 10 else { throw .unexpectedEOF }
        guard b[offset] == 0x1F, b[offset + 1] == 0x8B, b[offset + 2] == 0x08 else { throw .invalidHeader }
        let flags = b[offset + 3]
        var p = offset + 10
        if flags & 0x04 != 0 {
            guard b.count - p >= 2 else { throw .unexpectedEOF }
            let extra = Int(b[p]) | Int(b[p + 1]) << 8
            p += 2
            guard b.count - p >= extra else { throw .unexpectedEOF }
            p += extra
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {
            guard let nul = b[p...].firstIndex(of: 0) else { throw .unexpectedEOF }
            p = nul + 1
        }
        if flags & 0x02 != 0 {
            guard b.count - p >= 2 else { throw .unexpectedEOF }
            let headerCRC = UInt32(b[p]) | UInt32(b[p + 1]) << 8
            if headerCRC != checksum(b[offset..<p]) & 0xFFFF { throw .invalidHeader }
            p += 2
        }
        return p
    }

    /// Inflates the raw deflate stream at `start` onto `out` (kept within `limit` bytes in all);
    /// returns the input consumed and the output produced.
    private static func inflateRaw(_ input: [UInt8], from start: Int, limit: Int, into out: inout [UInt8]) throws(GzipError) -> (Int, Int) {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt(offset: 0)
        }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var produced = 0
        var status: Int32 = Z_OK
        let available = input.count - start
        var consumed = 0
        try input.withUnsafeBufferPointer { (inputBuffer) throws(GzipError) in
            stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress.map { $0 + start })
            stream.avail_in = UInt32(clamping: available)
            repeat {
                let (code, written): (Int32, Int) = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    return (code, chunk - Int(stream.avail_out))
                }
                status = code
                if written > 0 {
                    if out.count + written > limit { throw .tooLarge(limit: limit) }
                    out.append(contentsOf: buffer[0..<written])
                    produced += written
                }
                consumed = available - Int(stream.avail_in)
                switch status {
                case Z_STREAM_END, Z_OK: break
                case Z_BUF_ERROR:
                    // No progress possible: the input ended inside the stream.
                    throw .unexpectedEOF
                default:
                    throw .corrupt(offset: consumed)
                }
            } while status != Z_STREAM_END
        }
        return (consumed, produced)
    }

    /// A raw deflate stream of `bytes`.
    private static func deflateRaw(_ bytes: [UInt8], level: Int32) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return []
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 16
        var out = [UInt8](repeating: 0, count: bound)
        var written = 0
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = UInt32(output.count)
                _ = deflate(&stream, Z_FINISH)
                written = output.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<written])
    }

    /// CRC-32 (IEEE), as gzip trailers carry it.
    public static func checksum<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        let contiguous = Array(bytes)
        return contiguous.withUnsafeBufferPointer { buffer in
            var crc = crc32(0, nil, 0)
            var base = buffer.baseAddress
            var left = buffer.count
            while left > 0 {
                let n = min(left, Int(UInt32.max))
                crc = crc32(crc, base, UInt32(n))
                base = base.map { $0 + n }
                left -= n
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    private static func readLE32(_ b: [UInt8], _ p: Int) -> UInt32 {
        UInt32(b[p]) | UInt32(b[p + 1]) << 8 | UInt32(b[p + 2]) << 16 | UInt32(b[p + 3]) << 24
    }
}

/// Why compressed input could not be read, in Go's words where Go has them.
public enum GzipError: Error, Equatable, CustomStringConvertible {
    /// Not a gzip member where one should start (Go's `gzip.ErrHeader`).
    case invalidHeader
    /// The CRC-32 or length in a trailer does not match (Go's `gzip.ErrChecksum`).
    case invalidChecksum
    /// The input ends inside a member.
    case unexpectedEOF
    /// The deflate data is malformed (Go's `flate.CorruptInputError`): the offset counts bytes
    /// into the member's deflate stream, as Go's does, though zlib may stop a byte or two apart.
    case corrupt(offset: Int)
    /// The output would pass the caller's limit: a likely decompression bomb.
    case tooLarge(limit: Int)
    /// A format docker reads that this module does not decode.
    case unsupportedFormat(String)

    public var description: String {
        switch self {
        case .invalidHeader: return "gzip: invalid header"
        case .invalidChecksum: return "gzip: invalid checksum"
        case .unexpectedEOF: return "unexpected EOF"
        case .corrupt(let offset): return "flate: corrupt input before offset \(offset)"
        case .tooLarge(let limit): return "decompressed data exceeds the limit of \(limit) bytes"
        case .unsupportedFormat(let name): return "unsupported compression format \(name)"
        }
    }
}

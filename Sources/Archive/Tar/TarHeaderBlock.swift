/// The 512-byte header block and its field encodings, laid out as Go's `archive/tar` reads and writes them.
///
/// V7 fields first, then the USTAR, GNU and STAR variants of the last 245 bytes. Numbers are
/// octal with a NUL terminator, or GNU base-256 when they do not fit; the checksum is six octal
/// digits, a NUL and a space. Getting these bytes exactly right is what makes our tars
/// byte-identical to docker's.
struct TarHeaderBlock {
    static let size = 512
    var bytes: [UInt8]

    init() { bytes = [UInt8](repeating: 0, count: TarHeaderBlock.size) }
    init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    // V7 fields.
    static let name = 0..<100
    static let mode = 100..<108
    static let uid = 108..<116
    static let gid = 116..<124
    static let size_ = 124..<136
    static let modTime = 136..<148
    static let checksum = 148..<156
    static let typeFlag = 156
    static let linkName = 157..<257
    // USTAR fields.
    static let magic = 257..<263
    static let version = 263..<265
    static let userName = 265..<297
    static let groupName = 297..<329
    static let devMajor = 329..<337
    static let devMinor = 337..<345
    static let ustarPrefix = 345..<500
    // GNU fields.
    static let gnuAccessTime = 345..<357
    static let gnuChangeTime = 357..<369
    static let gnuRealSize = 483..<495
    // STAR fields.
    static let starPrefix = 345..<476
    static let starAccessTime = 476..<488
    static let starChangeTime = 488..<500
    static let starTrailer = 508..<512

    static let magicUSTAR: [UInt8] = Array("ustar\0".utf8)
    static let versionUSTAR: [UInt8] = Array("00".utf8)
    static let magicGNU: [UInt8] = Array("ustar ".utf8)
    static let versionGNU: [UInt8] = Array(" \0".utf8)
    static let trailerSTAR: [UInt8] = Array("tar\0".utf8)

    var isZero: Bool { !bytes.contains { $0 != 0 } }

    subscript(range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }

    /// Sets the magic and version of `format`, then the checksum (Go's `block.setFormat`).
    mutating func setFormat(_ format: TarFormat) {
        if format.contains(.v7) {
            // V7 has no magic.
        } else if format.contains(.gnu) {
            bytes.replaceSubrange(TarHeaderBlock.magic, with: TarHeaderBlock.magicGNU)
            bytes.replaceSubrange(TarHeaderBlock.version, with: TarHeaderBlock.versionGNU)
        } else if format.contains(.star) {
            bytes.replaceSubrange(TarHeaderBlock.magic, with: TarHeaderBlock.magicUSTAR)
            bytes.replaceSubrange(TarHeaderBlock.version, with: TarHeaderBlock.versionUSTAR)
            bytes.replaceSubrange(TarHeaderBlock.starTrailer, with: TarHeaderBlock.trailerSTAR)
        } else {
            bytes.replaceSubrange(TarHeaderBlock.magic, with: TarHeaderBlock.magicUSTAR)
            bytes.replaceSubrange(TarHeaderBlock.version, with: TarHeaderBlock.versionUSTAR)
        }
        let (unsigned, _) = computeChecksum()
        var field = TarFieldFormatter()
        field.formatOctal(&bytes, TarHeaderBlock.checksum.lowerBound..<(TarHeaderBlock.checksum.upperBound - 1), unsigned)
        bytes[TarHeaderBlock.checksum.upperBound - 1] = UInt8(ascii: " ")
    }

    /// The unsigned and signed sums of the block with the checksum field read as spaces.
    func computeChecksum() -> (unsigned: Int64, signed: Int64) {
        var unsigned: Int64 = 0
        var signed: Int64 = 0
        for (index, byte) in bytes.enumerated() {
            let c = TarHeaderBlock.checksum.contains(index) ? UInt8(ascii: " ") : byte
            unsigned += Int64(c)
            signed += Int64(Int8(bitPattern: c))
        }
        return (unsigned, signed)
    }

    /// Which format the block claims, after checking its checksum (Go's `block.getFormat`).
    /// `nil` when the checksum field is unreadable or wrong.
    func detectFormat() -> (format: TarFormat?, recorded: Int64?, computed: Int64) {
        var parser = TarFieldParser()
        let recorded = parser.parseOctal(bytes[TarHeaderBlock.checksum])
        let (unsigned, signed) = computeChecksum()
        if parser.failed || (recorded != unsigned && recorded != signed) {
            return (nil, parser.failed ? nil : recorded, unsigned)
        }
        let magic = Array(bytes[TarHeaderBlock.magic])
        let version = Array(bytes[TarHeaderBlock.version])
        let trailer = Array(bytes[TarHeaderBlock.starTrailer])
        if magic == TarHeaderBlock.magicUSTAR && trailer == TarHeaderBlock.trailerSTAR { return (.star, recorded, unsigned) }
        if magic == TarHeaderBlock.magicUSTAR { return ([.ustar, .pax], recorded, unsigned) }
        if magic == TarHeaderBlock.magicGNU && version == TarHeaderBlock.versionGNU { return (.gnu, recorded, unsigned) }
        return (.v7, recorded, unsigned)
    }
}

/// Encodes header fields as Go's `tar.formatter` does; remembers when a value did not fit.
struct TarFieldFormatter {
    private(set) var tooLong = false

    /// Copies `s` into the field, NUL-terminating when there is room; a name cut short keeps
    /// no trailing slash (Go's `formatString`).
    mutating func formatString(_ block: inout [UInt8], _ range: Range<Int>, _ s: [UInt8]) {
        let width = range.count
        if s.count > width { tooLong = true }
        let copied = min(width, s.count)
        for i in 0..<copied { block[range.lowerBound + i] = s[i] }
        if s.count < width { block[range.lowerBound + s.count] = 0 }
        if s.count > width && block[range.upperBound - 1] == UInt8(ascii: "/") {
            var n = width
            while n > 0 && s[n - 1] == UInt8(ascii: "/") { n -= 1 }
            block[range.lowerBound + n] = 0
        }
    }

    /// Zero-padded octal leaving room for a NUL; zero when `x` does not fit (Go's `formatOctal`).
    mutating func formatOctal(_ block: inout [UInt8], _ range: Range<Int>, _ value: Int64) {
        var x = value
        if !TarNumbers.fitsInOctal(width: range.count, x) {
            x = 0
            tooLong = true
        }
        var digits = Array(String(x, radix: 8).utf8)
        let pad = range.count - digits.count - 1
        if pad > 0 { digits = [UInt8](repeating: UInt8(ascii: "0"), count: pad) + digits }
        formatString(&block, range, digits)
    }

    /// Octal when it fits, else GNU base-256 (Go's `formatNumeric`).
    mutating func formatNumeric(_ block: inout [UInt8], _ range: Range<Int>, _ value: Int64) {
        if TarNumbers.fitsInOctal(width: range.count, value) {
            formatOctal(&block, range, value)
            return
        }
        if TarNumbers.fitsInBase256(width: range.count, value) {
            var x = value
            for i in range.reversed() {
                block[i] = UInt8(truncatingIfNeeded: x)
                x >>= 8
            }
            block[range.lowerBound] |= 0x80
            return
        }
        formatOctal(&block, range, 0)
        tooLong = true
    }
}

/// Decodes header fields as Go's `tar.parser` does; remembers the first malformed field.
struct TarFieldParser {
    private(set) var failed = false
    private(set) var problem = ""

    private mutating func fail(_ why: String) {
        if !failed { problem = why }
        failed = true
    }

    /// Bytes up to the first NUL.
    static func cString(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if let nul = field.firstIndex(of: 0) { return field[field.startIndex..<nul] }
        return field
    }

    /// A NUL-terminated string, invalid UTF-8 replaced by U+FFFD.
    static func parseString(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: cString(field), as: UTF8.self)
    }

    /// Base-256 when the high bit is set, else octal (Go's `parseNumeric`).
    mutating func parseNumeric(_ field: ArraySlice<UInt8>, name: String = "numeric field") -> Int64 {
        guard let first = field.first, first & 0x80 != 0 else { return parseOctal(field, name: name) }
        let invert: UInt8 = first & 0x40 != 0 ? 0xff : 0
        var x: UInt64 = 0
        for (i, raw) in field.enumerated() {
            var c = raw ^ invert
            if i == 0 { c &= 0x7f }
            if x >> 56 > 0 {
                fail("\(name) overflows 64 bits (base-256)")
                return 0
            }
            x = x << 8 | UInt64(c)
        }
        if x >> 63 > 0 {
            fail("\(name) overflows 64 bits (base-256)")
            return 0
        }
        return invert == 0xff ? ~Int64(x) : Int64(x)
    }

    /// Octal between optional spaces and NULs (Go's `parseOctal`).
    mutating func parseOctal(_ field: ArraySlice<UInt8>, name: String = "numeric field") -> Int64 {
        var lower = field.startIndex
        var upper = field.endIndex
        while lower < upper && (field[lower] == 0x20 || field[lower] == 0) { lower += 1 }
        while upper > lower && (field[upper - 1] == 0x20 || field[upper - 1] == 0) { upper -= 1 }
        if lower == upper { return 0 }
        let digits = TarFieldParser.cString(field[lower..<upper])
        guard !digits.isEmpty else {
            fail("\(name) is not octal")
            return 0
        }
        var x: UInt64 = 0
        for c in digits {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "7") else {
                fail("\(name) is not octal: \(GoQuote.quote(String(decoding: field, as: UTF8.self)))")
                return 0
            }
            if x > UInt64.max >> 3 {
                fail("\(name) overflows 64 bits")
                return 0
            }
            x = x << 3 | UInt64(c - UInt8(ascii: "0"))
        }
        return Int64(bitPattern: x)
    }
}

/// Range checks for header numbers.
enum TarNumbers {
    /// Whether `x` fits as octal digits plus NUL in a field of `width` bytes.
    static func fitsInOctal(width: Int, _ x: Int64) -> Bool {
        let bits = (width - 1) * 3
        return x >= 0 && (width >= 22 || x < Int64(1) << Int64(bits))
    }

    /// Whether `x` fits in GNU base-256 in a field of `width` bytes.
    static func fitsInBase256(width: Int, _ x: Int64) -> Bool {
        let bits = (width - 1) * 8
        return width >= 9 || (x >= -(Int64(1) << Int64(bits)) && x < Int64(1) << Int64(bits))
    }

    /// Padding to the next 512-byte boundary.
    static func blockPadding(_ n: Int64) -> Int64 { -n & 511 }
}

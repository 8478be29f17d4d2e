/// The Dockerfile's lines as Go's `bufio.Scanner` hands them to BuildKit's parser.
///
/// Lines keep their `\n` (and `\r\n`), and — like Go's scanner with its default 64 KiB buffer
/// — a line of 65536 bytes or more stops the scan with BuildKit's "line greater than max
/// allowed size" error. That limit is also what keeps hostile inputs bounded.
struct SourceLines {
    /// The largest line (without its newline) Go's scanner accepts.
    static let maxLineLength = 65535

    private let bytes: [UInt8]
    private var position = 0
    /// Set once a line was too long; no further lines are returned.
    private(set) var tooLong = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next line including its terminator, or nil at the end (or after an overlong line).
    mutating func next() -> ArraySlice<UInt8>? {
        if tooLong || position >= bytes.count { return nil }
        let searchEnd = min(bytes.count, position + Self.maxLineLength + 1)
        if let newline = bytes[position..<searchEnd].firstIndex(of: UInt8(ascii: "\n")) {
            let line = bytes[position...newline]
            position = newline + 1
            return line
        }
        if bytes.count - position > Self.maxLineLength {
            tooLong = true
            return nil
        }
        let line = bytes[position...]
        position = bytes.count
        return line
    }

    static let tooLongMessage = "dockerfile line greater than max allowed size of 65535"

    /// `bufio.ScanLines` lines: without `\n` or a final `\r`, the last one only if non-empty.
    static func scannerLines(_ data: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = data.startIndex
        while start < data.endIndex {
            let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            var line = data[start..<newline]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lines.append(line)
            start = newline == data.endIndex ? newline : newline + 1
        }
        return lines
    }
}

extension ArraySlice where Element == UInt8 {
    /// `trimNewline`: drops trailing `\r` and `\n` bytes.
    func trimmingNewline() -> ArraySlice<UInt8> {
        var end = endIndex
        while end > startIndex, self[end - 1] == 0x0A || self[end - 1] == 0x0D { end -= 1 }
        return self[startIndex..<end]
    }

    /// `trimLeadingWhitespace` (`unicode.IsSpace`, decoded as UTF-8).
    func trimmingLeadingSpace() -> ArraySlice<UInt8> {
        var i = startIndex
        while i < endIndex {
            let byte = self[i]
            if byte < 0x80 {
                if GoText.isSpace(Unicode.Scalar(byte)) { i += 1; continue }
                break
            }
            // Multi-byte: decode one scalar to test it (NEL, NBSP and friends are spaces).
            var iterator = self[i...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), GoText.isSpace(scalar) else { break }
            i += UTF8.width(scalar)
        }
        return self[i..<endIndex]
    }

    /// `trimLeadingTabs`.
    func trimmingLeadingTabs() -> ArraySlice<UInt8> {
        var i = startIndex
        while i < endIndex, self[i] == 0x09 { i += 1 }
        return self[i..<endIndex]
    }

    /// `isComment`: the first non-space character is `#`.
    var isComment: Bool {
        trimmingLeadingSpace().first == UInt8(ascii: "#")
    }

    var text: String { String(decoding: self, as: UTF8.self) }
}

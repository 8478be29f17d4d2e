/// Parser directives: `# syntax=`, `# escape=` and `# check=` at the very top of a Dockerfile.
///
/// Directives are comments that only count before anything else: the first line that is not a
/// known directive (an instruction, a blank line, an ordinary comment, an unknown key) ends
/// them for good. BuildKit reads them twice, in two slightly different ways — the main parser
/// sees lines with leading white space stripped, while the `syntax`/`check` lookup reads raw
/// lines and skips a leading `#!` shebang — and both ways are reproduced here.
public struct ParserDirective: Equatable, Sendable {
    /// The lowercased key: `syntax`, `escape` or `check`.
    public var name: String
    public var value: String
    /// The 1-based line the directive is on.
    public var line: Int
}

/// BuildKit's `DirectiveParser`: stateful, one line at a time.
struct DirectiveScanner {
    static let validKeys: Set<String> = ["syntax", "escape", "check"]

    private(set) var line = 0
    private var done = false
    private var seen: Set<String> = []
    private let commentPrefix: [UInt8]

    init(commentPrefix: String = "#", startLine: Int = 0) {
        self.commentPrefix = Array(commentPrefix.utf8)
        self.line = startLine
    }

    /// Reads one line; nil when it is not a directive (which ends directive parsing).
    mutating func parse(_ bytes: ArraySlice<UInt8>) throws(DockerfileError) -> ParserDirective? {
        line += 1
        if done { return nil }
        guard let (key, value) = match(bytes) else {
            done = true
            return nil
        }
        let name = key.lowercased()
        guard Self.validKeys.contains(name) else {
            done = true
            return nil
        }
        if seen.contains(name) {
            throw DockerfileError(Self.duplicateMessage(name))
        }
        seen.insert(name)
        return ParserDirective(name: name, value: value, line: line)
    }

    /// `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` with RE2's ASCII `\s`.
    private func match(_ bytes: ArraySlice<UInt8>) -> (String, String)? {
        guard bytes.starts(with: commentPrefix) else { return nil }
        var i = bytes.startIndex + commentPrefix.count
        let end = bytes.endIndex
        while i < end, Self.isSpace(bytes[i]) { i += 1 }
        let keyStart = i
        guard i < end, Self.isAlpha(bytes[i]) else { return nil }
        i += 1
        while i < end, Self.isAlpha(bytes[i]) || Self.isDigit(bytes[i]) { i += 1 }
        let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
        while i < end, Self.isSpace(bytes[i]) { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < end, Self.isSpace(bytes[i]) { i += 1 }
        var valueEnd = end
        while valueEnd > i, Self.isSpace(bytes[valueEnd - 1]) { valueEnd -= 1 }
        guard valueEnd > i else { return nil }
        // `.` does not match a newline.
        if bytes[i..<valueEnd].contains(UInt8(ascii: "\n")) { return nil }
        return (key, String(decoding: bytes[i..<valueEnd], as: UTF8.self))
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    private static func isAlpha(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `parser.ParseDirective` / `DetectSyntax`: the value of one directive, read from raw
    /// lines after an optional BOM and shebang. `//` comments count for `syntax` only.
    static func lookup(_ key: String, in source: [UInt8]) -> ParserDirective? {
        var data = source[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        var startLine = 0
        if data.starts(with: Array("#!".utf8)) {
            if let newline = data.firstIndex(of: UInt8(ascii: "\n")) {
                data = data[(newline + 1)...]
            } else {
                data = data[data.endIndex...]
            }
            startLine = 1
        }
        let prefixes = key == "syntax" ? ["#", "//"] : ["#"]
        for prefix in prefixes {
            var scanner = DirectiveScanner(commentPrefix: prefix, startLine: startLine)
            for line in SourceLines.scannerLines(data) {
                if scanner.done { break }
                guard let directive = try? scanner.parse(line) else { break }
                if directive.name == key { return directive }
            }
        }
        return nil
    }

    static func duplicateMessage(_ name: String) -> String {
        "only one \(name) parser directive can be used"
    }
}

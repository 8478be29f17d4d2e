/// `--env-file` and `--label-file` as docker's `kvfile` reads them.
///
/// One `KEY=value` per line; leading whitespace is dropped, blank lines and `#` comments are
/// skipped, a UTF-8 BOM on the first line is ignored, and a bare `KEY` takes the host's value
/// (env files) or is dropped (label files, and env variables the host does not have). Values are
/// kept verbatim: no quotes are removed, no variables expanded.
public enum EnvFile {
    /// Reads a file for the client; the executor supplies the sandbox's file system.
    public typealias Reader = @Sendable (String) -> Result<[UInt8], FileError>

    /// A file that could not be opened, with the text Go's `os.Open` error prints after the path.
    public struct FileError: Error, Sendable, Equatable {
        /// `"no such file or directory"`, `"permission denied"`, `"is a directory"`...
        public var reason: String
        /// The Go call that failed: `open`, or `read` for a directory (which opens fine).
        public var operation: String
        public init(_ reason: String, operation: String = "open") {
            self.reason = reason
            self.operation = operation
        }
        public static let notFound = FileError("no such file or directory")
        /// A directory: `os.Open` succeeds, the first read fails.
        public static let isDirectory = FileError("is a directory", operation: "read")
    }

    /// `kvfile.Parse(filename, lookup)`: the `KEY=value` lines, or docker's error text.
    public static func parse(path: String, read: Reader, lookup: ((String) -> String?)?) -> Result<[String], ValueError> {
        let bytes: [UInt8]
        switch read(path) {
        case .success(let b): bytes = b
        case .failure(let e):
            // os.Open fails first; Go's *PathError prints "open PATH: REASON". A directory opens,
            // and kvfile's scanner fails to read it.
            if e.operation == "read" { return .failure(ValueError("invalid env file (\(path)): read \(path): \(e.reason)")) }
            return .failure(ValueError("open \(path): \(e.reason)"))
        }
        switch parse(bytes: bytes, lookup: lookup) {
        case .success(let lines): return .success(lines)
        case .failure(let e): return .failure(ValueError("invalid env file (\(path)): \(e.message)"))
        }
    }

    /// `parseKeyValueFile` over the file's bytes.
    public static func parse(bytes: [UInt8], lookup: ((String) -> String?)?) -> Result<[String], ValueError> {
        var lines: [String] = []
        for (index, rawLine) in scanLines(bytes).enumerated() {
            var lineBytes = rawLine
            let decoded = String(decoding: lineBytes, as: UTF8.self)
            guard Array(decoded.utf8) == lineBytes else {
                let list = lineBytes.map(String.init).joined(separator: " ")
                return .failure(ValueError("invalid utf8 bytes at line \(index + 1): [\(list)]"))
            }
            var text = decoded
            if index == 0, lineBytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                lineBytes.removeFirst(3)
                text = String(decoding: lineBytes, as: UTF8.self)
            }
            let line = String(text.unicodeScalars.drop { $0.properties.isWhitespace })
            if line.isEmpty || line.hasPrefix("#") { continue }
            let (key, _, hasValue) = ListValidators.cut(line, "=")
            if key.isEmpty { return .failure(ValueError("no variable name on line '\(line)'")) }
            if key.contains(where: { $0 == " " || $0 == "\t" }) {
                return .failure(ValueError("variable '\(key)' contains whitespaces"))
            }
            if hasValue {
                lines.append(line)
                continue
            }
            if let lookup, let value = lookup(line) { lines.append(key + "=" + value) }
        }
        return .success(lines)
    }

    /// `bufio.ScanLines`: lines split at `\n` with one trailing `\r` dropped; no empty last line.
    static func scanLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes {
            if b == 0x0A {
                if current.last == 0x0D { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(b)
            }
        }
        if !current.isEmpty {
            if current.last == 0x0D { current.removeLast() }
            lines.append(current)
        }
        return lines
    }
}

/// The first record of Go's `encoding/csv` reader, with its exact error texts.
///
/// `--mount`, `--gpus`, advanced `--network` and pflag's `strings` flags read their value as
/// one CSV record, so quoting rules (`"a,b"`, `""` for a quote) and errors such as
/// `parse error on line 1, column 3: bare " in non-quoted-field` come from Go's reader.
public enum GoCSV {
    /// A csv `ParseError`, or `EOF` for an empty input.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    private static let bareQuote = "bare \" in non-quoted-field"
    private static let quoteError = "extraneous or missing \" in quoted-field"

    /// `csv.NewReader(strings.NewReader(s)).Read()` with the default options.
    public static func readRecord(_ s: String) -> Result<[String], ReadError> {
        var lines = splitLines(Array(s.utf8))
        var lineNumber = 0
        // Skip empty lines before the record.
        var line: [UInt8] = []
        while true {
            guard !lines.isEmpty else { return .failure(ReadError(description: "EOF")) }
            line = lines.removeFirst()
            lineNumber += 1
            if line.isEmpty || line == [0x0A] { continue }
            break
        }
        let recordLine = lineNumber
        var fields: [String] = []
        var column = 1
        var current = line[...]
        func error(_ line: Int, _ column: Int, _ message: String) -> ReadError {
            if recordLine != line {
                return ReadError(description: "record on line \(recordLine); parse error on line \(line), column \(column): \(message)")
            }
            return ReadError(description: "parse error on line \(line), column \(column): \(message)")
        }
        parseField: while true {
            if current.first != 0x22 {
                // A non-quoted field runs to the next comma or the end of the line.
                let comma = current.firstIndex(of: 0x2C)
                var field = current[..<(comma ?? current.endIndex)]
                if comma == nil, field.last == 0x0A { field = field.dropLast() }
                if let quote = field.firstIndex(of: 0x22) {
                    return .failure(error(lineNumber, column + (quote - field.startIndex), bareQuote))
                }
                fields.append(String(decoding: field, as: UTF8.self))
                if let comma {
                    column += (comma - current.startIndex) + 1
                    current = current[(comma + 1)...]
                    continue parseField
                }
                break parseField
            }
            // A quoted field: `""` is a quote, `",` ends the field, `"` then end of line ends the record.
            var buffer: [UInt8] = []
            current = current.dropFirst()
            column += 1
            var fieldLine = lineNumber
            while true {
                if let quote = current.firstIndex(of: 0x22) {
                    buffer.append(contentsOf: current[..<quote])
                    column += (quote - current.startIndex) + 1
                    current = current[(quote + 1)...]
                    if current.first == 0x22 {
                        buffer.append(0x22)
                        current = current.dropFirst()
                        column += 1
                    } else if current.first == 0x2C {
                        current = current.dropFirst()
                        column += 1
                        fields.append(String(decoding: buffer, as: UTF8.self))
                        continue parseField
                    } else if current.isEmpty || current.elementsEqual([0x0A]) {
                        fields.append(String(decoding: buffer, as: UTF8.self))
                        break parseField
                    } else {
                        return .failure(error(fieldLine, column - 1, quoteError))
                    }
                } else if !current.isEmpty {
                    buffer.append(contentsOf: current)
                    column += current.count
                    if lines.isEmpty {
                        // The input ended inside the quotes.
                        return .failure(error(fieldLine, column, quoteError))
                    }
                    current = lines.removeFirst()[...]
                    lineNumber += 1
                    fieldLine = lineNumber
                    column = 1
                } else {
                    return .failure(error(fieldLine, column, quoteError))
                }
            }
        }
        return .success(fields)
    }

    /// Lines as Go's `readLine` returns them: each keeps its `\n` (the last may have none), `\r\n` becomes `\n`.
    private static func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes {
            current.append(b)
            if b == 0x0A {
                if current.count >= 2, current[current.count - 2] == 0x0D {
                    current.removeLast(2)
                    current.append(0x0A)
                }
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty {
            if current.last == 0x0D { current.removeLast() }
            lines.append(current)
        }
        return lines
    }
}

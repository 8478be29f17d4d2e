/// One CSV record split into fields, as `tonistiigi/go-csvvalue` does for `--mount` values.
///
/// `--mount=type=cache,target="/a,b"` is CSV: quotes protect commas, `""` is a quote, and a
/// stray quote is an error worded like Go's `encoding/csv`.
enum CSVFields {
    struct ParseError: Error, Equatable {
        let message: String
    }

    static func split(_ input: String) throws(ParseError) -> [String] {
        var line = Array(input.utf8)[...]
        if line.last == UInt8(ascii: "\n") {
            line = line.dropLast()
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        }
        if line.isEmpty { throw ParseError(message: "EOF") }
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        var fields: [[UInt8]] = []
        var pos = 0
        parseField: while true {
            if line.first != quote {
                let commaIndex = line.firstIndex(of: comma)
                let field = line[line.startIndex..<(commaIndex ?? line.endIndex)]
                if let bare = field.firstIndex(of: quote) {
                    throw error(column: pos + (bare - field.startIndex), "bare \" in non-quoted-field")
                }
                fields.append(Array(field))
                guard let commaIndex else { break }
                pos += commaIndex - line.startIndex + 1
                line = line[(commaIndex + 1)...]
                continue
            }
            line = line.dropFirst()
            pos += 1
            var halfOpen = false
            while true {
                guard let closing = line.firstIndex(of: quote) else {
                    throw error(column: pos, "extraneous or missing \" in quoted-field")
                }
                let chunk = Array(line[line.startIndex..<closing])
                if halfOpen { fields[fields.count - 1] += chunk } else { fields.append(chunk) }
                halfOpen = false
                pos += closing - line.startIndex + 1
                line = line[(closing + 1)...]
                if line.first == quote {
                    fields[fields.count - 1].append(quote)
                    line = line.dropFirst()
                    pos += 1
                    halfOpen = true
                } else if line.first == comma {
                    line = line.dropFirst()
                    pos += 1
                    continue parseField
                } else if line.isEmpty {
                    break parseField
                } else {
                    throw error(column: pos - 1, "extraneous or missing \" in quoted-field")
                }
            }
        }
        return fields.map { String(decoding: $0, as: UTF8.self) }
    }

    private static func error(column pos: Int, _ detail: String) -> ParseError {
        ParseError(message: "parse error on line 1, column \(pos + 1): \(detail)")
    }
}

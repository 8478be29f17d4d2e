/// Parses JSON as Go's `encoding/json` does, with its error texts.
///
/// Two entry points because docker uses both: `json.Unmarshal` (image configs: trailing data
/// is an error, a short input is "unexpected end of JSON input") and `json.Decoder.Decode`
/// (`manifest.json`, `repositories`: only the first value is read, an empty input is "EOF",
/// a short one "unexpected EOF"). Nesting is capped so hostile input cannot exhaust the stack.
struct ArchiveJSONParser {
    /// Deeper documents are refused (Go allows 10000; our recursion stays well inside the stack).
    static let maxDepth = 512

    private let bytes: [UInt8]
    private var p = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// `json.Unmarshal`.
    static func unmarshal(_ bytes: [UInt8]) throws(ArchiveJSONError) -> ArchiveJSON {
        var parser = ArchiveJSONParser(bytes)
        parser.skipSpace()
        if parser.p == bytes.count { throw .syntax("unexpected end of JSON input") }
        let value: ArchiveJSON
        do {
            value = try parser.parseValue(depth: 0)
        } catch ArchiveJSONParser.Stop.end {
            throw .syntax("unexpected end of JSON input")
        } catch ArchiveJSONParser.Stop.error(let e) {
            throw e
        } catch {
            throw .syntax("unexpected end of JSON input")
        }
        parser.skipSpace()
        if parser.p < bytes.count {
            throw .syntax("invalid character \(quoteChar(bytes[parser.p])) after top-level value")
        }
        return value
    }

    /// `json.NewDecoder(r).Decode`: the first value only.
    static func decodeFirst(_ bytes: [UInt8]) throws(ArchiveJSONError) -> ArchiveJSON {
        var parser = ArchiveJSONParser(bytes)
        parser.skipSpace()
        if parser.p == bytes.count { throw .syntax("EOF") }
        do {
            return try parser.parseValue(depth: 0)
        } catch ArchiveJSONParser.Stop.end {
            throw .syntax("unexpected EOF")
        } catch ArchiveJSONParser.Stop.error(let e) {
            throw e
        } catch {
            throw .syntax("unexpected EOF")
        }
    }

    private enum Stop: Error {
        case end
        case error(ArchiveJSONError)
    }

    private mutating func skipSpace() {
        while p < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[p]) { p += 1 }
    }

    private func invalid(_ context: String) -> Stop {
        .error(.syntax("invalid character \(ArchiveJSONParser.quoteChar(bytes[p])) \(context)"))
    }

    private mutating func parseValue(depth: Int) throws -> ArchiveJSON {
        skipSpace()
        guard p < bytes.count else { throw Stop.end }
        switch bytes[p] {
        case UInt8(ascii: "{"):
            if depth >= ArchiveJSONParser.maxDepth { throw Stop.error(.syntax("exceeded max depth")) }
            return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            if depth >= ArchiveJSONParser.maxDepth { throw Stop.error(.syntax("exceeded max depth")) }
            return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw invalid("looking for beginning of value")
        }
    }

    private mutating func literal(_ word: String) throws {
        for (i, expected) in word.utf8.enumerated() {
            guard p < bytes.count else { throw Stop.end }
            if bytes[p] != expected {
                throw invalid("in literal \(word) (expecting \(ArchiveJSONParser.quoteChar(expected)))")
            }
            _ = i
            p += 1
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = p
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if bytes[p] == UInt8(ascii: "-") {
            p += 1
            guard p < bytes.count else { throw Stop.end }
            guard digit(bytes[p]) else { throw invalid("in numeric literal") }
        }
        if bytes[p] == UInt8(ascii: "0") {
            p += 1
        } else {
            while p < bytes.count, digit(bytes[p]) { p += 1 }
        }
        if p < bytes.count, bytes[p] == UInt8(ascii: ".") {
            p += 1
            guard p < bytes.count else { throw Stop.end }
            guard digit(bytes[p]) else { throw invalid("after decimal point in numeric literal") }
            while p < bytes.count, digit(bytes[p]) { p += 1 }
        }
        if p < bytes.count, bytes[p] == UInt8(ascii: "e") || bytes[p] == UInt8(ascii: "E") {
            p += 1
            guard p < bytes.count else { throw Stop.end }
            if bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-") {
                p += 1
                guard p < bytes.count else { throw Stop.end }
            }
            guard digit(bytes[p]) else { throw invalid("in exponent of numeric literal") }
            while p < bytes.count, digit(bytes[p]) { p += 1 }
        }
        return String(decoding: bytes[start..<p], as: UTF8.self)
    }

    private mutating func parseString() throws -> String {
        p += 1
        var out: [UInt8] = []
        while true {
            guard p < bytes.count else { throw Stop.end }
            let c = bytes[p]
            if c == UInt8(ascii: "\"") {
                p += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw invalid("in string literal") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                p += 1
                continue
            }
            p += 1
            guard p < bytes.count else { throw Stop.end }
            let e = bytes[p]
            p += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A high surrogate pairs with a following \uDC00-\uDFFF; otherwise U+FFFD, as Go.
                    if p + 1 < bytes.count, bytes[p] == UInt8(ascii: "\\"), bytes[p + 1] == UInt8(ascii: "u") {
                        let save = p
                        p += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                        } else {
                            p = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default:
                p -= 1
                throw invalid("in string escape code")
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard p < bytes.count else { throw Stop.end }
            let c = bytes[p]
            let v: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = UInt32(c - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = UInt32(c - 0x41 + 10)
            default: throw invalid("in \\u hexadecimal character escape")
            }
            value = value << 4 | v
            p += 1
        }
        return value
    }

    private mutating func parseArray(depth: Int) throws -> ArchiveJSON {
        p += 1
        var items: [ArchiveJSON] = []
        skipSpace()
        guard p < bytes.count else { throw Stop.end }
        if bytes[p] == UInt8(ascii: "]") {
            p += 1
            return .array(items)
        }
        while true {
            items.append(try parseValue(depth: depth))
            skipSpace()
            guard p < bytes.count else { throw Stop.end }
            if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
            if bytes[p] == UInt8(ascii: "]") { p += 1; return .array(items) }
            throw invalid("after array element")
        }
    }

    private mutating func parseObject(depth: Int) throws -> ArchiveJSON {
        p += 1
        var members: [ArchiveJSON.Member] = []
        skipSpace()
        guard p < bytes.count else { throw Stop.end }
        if bytes[p] == UInt8(ascii: "}") {
            p += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard p < bytes.count else { throw Stop.end }
            guard bytes[p] == UInt8(ascii: "\"") else { throw invalid("looking for beginning of object key string") }
            let key = try parseString()
            skipSpace()
            guard p < bytes.count else { throw Stop.end }
            guard bytes[p] == UInt8(ascii: ":") else { throw invalid("after object key") }
            p += 1
            let value = try parseValue(depth: depth)
            members.append(.init(key, value))
            skipSpace()
            guard p < bytes.count else { throw Stop.end }
            if bytes[p] == UInt8(ascii: ",") { p += 1; continue }
            if bytes[p] == UInt8(ascii: "}") { p += 1; return .object(members) }
            throw invalid("after object key:value pair")
        }
    }

    /// Go's `quoteChar`: the offending byte in single quotes with Go's escapes.
    static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoQuote.quote(String(UnicodeScalar(c)))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }
}

/// A JSON document docker could not decode, with Go's message.
struct ArchiveJSONError: Error, Equatable, CustomStringConvertible {
    let description: String
    static func syntax(_ message: String) -> ArchiveJSONError { ArchiveJSONError(description: message) }
    /// Go's `UnmarshalTypeError` for a whole value.
    static func type(_ value: ArchiveJSON, goType: String) -> ArchiveJSONError {
        ArchiveJSONError(description: "json: cannot unmarshal \(value.goKind) into Go value of type \(goType)")
    }
    /// Go's `UnmarshalTypeError` for a struct field.
    static func field(_ value: ArchiveJSON, field: String, goType: String) -> ArchiveJSONError {
        ArchiveJSONError(description: "json: cannot unmarshal \(value.goKind) into Go struct field \(field) of type \(goType)")
    }
}

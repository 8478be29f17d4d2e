/// The exec-form detector: is an instruction's argument text a JSON array of strings?
///
/// BuildKit hands the text to Go's `encoding/json`. Anything that is not exactly one valid JSON
/// value falls back to shell form (`CMD ['a']` is a shell command), but a valid array with a
/// non-string element is an error. The validator is iterative (no recursion on nesting) and
/// follows Go's grammar, including its nesting limit of 10000.
enum JSONArray {
    enum Outcome: Equatable {
        /// A valid array whose elements are all strings.
        case strings([String])
        /// Valid JSON array with an element that is not a string.
        case notStrings
        /// Not JSON (or not an array): use shell form.
        case notJSON
    }

    static let maxDepth = 10000

    static func parse(_ text: String) -> Outcome {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return .notJSON }
        var parser = Parser(bytes: bytes, index: i)
        guard let elements = parser.parseDocument() else { return .notJSON }
        var strings: [String] = []
        for element in elements {
            guard case .string(let s) = element else { return .notStrings }
            strings.append(s)
        }
        return .strings(strings)
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    enum Element {
        case string(String)
        case other
    }

    struct Parser {
        let bytes: [UInt8]
        var index: Int

        /// Validates one top-level array and returns its direct elements.
        mutating func parseDocument() -> [Element]? {
            var elements: [Element] = []
            // Containers still open: true for an array, false for an object.
            var stack: [Bool] = []
            // Whether each open container has received a value yet.
            var hasValue: [Bool] = []
            skipSpace()
            guard consume(UInt8(ascii: "[")) else { return nil }
            stack.append(true)
            hasValue.append(false)
            while let isArray = stack.last {
                skipSpace()
                guard index < bytes.count else { return nil }
                let closer = isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if bytes[index] == closer {
                    // `[1,]` is invalid: a closer right after a comma is caught below.
                    index += 1
                    stack.removeLast()
                    hasValue.removeLast()
                    if stack.isEmpty { break }
                    continue
                }
                if hasValue[hasValue.count - 1] {
                    guard consume(UInt8(ascii: ",")) else { return nil }
                    skipSpace()
                }
                hasValue[hasValue.count - 1] = true
                if !isArray {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), parseString() != nil else { return nil }
                    skipSpace()
                    guard consume(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                }
                guard index < bytes.count else { return nil }
                let topLevel = stack.count == 1
                switch bytes[index] {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    let opensArray = bytes[index] == UInt8(ascii: "[")
                    index += 1
                    if stack.count >= JSONArray.maxDepth { return nil }
                    skipSpace()
                    let closer2 = opensArray ? UInt8(ascii: "]") : UInt8(ascii: "}")
                    if index < bytes.count, bytes[index] == closer2 {
                        index += 1
                        if topLevel { elements.append(.other) }
                        continue
                    }
                    if topLevel { elements.append(.other) }
                    stack.append(opensArray)
                    hasValue.append(false)
                case UInt8(ascii: "\""):
                    guard let s = parseString() else { return nil }
                    if topLevel { elements.append(.string(s)) }
                default:
                    guard parseScalar() else { return nil }
                    if topLevel { elements.append(.other) }
                }
            }
            skipSpace()
            return index == bytes.count ? elements : nil
        }

        mutating func skipSpace() {
            while index < bytes.count, JSONArray.isSpace(bytes[index]) { index += 1 }
        }

        mutating func consume(_ b: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == b else { return false }
            index += 1
            return true
        }

        mutating func parseScalar() -> Bool {
            for literal in ["true", "false", "null"] {
                let l = Array(literal.utf8)
                if bytes[index...].starts(with: l) {
                    index += l.count
                    return true
                }
            }
            return parseNumber()
        }

        mutating func parseNumber() -> Bool {
            let start = index
            _ = consume(UInt8(ascii: "-"))
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if isDigit(bytes[index]) {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            } else {
                return false
            }
            if consume(UInt8(ascii: ".")) {
                guard index < bytes.count, isDigit(bytes[index]) else { return false }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else { return false }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            return index > start
        }

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

        /// A JSON string with Go's decoding: escapes, surrogate pairs, lone surrogates as U+FFFD.
        mutating func parseString() -> String? {
            guard consume(UInt8(ascii: "\"")) else { return nil }
            var out = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flushRaw() {
                if !raw.isEmpty {
                    out.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                    raw.removeAll()
                }
            }
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    index += 1
                    flushRaw()
                    return String(out)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") {
                    raw.append(b)
                    index += 1
                    continue
                }
                flushRaw()
                index += 1
                guard index < bytes.count else { return nil }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): out.append("\"")
                case UInt8(ascii: "\\"): out.append("\\")
                case UInt8(ascii: "/"): out.append("/")
                case UInt8(ascii: "b"): out.append("\u{08}")
                case UInt8(ascii: "f"): out.append("\u{0C}")
                case UInt8(ascii: "n"): out.append("\n")
                case UInt8(ascii: "r"): out.append("\r")
                case UInt8(ascii: "t"): out.append("\t")
                case UInt8(ascii: "u"):
                    guard let high = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(high),
                       index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let save = index
                        index += 2
                        if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            out.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                            continue
                        }
                        index = save
                        out.append("\u{FFFD}")
                        continue
                    }
                    out.append(Unicode.Scalar(high) ?? "\u{FFFD}")
                default:
                    return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for b in bytes[index..<(index + 4)] {
                let digit: UInt32
                switch b {
                case 48...57: digit = UInt32(b - 48)
                case 97...102: digit = UInt32(b - 87)
                case 65...70: digit = UInt32(b - 55)
                default: return nil
                }
                value = value * 16 + digit
            }
            index += 4
            return value
        }
    }
}

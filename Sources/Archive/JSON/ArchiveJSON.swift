/// A JSON document that keeps its member order and number texts, for the archive's metadata files.
///
/// `manifest.json`, `index.json`, `repositories` and image configs must be written with the
/// exact bytes Go's `encoding/json` produces (their digests name blobs) and read with Go's
/// leniencies and error texts (they reach the user through `docker load`). The module depends
/// on nothing but zlib, so it carries this small model instead of the API module's.
indirect enum ArchiveJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written.
    case number(String)
    case string(String)
    case array([ArchiveJSON])
    case object([Member])

    /// One `"key": value` pair; duplicates are kept as read (the last one wins on lookup, as in Go).
    struct Member: Equatable, Sendable {
        var key: String
        var value: ArchiveJSON
        init(_ key: String, _ value: ArchiveJSON) {
            self.key = key
            self.value = value
        }
    }

    /// The value for `key`, matched as Go matches struct fields: exact first, else case-insensitively; last wins.
    subscript(key: String) -> ArchiveJSON? {
        guard case .object(let members) = self else { return nil }
        if let exact = members.last(where: { $0.key == key }) { return exact.value }
        let folded = key.lowercased()
        return members.last(where: { $0.key.lowercased() == folded })?.value
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var arrayValue: [ArchiveJSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isNull: Bool { self == .null }

    /// Go's name for the JSON kind, as `UnmarshalTypeError` prints it.
    var goKind: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Compact encoding with Go's escaping (`<`, `>`, `&`, U+2028, U+2029 escaped).
    var encoded: String {
        var out = ""
        write(into: &out)
        return out
    }

    var encodedBytes: [UInt8] { Array(encoded.utf8) }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let text): out += text
        case .string(let s): ArchiveJSON.writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                ArchiveJSON.writeString(member.key, into: &out)
                out += ":"
                member.value.write(into: &out)
            }
            out += "}"
        }
    }

    /// A string literal as Go's encoder writes it.
    static func writeString(_ s: String, into out: inout String) {
        let hex = Array("0123456789abcdef")
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                let v = scalar.value
                out += "\\u" + String([hex[Int(v >> 12 & 0xf)], hex[Int(v >> 8 & 0xf)], hex[Int(v >> 4 & 0xf)], hex[Int(v & 0xf)]])
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String([hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 0xf)]])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A Go map's encoding: members sorted by key bytes.
    static func sortedObject(_ pairs: [(String, ArchiveJSON)]) -> ArchiveJSON {
        .object(pairs.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.map { Member($0.0, $0.1) })
    }
}

import DockerAPI

/// The functions docker adds to every template (`templates/templates.go` in docker/cli).
///
/// `basic` is what `--format` and `inspect -f` templates parse and run with; `header` replaces
/// some of them when docker renders a table's header row from the same template, so that
/// `{{upper .Name}}` titles its column `NAME` rather than transforming the title.
public enum DockerTemplateFunctions {
    private static let string = GoParameter.typed(.string)
    private static let int = GoParameter.typed(.int)

    /// `basicFunctions`: json, split, join, title, lower, upper, pad, truncate.
    public static let basic: [String: GoFunction] = [
        "json": GoFunction(parameters: [.typed(.emptyInterface)], result: .string) { args throws(GoCallError) in
            let encoded = try args[0].marshalJSON()
            return .string(GoJSON.encode(encoded, escapeHTML: false).trimmingGoSpace())
        },
        "split": GoFunction(parameters: [string, string], result: .slice(.string)) { args in
            .strings(split(args[0].stringValue, args[1].stringValue))
        },
        "join": GoFunction(parameters: [.typed(.slice(.string)), string], result: .string) { args in
            let items = args[0].storage.listItems ?? []
            return .string(items.map(\.stringValue).joined(separator: args[1].stringValue))
        },
        "title": GoFunction(parameters: [string], result: .string) { .string(title($0[0].stringValue)) },
        "lower": GoFunction(parameters: [string], result: .string) { .string(mapScalars($0[0].stringValue, upper: false)) },
        "upper": GoFunction(parameters: [string], result: .string) { .string(mapScalars($0[0].stringValue, upper: true)) },
        "pad": GoFunction(parameters: [string, int, int], result: .string) { args throws(GoCallError) in
            let source = args[0].stringValue
            if source.isEmpty { return .string(source) }
            let prefix = args[1].intValue, suffix = args[2].intValue
            if prefix < 0 || suffix < 0 { throw GoCallError("strings: negative Repeat count") }
            if prefix > 1 << 22 || suffix > 1 << 22 { throw GoCallError("strings: Repeat output length overflow") }
            return .string(String(repeating: " ", count: prefix) + source + String(repeating: " ", count: suffix))
        },
        "truncate": GoFunction(parameters: [string, int], result: .string) { args throws(GoCallError) in
            let bytes = Array(args[0].stringValue.utf8)
            let length = args[1].intValue
            if bytes.count < length { return args[0] }
            if length < 0 { throw GoCallError("runtime error: slice bounds out of range [:\(length)]") }
            return .string(String(decoding: bytes[..<length], as: UTF8.self))
        },
    ]

    /// `HeaderFunctions`: the overrides docker installs before rendering a table header.
    public static let header: [String: GoFunction] = [
        "json": GoFunction(parameters: [string], result: .string) { $0[0] },
        "split": GoFunction(parameters: [string, string], result: .string) { $0[0] },
        "join": GoFunction(parameters: [string, string], result: .string) { $0[0] },
        "title": GoFunction(parameters: [string], result: .string) { $0[0] },
        "lower": GoFunction(parameters: [string], result: .string) { $0[0] },
        "upper": GoFunction(parameters: [string], result: .string) { $0[0] },
        "truncate": GoFunction(parameters: [string, int], result: .string) { $0[0] },
    ]

    /// `strings.Split` with Go's edge cases (`""` splits into `[""]`, an empty separator into runes).
    static func split(_ s: String, _ sep: String) -> [String] {
        if sep.isEmpty { return s.unicodeScalars.map { String($0) } }
        let source = Array(s.utf8), separator = Array(sep.utf8)
        var parts: [String] = []
        var start = 0, i = 0
        while i + separator.count <= source.count {
            if source[i..<(i + separator.count)].elementsEqual(separator) {
                parts.append(String(decoding: source[start..<i], as: UTF8.self))
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: source[start...], as: UTF8.self))
        return parts
    }

    /// `strings.Title`: upper-cases the first letter of each word (words split at non-letters).
    static func title(_ s: String) -> String {
        var out = ""
        var prev: Unicode.Scalar = " "
        for r in s.unicodeScalars {
            if isSeparator(prev) {
                out.unicodeScalars.append(contentsOf: simpleMapping(r, r.properties.titlecaseMapping))
            } else {
                out.unicodeScalars.append(r)
            }
            prev = r
        }
        return out
    }

    private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r {
            case "0"..."9", "a"..."z", "A"..."Z", "_": return false
            default: return true
            }
        }
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return false
        default: return r.properties.isWhitespace
        }
    }

    /// `strings.ToUpper` / `ToLower`: Go maps rune by rune (simple case mapping).
    static func mapScalars(_ s: String, upper: Bool) -> String {
        var out = ""
        for r in s.unicodeScalars {
            out.unicodeScalars.append(contentsOf: simpleMapping(r, upper ? r.properties.uppercaseMapping : r.properties.lowercaseMapping))
        }
        return out
    }

    /// A one-scalar mapping is Go's simple mapping; a longer (full) mapping leaves the rune alone.
    private static func simpleMapping(_ r: Unicode.Scalar, _ mapped: String) -> [Unicode.Scalar] {
        let scalars = Array(mapped.unicodeScalars)
        return scalars.count == 1 ? scalars : [r]
    }
}

/// Reading Go strings and ints out of function arguments.
extension TemplateValue {
    /// The string of a string-kinded value, or "".
    var stringValue: String {
        if case .string(let s) = storage { return s }
        return ""
    }

    /// The integer of an int-kinded value, clamped to `Int`.
    var intValue: Int {
        switch storage {
        case .int(let i): return Int(clamping: i)
        case .uint(let u): return Int(clamping: u)
        default: return 0
        }
    }
}

/// Go's `strings.TrimSpace`, which docker's `json` function applies.
extension String {
    /// `strings.TrimSpace` (ASCII and Unicode white space at both ends).
    func trimmingGoSpace() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

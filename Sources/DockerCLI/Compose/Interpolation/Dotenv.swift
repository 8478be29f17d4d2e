/// compose-go's `.env` parser (`dotenv/parser.go`), for `.env`, `--env-file` and service `env_file`.
///
/// Values may be unquoted (trailing ` #` comments cut, right-trimmed), single-quoted (literal) or
/// double-quoted (escapes expanded); unquoted and double-quoted values are interpolated with the
/// same template rules as compose files, seeing earlier keys of the same file. A bare `KEY` line
/// inherits the value from the lookup environment, and `export ` prefixes are ignored.
public enum Dotenv {
    /// Parses `text`; `lookup` supplies inherited and referenced values that the file does not set.
    public static func parse(_ text: String, lookup: @escaping Template.Lookup = { _ in nil }, warnings: inout [ComposeWarning]) throws(ComposeError) -> [(String, String)] {
        var source = Substring(text)
        if source.hasPrefix("\u{FEFF}") { source = source.dropFirst() }
        var state = State(lookup: lookup)
        var rest = Substring.UnicodeScalarView(source.unicodeScalars)
        while true {
            rest = state.statementStart(rest)
            if rest.isEmpty { break }
            let (key, left, inherited) = try state.keyName(rest)
            if key.contains(" ") {
                throw .message("line \(state.line): key cannot contain a space")
            }
            if inherited {
                if let v = lookup(key) { state.set(key, v) }
                rest = left
                continue
            }
            let (value, after) = try state.value(left, warnings: &warnings)
            state.set(key, value)
            rest = after
        }
        return state.ordered
    }

    /// Parses into a dictionary (later keys win).
    public static func parseMap(_ text: String, lookup: @escaping Template.Lookup = { _ in nil }, warnings: inout [ComposeWarning]) throws(ComposeError) -> [String: String] {
        var map: [String: String] = [:]
        for (k, v) in try parse(text, lookup: lookup, warnings: &warnings) { map[k] = v }
        return map
    }

    private struct State {
        var line = 1
        var lookup: Template.Lookup
        var values: [String: String] = [:]
        var ordered: [(String, String)] = []

        mutating func set(_ key: String, _ value: String) {
            if values.updateValue(value, forKey: key) == nil {
                ordered.append((key, value))
            } else if let i = ordered.firstIndex(where: { $0.0 == key }) {
                ordered[i].1 = value
            }
        }

        static func isSpace(_ c: Unicode.Scalar) -> Bool {
            ["\t", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}"].contains(c)
        }

        static func isUnicodeSpace(_ c: Unicode.Scalar) -> Bool {
            isSpace(c) || c == "\n" || c.properties.isWhitespace
        }

        mutating func statementStart(_ src: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
            var src = src
            while true {
                guard let pos = src.firstIndex(where: { c in
                    if c == "\n" { line += 1 }
                    return !Self.isUnicodeSpace(c)
                }) else { return Substring.UnicodeScalarView() }
                src = src[pos...]
                if src.first != "#" { return src }
                guard let nl = src.firstIndex(of: "\n") else { return Substring.UnicodeScalarView() }
                src = src[nl...]
            }
        }

        mutating func keyName(_ input: Substring.UnicodeScalarView) throws(ComposeError) -> (String, Substring.UnicodeScalarView, Bool) {
            var src = input
            let text = String(String.UnicodeScalarView(src))
            if text.range(of: #"^export\s+"#, options: .regularExpression) != nil {
                src = src.dropFirst(6)
                src = src.drop(while: Self.isSpace)
            }
            var keyEnd: Substring.UnicodeScalarView.Index?
            var offset = src.endIndex
            var inherited = false
            var i = src.startIndex
            while i < src.endIndex {
                let c = src[i]
                if Self.isSpace(c) { i = src.index(after: i); continue }
                switch c {
                case "=", ":", "\n":
                    keyEnd = i
                    offset = src.index(after: i)
                    inherited = c == "\n"
                case "_", ".", "-", "[", "]":
                    break
                default:
                    if c.properties.isAlphabetic || c.properties.numericType != nil { break }
                    let firstLine = String(String.UnicodeScalarView(src)).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    throw .message("line \(line): unexpected character \(GoQuote.string(String(c))) in variable name \(GoQuote.string(firstLine))")
                }
                if keyEnd != nil { break }
                i = src.index(after: i)
            }
            // A last line without `=` is neither a key nor an error in compose-go: key is empty.
            let rawKey = keyEnd.map { String(String.UnicodeScalarView(src[src.startIndex..<$0])) } ?? ""
            if inherited, !rawKey.contains(" ") { line += 1 }
            var key = rawKey
            while let last = key.unicodeScalars.last, Self.isUnicodeSpace(last) { key.unicodeScalars.removeLast() }
            let cut = keyEnd == nil ? src[src.endIndex...] : src[offset...]
            return (key, cut.drop(while: Self.isSpace), inherited)
        }

        mutating func value(_ src: Substring.UnicodeScalarView, warnings: inout [ComposeWarning]) throws(ComposeError) -> (String, Substring.UnicodeScalarView) {
            guard let quote = src.first, quote == "\"" || quote == "'" else {
                let nl = src.firstIndex(of: "\n")
                var value = String(String.UnicodeScalarView(nl.map { src[..<$0] } ?? src[...]))
                let rest = nl.map { src[src.index(after: $0)...] } ?? Substring.UnicodeScalarView()
                line += 1
                if let r = value.range(of: " #") { value = String(value[..<r.lowerBound]) }
                while let last = value.unicodeScalars.last, Self.isUnicodeSpace(last) { value.unicodeScalars.removeLast() }
                return (try expand(value, warnings: &warnings), rest)
            }
            var escaped = false
            var chars = String.UnicodeScalarView()
            var i = src.index(after: src.startIndex)
            while i < src.endIndex {
                let c = src[i]
                if c == "\n" { line += 1 }
                if c != quote {
                    if !escaped, c == "\\" { escaped = true; i = src.index(after: i); continue }
                    if escaped { escaped = false; chars.append("\\") }
                    chars.append(c)
                    i = src.index(after: i)
                    continue
                }
                if escaped {
                    escaped = false
                    chars.append(c)
                    i = src.index(after: i)
                    continue
                }
                var value = String(chars)
                if quote == "\"" {
                    value = try expand(Self.expandEscapes(value), warnings: &warnings)
                }
                return (value, src[src.index(after: i)...])
            }
            let firstLine = String(String.UnicodeScalarView(src)).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            throw .message("line \(line): unterminated quoted value \(firstLine)")
        }

        func expand(_ value: String, warnings: inout [ComposeWarning]) throws(ComposeError) -> String {
            var unset: [String] = []
            defer { warnings += unset.map(Interpolation.unsetWarning) }
            do throws(Template.Failure) {
                return try Template.substitute(value, lookup: { k in lookup(k) ?? values[k] }, unset: &unset)
            } catch {
                throw .message(error.text)
            }
        }

        /// `\a \b \c \f \n \r \t \v \$ \" \\` and `\0NNN` octal, as compose-go's `expandEscapes`.
        static func expandEscapes(_ s: String) -> String {
            var out = String.UnicodeScalarView()
            let chars = Array(s.unicodeScalars)
            var i = 0
            while i < chars.count {
                guard chars[i] == "\\", i + 1 < chars.count else { out.append(chars[i]); i += 1; continue }
                let c = chars[i + 1]
                switch c {
                case "a": out.append("\u{07}")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "v": out.append("\u{0B}")
                case "$": out.append(contentsOf: "$$".unicodeScalars)
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "c": out.append(contentsOf: "\\c".unicodeScalars)
                case "0":
                    var j = i + 2
                    var digits = ""
                    while j < chars.count, digits.count < 3, ("0"..."9").contains(chars[j]) { digits.unicodeScalars.append(chars[j]); j += 1 }
                    if digits.count == 3, let v = UInt32(digits, radix: 8), v <= 255, let u = Unicode.Scalar(v) {
                        out.append(u)
                    } else {
                        out.append(contentsOf: ("\\0" + digits).unicodeScalars)
                    }
                    i = j
                    continue
                default:
                    out.append("\\")
                    out.append(c)
                }
                i += 2
            }
            return String(out)
        }
    }
}

import Foundation
import Yams

/// Reads compose YAML into `ComposeValue` documents the way compose-go's go-yaml v3 decoder does.
///
/// Yams is libyaml like go-yaml, so problems carry the same texts; this type maps Yams' marks to
/// go-yaml's `yaml: line N: problem` rule, resolves scalars with go-yaml v3's YAML 1.2 core rules
/// (Yams alone would read `yes` as a boolean), applies `<<` merge keys, honours compose's
/// `!reset` and `!override` tags, and refuses hostile input (alias bombs, deep nesting, huge files)
/// before it can exhaust memory or stack.
public enum ComposeYAML {
    /// The largest file the loader reads (compose files are a few kilobytes in practice).
    public static let maxBytes = 4 * 1024 * 1024
    /// Nodes one document may expand to after aliases are followed.
    public static let maxNodes = 200_000
    /// Deepest nesting accepted (Yams composes recursively; Swift's stack is the limit).
    public static let maxDepth = 400

    /// One decoded document with the paths compose's `!reset` / `!override` tags marked.
    public struct Document: Sendable, Equatable {
        public var value: ComposeValue
        /// Paths tagged `!reset` (removed from what earlier files defined) or `!override`.
        public var resetPaths: [ComposePath]
    }

    /// Decodes every document of a YAML stream.
    public static func documents(_ text: String) throws(ComposeError) -> [Document] {
        if text.utf8.count > maxBytes {
            throw .message("yaml: input too large: \(text.utf8.count) bytes (limit \(maxBytes))")
        }
        try checkNesting(text)
        var docs: [Document] = []
        do {
            let parser = try Parser(yaml: text, resolver: .basic)
            while let root = try parser.nextRoot() {
                var reader = NodeReader()
                let value = try reader.read(root, path: ComposePath(), depth: 0)
                docs.append(Document(value: value, resetPaths: reader.resetPaths))
            }
        } catch let error as ComposeError {
            throw error
        } catch let error as YamlError {
            throw .message(goYAMLMessage(error, text: text))
        } catch {
            throw .message("yaml: \(error)")
        }
        return docs
    }

    /// go-yaml's wording for a libyaml problem reported by Yams (`yaml.v3/decode.go`, `parser.fail`).
    static func goYAMLMessage(_ error: YamlError, text: String) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _):
            let line = context.map { $0.mark.line > 1 ? $0.mark.line : mark.line } ?? mark.line
            return "yaml: " + (line > 1 || mark.line > 0 ? "line \(max(line, 1)): " : "") + problem
        case .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            var line = 0
            if let context, context.mark.line - 1 != 0 {
                line = context.mark.line - 1
            } else {
                line = mark.line - 1
            }
            return "yaml: " + (line != 0 ? "line \(line): " : "") + problem
        case .reader(let problem, _, _, _):
            return "yaml: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark.line
            let second = secondOccurrence(of: key, after: first, column: context.mark.column, in: text) ?? first
            // compose-go's reset processor (loader/reset.go) words duplicate keys this way.
            return "line \(second): mapping key \"\(key)\" already defined at line \(first)"
        default:
            return "yaml: \(error)"
        }
    }

    private static func secondOccurrence(of key: String, after line: Int, column: Int, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line < lines.count else { return nil }
        for index in line..<lines.count {
            let l = lines[index]
            let indent = l.prefix { $0 == " " }.count
            guard indent == column - 1 else { continue }
            var rest = l.dropFirst(indent)
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }

    /// Rejects nesting deeper than `maxDepth` before Yams recurses into it.
    static func checkNesting(_ text: String) throws(ComposeError) {
        var flow = 0
        var inSingle = false, inDouble = false, comment = false
        var lineDepth = 0, atLineStart = true
        for ch in text.unicodeScalars {
            if ch == "\n" {
                comment = false; atLineStart = true; lineDepth = 0
                continue
            }
            if comment { continue }
            if atLineStart {
                if ch == " " || ch == "-" { lineDepth += 1; continue }
                atLineStart = false
            }
            if inSingle { if ch == "'" { inSingle = false }; continue }
            if inDouble { if ch == "\"" { inDouble = false }; continue }
            switch ch {
            case "#": comment = true
            case "'": inSingle = true
            case "\"": inDouble = true
            case "[", "{": flow += 1
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
            if flow + lineDepth / 2 > maxDepth {
                throw .message("yaml: exceeded max depth of \(maxDepth)")
            }
        }
    }
}

/// Walks a Yams node tree into `ComposeValue`, counting nodes so alias bombs stop early.
private struct NodeReader {
    var visited = 0
    var resetPaths: [ComposePath] = []

    mutating func read(_ node: Node, path: ComposePath, depth: Int) throws(ComposeError) -> ComposeValue {
        visited += 1
        if visited > ComposeYAML.maxNodes {
            // go-yaml v3's guard against alias expansion (decode.go) says exactly this.
            throw .message("yaml: document contains excessive aliasing")
        }
        if depth > ComposeYAML.maxDepth {
            throw .message("yaml: exceeded max depth of \(ComposeYAML.maxDepth)")
        }
        let tag = Self.rawTag(node)
        if tag == "!reset" {
            resetPaths.append(path)
            return .null
        }
        if tag == "!override" {
            resetPaths.append(path)
        }
        switch node {
        case .scalar(let scalar):
            return Self.resolve(scalar, tag: tag)
        case .sequence(let seq):
            var items: [ComposeValue] = []
            for (i, child) in seq.enumerated() {
                let childTag = Self.rawTag(child)
                if childTag == "!reset" { resetPaths.append(path.appending(String(i))); continue }
                items.append(try read(child, path: path.appending("[\(items.count)]"), depth: depth + 1))
            }
            return .sequence(items)
        case .mapping(let mapping):
            var explicit = ComposeMapping()
            var merged = ComposeMapping()
            for (keyNode, valueNode) in mapping {
                let key = keyNode.scalar?.string ?? ""
                if key == "<<", keyNode.scalar.map({ $0.style == .plain || $0.style == .any }) == true {
                    try merge(valueNode, into: &merged, path: path, depth: depth)
                    continue
                }
                guard case .scalar = keyNode else {
                    throw .message("non-string key \(path.isEmpty ? "at top level" : "in \(path.dotted)"): \(keyNode)")
                }
                if Self.rawTag(valueNode) == "!reset" {
                    resetPaths.append(path.appending(key))
                    continue
                }
                explicit[key] = try read(valueNode, path: path.appending(key), depth: depth + 1)
            }
            for (k, v) in merged.entries where !explicit.contains(k) {
                explicit[k] = v
            }
            return .mapping(explicit)
        case .alias:
            return .null
        }
    }

    /// The tag written in the document (`""` when none); Yams' `Node.tag` would resolve it.
    static func rawTag(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.tag.rawValue
        case .mapping(let m): return m.tag.rawValue
        case .sequence(let q): return q.tag.rawValue
        case .alias: return ""
        }
    }

    private mutating func merge(_ node: Node, into merged: inout ComposeMapping, path: ComposePath, depth: Int) throws(ComposeError) {
        switch node {
        case .mapping:
            if case .mapping(let m) = try read(node, path: path, depth: depth + 1) {
                for (k, v) in m.entries where !merged.contains(k) { merged[k] = v }
            }
        case .sequence(let seq):
            for child in seq {
                guard case .mapping = child else {
                    throw .message("yaml: map merge requires map or sequence of maps as the value")
                }
                try merge(child, into: &merged, path: path, depth: depth)
            }
        default:
            throw .message("yaml: map merge requires map or sequence of maps as the value")
        }
    }

    /// go-yaml v3 `resolve.go`: YAML 1.2 core booleans and nulls, Go's integer and float syntax.
    static func resolve(_ scalar: Node.Scalar, tag: String) -> ComposeValue {
        let s = scalar.string
        switch tag {
        case "tag:yaml.org,2002:str", "!":
            return .string(s)
        case "tag:yaml.org,2002:int":
            return PlainScalar.value(s)
        case "", "!reset", "!override":
            break
        default:
            if !tag.hasPrefix("tag:yaml.org,2002:") { return .string(s) }
        }
        if scalar.style != .plain && scalar.style != .any { return .string(s) }
        return PlainScalar.value(s)
    }
}

/// go-yaml v3's resolution of an untagged plain scalar.
enum PlainScalar {
    static func value(_ s: String) -> ComposeValue {
        switch s {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case "", "~", "null", "Null", "NULL": return .null
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        default: break
        }
        guard let first = s.unicodeScalars.first else { return .string(s) }
        if first == "." {
            if let d = GoNumber.parseFloat(s) { return .double(d) }
            return .string(s)
        }
        guard first == "+" || first == "-" || ("0"..."9").contains(first) else { return .string(s) }
        if GoNumber.looksLikeTimestamp(s) { return .string(s) }
        let plain = s.replacingOccurrences(of: "_", with: "")
        if let i = GoNumber.parseInt(plain) { return .int(i) }
        if GoNumber.isYAMLFloat(plain), let d = GoNumber.parseFloat(plain) { return .double(d) }
        return .string(s)
    }
}

/// Go's `strconv.ParseInt(s, 0, 64)` / `ParseFloat` as go-yaml uses them.
enum GoNumber {
    static func parseInt(_ s: String) -> Int? {
        var body = Substring(s)
        var negative = false
        if body.hasPrefix("+") { body = body.dropFirst() } else if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        var radix = 10
        if body.hasPrefix("0x") || body.hasPrefix("0X") { radix = 16; body = body.dropFirst(2) }
        else if body.hasPrefix("0o") || body.hasPrefix("0O") { radix = 8; body = body.dropFirst(2) }
        else if body.hasPrefix("0b") || body.hasPrefix("0B") { radix = 2; body = body.dropFirst(2) }
        else if body.count > 1, body.hasPrefix("0") { radix = 8; body = body.dropFirst() }
        guard !body.isEmpty, let magnitude = UInt64(body, radix: radix) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int(magnitude)
    }

    static func parseFloat(_ s: String) -> Double? {
        guard !s.isEmpty, s.allSatisfy({ "0123456789+-.eE".contains($0) }) else { return nil }
        return Double(s)
    }

    static func isYAMLFloat(_ s: String) -> Bool {
        s.range(of: #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil
    }

    /// go-yaml keeps timestamps as strings when decoding into `any`.
    static func looksLikeTimestamp(_ s: String) -> Bool {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, s.dropFirst(4).first == "-" else { return false }
        return s.range(of: #"^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$"#, options: .regularExpression) != nil
    }
}

import Yams

/// A YAML document reduced to what lesson files use (scalars, mappings, lists), with every node's position.
///
/// Scalars stay strings: the decoder reads each one as the type its key expects, so YAML 1.1's
/// surprises (`no` as false, `1.10` as a number) never change what an instructor wrote.
struct YAMLNode {
    /// What kind of node it is, with its contents.
    enum Shape {
        /// The text, and whether it is a plain null (`~`, `null`, or nothing at all).
        case scalar(String, isNull: Bool)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    /// One key of a mapping.
    struct Entry {
        var key: String
        var keyMark: SourceMark
        var value: YAMLNode
    }

    var shape: Shape
    var mark: SourceMark
    /// `true` for an unquoted scalar, whose type a YAML 1.2 reader would infer (`true`, `80`, `~`).
    var isPlain = false

    /// "a string", "a mapping", "a list" or "nothing", for messages.
    var shapeName: String {
        switch shape {
        case .scalar(_, let isNull): return isNull ? "nothing" : "a string"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    var isNull: Bool {
        if case .scalar(_, true) = shape { return true }
        return false
    }

    var scalar: String? {
        if case .scalar(let s, false) = shape { return s }
        return nil
    }

    var entries: [Entry]? {
        if case .mapping(let entries) = shape { return entries }
        return nil
    }

    var items: [YAMLNode]? {
        if case .sequence(let items) = shape { return items }
        return nil
    }

    func value(_ key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    /// Reads a YAML document; a syntax error becomes one diagnostic at the position libyaml reports.
    static func parse(_ source: String, file: String) throws(LessonLoadError) -> YAMLNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: source)
        } catch let error as YamlError {
            throw LessonLoadError([diagnostic(for: error, source: source, file: file)])
        } catch {
            throw LessonLoadError([LessonDiagnostic(file: file, mark: .start, message: String(describing: error))])
        }
        guard let node else {
            throw LessonLoadError([LessonDiagnostic(file: file, mark: .start, message: Message.emptyFile)])
        }
        return convert(node)
    }

    private static func mark(_ mark: Mark?) -> SourceMark {
        mark.map { SourceMark(line: $0.line, column: $0.column) } ?? .start
    }

    private static func convert(_ node: Node) -> YAMLNode {
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(shape: .scalar(scalar.string, isNull: isNull), mark: mark(scalar.mark), isPlain: scalar.style == .plain)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                Entry(key: pair.key.string ?? "", keyMark: mark(pair.key.mark), value: convert(pair.value))
            }
            return YAMLNode(shape: .mapping(entries), mark: mark(mapping.mark))
        case .sequence(let sequence):
            return YAMLNode(shape: .sequence(sequence.map(convert)), mark: mark(sequence.mark))
        case .alias(let alias):
            return YAMLNode(shape: .scalar("", isNull: true), mark: mark(alias.mark))
        }
    }

    private static func diagnostic(for error: YamlError, source: String, file: String) -> LessonDiagnostic {
        switch error {
        case .scanner(let context, let problem, let at, _), .parser(let context, let problem, let at, _),
             .composer(let context, let problem, let at, _):
            let message = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return LessonDiagnostic(file: file, mark: SourceMark(line: at.line, column: at.column), message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourceMark(line: context.mark.line, column: context.mark.column)
            return LessonDiagnostic(file: file, mark: secondOccurrence(of: key, after: first, in: source) ?? first,
                                    message: Message.duplicateKey(key))
        case .reader(let problem, let offset, _, _):
            var mark = SourceMark.start
            if let offset {
                let prefix = source.prefix(offset)
                let line = prefix.count(where: { $0 == "\n" }) + 1
                let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
                mark = SourceMark(line: line, column: column)
            }
            return LessonDiagnostic(file: file, mark: mark, message: problem)
        default:
            return LessonDiagnostic(file: file, mark: .start, message: error.description)
        }
    }

    /// libyaml reports a duplicate key where it was first written; the mistake is the later copy.
    private static func secondOccurrence(of key: String, after first: SourceMark, in source: String) -> SourceMark? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1 else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let start = first.column - 1
            guard start >= 0, scalars.count > start else { continue }
            let indentation = scalars[..<start]
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            if indentation.allSatisfy({ $0 == " " || $0 == "-" }), rest.hasPrefix(key + ":") {
                return SourceMark(line: index + 1, column: first.column)
            }
        }
        return nil
    }
}

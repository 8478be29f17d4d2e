/// A position in a lesson file: 1-based line and column, columns counted in Unicode scalars as libyaml counts them.
public struct SourceMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the file as a whole.
    public static let start = SourceMark(line: 1, column: 1)

    public static func < (lhs: SourceMark, rhs: SourceMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A value together with where it was written, so lint can point at it long after loading.
public struct Marked<Value: Sendable>: Sendable {
    public var value: Value
    public var mark: SourceMark

    public init(_ value: Value, at mark: SourceMark) {
        self.value = value
        self.mark = mark
    }
}

extension Marked: Equatable where Value: Equatable {}

/// One problem found in a lesson file, printed the way compilers print theirs so editors can jump to it.
public struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the problem is; only errors make a lesson unusable.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var file: String
    public var mark: SourceMark
    public var severity: Severity
    public var message: String

    public init(file: String, mark: SourceMark, severity: Severity = .error, message: String) {
        self.file = file
        self.mark = mark
        self.severity = severity
        self.message = message
    }

    public var line: Int { mark.line }
    public var column: Int { mark.column }

    /// `file:line:column: error: message`.
    public var description: String { "\(file):\(mark.line):\(mark.column): \(severity.rawValue): \(message)" }
}

/// The diagnostics of a lesson file that could not be loaded.
public struct LessonLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [LessonDiagnostic]

    public init(_ diagnostics: [LessonDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

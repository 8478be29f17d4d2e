/// A Dockerfile that BuildKit would reject, with BuildKit's message and the lines it points at.
///
/// `message` is exactly what BuildKit's error prints (`dockerfile parse error on line 3:
/// unknown instruction: RUNN (did you mean RUN?)`); `locations` are the line ranges BuildKit
/// attaches, which docker uses to print the offending part of the Dockerfile. Lines are
/// 1-based like BuildKit's, including BuildKit's quirks (a few parser errors point one line
/// early because BuildKit attaches the count of lines read so far).
public struct DockerfileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var locations: [LineRange]

    public init(_ message: String, locations: [LineRange] = []) {
        self.message = message
        self.locations = locations
    }

    /// The first line the error points at, if any.
    public var line: Int? { locations.first?.start }

    public var description: String { message }

    /// `parser.WithLocation`: adds a range (BuildKit keeps every range it was given).
    func located(_ start: Int, _ end: Int = 0) -> DockerfileError {
        var copy = self
        copy.locations.append(LineRange(start: start, end: max(start, end)))
        return copy
    }

    func located(_ range: LineRange) -> DockerfileError {
        var copy = self
        copy.locations.append(range)
        return copy
    }

    /// `parser.SetLocation`: replaces the ranges.
    func relocated(_ range: LineRange) -> DockerfileError {
        var copy = self
        copy.locations = [range]
        return copy
    }

    /// Prefixes the message the way `errors.Wrap` does (`prefix: message`).
    func wrapped(_ prefix: String) -> DockerfileError {
        var copy = self
        copy.message = prefix + ": " + message
        return copy
    }
}

/// An inclusive range of 1-based Dockerfile lines.
public struct LineRange: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(line: Int) {
        self.init(start: line, end: line)
    }

    public var description: String { start == end ? "\(start)" : "\(start)-\(end)" }
}

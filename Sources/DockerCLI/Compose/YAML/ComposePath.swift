/// A dotted location in a compose document, compose-go's `tree.Path`.
///
/// Transform, merge and validation tables in compose-go are keyed by patterns such as
/// `services.*.ports` (`*` any key, `[]` any list item); errors print the concrete path.
public struct ComposePath: Sendable, Hashable, CustomStringConvertible {
    public private(set) var parts: [String]

    public init(_ parts: [String] = []) { self.parts = parts }

    public init(_ dotted: String) {
        self.parts = dotted.isEmpty ? [] : dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    public var isEmpty: Bool { parts.isEmpty }

    public func appending(_ part: String) -> ComposePath {
        var copy = self
        copy.parts.append(part)
        return copy
    }

    public var last: String { parts.last ?? "" }

    public var parent: ComposePath { ComposePath(Array(parts.dropLast())) }

    /// The path as compose-go prints it (`services.web.ports`).
    public var dotted: String { parts.joined(separator: ".") }
    public var description: String { dotted }

    /// `tree.Path.Matches`: same length, each part equal or matched by `*`.
    public func matches(_ pattern: ComposePath) -> Bool {
        guard pattern.parts.count == parts.count else { return false }
        for (p, part) in zip(pattern.parts, parts) where p != "*" && p != part {
            return false
        }
        return true
    }

    public func matches(_ pattern: String) -> Bool { matches(ComposePath(pattern)) }
}

/// A compose loading failure whose text is exactly what `docker compose` prints on stderr.
public enum ComposeError: Error, Sendable, Equatable, CustomStringConvertible {
    case message(String)

    public var description: String {
        switch self {
        case .message(let m): return m
        }
    }

    /// `errdefs.ErrInvalid` wrapped the way compose-go wraps it (`%s: %w`).
    static func invalid(_ text: String) -> ComposeError { .message(text + ": invalid compose project") }
}

/// A warning compose logs through logrus while loading.
public struct ComposeWarning: Sendable, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// logrus' TextFormatter line: `WARN[0000] msg` (padded to 44) on a terminal, `time=... level=warning msg="..."` otherwise.
    public func logLine(terminal: Bool, timestamp: String = "0001-01-01T00:00:00Z") -> String {
        if terminal {
            let padded = message.count < 44 ? message + String(repeating: " ", count: 44 - message.count) : message
            return "\u{1B}[33mWARN\u{1B}[0m[0000] \(padded) \n"
        }
        return "time=\"\(timestamp)\" level=warning msg=\(GoQuote.string(message))\n"
    }
}


/// An error the daemon answers with: an HTTP status and the message docker prints
/// after `Error response from daemon: `.
public struct EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status the Engine API would return (404 not found, 409 conflict, 400 invalid, 500 system).
    public var statusCode: Int
    /// The daemon's message, exactly as moby words it.
    public var message: String

    public init(_ statusCode: Int, _ message: String) {
        self.statusCode = statusCode
        self.message = message
    }

    public static func notFound(_ message: String) -> EngineError { EngineError(404, message) }
    public static func conflict(_ message: String) -> EngineError { EngineError(409, message) }
    public static func invalidParameter(_ message: String) -> EngineError { EngineError(400, message) }
    public static func system(_ message: String) -> EngineError { EngineError(500, message) }

    public var description: String { "Error response from daemon: \(message)" }
}

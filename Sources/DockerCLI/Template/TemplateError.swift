/// A template failed to parse or to execute; `message` is Go's error text.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `template: NAME:LINE: ...`
    case parse(String)
    /// `template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`
    case execution(String)

    public var message: String {
        switch self {
        case .parse(let m), .execution(let m): m
        }
    }

    public var description: String { message }
}

/// A value docker refuses, carrying the message docker prints for it.
///
/// The flag-level checks return it as the `INNER` part of pflag's `invalid argument` line, and the
/// run/create conversion wraps it into `docker: MESSAGE`; one type keeps both paths honest.
public struct ValueError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

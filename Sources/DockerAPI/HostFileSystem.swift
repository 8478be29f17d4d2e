/// The filesystem of the machine the docker client runs on, as docker-tutor lets commands see it.
///
/// Two worlds sit behind this seam: the REPL's sandbox host (an in-memory tree saved in the
/// sandbox, where `echo > Dockerfile` and `docker save -o x.tar` land) and, through the `docker`
/// link, the real working directory — readable, and writable only where the user named an output
/// (`save -o`, `export -o`, `cp` to the host). Paths are absolute or relative to `workingDirectory`.
public protocol HostFileSystem: AnyObject {
    /// The directory relative paths start from.
    var workingDirectory: String { get }
    /// What is at `path`, following symlinks; `nil` when nothing is.
    func entry(at path: String) -> HostFileEntry?
    /// The bytes of a regular file.
    func readFile(_ path: String) throws(HostFileError) -> [UInt8]
    /// The names in a directory, sorted.
    func listDirectory(_ path: String) throws(HostFileError) -> [String]
    /// Creates or replaces a regular file the user named as an output.
    func writeFile(_ path: String, _ bytes: [UInt8]) throws(HostFileError)
    /// Creates a directory (and, with `intermediate`, its parents).
    func createDirectory(_ path: String, intermediate: Bool) throws(HostFileError)
}

/// What a host path holds.
public struct HostFileEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case file, directory, symlink, other }
    public var kind: Kind
    public var size: Int64
    /// Permission bits (`0o644`).
    public var mode: UInt32
    /// Modification time, Unix seconds.
    public var modified: Int64

    public init(kind: Kind, size: Int64 = 0, mode: UInt32 = 0o644, modified: Int64 = 0) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.modified = modified
    }
}

/// A failed host file operation, worded as Go's `*PathError` prints it
/// (`open x.tar: no such file or directory`).
public struct HostFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Go's operation word: `open`, `stat`, `mkdir`, `read`...
    public var operation: String
    public var path: String
    /// The errno text: `no such file or directory`, `permission denied`, `is a directory`...
    public var reason: String

    public init(_ operation: String, _ path: String, _ reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(operation) \(path): \(reason)" }

    public static func notFound(_ operation: String, _ path: String) -> HostFileError {
        HostFileError(operation, path, "no such file or directory")
    }
}

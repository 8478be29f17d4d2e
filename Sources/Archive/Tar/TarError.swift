/// Why a tar archive could not be read or written.
///
/// `description` is the text docker prints for it (Go's `archive/tar` errors and `io` errors,
/// which reach the user unchanged through `docker load`, `docker import` and `docker cp`);
/// `detail` adds where and what exactly, for logs, tests and the fuzzer's triage.
public enum TarError: Error, Equatable, CustomStringConvertible {
    /// A header block that is not a tar header: bad checksum, unparsable numbers, a negative
    /// size, a malformed PAX record, a zero block followed by data (Go's `ErrHeader`).
    case invalidHeader(offset: Int, problem: String)
    /// The input ended inside a header or an entry's data (`io.ErrUnexpectedEOF`).
    case unexpectedEOF(offset: Int, problem: String)
    /// A PAX or GNU long-name record over 1 MiB (Go's `ErrFieldTooLong`).
    case fieldTooLong(offset: Int)
    /// A well-formed feature this reader does not decode (GNU sparse files).
    case unsupported(offset: Int, feature: String)
    /// The writer cannot encode the entry in any format it is allowed to use.
    case cannotEncode(reasons: [String])
    /// More bytes of contents than the entry's size (Go's `ErrWriteTooLong`).
    case writeTooLong(name: String)
    /// Fewer bytes of contents than the entry's size.
    case missedWriting(name: String, missing: Int64)

    /// The text docker shows.
    public var description: String {
        switch self {
        case .invalidHeader: return "archive/tar: invalid tar header"
        case .unexpectedEOF: return "unexpected EOF"
        case .fieldTooLong: return "archive/tar: header field too long"
        case .unsupported(_, let feature): return "archive/tar: \(feature) not supported"
        case .cannotEncode(let reasons):
            let kept = reasons.filter { !$0.isEmpty }
            return kept.isEmpty
                ? "archive/tar: cannot encode header"
                : "archive/tar: cannot encode header: " + kept.joined(separator: "; and ")
        case .writeTooLong: return "archive/tar: write too long"
        case .missedWriting(_, let missing): return "archive/tar: missed writing \(missing) bytes"
        }
    }

    /// `description` plus the offset and the exact problem.
    public var detail: String {
        switch self {
        case .invalidHeader(let offset, let problem):
            return "\(description): \(problem) (header at byte \(offset))"
        case .unexpectedEOF(let offset, let problem):
            return "\(description): \(problem) (at byte \(offset))"
        case .fieldTooLong(let offset):
            return "\(description): extended header over 1 MiB (header at byte \(offset))"
        case .unsupported(let offset, _):
            return "\(description) (header at byte \(offset))"
        case .writeTooLong(let name), .missedWriting(let name, _):
            return "\(description) (entry \(GoQuote.quote(name)))"
        case .cannotEncode:
            return description
        }
    }
}

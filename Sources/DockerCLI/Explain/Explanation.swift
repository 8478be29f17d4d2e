/// What `explain` says about one docker command line, word by word, before it is printed.
///
/// Entries come in the order of the words; each names the words it covers as typed, says what
/// they are, and adds details for structured values (a port mapping, a mount, an image
/// reference). An invalid line stops at the word docker refuses, followed by docker's error.
public struct Explanation: Sendable, Equatable {
    /// One or more words and what they mean.
    public struct Entry: Sendable, Equatable {
        /// The words as typed (`-p 8080:80`, `docker container ls`).
        public var words: String
        /// The one-line meaning.
        public var summary: String
        /// Further lines for structured values.
        public var details: [String]

        public init(words: String, summary: String, details: [String] = []) {
            self.words = words
            self.summary = summary
            self.details = details
        }
    }

    /// How docker ends up treating the line.
    public enum Outcome: Sendable, Equatable {
        /// docker accepts it (hands it to the daemon, or prints help).
        case accepted
        /// docker refuses it with this first error line and exit code.
        case refused(error: String, exitCode: Int32)
        /// A shell expansion decides; the note says which.
        case unknown(String)
    }

    /// The command line as explained.
    public var line: String
    public var entries: [Entry]
    public var outcome: Outcome
    /// Warnings of `check`'s lint rules about the line, already in the explanation's language.
    public var warnings: [String]

    /// The explanation as text: the line, the entries in two columns, then the outcome.
    public func render(_ language: Language) -> String {
        var out = line + "\n\n"
        let widths = entries.map { DisplayWidth.terminalWidth($0.words) }
        let column = min(max(widths.max() ?? 0, 8), 24) + 2
        let indent = String(repeating: " ", count: column)
        for (entry, width) in zip(entries, widths) {
            // Multi-line texts (docker's --format usage) continue under the first line.
            let summary = entry.summary.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + indent)
            if width + 2 <= column {
                out += entry.words + String(repeating: " ", count: column - width) + summary + "\n"
            } else {
                out += entry.words + "\n" + indent + summary + "\n"
            }
            for detail in entry.details {
                out += indent + "  " + detail.split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + indent + "  ") + "\n"
            }
        }
        out += "\n"
        switch outcome {
        case .accepted:
            out += ExplainPhrases.accepted(language) + "\n"
        case .refused(let error, let exitCode):
            out += "✗ " + error + "\n" + ExplainPhrases.refused(exitCode, language) + "\n"
        case .unknown(let note):
            out += "? " + note + "\n"
        }
        for warning in warnings {
            out += "! " + warning + "\n"
        }
        return out
    }
}

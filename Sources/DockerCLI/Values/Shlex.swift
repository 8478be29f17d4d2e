/// google/shlex's `Split`, which docker uses for `service --args` and `service --entrypoint`.
///
/// Words split at spaces, tabs and newlines; `'...'` is literal, `"..."` honours `\` escapes,
/// `#` at the start of a word comments out the rest of the line.
public enum Shlex {
    /// A malformed command line, with shlex's text.
    public struct SplitError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The lexer states of shlex's `scanStream`.
    private enum State { case start, word, escaping, escapingQuoted, quotingEscaping, quoting, comment }

    /// `shlex.Split`.
    public static func split(_ s: String) -> Result<[String], SplitError> {
        var words: [String] = []
        var state = State.start
        var value = ""
        var isComment = false
        var scalars = Array(s.unicodeScalars).map { Optional($0) }
        scalars.append(nil)  // EOF
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\n" }
        func emit() {
            if !isComment { words.append(value) }
            value = ""
            isComment = false
            state = .start
        }
        for next in scalars {
            switch state {
            case .start:
                guard let c = next else { return .success(words) }
                if isSpace(c) { continue }
                if c == "\"" { state = .quotingEscaping } else if c == "'" { state = .quoting } else if c == "\\" {
                    state = .escaping
                } else if c == "#" {
                    state = .comment
                    isComment = true
                } else {
                    value.unicodeScalars.append(c)
                    state = .word
                }
            case .word:
                guard let c = next else { emit(); return .success(words) }
                if isSpace(c) { emit() } else if c == "\"" { state = .quotingEscaping } else if c == "'" {
                    state = .quoting
                } else if c == "\\" { state = .escaping } else { value.unicodeScalars.append(c) }
            case .escaping, .escapingQuoted:
                guard let c = next else { return .failure(SplitError(description: "EOF found after escape character")) }
                value.unicodeScalars.append(c)
                state = state == .escaping ? .word : .quotingEscaping
            case .quotingEscaping:
                guard let c = next else { return .failure(SplitError(description: "EOF found when expecting closing quote")) }
                if c == "\"" { state = .word } else if c == "\\" { state = .escapingQuoted } else { value.unicodeScalars.append(c) }
            case .quoting:
                guard let c = next else { return .failure(SplitError(description: "EOF found when expecting closing quote")) }
                if c == "'" { state = .word } else { value.unicodeScalars.append(c) }
            case .comment:
                guard let c = next else { emit(); return .success(words) }
                if c == "\n" { emit() } else { value.unicodeScalars.append(c) }
            }
        }
        return .success(words)
    }
}

/// BuildKit's shell lexer: quote removal, word splitting and `$VAR` expansion in instructions.
///
/// Dockerfile expansion is not a real shell: it knows `$VAR`, `${VAR}`, the `:-`, `-`, `:+`,
/// `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/` and `//` modifiers, single and double quotes and the
/// escape character, and nothing else (no command substitution, no arithmetic). Errors read as
/// BuildKit's (`failed to process "${x": syntax error: missing '}'`). One deliberate addition:
/// nesting `${` deeper than `maxNesting` is refused so hostile input cannot exhaust the stack.
public struct ShellLexer: Sendable {
    public var escapeToken: Unicode.Scalar
    /// Keep quote characters in the output (used to print instructions and find heredocs).
    public var rawQuotes = false
    /// Keep escape characters in the output.
    public var rawEscapes = false
    /// Treat quotes as ordinary characters (used for heredoc bodies).
    public var skipProcessQuotes = false
    /// Leave references to unset variables as written instead of expanding them to "".
    public var skipUnsetEnv = false

    /// How deeply `${...}` may nest before the lexer gives up.
    public static let maxNesting = 64

    public init(escapeToken: Unicode.Scalar = "\\") {
        self.escapeToken = escapeToken
    }

    /// The outcome of processing one word.
    public struct Result: Equatable, Sendable {
        /// The expanded text with quotes removed (spaces between words kept).
        public var text: String
        /// The text split into words after expansion, as the shell would.
        public var words: [String]
        /// Variables that were referenced and set, in first-use order.
        public var matched: [String]
        /// Variables that were referenced but not set, in first-use order.
        public var unmatched: [String]
    }

    /// An expansion failure, already worded as BuildKit prints it.
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    /// `ProcessWord`: expands one word, keeping inner spaces.
    public func processWord(_ word: String, _ env: ShellVariables) throws(Failure) -> String {
        try process(word, env).text
    }

    /// `ProcessWords`: expands and splits into words.
    public func processWords(_ word: String, _ env: ShellVariables) throws(Failure) -> [String] {
        try process(word, env).words
    }

    /// `ProcessWordWithMatches`: expands and reports which variables were used.
    public func process(_ word: String, _ env: ShellVariables) throws(Failure) -> Result {
        let state = ShellWordState(lexer: self, source: Array(word.unicodeScalars), env: env)
        do {
            let (text, words) = try state.processStopOn(nil, rawEscapes: rawEscapes)
            return Result(text: text, words: words, matched: state.matched, unmatched: state.unmatched)
        } catch {
            throw Failure(message: "failed to process " + GoText.quote(word) + ": " + error.message)
        }
    }
}

/// Variables visible to the lexer: ordered keys (for suggestions) and values.
public struct ShellVariables: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: String] = [:]

    public init() {}

    /// From `KEY=value` strings (the image config's Env format); later entries win.
    public init(environment: [String]) {
        for entry in environment {
            let (key, value) = Self.split(entry)
            set(key, value)
        }
    }

    public init(_ pairs: [(String, String)]) {
        for (key, value) in pairs { set(key, value) }
    }

    public func get(_ key: String) -> String? { values[key] }

    /// Adds or replaces (keeping the original position of an existing key).
    public mutating func set(_ key: String, _ value: String) {
        if values[key] == nil { keys.append(key) }
        values[key] = value
    }

    /// `KEY=value` entries in key order.
    public var environment: [String] { keys.map { $0 + "=" + (values[$0] ?? "") } }

    static func split(_ entry: String) -> (String, String) {
        guard let equals = entry.firstIndex(of: "=") else { return (entry, "") }
        return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
    }
}

/// Errors inside the lexer before BuildKit wraps them with `failed to process`.
struct ShellSyntaxError: Error {
    var message: String
}

/// One `shellWord` run. A class because, like BuildKit's, nested `${...}` processing shares
/// (and resets) the word buffer — a quirk that affects how prefixes split into words.
private final class ShellWordState {
    let lexer: ShellLexer
    let source: [Unicode.Scalar]
    let env: ShellVariables
    var position = 0
    var rawEscapes: Bool
    var wordsBuffer = String.UnicodeScalarView()
    var depth = 0
    var matched: [String] = []
    var unmatched: [String] = []
    private var matchedSet: Set<String> = []
    private var unmatchedSet: Set<String> = []

    init(lexer: ShellLexer, source: [Unicode.Scalar], env: ShellVariables) {
        self.lexer = lexer
        self.source = source
        self.env = env
        self.rawEscapes = lexer.rawEscapes
    }

    func peek() -> Unicode.Scalar? { position < source.count ? source[position] : nil }

    @discardableResult
    func next() -> Unicode.Scalar? {
        guard position < source.count else { return nil }
        defer { position += 1 }
        return source[position]
    }

    /// The word splitter; its buffer is the shared `wordsBuffer`.
    struct Words {
        var words: [String] = []
        var inWord = false
    }

    func addChar(_ ch: Unicode.Scalar, _ w: inout Words) {
        if GoText.isSpace(ch) {
            if w.inWord, !wordsBuffer.isEmpty {
                w.words.append(String(wordsBuffer))
                wordsBuffer = String.UnicodeScalarView()
                w.inWord = false
            }
        } else {
            addRawChar(ch, &w)
        }
    }

    func addRawChar(_ ch: Unicode.Scalar, _ w: inout Words) {
        wordsBuffer.append(ch)
        w.inWord = true
    }

    func addString(_ s: String, _ w: inout Words) {
        for ch in s.unicodeScalars { addChar(ch, &w) }
    }

    func addRawString(_ s: String, _ w: inout Words) {
        wordsBuffer.append(contentsOf: s.unicodeScalars)
        w.inWord = true
    }

    func finish(_ w: inout Words) -> [String] {
        if !wordsBuffer.isEmpty {
            w.words.append(String(wordsBuffer))
            wordsBuffer = String.UnicodeScalarView()
            w.inWord = false
        }
        return w.words
    }

    func processStopOn(_ stop: Unicode.Scalar?, rawEscapes requested: Bool) throws(ShellSyntaxError) -> (String, [String]) {
        var result = String.UnicodeScalarView()
        wordsBuffer = String.UnicodeScalarView()
        var words = Words()
        let saved = rawEscapes
        rawEscapes = requested
        defer { rawEscapes = saved }

        while let ch = peek() {
            if let stop, ch == stop {
                next()
                return (String(result), finish(&words))
            }
            let special: String?
            switch ch {
            case "$": special = try processDollar()
            case "<": special = processPossibleHeredoc()
            case "'" where !lexer.skipProcessQuotes: special = try processSingleQuote()
            case "\"" where !lexer.skipProcessQuotes: special = try processDoubleQuote()
            default: special = nil
            }
            if let special {
                result.append(contentsOf: special.unicodeScalars)
                if ch == "$" { addString(special, &words) } else { addRawString(special, &words) }
                continue
            }
            var current = next() ?? ch
            if current == lexer.escapeToken {
                if rawEscapes {
                    addRawChar(current, &words)
                    result.append(current)
                }
                guard let escaped = next() else { break }
                current = escaped
                addRawChar(current, &words)
            } else {
                addChar(current, &words)
            }
            result.append(current)
        }
        if let stop {
            throw ShellSyntaxError(message: "unexpected end of statement while looking for matching " + String(stop))
        }
        return (String(result), finish(&words))
    }

    func processSingleQuote() throws(ShellSyntaxError) -> String {
        var result = String.UnicodeScalarView()
        let open = next()
        if lexer.rawQuotes, let open { result.append(open) }
        while true {
            guard let ch = next() else {
                throw ShellSyntaxError(message: "unexpected end of statement while looking for matching single-quote")
            }
            if ch == "'" {
                if lexer.rawQuotes { result.append(ch) }
                return String(result)
            }
            result.append(ch)
        }
    }

    func processDoubleQuote() throws(ShellSyntaxError) -> String {
        var result = String.UnicodeScalarView()
        let open = next()
        if lexer.rawQuotes, let open { result.append(open) }
        while true {
            guard let ch = peek() else {
                throw ShellSyntaxError(message: "unexpected end of statement while looking for matching double-quote")
            }
            if ch == "\"" {
                next()
                if lexer.rawQuotes { result.append(ch) }
                return String(result)
            }
            if ch == "$" {
                result.append(contentsOf: try processDollar().unicodeScalars)
                continue
            }
            var current = next() ?? ch
            if current == lexer.escapeToken {
                if rawEscapes { result.append(current) }
                guard let following = peek() else { continue }
                if following == "\"" || following == "$" || following == lexer.escapeToken {
                    current = next() ?? following
                }
            }
            result.append(current)
        }
    }

    func processDollar() throws(ShellSyntaxError) -> String {
        next()
        if peek() != "{" {
            let name = processName()
            if name.isEmpty { return "$" }
            let value = getEnv(name)
            if value == nil && lexer.skipUnsetEnv { return "$" + name }
            return value ?? ""
        }
        next()
        switch peek() {
        case nil:
            throw ShellSyntaxError(message: "syntax error: missing '}'")
        case "{", "}", ":":
            throw ShellSyntaxError(message: "syntax error: bad substitution")
        default:
            break
        }
        depth += 1
        defer { depth -= 1 }
        if depth > ShellLexer.maxNesting {
            throw ShellSyntaxError(message: "syntax error: substitutions nested too deeply")
        }
        let name = processName()
        let first = next()
        var modifier = first.map { String($0) } ?? "\u{FFFD}"
        var nullIsUnset = false
        var op = first

        switch first {
        case "}":
            let value = getEnv(name)
            if value == nil && lexer.skipUnsetEnv { return "${" + name + "}" }
            return value ?? ""
        case ":", "+", "-", "?", "#", "%":
            if first == ":" {
                nullIsUnset = true
                op = next()
                modifier += op.map { String($0) } ?? "\u{FFFD}"
            }
            let rawEscapesForWord = op == "#" || op == "%"
            if nullIsUnset && rawEscapesForWord {
                throw ShellSyntaxError(message: "unsupported modifier (\(modifier)) in substitution")
            }
            let word: String
            do {
                word = try processStopOn("}", rawEscapes: rawEscapesForWord).0
            } catch {
                if peek() == nil { throw ShellSyntaxError(message: "syntax error: missing '}'") }
                throw error
            }
            let value = getEnv(name)
            if lexer.skipUnsetEnv && value == nil {
                return "${" + name + modifier + word + "}"
            }
            let isUnset = value == nil || (nullIsUnset && value == "")
            switch op {
            case "-":
                return isUnset ? word : (value ?? "")
            case "+":
                return isUnset ? "" : word
            case "?":
                if value == nil {
                    throw ShellSyntaxError(message: name + ": " + (word.isEmpty ? "is not allowed to be unset" : word))
                }
                if nullIsUnset && value == "" {
                    throw ShellSyntaxError(message: name + ": " + (word.isEmpty ? "is not allowed to be empty" : word))
                }
                return value ?? ""
            case "%", "#":
                var pattern = word
                var greedy = false
                if let op, pattern.unicodeScalars.first == op {
                    greedy = true
                    pattern = String(scalars: pattern.unicodeScalars.dropFirst())
                }
                if op == "%" {
                    return try ShellPattern.trimSuffix(pattern, from: value ?? "", greedy: greedy)
                }
                return try ShellPattern.trimPrefix(pattern, from: value ?? "", greedy: greedy)
            default:
                throw ShellSyntaxError(message: "unsupported modifier (\(modifier)) in substitution")
            }
        case "/":
            let replaceAll = peek() == "/"
            if replaceAll { next() }
            let pattern: String
            do {
                pattern = try processStopOn("/", rawEscapes: true).0
            } catch {
                if peek() == nil { throw ShellSyntaxError(message: "syntax error: missing '/' in ${}") }
                throw error
            }
            let replacement: String
            do {
                replacement = try processStopOn("}", rawEscapes: true).0
            } catch {
                if peek() == nil { throw ShellSyntaxError(message: "syntax error: missing '}'") }
                throw error
            }
            let value = getEnv(name)
            if lexer.skipUnsetEnv && value == nil {
                return "${" + name + "/" + pattern + "/" + replacement + "}"
            }
            return try ShellPattern.replace(pattern, in: value ?? "", with: replacement, all: replaceAll)
        default:
            throw ShellSyntaxError(message: "unsupported modifier (\(modifier)) in substitution")
        }
    }

    /// A variable name: letters, digits, `_`; a leading digit run or one special parameter.
    func processName() -> String {
        var name = String.UnicodeScalarView()
        while let ch = peek() {
            if name.isEmpty && GoText.isDigit(ch) {
                while let digit = peek(), GoText.isDigit(digit) {
                    name.append(digit)
                    next()
                }
                return String(name)
            }
            if name.isEmpty && Self.isSpecialParameter(ch) {
                next()
                return String(ch)
            }
            if !GoText.isLetter(ch) && !GoText.isDigit(ch) && ch != "_" { break }
            name.append(ch)
            next()
        }
        return String(name)
    }

    static func isSpecialParameter(_ ch: Unicode.Scalar) -> Bool {
        switch ch {
        case "@", "*", "#", "?", "-", "$", "!", "0": return true
        default: return false
        }
    }

    func processPossibleHeredoc() -> String {
        next()
        if peek() != "<" { return "<" }
        next()
        var space = ""
        while let ch = peek(), ch == "\t" || ch == "\r" || ch == " " {
            space.unicodeScalars.append(ch)
            next()
        }
        return "<<" + space
    }

    func getEnv(_ name: String) -> String? {
        if let value = env.get(name) {
            if matchedSet.insert(name).inserted { matched.append(name) }
            return value
        }
        if unmatchedSet.insert(name).inserted { unmatched.append(name) }
        return nil
    }
}

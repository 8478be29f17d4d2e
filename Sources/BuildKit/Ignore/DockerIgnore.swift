/// `.dockerignore`: which files of the build context are never sent to the builder.
///
/// Reading follows `moby/patternmatcher/ignorefile` (comments, trimming, `filepath.Clean`,
/// a leading `/` dropped, `!` exceptions); matching follows `patternmatcher`'s
/// `MatchesOrParentMatches`: the last matching pattern wins, and a path is excluded when it
/// or any parent directory matches.
public enum DockerIgnore {
    /// `ignorefile.ReadAll`: the patterns of a `.dockerignore` file, in order.
    public static func parse(_ text: String) -> [String] {
        var data = Array(text.utf8)[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        var patterns: [String] = []
        for line in SourceLines.scannerLines(data) {
            let raw = line.text
            if raw.hasPrefix("#") { continue }
            var pattern = GoText.trimSpace(raw)
            if pattern.isEmpty { continue }
            let invert = pattern.hasPrefix("!")
            if invert { pattern = GoText.trimSpace(String(pattern.dropFirst())) }
            if !pattern.isEmpty {
                pattern = cleanPath(pattern)
                if pattern.count > 1 && pattern.hasPrefix("/") { pattern = String(pattern.dropFirst()) }
            }
            patterns.append(invert ? "!" + pattern : pattern)
        }
        return patterns
    }

    /// Go's `path.Clean` (`filepath.Clean` on Unix).
    public static func cleanPath(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(element)
                }
            default:
                parts.append(element)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}

/// A compiled list of ignore patterns.
public struct PatternMatcher: Sendable {
    struct Pattern: Sendable {
        var exclusion: Bool
        var cleaned: String
        var kind: Kind
        enum Kind: Sendable {
            case exact
            case prefix(String)
            case suffix(String)
            case expression([GlobToken])
        }
    }

    private var patterns: [Pattern] = []

    /// Whether any pattern is an exception (`!`).
    public private(set) var hasExclusions = false

    /// `patternmatcher.New`.
    public init(_ patterns: [String]) throws(DockerfileError) {
        for raw in patterns {
            var p = GoText.trimSpace(raw)
            if p.isEmpty { continue }
            p = DockerIgnore.cleanPath(p)
            var exclusion = false
            if p.hasPrefix("!") {
                if p.count == 1 { throw DockerfileError("illegal exclusion pattern: \"!\"") }
                exclusion = true
                p = String(p.dropFirst())
                hasExclusions = true
            }
            guard GlobToken.isValidGlob(p) else { throw DockerfileError("syntax error in pattern") }
            self.patterns.append(Pattern(exclusion: exclusion, cleaned: p, kind: Self.compile(p)))
        }
    }

    /// `MatchesOrParentMatches`: whether `path` (slash-separated, relative to the context)
    /// is excluded.
    public func matches(_ path: String) -> Bool {
        var matched = false
        let parent = Self.parentPath(path)
        let parentDirs = parent.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for pattern in patterns {
            if pattern.exclusion != matched { continue }
            var match = Self.match(pattern, path)
            if !match && parent != "." {
                for i in parentDirs.indices {
                    if Self.match(pattern, parentDirs[...i].joined(separator: "/")) {
                        match = true
                        break
                    }
                }
            }
            if match { matched = !pattern.exclusion }
        }
        return matched
    }

    /// `filepath.Dir`.
    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[...slash])
        return DockerIgnore.cleanPath(dir)
    }

    static func match(_ pattern: Pattern, _ path: String) -> Bool {
        switch pattern.kind {
        case .exact:
            return path == pattern.cleaned
        case .prefix(let prefix):
            return path.hasPrefix(prefix)
        case .suffix(let suffix):
            if path.hasSuffix(suffix) { return true }
            return suffix.hasPrefix("/") && path == String(suffix.dropFirst())
        case .expression(let tokens):
            return GlobToken.fullMatch(tokens, Array(path.unicodeScalars))
        }
    }

    /// `Pattern.compile` for `/` separators.
    static func compile(_ pattern: String) -> Pattern.Kind {
        enum Mode { case exact, prefix, suffix, expression }
        let p = Array(pattern.unicodeScalars)
        var tokens: [GlobToken] = []
        var mode = Mode.exact
        var i = 0
        var step = 0
        while i < p.count {
            let ch = p[i]
            i += 1
            defer { step += 1 }
            switch ch {
            case "*":
                if i < p.count, p[i] == "*" {
                    i += 1
                    if i < p.count, p[i] == "/" { i += 1 }
                    if i == p.count {
                        if mode == .exact { mode = .prefix } else {
                            tokens.append(.anyRun)
                            mode = .expression
                        }
                    } else {
                        tokens.append(.optionalDirectories)
                        mode = .expression
                    }
                    if step == 0 { mode = .suffix }
                } else {
                    tokens.append(.segmentRun)
                    mode = .expression
                }
            case "?":
                tokens.append(.segmentChar)
                mode = .expression
            case "\\":
                if i < p.count {
                    tokens.append(.literal(p[i]))
                    i += 1
                    mode = .expression
                } else {
                    tokens.append(.literal("\\"))
                }
            case "[":
                if let (set, next) = GlobToken.parseClass(p, from: i) {
                    tokens.append(set)
                    i = next
                } else {
                    tokens.append(.literal("["))
                }
                mode = .expression
            default:
                tokens.append(.literal(ch))
            }
        }
        switch mode {
        case .exact: return .exact
        case .prefix: return .prefix(String(pattern.dropLast(2)))
        case .suffix: return .suffix(String(pattern.dropFirst(2)))
        case .expression: return .expression(tokens)
        }
    }
}

import Testing
@testable import BuildKit

/// `.dockerignore` reading and matching (patternmatcher semantics).
@Suite struct DockerIgnoreTests {
    @Test func readsPatterns() {
        let text = "\u{FEFF}# comment\n  node_modules  \n/build/\n!build/keep.txt\n\n ! docs/../README.md\n*.log\r\n  # not a comment\n"
        #expect(DockerIgnore.parse(text) == ["node_modules", "build", "!build/keep.txt", "!README.md", "*.log", "# not a comment"])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let patterns: [String]
        let path: String
        let excluded: Bool
        var testDescription: String { "\(patterns) \(path)" }
    }

    static let cases: [Case] = [
        Case(patterns: ["node_modules"], path: "node_modules", excluded: true),
        Case(patterns: ["node_modules"], path: "node_modules/x/index.js", excluded: true),
        Case(patterns: ["node_modules"], path: "src/node_modules", excluded: false),
        Case(patterns: ["*.log"], path: "debug.log", excluded: true),
        Case(patterns: ["*.log"], path: "logs/debug.log", excluded: false),
        Case(patterns: ["**/*.log"], path: "logs/debug.log", excluded: true),
        Case(patterns: ["**/*.log"], path: "debug.log", excluded: true),
        Case(patterns: ["**/.git"], path: "sub/.git/config", excluded: true),
        Case(patterns: ["docs/**"], path: "docs/a/b.md", excluded: true),
        Case(patterns: ["docs/**"], path: "docsx", excluded: false),
        Case(patterns: ["a/**/b"], path: "a/b", excluded: true),
        Case(patterns: ["a/**/b"], path: "a/x/y/b", excluded: true),
        Case(patterns: ["a?c"], path: "abc", excluded: true),
        Case(patterns: ["a?c"], path: "a/c", excluded: false),
        Case(patterns: ["[a-c]at"], path: "bat", excluded: true),
        Case(patterns: ["[^a-c]at"], path: "bat", excluded: false),
        Case(patterns: ["[^a-c]at"], path: "rat", excluded: true),
        Case(patterns: ["file.txt"], path: "fileXtxt", excluded: false),
        Case(patterns: ["\\*.txt"], path: "*.txt", excluded: true),
        Case(patterns: ["\\*.txt"], path: "a.txt", excluded: false),
        Case(patterns: ["*", "!README.md"], path: "README.md", excluded: false),
        Case(patterns: ["*", "!README.md"], path: "main.go", excluded: true),
        Case(patterns: ["*.md", "!README*.md", "README-secret.md"], path: "README-secret.md", excluded: true),
        Case(patterns: ["*.md", "!README*.md", "README-secret.md"], path: "README-public.md", excluded: false),
        Case(patterns: ["build", "!build/keep"], path: "build/keep", excluded: false),
        Case(patterns: ["build", "!build/keep"], path: "build/other", excluded: true),
        Case(patterns: ["/secret.env"], path: "secret.env", excluded: true),
        Case(patterns: ["./tmp/../cache"], path: "cache/x", excluded: true),
        Case(patterns: ["**"], path: "anything/at/all", excluded: true),
        Case(patterns: [".git", ".dockerignore", "Dockerfile*"], path: "Dockerfile.dev", excluded: true),
    ]

    @Test(arguments: cases)
    func matches(_ c: Case) throws {
        let matcher = try PatternMatcher(DockerIgnore.parse(c.patterns.joined(separator: "\n")))
        #expect(matcher.matches(c.path) == c.excluded)
    }

    @Test func rejectsBadPatterns() {
        #expect(throws: DockerfileError("illegal exclusion pattern: \"!\"")) { try PatternMatcher(["!"]) }
        #expect(throws: DockerfileError("syntax error in pattern")) { try PatternMatcher(["[abc"]) }
        #expect(throws: DockerfileError("syntax error in pattern")) { try PatternMatcher(["a\\"]) }
    }

    @Test func cleansPaths() {
        #expect(DockerIgnore.cleanPath("a//b/./c/..") == "a/b")
        #expect(DockerIgnore.cleanPath("/../x") == "/x")
        #expect(DockerIgnore.cleanPath("../x") == "../x")
        #expect(DockerIgnore.cleanPath("") == ".")
    }
}

import Testing
@testable import DockerCLI

@Suite struct ShellLexerTests {
    struct WordsCase: Sendable, CustomStringConvertible {
        var line: String
        var words: [String]
        var opaque: [Bool]? = nil
        var description: String { line }
    }

    static let wordCases: [WordsCase] = [
        WordsCase(line: "docker run -d redis", words: ["docker", "run", "-d", "redis"]),
        WordsCase(line: #"docker run -e "A=b c" 'x y'"#, words: ["docker", "run", "-e", "A=b c", "x y"]),
        WordsCase(line: #"echo "a\"b" a\ b"#, words: ["echo", "a\"b", "a b"]),
        WordsCase(line: #"echo "\x" '\x'"#, words: ["echo", "\\x", "\\x"]),
        WordsCase(line: "docker rm $(docker ps -aq)", words: ["docker", "rm", "$(docker ps -aq)"], opaque: [false, false, true]),
        WordsCase(line: #"docker run -e "P=$HOME" x"#, words: ["docker", "run", "-e", "P=$HOME", "x"], opaque: [false, false, false, true, false]),
        WordsCase(line: "docker run -e 'P=$HOME' x", words: ["docker", "run", "-e", "P=$HOME", "x"], opaque: [false, false, false, false, false]),
        WordsCase(line: "docker ps # comment", words: ["docker", "ps"]),
        WordsCase(line: "docker run \\\n  -d redis", words: ["docker", "run", "-d", "redis"]),
        WordsCase(line: "a#b", words: ["a#b"]),
        WordsCase(line: "echo ${A:-x y}", words: ["echo", "${A:-x y}"], opaque: [false, true]),
        WordsCase(line: "ls *.txt", words: ["ls", "*.txt"], opaque: [false, true]),
    ]

    @Test(arguments: wordCases)
    func splitsWords(_ c: WordsCase) throws {
        let words = try ShellLexer.words(c.line)
        #expect(words.map(\.text) == c.words)
        if let opaque = c.opaque {
            #expect(words.map(\.isOpaque) == opaque)
        }
    }

    @Test func tracksPositionsAcrossContinuations() throws {
        let words = try ShellLexer.words("docker run \\\n  -d   redis")
        #expect(words.map { "\($0.line):\($0.column)" } == ["1:1", "1:8", "2:3", "2:8"])
    }

    @Test func separatesCommandsAndRedirections() throws {
        let tokens = try ShellLexer.tokenize("a && b || c; d | e > f 2>&1")
        let kinds: [String] = tokens.map {
            switch $0 {
            case .word(let w): return "w:" + w.text
            case .separator(let s, _, _): return "s:" + s
            case .redirection(let r, _, _): return "r:" + r
            }
        }
        #expect(kinds == ["w:a", "s:&&", "w:b", "s:||", "w:c", "s:;", "w:d", "s:|", "w:e", "r:>", "w:f", "r:2>&1"])
    }

    struct ErrorCase: Sendable, CustomStringConvertible {
        var line: String
        var message: String
        var description: String { line }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(line: "echo 'abc", message: "unexpected EOF while looking for matching `''"),
        ErrorCase(line: "echo \"abc", message: "unexpected EOF while looking for matching `\"'"),
        ErrorCase(line: "echo $(ls", message: "unexpected EOF while looking for matching `)'"),
    ]

    @Test(arguments: errorCases)
    func reportsUnterminatedQuotes(_ c: ErrorCase) {
        #expect(throws: ShellLexError.self) { try ShellLexer.words(c.line) }
        do {
            _ = try ShellLexer.words(c.line)
        } catch {
            #expect(error.description == c.message)
        }
    }
}

import Testing
@testable import BuildKit

/// BuildKit's word expansion, row by row.
@Suite struct ExpansionTests {
    static let env = ShellVariables(environment: [
        "PWD=/home", "NAME=world", "EMPTY=", "VERSION=1.2.3", "FILE=archive.tar.gz", "PATHS=/usr/local/bin:/usr/bin",
        "SPACED=a  b", "URL=https://example.com/x", "GREETING=hello hello",
    ])

    struct Case: CustomTestStringConvertible, Sendable {
        let word: String
        let expected: String
        var testDescription: String { word }
    }

    static let cases: [Case] = [
        Case(word: "hello", expected: "hello"),
        Case(word: "$NAME", expected: "world"),
        Case(word: "${NAME}", expected: "world"),
        Case(word: "hello-$NAME!", expected: "hello-world!"),
        Case(word: "${NAME}s", expected: "worlds"),
        Case(word: "$NAMEs", expected: ""),
        Case(word: "$UNSET", expected: ""),
        Case(word: "a$UNSET-b", expected: "a-b"),
        Case(word: "$", expected: "$"),
        Case(word: "$.", expected: "$."),
        Case(word: "5$", expected: "5$"),
        Case(word: "$1x", expected: "x"),
        Case(word: "\\$NAME", expected: "$NAME"),
        Case(word: "\\\\$NAME", expected: "\\world"),
        Case(word: "'$NAME'", expected: "$NAME"),
        Case(word: "\"$NAME\"", expected: "world"),
        Case(word: "\"'$NAME'\"", expected: "'world'"),
        Case(word: "'\"$NAME\"'", expected: "\"$NAME\""),
        Case(word: "he'll'o", expected: "hello"),
        Case(word: "a\\ b", expected: "a b"),
        Case(word: "\"a\\tb\"", expected: "a\\tb"),
        Case(word: "\"a\\\"b\"", expected: "a\"b"),
        Case(word: "'a\\'", expected: "a\\"),
        Case(word: "abc\\tdef", expected: "abctdef"),
        Case(word: "trailing\\", expected: "trailing"),
        Case(word: "${UNSET:-default}", expected: "default"),
        Case(word: "${EMPTY:-default}", expected: "default"),
        Case(word: "${EMPTY-default}", expected: ""),
        Case(word: "${UNSET-default}", expected: "default"),
        Case(word: "${NAME:-default}", expected: "world"),
        Case(word: "${UNSET:-$NAME}", expected: "world"),
        Case(word: "${UNSET:-${ALSO:-deep}}", expected: "deep"),
        Case(word: "${UNSET:-a b}", expected: "a b"),
        Case(word: "${UNSET:-\"quoted }\"}", expected: "quoted }"),
        Case(word: "${NAME:+set}", expected: "set"),
        Case(word: "${EMPTY:+set}", expected: ""),
        Case(word: "${EMPTY+set}", expected: "set"),
        Case(word: "${UNSET+set}", expected: ""),
        Case(word: "${NAME:+[$NAME]}", expected: "[world]"),
        Case(word: "${NAME:?missing}", expected: "world"),
        Case(word: "${EMPTY?}", expected: ""),
        Case(word: "${FILE#*.}", expected: "tar.gz"),
        Case(word: "${FILE##*.}", expected: "gz"),
        Case(word: "${FILE%.*}", expected: "archive.tar"),
        Case(word: "${FILE%%.*}", expected: "archive"),
        Case(word: "${FILE#archive}", expected: ".tar.gz"),
        Case(word: "${FILE#nomatch}", expected: "archive.tar.gz"),
        Case(word: "${VERSION%.*}", expected: "1.2"),
        Case(word: "${VERSION%%.*}", expected: "1"),
        Case(word: "${VERSION#?.}", expected: "2.3"),
        Case(word: "${PATHS#*:}", expected: "/usr/bin"),
        Case(word: "${URL#https://}", expected: "example.com/x"),
        Case(word: "${UNSET#x}", expected: ""),
        Case(word: "${GREETING/hello/bye}", expected: "bye hello"),
        Case(word: "${GREETING//hello/bye}", expected: "bye bye"),
        Case(word: "${VERSION//./-}", expected: "1-2-3"),
        Case(word: "${VERSION/./}", expected: "12.3"),
        Case(word: "${PATHS//\\//_}", expected: "_usr_local_bin:_usr_bin"),
        Case(word: "${NAME/o*/0}", expected: "w0"),
        Case(word: "${NAME//?/x}", expected: "xxxxx"),
        Case(word: "${NAME/z/y}", expected: "world"),
        Case(word: "${FILE#\\*}", expected: "archive.tar.gz"),
        Case(word: "\\${NAME}", expected: "${NAME}"),
        Case(word: "\"${SPACED}\"", expected: "a  b"),
        Case(word: "안녕$NAME", expected: "안녕world"),
        Case(word: "${PWD}/bin", expected: "/home/bin"),
        Case(word: "$PWD$NAME", expected: "/homeworld"),
        Case(word: "<<EOF", expected: "<<EOF"),
        Case(word: "a<b", expected: "a<b"),
    ]

    @Test(arguments: cases)
    func expands(_ c: Case) throws {
        let lexer = ShellLexer(escapeToken: "\\")
        #expect(try lexer.processWord(c.word, Self.env) == c.expected)
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let word: String
        let message: String
        var testDescription: String { word }
    }

    static let errors: [ErrorCase] = [
        ErrorCase(word: "${}", message: "failed to process \"${}\": syntax error: bad substitution"),
        ErrorCase(word: "${:x}", message: "failed to process \"${:x}\": syntax error: bad substitution"),
        ErrorCase(word: "${", message: "failed to process \"${\": syntax error: missing '}'"),
        ErrorCase(word: "${NAME:-x", message: "failed to process \"${NAME:-x\": syntax error: missing '}'"),
        ErrorCase(word: "${NAME:=x}", message: "failed to process \"${NAME:=x}\": unsupported modifier (:=) in substitution"),
        ErrorCase(word: "${NAME:#x}", message: "failed to process \"${NAME:#x}\": unsupported modifier (:#) in substitution"),
        ErrorCase(word: "${NAME", message: "failed to process \"${NAME\": unsupported modifier (\u{FFFD}) in substitution"),
        ErrorCase(word: "${UNSET?}", message: "failed to process \"${UNSET?}\": UNSET: is not allowed to be unset"),
        ErrorCase(word: "${EMPTY:?}", message: "failed to process \"${EMPTY:?}\": EMPTY: is not allowed to be empty"),
        ErrorCase(word: "${UNSET:?set UNSET first}", message: "failed to process \"${UNSET:?set UNSET first}\": UNSET: set UNSET first"),
        ErrorCase(word: "'open", message: "failed to process \"'open\": unexpected end of statement while looking for matching single-quote"),
        ErrorCase(word: "\"open", message: "failed to process \"\\\"open\": unexpected end of statement while looking for matching double-quote"),
        ErrorCase(word: "${NAME/x", message: "failed to process \"${NAME/x\": syntax error: missing '/' in ${}"),
        ErrorCase(word: "${FILE#\\x}", message: "failed to process \"${FILE#\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'"),
    ]

    @Test(arguments: errors)
    func rejects(_ c: ErrorCase) {
        let lexer = ShellLexer(escapeToken: "\\")
        #expect(throws: ShellLexer.Failure(message: c.message)) { try lexer.processWord(c.word, Self.env) }
    }

    struct WordsCase: CustomTestStringConvertible, Sendable {
        let word: String
        let words: [String]
        var testDescription: String { word }
    }

    static let splitting: [WordsCase] = [
        WordsCase(word: "80 443", words: ["80", "443"]),
        WordsCase(word: "$SPACED", words: ["a", "b"]),
        WordsCase(word: "\"$SPACED\"", words: ["a  b"]),
        WordsCase(word: "x${SPACED}y", words: ["xa", "by"]),
        WordsCase(word: "a\\ b c", words: ["a b", "c"]),
        WordsCase(word: "'a b' \"c d\"", words: ["a b", "c d"]),
        WordsCase(word: "${UNSET:-8080} 9090", words: ["8080", "9090"]),
    ]

    @Test(arguments: splitting)
    func splitsWords(_ c: WordsCase) throws {
        let lexer = ShellLexer(escapeToken: "\\")
        #expect(try lexer.processWords(c.word, Self.env) == c.words)
    }

    @Test func reportsMatchedAndUnmatchedVariables() throws {
        let result = try ShellLexer().process("$NAME-$NOPE-${NAME}-${OTHER:-x}", Self.env)
        #expect(result.matched == ["NAME"])
        #expect(result.unmatched == ["NOPE", "OTHER"])
    }

    @Test func backtickEscape() throws {
        let lexer = ShellLexer(escapeToken: "`")
        #expect(try lexer.processWord("c:\\dir`$NAME", Self.env) == "c:\\dir$NAME")
    }

    @Test func rawModesKeepQuotesAndUnsetReferences() throws {
        var lexer = ShellLexer()
        lexer.rawQuotes = true
        lexer.skipUnsetEnv = true
        #expect(try lexer.processWord("echo \"$NAME\" $UNSET ${UNSET:-x}", Self.env) == "echo \"world\" $UNSET ${UNSET:-x}")
    }

    @Test func deepNestingIsRefused() {
        let word = String(repeating: "${A:-", count: 200) + "x" + String(repeating: "}", count: 200)
        #expect(throws: ShellLexer.Failure.self) { try ShellLexer().processWord(word, Self.env) }
    }
}

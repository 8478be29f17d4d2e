import Testing
@testable import DockerCLI

/// compose-go's `.env` syntax (`dotenv/parser.go`).
@Suite struct ComposeDotenvTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var expected: [String: String]
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "A=1\nB=2\n", expected: ["A": "1", "B": "2"]),
        Case(text: "export A=1", expected: ["A": "1"]),
        Case(text: "  A = spaced  \n", expected: ["A": "spaced"]),
        Case(text: "# comment\nA=1 # trailing comment\n", expected: ["A": "1"]),
        Case(text: "A=value#not-a-comment", expected: ["A": "value#not-a-comment"]),
        Case(text: "A='single $B \\n'", expected: ["A": "single $B \\n"]),
        Case(text: "A=\"double\\nline\"", expected: ["A": "double\nline"]),
        Case(text: "A=\"tab\\there\"", expected: ["A": "tab\there"]),
        Case(text: "A=\"quote \\\" inside\"", expected: ["A": "quote \" inside"]),
        Case(text: "A=\"multi\nline\"", expected: ["A": "multi\nline"]),
        Case(text: "A=1\nB=${A}2", expected: ["A": "1", "B": "12"]),
        Case(text: "B=\"${A:-dflt}\"", expected: ["B": "dflt"]),
        Case(text: "B='${A:-dflt}'", expected: ["B": "${A:-dflt}"]),
        Case(text: "A=\"\\$literal\"", expected: ["A": "$literal"]),
        Case(text: "A: colon", expected: ["A": "colon"]),
        Case(text: "A=", expected: ["A": ""]),
        Case(text: "A.B-C=dotted", expected: ["A.B-C": "dotted"]),
        Case(text: "\u{FEFF}BOM=1", expected: ["BOM": "1"]),
        Case(text: "INHERITED\nA=1", expected: ["INHERITED": "from-os", "A": "1"]),
        Case(text: "NOT_THERE\n", expected: [:]),
        Case(text: "USE=$INHERITED", expected: ["USE": "from-os"]),
    ]

    @Test(arguments: cases) func parses(_ c: Case) throws {
        var warnings: [ComposeWarning] = []
        let got = try Dotenv.parseMap(c.text, lookup: { $0 == "INHERITED" ? "from-os" : nil }, warnings: &warnings)
        #expect(got == c.expected)
    }

    struct ErrorCase: CustomStringConvertible, Sendable {
        var text: String
        var message: String
        var description: String { message }
    }

    static let errors: [ErrorCase] = [
        ErrorCase(text: "A B=1", message: "line 1: key cannot contain a space"),
        ErrorCase(text: "A=1\nB$=2", message: "line 2: unexpected character \"$\" in variable name \"B$=2\""),
        ErrorCase(text: "A=\"open", message: "line 1: unterminated quoted value \"open"),
        ErrorCase(text: "A='x\n\nB=2", message: "line 3: unterminated quoted value 'x"),
        ErrorCase(text: "A=${B:?B missing}", message: "required variable B is missing a value: B missing"),
    ]

    @Test(arguments: errors) func rejects(_ c: ErrorCase) {
        var warnings: [ComposeWarning] = []
        #expect(throws: ComposeError.message(c.message)) {
            _ = try Dotenv.parseMap(c.text, warnings: &warnings)
        }
    }

    @Test func projectEnvFileErrorsNameTheFile() {
        let (_, error, _) = ComposeTestSupport.load(["compose.yaml": "services:\n  a:\n    image: x\n", ".env": "BAD KEY=1\n"])
        #expect(error == "failed to read /srv/app/.env: line 1: key cannot contain a space")
        let (_, missing, _) = ComposeTestSupport.load(["compose.yaml": "services:\n  a:\n    image: x\n"]) { $0.envFiles = ["nope.env"] }
        #expect(missing == "couldn't find env file: /srv/app/nope.env")
    }

    @Test func osEnvironmentWinsOverDotEnv() throws {
        let files = ["compose.yaml": "services:\n  a:\n    image: \"img:${TAG}\"\n", ".env": "TAG=fromfile\n"]
        #expect(ComposeTestSupport.load(files).0?.services["a"]?.image == "img:fromfile")
        #expect(ComposeTestSupport.load(files, env: ["TAG": "fromos"]).0?.services["a"]?.image == "img:fromos")
        let custom = ComposeTestSupport.load(files.merging(["prod.env": "TAG=prod\n"]) { $1 }) { $0.envFiles = ["prod.env"] }
        #expect(custom.0?.services["a"]?.image == "img:prod")
    }
}

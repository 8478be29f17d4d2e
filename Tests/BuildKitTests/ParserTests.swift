import Testing
@testable import BuildKit

/// The low-level parse, compared as BuildKit's `Node.Dump` s-expressions.
@Suite struct ParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let dockerfile: String
        let dump: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "simple", dockerfile: "FROM alpine\nRUN echo hi\n", dump: "(from \"alpine\")\n(run \"echo hi\")"),
        Case(name: "keyword case kept, dumped lowercase", dockerfile: "from alpine\nRun echo\n", dump: "(from \"alpine\")\n(run \"echo\")"),
        Case(name: "FROM AS and platform flag", dockerfile: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n",
             dump: "(from [\"--platform=$BUILDPLATFORM\"] \"golang:1.22\" \"AS\" \"build\")"),
        Case(name: "comments and blank lines", dockerfile: "# top\n\nFROM a\n  # indented comment\nRUN x\n",
             dump: "(from \"a\")\n(run \"x\")"),
        Case(name: "continuation", dockerfile: "FROM a\nRUN apt-get update \\\n    && apt-get install -y curl\n",
             dump: "(from \"a\")\n(run \"apt-get update     && apt-get install -y curl\")"),
        Case(name: "comment inside continuation", dockerfile: "FROM a\nRUN a \\\n# note\n  b\n",
             dump: "(from \"a\")\n(run \"a   b\")"),
        Case(name: "empty continuation line", dockerfile: "FROM a\nRUN a \\\n\n  b\n", dump: "(from \"a\")\n(run \"a   b\")"),
        Case(name: "continuation at end of file", dockerfile: "FROM a\nRUN a \\", dump: "(from \"a\")\n(run \"a\")"),
        Case(name: "escaped escape is no continuation", dockerfile: "FROM a\nRUN echo a\\\\\nRUN b\n",
             dump: "(from \"a\")\n(run \"echo a\\\\\\\\\")\n(run \"b\")"),
        Case(name: "backtick escape directive", dockerfile: "# escape=`\nFROM a\nRUN dir `\n  c:\\\n",
             dump: "(from \"a\")\n(run \"dir   c:\\\\\")"),
        Case(name: "directive after comment is a comment", dockerfile: "# hello\n# escape=`\nFROM a\nRUN x \\\n y\n",
             dump: "(from \"a\")\n(run \"x  y\")"),
        Case(name: "exec form", dockerfile: "FROM a\nCMD [\"redis-server\", \"--port\", \"6380\"]\n",
             dump: "(from \"a\")\n(cmd \"redis-server\" \"--port\" \"6380\")"),
        Case(name: "empty JSON array", dockerfile: "FROM a\nCMD []\n", dump: "(from \"a\")\n(cmd)"),
        Case(name: "single quotes are not JSON", dockerfile: "FROM a\nCMD ['a','b']\n", dump: "(from \"a\")\n(cmd \"['a','b']\")"),
        Case(name: "unterminated JSON falls back", dockerfile: "FROM a\nENTRYPOINT [\"a\", \"b\"\n",
             dump: "(from \"a\")\n(entrypoint \"[\\\"a\\\", \\\"b\\\"\")"),
        Case(name: "JSON escapes", dockerfile: "FROM a\nRUN [\"a\\tb\", \"\\u00e9\"]\n", dump: "(from \"a\")\n(run \"a\\tb\" \"é\")"),
        Case(name: "ENV new and legacy", dockerfile: "FROM a\nENV A=1 B=\"x y\"\nENV C hello world\n",
             dump: "(from \"a\")\n(env \"A\" \"1\" \"=\" \"B\" \"\\\"x y\\\"\" \"=\")\n(env \"C\" \"hello world\" \"\")"),
        Case(name: "LABEL with escaped space", dockerfile: "FROM a\nLABEL a=b\\ c\n", dump: "(from \"a\")\n(label \"a\" \"b\\\\ c\" \"=\")"),
        Case(name: "ARG with and without default", dockerfile: "ARG V=1\nFROM a\nARG X Y=\"z\"\n",
             dump: "(arg \"V=1\")\n(from \"a\")\n(arg \"X\" \"Y=\\\"z\\\"\")"),
        Case(name: "COPY flags", dockerfile: "FROM a\nCOPY --from=build --chown=app:app --chmod=755 /out /app\n",
             dump: "(from \"a\")\n(copy [\"--from=build\" \"--chown=app:app\" \"--chmod=755\"] \"/out\" \"/app\")"),
        Case(name: "quoted flag value", dockerfile: "FROM a\nRUN --mount=\"type=cache,target=/root/.cache\" pip install x\n",
             dump: "(from \"a\")\n(run [\"--mount=type=cache,target=/root/.cache\"] \"pip install x\")"),
        Case(name: "double dash ends flags", dockerfile: "FROM a\nRUN -- --version\n", dump: "(from \"a\")\n(run \"--version\")"),
        Case(name: "ADD JSON form", dockerfile: "FROM a\nADD [\"a b\", \"/x/\"]\n", dump: "(from \"a\")\n(add \"a b\" \"/x/\")"),
        Case(name: "EXPOSE", dockerfile: "FROM a\nEXPOSE 80/tcp 443\n", dump: "(from \"a\")\n(expose \"80/tcp\" \"443\")"),
        Case(name: "VOLUME shell and JSON", dockerfile: "FROM a\nVOLUME /data /logs\nVOLUME [\"/x\"]\n",
             dump: "(from \"a\")\n(volume \"/data\" \"/logs\")\n(volume \"/x\")"),
        Case(name: "WORKDIR USER STOPSIGNAL MAINTAINER keep text", dockerfile: "FROM a\nWORKDIR /my app\nUSER app:app\nSTOPSIGNAL SIGQUIT\nMAINTAINER Jane <j@x>\n",
             dump: "(from \"a\")\n(workdir \"/my app\")\n(user \"app:app\")\n(stopsignal \"SIGQUIT\")\n(maintainer \"Jane <j@x>\")"),
        Case(name: "HEALTHCHECK CMD and NONE", dockerfile: "FROM a\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\nHEALTHCHECK NONE\n",
             dump: "(from \"a\")\n(healthcheck [\"--interval=5s\"] \"CMD\" \"curl -f http://localhost/\")\n(healthcheck \"NONE\")"),
        Case(name: "HEALTHCHECK exec form", dockerfile: "FROM a\nHEALTHCHECK CMD [\"/bin/check\", \"-q\"]\n",
             dump: "(from \"a\")\n(healthcheck \"CMD\" \"/bin/check\" \"-q\")"),
        Case(name: "ONBUILD nests the trigger", dockerfile: "FROM a\nONBUILD RUN make\nONBUILD COPY --chown=1 . /src\n",
             dump: "(from \"a\")\n(onbuild (run \"make\"))\n(onbuild (copy [\"--chown=1\"] \".\" \"/src\"))"),
        Case(name: "SHELL JSON", dockerfile: "FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
             dump: "(from \"a\")\n(shell \"/bin/bash\" \"-o\" \"pipefail\" \"-c\")"),
        Case(name: "unknown instruction keeps an empty argument", dockerfile: "FROM a\nRUNN x\n", dump: "(from \"a\")\n(runn \"\")"),
        Case(name: "tabs as separators", dockerfile: "FROM\talpine\nCOPY\t.\t/src\n", dump: "(from \"alpine\")\n(copy \".\" \"/src\")"),
        Case(name: "BOM is ignored", dockerfile: "\u{FEFF}FROM a\n", dump: "(from \"a\")"),
        Case(name: "CRLF line endings", dockerfile: "FROM a\r\nRUN a \\\r\n  b\r\n", dump: "(from \"a\")\n(run \"a   b\")"),
        Case(name: "heredoc RUN", dockerfile: "FROM a\nRUN <<EOF\napt-get update\nEOF\nCMD x\n",
             dump: "(from \"a\")\n(run \"<<EOF\")\n(cmd \"x\")"),
        Case(name: "JSON RUN has no heredoc", dockerfile: "FROM a\nRUN [\"cat\", \"<<EOF\"]\nCMD x\n",
             dump: "(from \"a\")\n(run \"cat\" \"<<EOF\")\n(cmd \"x\")"),
    ]

    @Test(arguments: cases)
    func parses(_ c: Case) throws {
        let syntax = try DockerfileParser.parse(c.dockerfile)
        #expect(syntax.dump() == c.dump)
    }

    @Test func lineNumbers() throws {
        let syntax = try DockerfileParser.parse("# c\nFROM a\n\nRUN a \\\n  b \\\n  c\nCOPY <<EOF /x\nhi\nEOF\nCMD d\n")
        #expect(syntax.nodes.map { [$0.startLine, $0.endLine] } == [[2, 2], [4, 6], [7, 9], [10, 10]])
    }

    @Test func emptyContinuationIsRecordedAtTheLastLine() throws {
        let syntax = try DockerfileParser.parse("FROM a\nRUN a \\\n\n b\n")
        #expect(syntax.emptyContinuationLines == [4])
    }

    @Test func directives() throws {
        let syntax = try DockerfileParser.parse("# syntax=docker/dockerfile:1.7-labs\n# check=skip=JSONArgsRecommended;error=true\n# escape=`\nFROM a\n")
        #expect(syntax.syntax == "docker/dockerfile:1.7-labs")
        #expect(syntax.check == "skip=JSONArgsRecommended;error=true")
        #expect(syntax.escapeToken == "`")
        #expect(syntax.directives.map(\.name) == ["syntax", "check", "escape"])
    }

    @Test func directivesStopAtTheFirstOtherLine() throws {
        let syntax = try DockerfileParser.parse("FROM a\n# escape=`\nRUN x \\\n y\n")
        #expect(syntax.escapeToken == "\\")
        #expect(syntax.nodes.last?.arguments == ["x  y"])
        let unknownKey = try DockerfileParser.parse("# foo=bar\n# escape=`\nFROM a\n")
        #expect(unknownKey.escapeToken == "\\")
    }

    @Test func syntaxAfterShebang() throws {
        let syntax = try DockerfileParser.parse("#!/usr/bin/env buildx\n# syntax=docker/dockerfile:1\nFROM a\n")
        #expect(syntax.syntax == "docker/dockerfile:1")
    }

    @Test func commentsAboveInstructions() throws {
        let syntax = try DockerfileParser.parse("# base The base image\nFROM a AS base\n#\n# version pinned\nARG version\n")
        #expect(syntax.nodes[0].comments == ["base The base image"])
        #expect(syntax.nodes[1].comments == ["version pinned"])
    }
}

/// Heredocs: bodies, delimiters, expansion flags, several per line.
@Suite struct HeredocTests {
    @Test func runHeredocBody() throws {
        let syntax = try DockerfileParser.parse("FROM a\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n")
        let doc = try #require(syntax.nodes[1].heredocs.first)
        #expect(doc == Heredoc(name: "EOF", fileDescriptor: 0, expand: true, chomp: false,
                               content: "apt-get update\napt-get install -y x\n"))
    }

    @Test func quotedDelimiterDisablesExpansion() throws {
        for marker in ["<<'EOF'", "<<\"EOF\"", "<<E\"OF\""] {
            let syntax = try DockerfileParser.parse("FROM a\nRUN \(marker)\necho $HOME\nEOF\n")
            #expect(syntax.nodes[1].heredocs.first?.expand == false, "\(marker)")
            #expect(syntax.nodes[1].heredocs.first?.name == "EOF", "\(marker)")
        }
    }

    @Test func chompStripsTabsFromTheTerminator() throws {
        let syntax = try DockerfileParser.parse("FROM a\nRUN <<-EOT\n\techo hi\n\tEOT\nCMD x\n")
        let doc = try #require(syntax.nodes[1].heredocs.first)
        #expect(doc.chomp)
        #expect(doc.content == "\techo hi\n")
        #expect(HeredocMarker.chomp(doc.content) == "echo hi\n")
        #expect(syntax.nodes.count == 3)
    }

    @Test func severalHeredocsOnOneLine() throws {
        let syntax = try DockerfileParser.parse("FROM a\nRUN <<A cat /dev/stdin && 3<<B cat /dev/fd/3\none\nA\ntwo\nB\n")
        let docs = syntax.nodes[1].heredocs
        #expect(docs.map(\.name) == ["A", "B"])
        #expect(docs.map(\.content) == ["one\n", "two\n"])
        #expect(docs.map(\.fileDescriptor) == [0, 3])
    }

    @Test func copyHeredocBecomesAnInlineSource() throws {
        let parsed = try InstructionParser.parse("FROM a\nCOPY <<EOF /etc/motd\nWelcome $USER\nEOF\n")
        guard case .copy(let copy) = parsed.stages[0].instructions[0].kind else {
            Issue.record("not a COPY")
            return
        }
        #expect(copy.files.sources.isEmpty)
        #expect(copy.files.contents == [InlineSource(path: "EOF", data: "Welcome $USER\n", expand: true)])
        #expect(copy.files.destination == "/etc/motd")
    }

    @Test func onbuildHeredocExpression() throws {
        let parsed = try InstructionParser.parse("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n")
        #expect(parsed.stages[0].instructions[0].kind == .onbuild("RUN <<EOF\necho hi\nEOF"))
    }

    @Test func markerOnlyInsideRunCopyAdd() throws {
        let syntax = try DockerfileParser.parse("FROM a\nCMD cat <<EOF\nLABEL x=y\n")
        #expect(syntax.nodes.count == 3)
    }
}

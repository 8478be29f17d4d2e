import Testing
@testable import BuildKit

/// Every Dockerfile error, with BuildKit's exact text and the line it points at.
@Suite struct ErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let dockerfile: String
        let message: String
        let line: Int?
        var target = ""
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        // Parser and instruction errors.
        Case(dockerfile: "FROM a\n\nRUNN x\n", message: "dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)", line: 3),
        Case(dockerfile: "FROM a\nrunn x\n", message: "dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)", line: 2),
        Case(dockerfile: "FROM a\nFNTRYPOINT [\"a\"]\n", message: "dockerfile parse error on line 2: unknown instruction: FNTRYPOINT (did you mean ENTRYPOINT?)", line: 2),
        Case(dockerfile: "FROM a\nFOO bar\n", message: "dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)", line: 2),
        Case(dockerfile: "FROM a\nXYZZY bar\n", message: "dockerfile parse error on line 2: unknown instruction: XYZZY", line: 2),
        Case(dockerfile: "FROM a b\n", message: "dockerfile parse error on line 1: FROM requires either one or three arguments", line: 1),
        Case(dockerfile: "FROM a AS 1x\n", message: "dockerfile parse error on line 1: invalid name for build stage: \"1x\", name can't start with a number or contain symbols", line: 1),
        Case(dockerfile: "FROM a\nENV =x\n", message: "dockerfile parse error on line 2: ENV names can not be blank", line: 2),
        Case(dockerfile: "FROM a\nENV a=b x\n", message: "Syntax error - can't find = in \"x\". Must be of the form: name=value", line: 2),
        Case(dockerfile: "FROM a\nENV x\n", message: "ENV must have two arguments", line: 2),
        Case(dockerfile: "FROM a\nLABEL\n", message: "dockerfile parse error on line 2: LABEL requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK\n", message: "dockerfile parse error on line 2: HEALTHCHECK requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK foo\n", message: "dockerfile parse error on line 2: Unknown type \"FOO\" in HEALTHCHECK (try CMD)", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK NONE x\n", message: "dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK CMD\n", message: "dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK --interval=0.5ms CMD x\n", message: "dockerfile parse error on line 2: Interval \"interval\" cannot be less than 1ms", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK --retries=-1 CMD x\n", message: "dockerfile parse error on line 2: --retries cannot be negative (-1)", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK --timeout=10 CMD x\n", message: "dockerfile parse error on line 2: time: missing unit in duration \"10\"", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK --retries=x CMD x\n", message: "dockerfile parse error on line 2: strconv.ParseInt: parsing \"x\": invalid syntax", line: 2),
        Case(dockerfile: "FROM a\nHEALTHCHECK --start-period=1y CMD x\n", message: "dockerfile parse error on line 2: time: unknown unit \"y\" in duration \"1y\"", line: 2),
        Case(dockerfile: "FROM a\nRUN <<EOF\necho\n", message: "unterminated heredoc", line: 2),
        Case(dockerfile: "FROM a\nCOPY --foo . /\n", message: "dockerfile parse error on line 2: unknown flag: --foo (did you mean from?)", line: 2),
        Case(dockerfile: "FROM a\nCOPY --verbose . /\n", message: "dockerfile parse error on line 2: unknown flag: --verbose", line: 2),
        Case(dockerfile: "FROM a\nCOPY --chmown=1 . /\n", message: "dockerfile parse error on line 2: unknown flag: --chmown (did you mean chown?)", line: 2),
        Case(dockerfile: "FROM a\nRUN --netwrk=none x\n", message: "dockerfile parse error on line 2: unknown flag: --netwrk (did you mean network?)", line: 2),
        Case(dockerfile: "FROM a\nCOPY --from a b\n", message: "dockerfile parse error on line 2: missing a value on flag: --from", line: 2),
        Case(dockerfile: "FROM a\nCOPY --link=maybe a b\n", message: "dockerfile parse error on line 2: expecting boolean value for flag --link, not: maybe", line: 2),
        Case(dockerfile: "FROM a\nCOPY --from=a --from=b x y\n", message: "dockerfile parse error on line 2: duplicate flag specified: --from", line: 2),
        Case(dockerfile: "FROM a\nCOPY x\n", message: "dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined", line: 2),
        Case(dockerfile: "FROM a\nADD x\n", message: "dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined", line: 2),
        Case(dockerfile: "FROM a\nCOPY a <<EOF\nx\nEOF\n", message: "dockerfile parse error on line 2: COPY cannot accept a heredoc as a destination", line: 2),
        Case(dockerfile: "RUN x\nFROM a\n", message: "no build stage in current context", line: 1),
        Case(dockerfile: "ARG x\n", message: "dockerfile contains no stages to build", line: nil),
        Case(dockerfile: "", message: "the Dockerfile cannot be empty", line: nil),
        Case(dockerfile: "# only a comment\n\n", message: "file with no instructions", line: 2),
        Case(dockerfile: "# escape=x\nFROM a\n", message: "invalid escape token 'x' does not match ` or \\", line: 0),
        Case(dockerfile: "# escape=`\n# escape=\\\nFROM a\n", message: "only one escape parser directive can be used", line: 1),
        Case(dockerfile: "FROM a\nONBUILD ONBUILD RUN x\n", message: "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", line: 2),
        Case(dockerfile: "FROM a\nONBUILD FROM b\n", message: "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger", line: 2),
        Case(dockerfile: "FROM a\nONBUILD\n", message: "dockerfile parse error on line 2: ONBUILD requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nSHELL /bin/bash -c\n", message: "dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form", line: 2),
        Case(dockerfile: "FROM a\nSHELL []\n", message: "dockerfile parse error on line 2: SHELL requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nCMD [1]\n", message: "when using JSON array syntax, arrays must be comprised of strings only", line: 2),
        Case(dockerfile: "FROM a\nWORKDIR\n", message: "dockerfile parse error on line 2: WORKDIR requires exactly one argument", line: 2),
        Case(dockerfile: "FROM a\nUSER\n", message: "dockerfile parse error on line 2: USER requires exactly one argument", line: 2),
        Case(dockerfile: "FROM a\nSTOPSIGNAL\n", message: "dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument", line: 2),
        Case(dockerfile: "FROM a\nVOLUME [\"\"]\n", message: "dockerfile parse error on line 2: VOLUME specified can not be an empty string", line: 2),
        Case(dockerfile: "FROM a\nVOLUME []\n", message: "dockerfile parse error on line 2: VOLUME requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nRUN --network=bridge x\n", message: "dockerfile parse error on line 2: invalid network mode \"bridge\"", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=from=$X,target=/x y\n", message: "dockerfile parse error on line 2: 'from' doesn't support variable expansion, define alias stage instead", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=target=\\\"x y\n", message: "dockerfile parse error on line 2: failed to parse csv mounts: parse error on line 1, column 8: bare \" in non-quoted-field", line: 2),
        Case(dockerfile: "FROM a\nRUN --security=insecure x\n", message: "dockerfile parse error on line 2: unknown flag: --security", line: 2),
        Case(dockerfile: "FROM a\nCOPY --parents x y\n", message: "dockerfile parse error on line 2: unknown flag: --parents", line: 2),
        Case(dockerfile: "FROM a\nADD --exclude=*.md x y\n", message: "dockerfile parse error on line 2: unknown flag: --exclude", line: 2),
        Case(dockerfile: "FROM a\nARG =x\n", message: "dockerfile parse error on line 2: ARG names can not be blank", line: 2),
        Case(dockerfile: "FROM a\nARG\n", message: "dockerfile parse error on line 2: ARG requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nMAINTAINER\n", message: "dockerfile parse error on line 2: MAINTAINER requires exactly one argument", line: 2),
        Case(dockerfile: "FROM a\nEXPOSE\n", message: "dockerfile parse error on line 2: EXPOSE requires at least one argument", line: 2),
        Case(dockerfile: "FROM a\nRUN --device=a,b x\n", message: "dockerfile parse error on line 2: invalid field 'b' must be a key=value pair", line: 2),
        // Conversion errors.
        Case(dockerfile: "FROM alpine AS build\nFROM alpine\n", message: "target stage \"bulid\" could not be found (did you mean build?)", line: nil, target: "bulid"),
        Case(dockerfile: "FROM $NOPE\n", message: "base name ($NOPE) should not be blank", line: 1),
        Case(dockerfile: "FROM a AS first\nCOPY --from=later /x /y\nFROM b AS later\nFROM first\n", message: "cannot copy from stage \"later\", it needs to be defined before current stage \"first\"", line: 2),
        Case(dockerfile: "FROM a AS x\nCOPY --from=x /a /b\n", message: "circular dependency detected on stage: x", line: 2),
        Case(dockerfile: "FROM a\nCOPY --from=5 /a /b\n", message: "invalid stage index 5", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=foo x\n", message: "unsupported mount type \"foo\"", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=cach,target=/x y\n", message: "unsupported mount type \"cach\" (did you mean cache?)", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=cache,tagret=/x y\n", message: "unexpected key 'tagret' in 'tagret=/x' (did you mean target?)", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=bind,uid=1 y\n", message: "uid not allowed for \"bind\" type mounts", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=secret y\n", message: "invalid secret mount. one of source, target required", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=bind,sharing=locked y\n", message: "invalid cache sharing set for bind mount", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=cache,target=/a,ro=maybe y\n", message: "invalid value for ro: maybe", line: 2),
        Case(dockerfile: "FROM a\nRUN --mount=type=cache,target=/a,mode=999 y\n", message: "invalid value 999 for mode", line: 2),
        Case(dockerfile: "FROM a\nSTOPSIGNAL SIGFOO\n", message: "invalid signal: SIGFOO", line: 2),
        Case(dockerfile: "FROM a\nEXPOSE 80/xyz\n", message: "invalid proto: xyz", line: 2),
        Case(dockerfile: "FROM a\nEXPOSE http\n", message: "invalid containerPort: http", line: 2),
        Case(dockerfile: "FROM a\nCOPY --chmod=999 a b\n", message: "invalid chmod parameter: '999'. it should be octal string and between 0 and 07777", line: 2),
        Case(dockerfile: "FROM a\nCOPY --chmod=u+q a b\n", message: "invalid syntax", line: 2),
        Case(dockerfile: "FROM a\nCOPY https://example.com/a.tgz /\n", message: "source can't be a URL for COPY", line: 2),
        Case(dockerfile: "FROM a\nCOPY https://github.com/moby/buildkit.git#v0.22.0 /src\n", message: "source can't be a git ref for COPY", line: 2),
        Case(dockerfile: "FROM a\nADD --checksum=sha256:abc a b\n", message: "checksum requires HTTP(S) or Git sources", line: 2),
        Case(dockerfile: "FROM a\nADD --checksum=sha256:abc https://x/a https://x/b /\n", message: "checksum can't be specified for multiple sources", line: 2),
        Case(dockerfile: "FROM a\nADD --checksum=sha256:abc https://x/a /\n", message: "invalid checksum digest length", line: 2),
        Case(dockerfile: "FROM a\nWORKDIR ${x:-y\n", message: "failed to process \"${x:-y\": syntax error: missing '}'", line: 2),
        Case(dockerfile: "FROM a\nENV A=${B:?must_be_set}\n", message: "failed to process \"${B:?must_be_set}\": B: must_be_set", line: 2),
        Case(dockerfile: "FROM --platform=$NOPE a\n", message: "empty platform value from expression $NOPE", line: 1),
        Case(dockerfile: "FROM --platform=linux/ a\n", message: "failed to parse platform linux/: \"\" is an invalid component of \"linux/\": platform specifier component must match \"^[A-Za-z0-9_.-]+$\": invalid argument", line: 1),
        Case(dockerfile: "FROM --platform=foo a\n", message: "failed to parse platform foo: \"foo\": unknown operating system or architecture: invalid argument", line: 1),
        Case(dockerfile: "FROM Alpine\n", message: "failed to parse stage name \"Alpine\": invalid reference format: repository name (library/Alpine) must be lowercase", line: 1),
        Case(dockerfile: "FROM a:b:c\n", message: "failed to parse stage name \"a:b:c\": invalid reference format", line: 1),
        Case(dockerfile: "# check=foo=bar\nFROM a\n", message: "failed to parse check options: invalid check option \"foo\"", line: nil),
        Case(dockerfile: "# check=error=maybe\nFROM a\n", message: "failed to parse check options: failed to parse check option \"error=maybe\": strconv.ParseBool: parsing \"maybe\": invalid syntax", line: nil),
        Case(dockerfile: "# check=error=true\nFROM a\nCMD x\n", message: "lint violation found for rules: JSONArgsRecommended", line: nil),
    ]

    @Test(arguments: cases)
    func rejects(_ c: Case) {
        var options = BuildOptions()
        options.target = c.target
        do {
            _ = try DockerfileFrontend.program(c.dockerfile, options: options)
            Issue.record("no error for \(c.dockerfile)")
        } catch {
            #expect(error.message == c.message)
            #expect(error.line == c.line)
        }
    }

    @Test func locationsSpanTheWholeInstruction() {
        do {
            _ = try DockerfileFrontend.program("FROM a\nRUN a \\\n  b \\\n  c\nENV x\n")
            Issue.record("no error")
        } catch {
            #expect(error.locations == [LineRange(start: 5, end: 5)])
        }
        do {
            _ = try DockerfileFrontend.program("FROM a\nCOPY \\\n  x\n")
            Issue.record("no error")
        } catch {
            #expect(error.locations == [LineRange(start: 2, end: 3)])
        }
    }

    @Test func tooLongLine() {
        let long = String(repeating: "a", count: 70_000)
        do {
            _ = try DockerfileParser.parse("FROM a\nRUN " + long + "\n")
            Issue.record("no error")
        } catch {
            #expect(error.message == "dockerfile line greater than max allowed size of 65535")
        }
    }

    @Test func labsFeatures() throws {
        let parsed = try InstructionParser.parse(
            "# syntax=docker/dockerfile:1-labs\nFROM a\nCOPY --parents --exclude=*.md src/ /app/\nRUN --security=insecure x\n")
        guard case .copy(let copy) = parsed.stages[0].instructions[0].kind,
              case .run(let run) = parsed.stages[0].instructions[1].kind else {
            Issue.record("unexpected kinds")
            return
        }
        #expect(copy.parents)
        #expect(copy.excludes == ["*.md"])
        #expect(run.security == "insecure")
    }
}

/// What the classic builder (DOCKER_BUILDKIT=0) says instead.
@Suite struct ClassicBuilderTests {
    @Test func refusesBuildKitFlags() throws {
        let parsed = try InstructionParser.parse("FROM a\nRUN --mount=type=cache,target=/x make\n")
        #expect(ClassicBuilder.unsupportedFeature(in: parsed)?.message ==
                "the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled")
        let chmod = try InstructionParser.parse("FROM a\nCOPY --chmod=755 x /y\n")
        #expect(ClassicBuilder.unsupportedFeature(in: chmod)?.message ==
                "the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled")
        #expect(ClassicBuilder.unsupportedFeature(in: try InstructionParser.parse("FROM a\nRUN make\n")) == nil)
    }

    @Test func unusedBuildArgs() throws {
        let parsed = try InstructionParser.parse("ARG BASE=alpine\nFROM $BASE\nARG VERSION\n")
        #expect(ClassicBuilder.unusedBuildArgsWarning(in: parsed, buildArgs: ["VERSION", "x", "HTTP_PROXY", "a"]) ==
                "[Warning] One or more build-args [a x] were not consumed")
        #expect(ClassicBuilder.unusedBuildArgsWarning(in: parsed, buildArgs: ["BASE", "VERSION"]) == nil)
    }
}

import Testing
@testable import DockerCLI

/// compose-go's template rules (`template/template.go`) row by row, with its error texts.
@Suite struct ComposeInterpolationTests {
    struct Case: CustomStringConvertible, Sendable {
        var template: String
        var expected: String
        var unset: [String] = []
        var description: String { template }
    }

    static let env: [String: String] = ["FOO": "first", "BAR": "", "TAG": "1.2", "lower": "l", "_U": "u", "NESTED": "FOO"]

    static let cases: [Case] = [
        Case(template: "plain text", expected: "plain text"),
        Case(template: "$FOO", expected: "first"),
        Case(template: "${FOO}", expected: "first"),
        Case(template: "x${FOO}y", expected: "xfirsty"),
        Case(template: "$FOO-suffix", expected: "first-suffix"),
        Case(template: "$FOO.bar", expected: "first.bar"),
        Case(template: "${lower}", expected: "l"),
        Case(template: "$_U", expected: "u"),
        Case(template: "$$FOO", expected: "$FOO"),
        Case(template: "$${FOO}", expected: "${FOO}"),
        Case(template: "$$$FOO", expected: "$first"),
        Case(template: "$$", expected: "$"),
        Case(template: "cost $5", expected: "cost $5"),
        Case(template: "trailing $", expected: "trailing $"),
        Case(template: "$ space", expected: "$ space"),
        Case(template: "$MISSING", expected: "", unset: ["MISSING"]),
        Case(template: "${MISSING}", expected: "", unset: ["MISSING"]),
        Case(template: "a${MISSING}b", expected: "ab", unset: ["MISSING"]),
        Case(template: "${BAR}", expected: ""),
        Case(template: "${MISSING:-default}", expected: "default"),
        Case(template: "${MISSING-default}", expected: "default"),
        Case(template: "${BAR:-default}", expected: "default"),
        Case(template: "${BAR-default}", expected: ""),
        Case(template: "${FOO:-default}", expected: "first"),
        Case(template: "${FOO-default}", expected: "first"),
        Case(template: "${MISSING:-}", expected: ""),
        Case(template: "${MISSING:-a b c}", expected: "a b c"),
        Case(template: "${MISSING:-${FOO}}", expected: "first"),
        Case(template: "${MISSING:-${ALSO_MISSING:-deep}}", expected: "deep"),
        Case(template: "${MISSING:-$FOO}", expected: "first"),
        Case(template: "${MISSING:-x}-${FOO}", expected: "x-first"),
        Case(template: "${FOO:-x} and ${TAG}", expected: "first and 1.2"),
        Case(template: "${FOO:+alt}", expected: "alt"),
        Case(template: "${FOO+alt}", expected: "alt"),
        Case(template: "${BAR:+alt}", expected: ""),
        Case(template: "${BAR+alt}", expected: "alt"),
        Case(template: "${MISSING:+alt}", expected: ""),
        Case(template: "${MISSING+alt}", expected: ""),
        Case(template: "${FOO:?must be set}", expected: "first"),
        Case(template: "${FOO?must be set}", expected: "first"),
        Case(template: "${BAR?must be set}", expected: ""),
        Case(template: "image:${TAG:-latest}", expected: "image:1.2"),
        Case(template: "${MISSING:-${FOO:+yes}}", expected: "yes"),
        Case(template: "${MISSING:-$$}", expected: "$"),
        Case(template: "{FOO}", expected: "{FOO}"),
        Case(template: "$FOO$BAR$TAG", expected: "first1.2"),
        Case(template: "${FOO}${FOO}", expected: "firstfirst"),
        Case(template: "${MISSING:-a:b}", expected: "a:b"),
        Case(template: "${MISSING-a-b}", expected: "a-b"),
        Case(template: "${MISSING:-}}", expected: "}"),
        Case(template: "multi\n${FOO}\nline", expected: "multi\nfirst\nline"),
        Case(template: "$9", expected: "$9"),
        Case(template: "${MISSING:-x}}", expected: "x}"),
    ]

    @Test(arguments: cases) func substitutes(_ c: Case) throws {
        var unset: [String] = []
        let env = Self.env
        let out = try Template.substitute(c.template, lookup: { env[$0] }, unset: &unset)
        #expect(out == c.expected)
        #expect(unset == c.unset)
    }

    struct ErrorCase: CustomStringConvertible, Sendable {
        var yaml: String
        var message: String
        var description: String { message }
    }

    /// Whole-document errors as `docker compose config` prints them.
    static let errors: [ErrorCase] = [
        ErrorCase(yaml: "services:\n  web:\n    image: \"${\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"nginx:${TAG\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\nnginx:${TAG"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${1abc}\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${1abc}"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${A B}\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${A B}"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${}\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${}"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    command: [\"echo\", \"${\"]\n",
                  message: "invalid interpolation format for services.web.command.[].\nYou may need to escape any $ with another $.\n${"),
        // The nested default is substituted on its own, so the error names the inner template.
        ErrorCase(yaml: "services:\n  web:\n    image: \"${MISSING:-${}\"\n",
                  message: "invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${X:?X is required}\"\n",
                  message: "error while interpolating services.web.image: required variable X is missing a value: X is required"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${X?}\"\n",
                  message: "error while interpolating services.web.image: required variable X is missing a value"),
        ErrorCase(yaml: "services:\n  web:\n    image: \"${EMPTY:?cannot be empty}\"\n",
                  message: "error while interpolating services.web.image: required variable EMPTY is missing a value: cannot be empty"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    environment:\n      A: \"${X:?need ${WHAT:-x}}\"\n",
                  message: "error while interpolating services.web.environment.A: required variable X is missing a value: need x"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    tty: ${MAYBE:-perhaps}\n",
                  message: "error while interpolating services.web.tty: failed to cast to expected type: invalid boolean: perhaps"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    scale: ${N:-many}\n",
                  message: "error while interpolating services.web.scale: failed to cast to expected type: strconv.Atoi: parsing \"many\": invalid syntax"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    pids_limit: ${N:-x}\n",
                  message: "error while interpolating services.web.pids_limit: failed to cast to expected type: strconv.ParseInt: parsing \"x\": invalid syntax"),
        ErrorCase(yaml: "services:\n  web:\n    image: nginx\n    ports:\n      - target: ${P:-http}\n",
                  message: "error while interpolating services.web.ports.[].target: failed to cast to expected type: strconv.Atoi: parsing \"http\": invalid syntax"),
    ]

    @Test(arguments: errors) func rejects(_ c: ErrorCase) {
        #expect(ComposeTestSupport.error(c.yaml, env: ["EMPTY": ""]) == c.message)
    }

    @Test func unsetWarningAndCasts() throws {
        let (project, error, warnings) = ComposeTestSupport.load([
            "compose.yaml": "services:\n  web:\n    image: \"nginx:${TAG}\"\n    tty: ${TTY:-yes}\n    read_only: \"${RO:-off}\"\n",
        ])
        #expect(error == nil)
        #expect(warnings == [
            "The \"TAG\" variable is not set. Defaulting to a blank string.",
            "\"yes\" for boolean is not supported by YAML 1.2, please use `true`",
            "\"off\" for boolean is not supported by YAML 1.2, please use `false`",
        ])
        #expect(project?.services["web"]?.image == "nginx:")
        #expect(project?.services["web"]?.tty == true)
        #expect(project?.services["web"]?.readOnly == false)
    }

    @Test func warningLogLines() {
        let w = ComposeWarning("The \"TAG\" variable is not set. Defaulting to a blank string.")
        #expect(w.logLine(terminal: true) == "\u{1B}[33mWARN\u{1B}[0m[0000] The \"TAG\" variable is not set. Defaulting to a blank string. \n")
        #expect(w.logLine(terminal: false, timestamp: "2026-01-02T03:04:05Z")
            == "time=\"2026-01-02T03:04:05Z\" level=warning msg=\"The \\\"TAG\\\" variable is not set. Defaulting to a blank string.\"\n")
        #expect(ComposeWarning("short").logLine(terminal: true) == "\u{1B}[33mWARN\u{1B}[0m[0000] short" + String(repeating: " ", count: 39) + " \n")
    }

    @Test func noInterpolateKeepsTemplates() throws {
        let (project, _, _) = ComposeTestSupport.load(["compose.yaml": "services:\n  web:\n    image: \"nginx:${TAG:-1}\"\n"]) {
            $0.interpolate = false
        }
        #expect(project?.services["web"]?.image == "nginx:${TAG:-1}")
    }
}

import Testing
@testable import DockerCLI

/// Parse errors of malformed templates, exactly as the docker 28.2.2 client prints them.
///
/// Every row was recorded from the real client with
/// `DOCKER_HOST=unix:///nonexistent docker inspect -f TEMPLATE x`, which parses the template
/// before connecting and exits 64 with `template parsing error: ` followed by Go's message.
@Suite struct TemplateParseErrorTests {
    struct ParseErrorCase: Sendable, CustomStringConvertible {
        var template: String
        var message: String
        init(_ template: String, _ message: String) {
            self.template = template
            self.message = message
        }
        var description: String { template }
    }

    static let cases: [ParseErrorCase] = [
        ParseErrorCase("{{.ID", "template: :1: unclosed action"),
        ParseErrorCase("{{", "template: :1: unclosed action"),
        ParseErrorCase("{{end}}", "template: :1: unexpected {{end}}"),
        ParseErrorCase("{{else}}", "template: :1: unexpected {{else}}"),
        ParseErrorCase("{{if}}", "template: :1: missing value for if"),
        ParseErrorCase("{{if .A}}", "template: :1: unexpected EOF"),
        ParseErrorCase("{{range}}", "template: :1: missing value for range"),
        ParseErrorCase("{{with}}", "template: :1: missing value for with"),
        ParseErrorCase("{{if .A}}x{{else}}y{{else}}z{{end}}", "template: :1: expected end; found {{else}}"),
        ParseErrorCase("{{nosuch}}", "template: :1: function \"nosuch\" not defined"),
        ParseErrorCase("{{\"abc}}", "template: :1: unterminated quoted string"),
        ParseErrorCase("{{`abc}}", "template: :1: unterminated raw quoted string"),
        ParseErrorCase("{{'ab'}}", "template: :1: malformed character constant: 'ab'"),
        ParseErrorCase("{{'a}}", "template: :1: unterminated character constant"),
        ParseErrorCase("{{1.2.3}}", "template: :1: unexpected \".3\" in operand"),
        ParseErrorCase("{{0x}}", "template: :1: illegal number syntax: \"0x\""),
        ParseErrorCase("{{1e}}", "template: :1: illegal number syntax: \"1e\""),
        ParseErrorCase("{{$x}}", "template: :1: undefined variable \"$x\""),
        ParseErrorCase("{{$x := }}", "template: :1: missing value for command"),
        ParseErrorCase("{{.A | 1}}", "template: :1: non executable command in pipeline stage 2"),
        ParseErrorCase("{{(.A}}", "template: :1: unclosed left paren"),
        ParseErrorCase("{{.A)}}", "template: :1: unexpected right paren"),
        ParseErrorCase("{{break}}", "template: :1: {{break}} outside {{range}}"),
        ParseErrorCase("{{continue}}", "template: :1: {{continue}} outside {{range}}"),
        ParseErrorCase("{{range .}}{{break 1}}{{end}}", "template: :1: unexpected \"1\" in {{break}}"),
        ParseErrorCase("{{define}}", "template: :1: unexpected \"}}\" in define clause"),
        ParseErrorCase("{{define \"a\"}}", "template: :1: unexpected EOF"),
        ParseErrorCase("{{define \"a\"}}{{else}}{{end}}", "template: :1: unexpected {{else}} in define clause"),
        ParseErrorCase("{{define a}}{{end}}", "template: :1: unexpected \"a\" in define clause"),
        ParseErrorCase("{{template}}", "template: :1: unexpected \"}}\" in template clause"),
        ParseErrorCase("{{template x}}", "template: :1: unexpected \"x\" in template clause"),
        ParseErrorCase("{{block \"x\"}}", "template: :1: missing value for block clause"),
        ParseErrorCase("{{/* c }}", "template: :1: unclosed comment"),
        ParseErrorCase("{{/* c */ x}}", "template: :1: comment ends before closing delimiter"),
        ParseErrorCase("{{.A:=1}}", "template: :1: unexpected \":=\" in operand"),
        ParseErrorCase("{{$x, $y := .}}", "template: :1: too many declarations in command"),
        ParseErrorCase("{{range $x, $y, $z := .}}{{end}}", "template: :1: too many declarations in range"),
        ParseErrorCase("{{range $x, 1}}{{end}}", "template: :1: range can only initialize variables"),
        ParseErrorCase("{{with $x, $y := .}}{{end}}", "template: :1: too many declarations in with"),
        ParseErrorCase("{{.A.}}", "template: :1: unexpected <.> in operand"),
        ParseErrorCase("{{\"a\".B}}", "template: :1: unexpected . after term \"\\\"a\\\"\""),
        ParseErrorCase("{{nil.B}}", "template: :1: unexpected . after term \"nil\""),
        ParseErrorCase("{{..}}", "template: :1: unexpected <.> in operand"),
        ParseErrorCase("{{.A!}}", "template: :1: bad character U+0021 '!'"),
        ParseErrorCase("{{#}}", "template: :1: unexpected \"#\" in command"),
        ParseErrorCase("{{€}}", "template: :1: unrecognized character in action: U+20AC '€'"),
        ParseErrorCase("{{$.}}", "template: :1: unexpected <.> in operand"),
        ParseErrorCase("{{|}}", "template: :1: unexpected \"|\" in command"),
        ParseErrorCase("{{.A ||}}", "template: :1: unexpected \"|\" in command"),
        ParseErrorCase("{{else if}}", "template: :1: unexpected {{else}}"),
        ParseErrorCase("{{if 1}}{{else if}}{{end}}", "template: :1: missing value for if"),
        ParseErrorCase("{{if 1}}{{else with 1}}{{end}}", "template: :1: unexpected <with> in input"),
        ParseErrorCase("{{with 1}}{{else if 1}}{{end}}{{end}}", "template: :1: unexpected <if> in input"),
        ParseErrorCase("{{\"\\q\"}}", "template: :1: invalid syntax"),
        ParseErrorCase("{{9999999999999999999999}}", "template: :1: integer overflow: \"9999999999999999999999\""),
        ParseErrorCase("{{-}}", "template: :1: illegal number syntax: \"-\""),
        ParseErrorCase("{{- -}}", "template: :1: illegal number syntax: \"-\""),
        ParseErrorCase("{{:}}", "template: :1: expected :="),
        ParseErrorCase("{{:=}}", "template: :1: unexpected \":=\" in command"),
        ParseErrorCase("{{=}}", "template: :1: unexpected \"=\" in command"),
        ParseErrorCase("{{,}}", "template: :1: unexpected \",\" in command"),
        ParseErrorCase("{{$x := 1}}{{$x := $y}}", "template: :1: undefined variable \"$y\""),
        ParseErrorCase("{{1+}}", "template: :1: bad number syntax: \"1+\""),
        ParseErrorCase("{{.A..B}}", "template: :1: unexpected <.> in operand"),
        ParseErrorCase("{{if 1 \"abcdefghijklmnopqrstuvwxyz\" :}}", "template: :1: expected :="),
        ParseErrorCase("{{(.A.B).C.D)}}", "template: :1: unexpected right paren"),
        ParseErrorCase("{{if 1}}{{end}}{{end}}", "template: :1: unexpected {{end}}"),
        ParseErrorCase("{{range .}}{{else}}{{else}}{{end}}", "template: :1: expected end; found {{else}}"),
        ParseErrorCase("{{$x := 1}}{{$x.A.B := 3}}", "template: :1: unexpected \":=\" in operand"),
        ParseErrorCase("{{true.A}}", "template: :1: unexpected . after term \"true\""),
        ParseErrorCase("{{$x.y}}", "template: :1: undefined variable \"$x\""),
        ParseErrorCase("{{1e999}}", "template: :1: illegal number syntax: \"1e999\""),
        ParseErrorCase("{{0b102}}", "template: :1: bad number syntax: \"0b102\""),
        ParseErrorCase("{{0o78}}", "template: :1: bad number syntax: \"0o78\""),
        ParseErrorCase("{{1__0}}", "template: :1: illegal number syntax: \"1__0\""),
        ParseErrorCase("{{'\\z'}}", "template: :1: invalid syntax"),
        ParseErrorCase("{{''}}", "template: :1: invalid syntax"),
        ParseErrorCase("{{3-}}", "template: :1: bad number syntax: \"3-\""),
        ParseErrorCase("{{.A-}}", "template: :1: bad character U+002D '-'"),
        ParseErrorCase("{{.A- }}", "template: :1: bad character U+002D '-'"),
        ParseErrorCase("{{08}}", "template: :1: integer overflow: \"08\""),
        ParseErrorCase("{{define \"x\"}}a{{end}}{{define \"x\"}}b{{end}}", "template: :1: template: multiple definition of template \"x\""),
        ParseErrorCase("{{.}", "template: :1: bad character U+007D '}'"),
        ParseErrorCase("{{.", "template: :1: illegal number syntax: \".\""),
        ParseErrorCase("{{printf \"%d\" 1 \"€€€€€€€€€€\" ;}}", "template: :1: unexpected \";\" in operand"),
        ParseErrorCase("{{define \"a\"}}{{if 1}}{{end}}", "template: :1: unexpected EOF"),
        ParseErrorCase("{{block \"b\" .}}{{else}}{{end}}", "template: :1: unexpected {{else}} in block clause"),
        ParseErrorCase("{{with .A}}{{else with}}{{end}}", "template: :1: missing value for with"),
        ParseErrorCase("{{range $i, $v := .}}{{continue 2}}{{end}}", "template: :1: unexpected \"2\" in {{continue}}"),
        ParseErrorCase("{{template \"a\" |}}", "template: :1: unexpected \"|\" in template clause"),
        ParseErrorCase("{{define \"a\" \"b\"}}{{end}}", "template: :1: unexpected \"\\\"b\\\"\" in define clause"),
        ParseErrorCase("{{((((1))))}}{{)}}", "template: :1: unexpected right paren"),
        ParseErrorCase("{{\"a\" \"b\" :=}}", "template: :1: unexpected \":=\" in operand"),
        ParseErrorCase("{{.A | \"x\"}}", "template: :1: non executable command in pipeline stage 2"),
        ParseErrorCase("{{.A | nil}}", "template: :1: non executable command in pipeline stage 2"),
        ParseErrorCase("{{.A | .}}", "template: :1: non executable command in pipeline stage 2"),
        ParseErrorCase("{{.A | true}}", "template: :1: non executable command in pipeline stage 2"),
        ParseErrorCase("{{ .A -}", "template: :1: illegal number syntax: \"-\""),
        ParseErrorCase("a\nb{{.A\n\"abc}}", "template: :3: unterminated quoted string in action started at :2"),
        ParseErrorCase("{{.A\n", "template: :2: unclosed action started at :1"),
        ParseErrorCase("{{(1\n", "template: :2: unclosed action started at :1"),
        ParseErrorCase("x{{/* a\n*/}}{{.A", "template: :2: unclosed action"),
        ParseErrorCase("line1\n{{if .A}}\nx", "template: :3: unexpected EOF"),
        ParseErrorCase("{{if .A}}\n{{else}}\n{{else}}", "template: :3: expected end; found {{else}}"),
        ParseErrorCase("{{define \"a\"}}\n{{.A\n", "template: :3: unclosed action started at :2"),
        ParseErrorCase("{{if 1}}\n\n{{end}}\n{{end}}", "template: :4: unexpected {{end}}"),
        ParseErrorCase("{{range\n}}", "template: :2: missing value for range"),
    ]

    @Test(arguments: cases)
    func rejectsLikeGo(_ c: ParseErrorCase) {
        #expect(throws: TemplateError.parse(c.message)) {
            _ = try GoTemplate(c.template)
        }
    }

    static let accepted: [String] = [
        "{{$x = 1}}", "{{1 | .A}}", "{{template \"x\" }}", "{{1i}}", "{{$}}", "{{.A -}}", "{{(1) 2 | (3)}}",
        "{{0x1p-2}} {{.5}} {{5.}} {{+5}} {{-.5}} {{'\\n'}} {{-3}} {{1_000}}", "{{3 | not}}{{printf}} {{.A | printf}}",
        "{{define \"a\"}}x{{end}}{{define \"a\"}}{{end}}", "{{define \"a\"}}{{end}}{{define \"a\"}}x{{end}}",
        "{{\"a\" \"b\" | html}}", "{{(1).A}}", "{{\"\\u00e9\\x41\\101\"}}", "{{.A | }}",
        "a\nb{{.A\n}}", "{{/* comment */}}", "{{- /* trimmed */ -}}", "{{range $i, $v := .}}{{break}}{{continue}}{{end}}",
        "{{with .A}}x{{else with .B}}y{{else}}z{{end}}", "{{block \"b\" .}}body{{end}}",
    ]

    @Test(arguments: accepted)
    func acceptsWhatGoAccepts(_ template: String) throws {
        _ = try GoTemplate(template)
    }
}

import Testing
@testable import DockerCLI

/// `--format` rendering compared with the docker 28.2.2 client.
///
/// Recorded with `DOCKER_HOST=unix:///nonexistent docker context ls --format FORMAT`, which
/// renders its one context (`default`) through `formatter.Context` — the same code path, tabwriter
/// settings (minwidth 10, padding 3) and header rendering as ps, images or volume ls — without a daemon.
@Suite struct FormattingTableTests {
    struct Case: Sendable, CustomStringConvertible {
        var format: String
        var output: String?
        var error: String?
        init(_ format: String, output: String) {
            self.format = format
            self.output = output
        }
        init(_ format: String, error: String) {
            self.format = format
            self.error = error
        }
        var description: String { format }
    }

    /// docker's `clientContextContext` for the default context.
    static let row = TemplateValue.formatterContext("formatter.clientContextContext", getters: [
        ("Name", .string("default")), ("Description", .string("Current DOCKER_HOST based configuration")),
        ("DockerEndpoint", .string("unix:///nonexistent")), ("Current", .bool(true)), ("Error", .string("")),
    ])
    static let headers = ["Name": "NAME", "Description": "DESCRIPTION", "DockerEndpoint": "DOCKER ENDPOINT", "Error": "ERROR"]

    static let cases: [Case] = [
        Case("table {{.Name}}{{if .Current}} *{{end}}\\t{{.Description}}\\t{{.DockerEndpoint}}\\t{{.Error}}", output: "NAME        DESCRIPTION                               DOCKER ENDPOINT       ERROR\ndefault *   Current DOCKER_HOST based configuration   unix:///nonexistent   \n"),
        Case("table {{.Name}}\\t{{.DockerEndpoint}}", output: "NAME      DOCKER ENDPOINT\ndefault   unix:///nonexistent\n"),
        Case("table {{.Name}}", output: "NAME\ndefault\n"),
        Case("table {{.Name}}\\tx\\nlonger-first-cell\\ty\\tz\\nq", output: "NAME                x\nlonger-first-cell   y         z\nq\ndefault             x\nlonger-first-cell   y         z\nq\n"),
        Case("table a\\tb\\tc\\n\\tdd\\t\\neeeeeeeeeeeeeeeeee\\t\\tf", output: "a                    b         c\n                     dd        \neeeeeeeeeeeeeeeeee             f\na                    b         c\n                     dd        \neeeeeeeeeeeeeeeeee             f\n"),
        Case("table 日本語\\t{{.Name}}\\nab\\tcd\\n😀😀\\tx", output: "日本語    NAME\nab        cd\n😀😀      x\n日本語    default\nab        cd\n😀😀      x\n"),
        Case("table {{.Name}}\\t{{.Nope}}\\t{{upper .Name}}\\t{{json .Name}}\\t{{lower .Description}}", error: "template parsing error: template: :1:12: executing \"\" at <.Nope>: can't evaluate field Nope in type *formatter.clientContextContext"),
        Case("table {{.Name | printf \"%-12s|\"}}\\t{{.Current}}", output: "NAME        |   <no value>\ndefault     |   true\n"),
        Case("table {{json .}}", output: "\n{\"Current\":true,\"Description\":\"Current DOCKER_HOST based configuration\",\"DockerEndpoint\":\"unix:///nonexistent\",\"Error\":\"\",\"Name\":\"default\"}\n"),
        Case("json", output: "{\"Current\":true,\"Description\":\"Current DOCKER_HOST based configuration\",\"DockerEndpoint\":\"unix:///nonexistent\",\"Error\":\"\",\"Name\":\"default\"}\n"),
        Case("{{json .}}", output: "{\"Current\":true,\"Description\":\"Current DOCKER_HOST based configuration\",\"DockerEndpoint\":\"unix:///nonexistent\",\"Error\":\"\",\"Name\":\"default\"}\n"),
        Case("{{.Name}}: {{.Description}}", output: "default: Current DOCKER_HOST based configuration\n"),
        Case("   {{.Name}}   ", output: "default\n"),
        Case("{{.Name}}\\t{{.Current}}\\n", output: "default\ttrue\n\n"),
        Case("table {{.Label \"com.example.my-label\"}}\\t{{.Name}}", error: "template parsing error: template: :1:2: executing \"\" at <.Label>: can't evaluate field Label in type *formatter.clientContextContext"),
        Case("table {{pad .Name 2 2}}\\t{{truncate .Description 7}}|", output: "  NAME        DESCRIPTION|\n  default     Current|\n"),
        Case("tableX{{.Name}}", output: "XNAME\nXdefault\n"),
        Case("table {{range $i, $e := split .Description \" \"}}{{$e}}\\t{{end}}", output: "\nCurrent   DOCKER_HOST   based     configuration   \n"),
        Case("table \\t{{.Name}}\\t\\t{{.Current}}", output: "          NAME                <no value>\n          default             true\n"),
        Case("table {{.Name}}\\t\\n\\t{{.Name}}", output: "NAME      \n          NAME\ndefault   \n          default\n"),
        Case("table é́\\tx\\nab\\ty", output: "é́         x\nab        y\né́         x\nab        y\n"),
    ]

    @Test(arguments: cases)
    func rendersLikeDocker(_ c: Case) throws {
        let formatter = try TableFormatter(format: c.format)
        do {
            let output = try formatter.render(headers: Self.headers, rows: [Self.row])
            #expect(output == c.output)
            #expect(c.error == nil)
        } catch {
            #expect(error.message == c.error)
        }
    }
}

import DockerAPI
import Testing
@testable import DockerCLI

/// Templates over Engine API documents, as `docker inspect -f` runs them.
///
/// Expectations are derived by hand from Go's rules (no daemon is available to record them):
/// `encoding/json` decodes objects into `map[string]interface {}` (printed `map[k:v]`, sorted),
/// numbers into `float64` (`%v` is `%g`: `1.234567e+06`) or, with `UseNumber` as in docker's
/// fallback, into `json.Number` (printed as written); elements are `interface {}` values, which
/// is the type Go's errors name.
@Suite struct TemplateJSONDataTests {
    enum Mode: Sendable {
        /// `json.Unmarshal` into `interface {}`.
        case decoded
        /// docker's `tryRawInspectFallback`: `UseNumber` and `missingkey=error`.
        case fallback
        /// The typed-struct stand-in (`TemplateValue(typedJSON:)`).
        case typed
    }

    struct Case: Sendable, CustomStringConvertible {
        var template: String
        var mode: Mode
        var expected: String
        var isError: Bool
        init(_ template: String, _ mode: Mode, _ expected: String, error: Bool = false) {
            self.template = template
            self.mode = mode
            self.expected = expected
            isError = error
        }
        init(_ template: String, _ expected: String, error: Bool = false) {
            self.init(template, .decoded, expected, error: error)
        }
        var description: String { "\(mode) \(template)" }
    }

    static let cases: [Case] = [
        Case("{{.Config.Image}}", "nginx:latest"),
        Case("{{.Name}} {{.Id}}", "/web 4f66ad9a0b2e5e0f1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899"),
        Case("{{.State.Pid}}", "4242"),
        Case("{{.State.Pid}}", .fallback, "4242"),
        Case("{{.SizeRw}}", "1.234567e+06"),
        Case("{{.SizeRw}}", .fallback, "1234567"),
        Case("{{.SizeRw}}", .typed, "1234567"),
        Case("{{json .SizeRw}}", "1234567"),
        Case("{{range .Mounts}}{{.Destination}} {{end}}", "/data /srv "),
        Case("{{range $i, $m := .Mounts}}{{$i}}:{{$m.Type}};{{end}}", "0:volume;1:bind;"),
        Case("{{index .NetworkSettings.Networks \"bridge\"}}", "map[Gateway:172.17.0.1 IPAddress:172.17.0.2]"),
        Case("{{(index .NetworkSettings.Networks \"bridge\").IPAddress}}", "172.17.0.2"),
        Case("{{.NetworkSettings.Networks.bridge.IPAddress}}", "172.17.0.2"),
        Case("{{range $name, $n := .NetworkSettings.Networks}}{{$name}}={{$n.IPAddress}}{{end}}", "bridge=172.17.0.2"),
        Case("{{json .Config}}", #"{"Cmd":["nginx","-g","daemon off;"],"Env":["PATH=/usr/bin","NGINX_VERSION=1.27.0"],"Healthcheck":null,"Hostname":"4f66ad9a0b2e","Image":"nginx:latest","Labels":{"app":"web","com.example.vendor":"ACME"}}"#),
        Case("{{json .Config}}", .typed, #"{"Hostname":"4f66ad9a0b2e","Image":"nginx:latest","Env":["PATH=/usr/bin","NGINX_VERSION=1.27.0"],"Cmd":["nginx","-g","daemon off;"],"Labels":{"com.example.vendor":"ACME","app":"web"},"Healthcheck":null}"#),
        Case("{{json .State}}", .fallback, #"{"ExitCode":0,"Pid":4242,"Running":true,"Status":"running"}"#),
        Case("{{json .Config.Cmd}}", #"["nginx","-g","daemon off;"]"#),
        Case("{{.Config.Labels}}", "map[app:web com.example.vendor:ACME]"),
        Case("{{.Config.Labels}}", .typed, "map[app:web com.example.vendor:ACME]"),
        Case("{{.Config.Env}}", "[PATH=/usr/bin NGINX_VERSION=1.27.0]"),
        Case("{{.Mounts}}", "[map[Destination:/data Name:data Type:volume] map[Destination:/srv Source:/srv Type:bind]]"),
        Case("{{.State}}", .typed, "{running true 4242 0}"),
        Case("{{index .NetworkSettings.Networks \"bridge\"}}", .typed, "{172.17.0.2 172.17.0.1}"),
        Case("{{join .Config.Env \",\"}}", .typed, "PATH=/usr/bin,NGINX_VERSION=1.27.0"),
        Case("{{join .Config.Env \",\"}}",
             "template: :1:14: executing \"\" at <.Config.Env>: wrong type for value; expected []string; got []interface {}", error: true),
        Case("{{.Config.Nope}}", "<no value>"),
        Case("{{.Config.Nope}}", .fallback, "template: :1:9: executing \"\" at <.Config.Nope>: map has no entry for key \"Nope\"", error: true),
        Case("{{.Config.Image.Foo}}", "template: :1:9: executing \"\" at <.Config.Image.Foo>: can't evaluate field Foo in type interface {}", error: true),
        Case("{{.Config.Healthcheck}}", "<no value>"),
        Case("{{.Config.Healthcheck.Test}}", "template: :1:9: executing \"\" at <.Config.Healthcheck.Test>: nil pointer evaluating interface {}.Test", error: true),
        Case("{{if .State.Running}}up{{end}}", "up"),
        Case("{{eq .State.ExitCode 0}}", "template: :1:2: executing \"\" at <eq .State.ExitCode 0>: error calling eq: incompatible types for comparison", error: true),
        Case("{{eq .State.ExitCode 0}}", .fallback, "template: :1:2: executing \"\" at <eq .State.ExitCode 0>: error calling eq: incompatible types for comparison", error: true),
        Case("{{eq .State.ExitCode 0}}", .typed, "true"),
        Case("{{eq .State.ExitCode 0.0}}", "true"),
        Case("{{printf \"%T\" .State.Pid}}", "float64"),
        Case("{{printf \"%T\" .State.Pid}}", .fallback, "json.Number"),
        Case("{{printf \"%T\" .State.Pid}}", .typed, "int"),
        Case("{{printf \"%T %T %T\" . .Mounts .Config.Cmd}}", "map[string]interface {} []interface {} []interface {}"),
        Case("{{.State.Pid | printf \"%d\"}}", "%!d(float64=4242)"),
        Case("{{.State.Pid | printf \"%d\"}}", .fallback, "%!d(json.Number=4242)"),
        Case("{{.State.Pid | printf \"%d\"}}", .typed, "4242"),
        Case("{{printf \"%.1f\" .SizeRw}}", "1234567.0"),
        Case("{{len .Mounts}} {{len .Config.Labels}} {{len .Name}}", "2 2 4"),
        Case("{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}", "app=web;com.example.vendor=ACME;"),
        Case("{{index .Config.Labels \"com.example.vendor\"}}", "ACME"),
        Case("{{index .Config.Labels \"nope\"}}", "<no value>"),
        Case("{{index .Config.Labels \"nope\"}}", .typed, ""),
        Case("{{with index .Mounts 0}}{{.Name}}{{end}}", "data"),
        Case("{{slice .Config.Cmd 1}}", "[-g daemon off;]"),
        Case("{{(index .Mounts 1).Name}}", "<no value>"),
        Case("{{(index .Mounts 1).Name}}", .fallback, "template: :1:17: executing \"\" at <1>: map has no entry for key \"Name\"", error: true),
        Case("{{upper .Config.Image}} {{split .Config.Image \":\"}}", "NGINX:LATEST [nginx latest]"),
        Case("{{.State.Status | upper}}", "RUNNING"),
        Case("{{range .Config.Cmd}}{{.}}|{{end}}", "nginx|-g|daemon off;|"),
        Case("{{if not .Config.Healthcheck}}no healthcheck{{end}}", "no healthcheck"),
        Case("{{with .Config.Healthcheck}}x{{else}}none{{end}}", "none"),
    ]

    @Test(arguments: cases)
    func executes(_ c: Case) throws {
        let data: TemplateValue
        var missingKey = MissingKeyOption.default
        switch c.mode {
        case .decoded: data = TemplateValue(decodedJSON: TemplateFixtures.inspectJSON)
        case .fallback:
            data = TemplateValue(decodedJSON: TemplateFixtures.inspectJSON, .inspectFallback)
            missingKey = .error
        case .typed: data = TemplateValue(typedJSON: TemplateFixtures.inspectJSON)
        }
        let run = try GoTemplate(c.template).run(data, missingKey: missingKey)
        if c.isError {
            #expect(run.error?.message == c.expected)
        } else {
            #expect(run.error == nil)
            #expect(run.output == c.expected)
        }
    }

    @Test func nullDocument() throws {
        let data = TemplateValue(decodedJSON: .null)
        #expect(try GoTemplate("{{.}}|{{.Foo}}").execute(data) == "<no value>|<no value>")
        #expect(throws: TemplateError.execution("template: :1:2: executing \"\" at <.Foo>: nil data; no entry for key \"Foo\"")) {
            _ = try GoTemplate("{{.Foo}}").execute(data, missingKey: .error)
        }
    }
}

import DockerAPI
import Testing
@testable import DockerCLI

/// Container status strings, the PORTS column, `--format` preprocessing and inspect's fallback.
/// Expectations are derived by hand from moby's `State.String()`, docker's `DisplayablePorts`,
/// `Context.preFormat` and `TemplateInspector` (v28.2.2).
@Suite struct FormattingDisplayTests {
    static let now: Int64 = 1_714_557_600 * 1_000_000_000
    static let second: Int64 = 1_000_000_000

    static let statuses: [(ContainerStatus, String, String)] = [
        (ContainerStatus(running: true, startedAt: now - 5 * second), "Up 5 seconds", "running"),
        (ContainerStatus(running: true, startedAt: now - 70 * second), "Up About a minute", "running"),
        (ContainerStatus(running: true, paused: true, startedAt: now - 120 * second), "Up 2 minutes (Paused)", "paused"),
        (ContainerStatus(running: true, startedAt: now - 3 * 3600 * second, health: "healthy"), "Up 3 hours (healthy)", "running"),
        (ContainerStatus(running: true, startedAt: now, health: "starting"), "Up Less than a second (health: starting)", "running"),
        (ContainerStatus(running: true, startedAt: now - 10 * second, health: ""), "Up 10 seconds (unhealthy)", "running"),
        (ContainerStatus(running: true, restarting: true, exitCode: 1, startedAt: now - 9 * second, finishedAt: now - 2 * second),
         "Restarting (1) 2 seconds ago", "restarting"),
        (ContainerStatus(exitCode: 0, startedAt: now - 3 * 3600 * second, finishedAt: now - 2 * 3600 * second), "Exited (0) 2 hours ago", "exited"),
        (ContainerStatus(exitCode: 137, startedAt: now - 100 * second, finishedAt: now - 50 * second), "Exited (137) 50 seconds ago", "exited"),
        (ContainerStatus(), "Created", "created"),
        (ContainerStatus(removalInProgress: true, startedAt: now), "Removal In Progress", "removing"),
        (ContainerStatus(dead: true, startedAt: now), "Dead", "dead"),
        (ContainerStatus(startedAt: now - second), "", "exited"),
    ]

    @Test(arguments: statuses)
    func statusText(_ s: ContainerStatus, _ text: String, _ state: String) {
        #expect(s.text(now: Self.now) == text)
        #expect(s.state == state)
    }

    static let ports: [([PortSummary], String)] = [
        ([], ""),
        ([PortSummary(privatePort: 80)], "80/tcp"),
        ([PortSummary(ip: "::", privatePort: 80, publicPort: 8080), PortSummary(ip: "0.0.0.0", privatePort: 80, publicPort: 8080)],
         "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp"),
        ([PortSummary(privatePort: 8002), PortSummary(privatePort: 8000), PortSummary(privatePort: 8001), PortSummary(privatePort: 53, type: "udp")],
         "53/udp, 8000-8002/tcp"),
        ([PortSummary(ip: "0.0.0.0", privatePort: 80, publicPort: 80), PortSummary(ip: "0.0.0.0", privatePort: 81, publicPort: 81)],
         "0.0.0.0:80-81->80-81/tcp"),
        ([PortSummary(privatePort: 80), PortSummary(privatePort: 82), PortSummary(privatePort: 53, type: "udp")], "80/tcp, 53/udp, 82/tcp"),
        ([PortSummary(ip: "::", privatePort: 80, publicPort: 80)], "[::]:80->80/tcp"),
        ([PortSummary(privatePort: 443), PortSummary(ip: "0.0.0.0", privatePort: 80, publicPort: 8080)], "443/tcp, 0.0.0.0:8080->80/tcp"),
        ([PortSummary(privatePort: 53, type: "udp"), PortSummary(privatePort: 53)], "53/tcp, 53/udp"),
        ([PortSummary(ip: "127.0.0.1", privatePort: 6379, publicPort: 32768), PortSummary(privatePort: 6379)],
         "6379/tcp, 127.0.0.1:32768->6379/tcp"),
    ]

    @Test(arguments: ports)
    func portsColumn(_ ports: [PortSummary], _ expected: String) {
        #expect(DisplayablePorts.text(ports) == expected)
    }

    @Test func portSummaryJSON() {
        #expect(GoJSON.encode(PortSummary(privatePort: 80).json) == #"{"PrivatePort":80,"Type":"tcp"}"#)
        #expect(GoJSON.encode(PortSummary(ip: "0.0.0.0", privatePort: 80, publicPort: 8080).json)
            == #"{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}"#)
    }

    static let specs: [(String, Bool, Bool, String)] = [
        ("table {{.ID}}\\t{{.Name}}", true, false, "{{.ID}}\t{{.Name}}"),
        ("json", false, true, "{{json .}}"),
        ("  {{.ID}}  ", false, false, "{{.ID}}"),
        ("table", true, false, ""),
        ("tablefoo", true, false, "foo"),
        ("{{.A}}\\\\t|\\n|\\x", false, false, "{{.A}}\\\t|\n|\\x"),
        ("\t{{.A}}\t", false, false, "\t{{.A}}\t"),
        ("JSON", false, false, "JSON"),
    ]

    @Test(arguments: specs)
    func formatSpec(_ raw: String, _ isTable: Bool, _ isJSON: Bool, _ text: String) {
        let spec = FormatSpec(raw)
        #expect(spec.isTable == isTable)
        #expect(spec.isJSON == isJSON)
        #expect(spec.templateText == text)
    }

    @Test func formatterReportsParseErrorsAsDocker() {
        #expect(throws: FormatError("template parsing error: template: :1: unclosed action")) {
            _ = try TableFormatter(format: "table {{.ID")
        }
    }

    @Test func formatterWithoutRowsPrintsHeader() throws {
        let f = try TableFormatter(format: "table {{.Name}}\t{{.Driver}}")
        #expect(try f.render(headers: ["Name": "VOLUME NAME", "Driver": "DRIVER"], rows: []) == "VOLUME NAME   DRIVER\n")
        let plain = try TableFormatter(format: "{{.Name}}")
        #expect(try plain.render(headers: [:], rows: []) == "")
    }

    @Test func formatterJSONLines() throws {
        let rows = ["a", "b"].map { TemplateValue.formatterContext("formatter.volumeContext", getters: [("Name", .string($0)), ("Driver", .string("local"))]) }
        let f = try TableFormatter(format: "json")
        #expect(try f.render(headers: [:], rows: rows) == "{\"Driver\":\"local\",\"Name\":\"a\"}\n{\"Driver\":\"local\",\"Name\":\"b\"}\n")
    }

    @Test func probesMethodsLikeDockerPs() throws {
        let probe = TemplateFixtures.emptyContainerContext
        #expect(try TableFormatter.probeMethods(format: "table {{.ID}}\\t{{.Size}}", on: probe).get() == ["ID", "Size"])
        #expect(throws: FormatError("failed to execute template: template: :1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext")) {
            _ = try TableFormatter.probeMethods(format: "{{.Nope}}", on: probe).get()
        }
        #expect(throws: FormatError("failed to parse template: template: :1: unclosed action")) {
            _ = try TableFormatter.probeMethods(format: "{{.ID", on: probe).get()
        }
    }

    @Test func inspectFallsBackToRawJSON() throws {
        let doc = TemplateFixtures.inspectJSON
        let typed = TemplateValue(typedJSON: doc)
        let t = try InspectTemplate(format: "{{.State.Pid}} {{.Config.Labels.app}}")
        #expect(try t.render(typed: typed, raw: doc).get() == "4242 web\n")
        // The typed value has no field Nope, so docker retries on the raw map, where keys must exist.
        let missing = try InspectTemplate(format: "{{.State.Nope}}")
        #expect(throws: FormatError("template parsing error: template: :1:8: executing \"\" at <.State.Nope>: map has no entry for key \"Nope\"")) {
            _ = try missing.render(typed: typed, raw: doc).get()
        }
        // Without raw JSON the typed error is the answer.
        #expect(throws: FormatError("template parsing error: template: :1:8: executing \"\" at <.State.Nope>: can't evaluate field Nope in type struct")) {
            _ = try missing.render(typed: typed, raw: nil).get()
        }
        #expect(throws: FormatError("template parsing error: template: :1: function \"nope\" not defined")) {
            _ = try InspectTemplate(format: "{{nope}}")
        }
    }
}

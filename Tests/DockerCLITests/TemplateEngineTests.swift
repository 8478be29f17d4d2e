import DockerAPI
import Testing
@testable import DockerCLI

/// The template engine over values the oracle cannot produce (maps with int keys, Stringers,
/// function values, header contexts), its options and its limits.
///
/// Expected texts are derived by hand from Go's `text/template` and `fmt` rules.
@Suite struct TemplateEngineTests {
    static let stringer = GoFunction(parameters: [], result: .string) { _ in .string("custom") }

    static let data: TemplateValue = .structure("main.Data", fields: [
        GoField("Ints", .map([(.int(2), .string("b")), (.int(1), .string("a"))], type: .map(.int, .string))),
        GoField("Named", TemplateValue(type: .namedStruct("main.T", fields: ["X"]), storage: .structure([GoField("X", .int(1))]),
                                       methods: GoMethodSet(["String": stringer]))),
        GoField("Nested", .structure("main.Outer", fields: [GoField("A", .int(1)), GoField("B", .structure("main.Inner", fields: [GoField("C", .string("x"))]))])),
        GoField("Ptr", .structure("main.P", fields: [GoField("Next", .pointer(to: .structure("main.P", fields: [])))])),
        GoField("NilMap", .nilValue(of: .map(.string, .string))),
        GoField("NilSlice", .nilValue(of: .slice(.string))),
        GoField("Ports", .slice([.uint(80, type: .uint16), .uint(443, type: .uint16)], of: .uint16)),
        GoField("F", .function(GoFunction(parameters: [.typed(.string)], result: .string) { args in .string("f(" + args[0].stringValue + ")") })),
        GoField("Labels", .stringMap(["a": "1", "b": "2"])),
        GoField("Any", .map([(.string("k"), .boxed(.string("v")))], type: .jsonObject)),
        GoField("private", .string("hidden")),
    ], methods: [
        "Join": GoFunction(parameters: [.typed(.string)], variadic: .typed(.string), result: .string) { args in
            .string(args.dropFirst().map(\.stringValue).joined(separator: args[0].stringValue))
        },
        "Fail": GoFunction(parameters: [], result: .string) { _ throws(GoCallError) in throw GoCallError("boom") },
    ])

    struct Case: Sendable, CustomStringConvertible {
        var template: String
        var expected: String
        var description: String { template }
        init(_ template: String, _ expected: String) {
            self.template = template
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("{{.Ints}}", "map[1:a 2:b]"),
        Case("{{index .Ints 1}}|{{index .Ints 3}}|{{len .Ints}}", "a||2"),
        Case("{{range $k, $v := .Ints}}{{$k}}{{$v}}{{end}}", "1a2b"),
        Case("{{.Named}}|{{print .Named}}|{{printf \"%s|%v|%q\" .Named .Named .Named}}", "custom|custom|custom|custom|\"custom\""),
        Case("{{printf \"%+v\" .Nested}}|{{.Nested}}|{{printf \"%#v\" .Nested}}", "{A:1 B:{C:x}}|{1 {x}}|main.Outer{A:1, B:main.Inner{C:\"x\"}}"),
        Case("{{.Ptr}}|{{.Ptr.Next}}", "{0xc000010000}|{}"),
        Case("{{.NilMap}}|{{.NilSlice}}|{{len .NilMap}}|{{range .NilSlice}}x{{else}}empty{{end}}", "map[]|[]|0|empty"),
        Case("{{printf \"%#v|%#v\" .NilMap .NilSlice}}", "map[string]string(nil)|[]string(nil)"),
        Case("{{.Ports}}|{{index .Ports 1}}|{{eq (index .Ports 0) 80}}|{{lt (index .Ports 0) 100}}|{{printf \"%T\" .Ports}}", "[80 443]|443|true|true|[]uint16"),
        Case("{{call .F \"x\"}}|{{.F | printf \"%T\"}}", "f(x)|func(string) string"),
        Case("{{.Join \"-\" \"a\" \"b\" \"c\"}}|{{.Join \",\"}}", "a-b-c|"),
        Case("{{.Labels.a}}{{.Labels.b}}{{.Labels.zz}}|{{.Any.k}}{{.Any.zz}}", "12<no value>|v<no value>"),
        Case("{{with $x := 5}}{{$x}}{{end}}|{{$y := 1}}{{range $i := 3}}{{$y = $i}}{{end}}{{$y}}", "5|2"),
        Case("{{eq .Nested .Nested}}|{{eq .Named .Named}}|{{ne .Nested .Ptr}}", "true|true|true"),
        Case("{{and .Labels .NilMap}}|{{or .NilMap .NilSlice}}|{{or .NilMap 7}}", "map[]|[]|7"),
        Case("{{template \"a\" .Labels}}{{define \"a\"}}[{{.a}}|{{$.b}}]{{end}}", "[1|2]"),
        Case("{{block \"list\" .Ports}}{{range .}}<{{.}}>{{end}}{{end}}", "<80><443>"),
    ]

    @Test(arguments: cases)
    func executes(_ c: Case) throws {
        let run = try GoTemplate(c.template).run(Self.data)
        #expect(run.error == nil)
        #expect(run.output == c.expected)
    }

    static let errors: [Case] = [
        Case("{{.private}}", "template: :1:2: executing \"\" at <.private>: private is an unexported field of struct type main.Data"),
        Case("{{.Fail}}", "template: :1:2: executing \"\" at <.Fail>: error calling Fail: boom"),
        Case("{{.F}}", "template: :1:2: executing \"\" at <{{.F}}>: can't print {{.F}} of type func(string) string"),
        Case("{{call .F}}", "template: :1:2: executing \"\" at <call .F>: error calling call: wrong number of args for .F: got 0 want 1"),
        Case("{{call .F 1}}", "template: :1:2: executing \"\" at <call .F 1>: error calling call: arg 0: value has type int; should be string"),
        Case("{{index .Ints \"a\"}}", "template: :1:2: executing \"\" at <index .Ints \"a\">: error calling index: value has type string; should be int"),
        Case("{{.Nested.Z}}", "template: :1:9: executing \"\" at <.Nested.Z>: can't evaluate field Z in type main.Outer"),
        Case("{{.Labels.a 1}}", "template: :1:9: executing \"\" at <.Labels.a>: a is not a method but has arguments"),
        Case("{{.Nested.A 1}}", "template: :1:9: executing \"\" at <.Nested.A>: A has arguments but cannot be invoked as function"),
        Case("{{.Join}}", "template: :1:2: executing \"\" at <.Join>: wrong number of args for Join: want at least 1 got 0"),
        Case("{{define \"x\"}}{{.Nope}}{{end}}{{template \"x\" .Nested}}",
             "template: :1:16: executing \"x\" at <.Nope>: can't evaluate field Nope in type main.Outer"),
    ]

    @Test(arguments: errors)
    func failsWithGoMessage(_ c: Case) throws {
        #expect(try GoTemplate(c.template).run(Self.data).error?.message == c.expected)
    }

    @Test func missingKeyOptions() throws {
        let t = try GoTemplate("{{.Labels.zz}}|{{.Any.zz}}")
        #expect(try t.execute(Self.data, missingKey: .zero) == "|<no value>")
        #expect(throws: TemplateError.execution("template: :1:9: executing \"\" at <.Labels.zz>: map has no entry for key \"zz\"")) {
            _ = try t.execute(Self.data, missingKey: .error)
        }
    }

    @Test func formatterContextMarshalsItsGettersSorted() throws {
        let row = TemplateValue.formatterContext("formatter.VolumeContext", getters: [("Name", .string("data")), ("Driver", .string("local"))],
                                                 methods: ["Label": GoFunction(parameters: [.typed(.string)], result: .string) { _ in .string("") }])
        #expect(try GoTemplate("{{json .}}").execute(row) == #"{"Driver":"local","Name":"data"}"#)
        #expect(try GoTemplate("{{.Driver}} {{.Label \"x\"}}|{{printf \"%T\" .}}").execute(row) == "local |*formatter.VolumeContext")
    }

    @Test func headerContextTitlesLabels() throws {
        let header = TemplateValue.headerContext(["Name": "VOLUME NAME"])
        let t = try GoTemplate("{{.Name}}|{{.Label \"com.example.my-label_x\"}}|{{.Nope}}")
        #expect(try t.execute(header) == "VOLUME NAME|my label x|<no value>")
    }

    @Test func recordsCalledMethods() throws {
        let row = TemplateValue.formatterContext("formatter.ContainerContext", getters: [("ID", .string("a")), ("Size", .string("1B"))])
        #expect(try GoTemplate("{{if false}}{{.ID}}{{end}}{{.Size}}").run(row).calledMethods == ["Size"])
    }

    @Test func limitsOutputSize() throws {
        let run = try GoTemplate("{{range 100}}xxxxxxxxxx{{end}}").run(.invalid, limits: TemplateLimits(maxOutputBytes: 50))
        #expect(run.error?.message == "template: :1:13: executing \"\" at <xxxxxxxxxx>: exceeded maximum output size (50 bytes)")
        #expect(run.output == String(repeating: "xxxxxxxxxx", count: 5))
    }

    @Test func limitsSteps() throws {
        let run = try GoTemplate("{{range 100000000}}{{end}}").run(.invalid, limits: TemplateLimits(maxSteps: 1000))
        #expect(run.error?.message == "template: :1:8: executing \"\" at <100000000>: exceeded maximum number of execution steps (1000)")
    }

    @Test func limitsRecursion() throws {
        let run = try GoTemplate("{{define \"r\"}}x{{template \"r\" .}}{{end}}{{template \"r\" .}}").run(.invalid)
        #expect(run.error?.message == "template: :1:26: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)")
        #expect(run.output == String(repeating: "x", count: TemplateLimits().maxTemplateDepth))
    }

    @Test func limitsNestingAcrossRecursiveTemplates() throws {
        let body = String(repeating: "{{if 1}}", count: 250) + "{{template \"r\" .}}" + String(repeating: "{{end}}", count: 250)
        let run = try GoTemplate("{{define \"r\"}}" + body + "{{end}}{{template \"r\" .}}").run(.invalid)
        #expect(run.error?.message.hasSuffix("exceeded maximum template depth (100000)") == true)
    }

    @Test func limitsParseNesting() {
        let deep = "{{" + String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000) + "}}"
        #expect(throws: TemplateError.parse("template: :1: max expression depth exceeded")) { _ = try GoTemplate(deep) }
        let ifs = String(repeating: "{{if 1}}", count: 1000) + String(repeating: "{{end}}", count: 1000)
        #expect(throws: TemplateError.parse("template: :1: max expression depth exceeded")) { _ = try GoTemplate(ifs) }
    }

    @Test func templateNameAppearsInErrors() throws {
        let t = try GoTemplate("{{.Nope}}", name: "version")
        #expect(t.run(Self.data).error?.message == "template: version:1:2: executing \"version\" at <.Nope>: can't evaluate field Nope in type main.Data")
    }

    /// Random token soup must parse or fail cleanly, and execute or fail cleanly, never crash.
    @Test func survivesRandomTemplates() {
        let pieces = [
            "{{", "}}", "{{-", "-}}", " ", ".", ".A", ".Labels", ".Ints", "$", "$x", ":=", "=", "|", "(", ")", "\"s\"", "`r`", "'c'",
            "1", "-2", "3.5", "0x1F", "1e3", "true", "nil", "if", "else", "end", "range", "with", "define", "template", "block",
            "break", "continue", "printf", "\"%d\"", "index", "len", "slice", "eq", "lt", "and", "or", "not", "json", "pad", "\n",
            "text", "/*", "*/", ",", "call", "print", "html", "js", "urlquery", "split", "join", "{{range 3}}", "{{end}}",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var parsed = 0
        for _ in 0..<4000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) + 2 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            do {
                let t = try GoTemplate(text)
                parsed += 1
                for value in [Self.data, .invalid, TemplateValue(decodedJSON: TemplateFixtures.inspectJSON)] {
                    if let error = t.run(value, limits: TemplateLimits(maxOutputBytes: 1 << 16, maxSteps: 10000)).error {
                        #expect(error.message.hasPrefix("template: "))
                    }
                }
            } catch {
                #expect(error.message.hasPrefix("template: :"))
            }
        }
        #expect(parsed > 100)
    }
}

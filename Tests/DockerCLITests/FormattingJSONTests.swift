import DockerAPI
import Testing
@testable import DockerCLI

/// `{{json}}` and Go's JSON number and string encoding, recorded from the docker 28.2.2 client
/// (`docker version --format '{{json 1e-7}}'` and so on).
@Suite struct FormattingJSONTests {
    static let cases: [(String, String)] = [
        (#"{{json "a\bb\fc\u0001\u007f\u2028<"}}"#, "\"a\\bb\\fc\\u0001\u{7f}\\u2028<\""),
        ("{{json 1e-7}} {{json 1e21}} {{json 1.5e20}} {{json 0.000001}} {{json 0.00001}}", "1e-7 1e+21 150000000000000000000 0.000001 0.00001"),
        ("{{json 123456789.125}} {{json -0.0}} {{json 1e-300}} {{json 2.5e-8}}", "123456789.125 -0 1e-300 2.5e-8"),
    ]

    @Test(arguments: cases)
    func encodesLikeDocker(_ template: String, _ expected: String) throws {
        #expect(try GoTemplate(template).execute(.invalid) == expected)
    }

    static let floats: [(Double, String)] = [
        (0, "0"), (-0.0, "-0"), (0.5, "0.5"), (3, "3"), (1e20, "100000000000000000000"), (1e21, "1e+21"),
        (1.2345e22, "1.2345e+22"), (1e-6, "0.000001"), (9.99e-7, "9.99e-7"), (1e-10, "1e-10"), (0.1, "0.1"),
        (123.456, "123.456"), (-2.5e-7, "-2.5e-7"), (9.223372036854776e18, "9223372036854776000"), (5e-324, "5e-324"),
    ]

    @Test(arguments: floats)
    func formatsFloatsLikeGo(_ value: Double, _ expected: String) {
        #expect(GoJSON.formatFloat(value) == expected)
    }

    @Test func keepsDocumentOrderWhenAsked() throws {
        let doc: JSONValue = .object([JSONMember("b", 1), JSONMember("a", .double(0.5))])
        let sorted = TemplateValue(decodedJSON: doc)
        let ordered = TemplateValue(decodedJSON: doc, JSONDecoding(keepObjectOrder: true))
        #expect(try GoTemplate("{{json .}}").execute(sorted) == #"{"a":0.5,"b":1}"#)
        #expect(try GoTemplate("{{json .}}").execute(ordered) == #"{"b":1,"a":0.5}"#)
    }

    @Test func refusesWhatGoRefuses() throws {
        let nan = TemplateValue.float64(.nan)
        #expect(try GoTemplate("{{json .}}").run(nan).error?.message
            == "template: :1:2: executing \"\" at <json .>: error calling json: json: unsupported value: NaN")
        #expect(try GoTemplate("{{json 1i}}").run(.invalid).error?.message
            == "template: :1:2: executing \"\" at <json 1i>: error calling json: json: unsupported type: complex128")
    }
}

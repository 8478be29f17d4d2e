import Testing
@testable import DockerAPI

@Suite struct GoJSONTests {
    struct Case: Sendable, CustomStringConvertible {
        var value: JSONValue
        var compact: String
        var description: String { compact }
    }

    static let cases: [Case] = [
        Case(value: .string("a<b>&c"), compact: #""a\u003cb\u003e\u0026c""#),
        Case(value: .string("tab\there\u{1}"), compact: #""tab\there\u0001""#),
        Case(value: .object([JSONMember("B", 1), JSONMember("A", .null)]), compact: #"{"B":1,"A":null}"#),
        Case(value: .array([]), compact: "[]"),
        Case(value: .object([]), compact: "{}"),
        Case(value: .double(0.5), compact: "0.5"),
        Case(value: .double(3), compact: "3"),
    ]

    @Test(arguments: cases)
    func encodesLikeGo(_ c: Case) {
        #expect(GoJSON.encode(c.value) == c.compact)
    }

    @Test func indentsWithFourSpaces() {
        let value: JSONValue = .object([JSONMember("Id", "x"), JSONMember("Args", .array([]) ), JSONMember("Env", ["A=1"])])
        #expect(GoJSON.encodeIndented(value) == "{\n    \"Id\": \"x\",\n    \"Args\": [],\n    \"Env\": [\n        \"A=1\"\n    ]\n}")
    }
}

import Testing
@testable import Archive

/// The small Go-compatible pieces the archive metadata relies on: JSON decoding errors and
/// encoding, RFC 3339 times as `time.Time` round-trips them, and tag normalization.
@Suite struct MetadataTests {
    struct JSONErrorCase: Sendable, CustomTestStringConvertible {
        let input: String
        let unmarshal: String
        let decoder: String
        var testDescription: String { input.isEmpty ? "(empty)" : input }
    }

    /// Go's `json.Unmarshal` and `json.NewDecoder(r).Decode` messages for the same inputs.
    @Test(arguments: [
        JSONErrorCase(input: "", unmarshal: "unexpected end of JSON input", decoder: "EOF"),
        JSONErrorCase(input: "  ", unmarshal: "unexpected end of JSON input", decoder: "EOF"),
        JSONErrorCase(input: "[{", unmarshal: "unexpected end of JSON input", decoder: "unexpected EOF"),
        JSONErrorCase(input: "xyz", unmarshal: "invalid character 'x' looking for beginning of value",
                      decoder: "invalid character 'x' looking for beginning of value"),
        JSONErrorCase(input: "{\"a\" 1}", unmarshal: "invalid character '1' after object key", decoder: "invalid character '1' after object key"),
        JSONErrorCase(input: "{\"a\":1 \"b\"}", unmarshal: "invalid character '\"' after object key:value pair",
                      decoder: "invalid character '\"' after object key:value pair"),
        JSONErrorCase(input: "[1 2]", unmarshal: "invalid character '2' after array element", decoder: "invalid character '2' after array element"),
        JSONErrorCase(input: "{1:2}", unmarshal: "invalid character '1' looking for beginning of object key string",
                      decoder: "invalid character '1' looking for beginning of object key string"),
        JSONErrorCase(input: "[tru]", unmarshal: "invalid character ']' in literal true (expecting 'e')",
                      decoder: "invalid character ']' in literal true (expecting 'e')"),
        JSONErrorCase(input: "[\"a\tb\"]", unmarshal: "invalid character '\\t' in string literal", decoder: "invalid character '\\t' in string literal"),
        JSONErrorCase(input: "[\"\\q\"]", unmarshal: "invalid character 'q' in string escape code", decoder: "invalid character 'q' in string escape code"),
        JSONErrorCase(input: "[-]", unmarshal: "invalid character ']' in numeric literal", decoder: "invalid character ']' in numeric literal"),
        JSONErrorCase(input: "[] x", unmarshal: "invalid character 'x' after top-level value", decoder: ""),
        JSONErrorCase(input: "[\u{00e9}]", unmarshal: "invalid character 'Ã' looking for beginning of value",
                      decoder: "invalid character 'Ã' looking for beginning of value"),
    ])
    func jsonErrorsAreGos(_ c: JSONErrorCase) {
        let bytes = Array(c.input.utf8)
        #expect(throws: ArchiveJSONError(description: c.unmarshal)) { try ArchiveJSONParser.unmarshal(bytes) }
        if c.decoder.isEmpty {
            #expect(throws: Never.self) { try ArchiveJSONParser.decodeFirst(bytes) }
        } else {
            #expect(throws: ArchiveJSONError(description: c.decoder)) { try ArchiveJSONParser.decodeFirst(bytes) }
        }
    }

    @Test func deepNestingIsRefusedNotFatal() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(throws: ArchiveJSONError(description: "exceeded max depth")) { try ArchiveJSONParser.unmarshal(deep) }
    }

    @Test func encodesAsGo() throws {
        let value = try ArchiveJSONParser.unmarshal(Array(#"{"b":"<a href=\"x\">&amp;</a>","a":[1.50,-0,true,null],"c":"\u2028\ud83d\ude00\u0001é"}"#.utf8))
        #expect(value.encoded == #"{"b":"\u003ca href=\"x\"\u003e\u0026amp;\u003c/a\u003e","a":[1.50,-0,true,null],"c":"\u2028😀\u0001é"}"#)
        #expect(value["B"] == .string("<a href=\"x\">&amp;</a>"))
        #expect(ArchiveJSON.sortedObject([("b", .null), ("a", .null), ("B", .null)]).encoded == #"{"B":null,"a":null,"b":null}"#)
    }

    struct TimeCase: Sendable, CustomTestStringConvertible {
        let text: String
        let unix: Int64?
        let formatted: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        TimeCase(text: "2026-11-29T04:45:23.175675419Z", unix: 1_795_927_523, formatted: "2026-11-29T04:45:23.175675419Z"),
        TimeCase(text: "2024-05-01T12:00:00.500Z", unix: 1_714_564_800, formatted: "2024-05-01T12:00:00.5Z"),
        TimeCase(text: "2024-06-01T10:30:00+02:00", unix: 1_717_230_600, formatted: "2024-06-01T10:30:00+02:00"),
        TimeCase(text: "2024-06-01T10:30:00-00:00", unix: 1_717_237_800, formatted: "2024-06-01T10:30:00Z"),
        TimeCase(text: "1970-01-01T00:00:00Z", unix: 0, formatted: "1970-01-01T00:00:00Z"),
        TimeCase(text: "1969-12-31T23:59:59.25Z", unix: -1, formatted: "1969-12-31T23:59:59.25Z"),
        TimeCase(text: "2024-02-29T00:00:00Z", unix: 1_709_164_800, formatted: "2024-02-29T00:00:00Z"),
        TimeCase(text: "2023-02-29T00:00:00Z", unix: nil, formatted: nil),
        TimeCase(text: "2024-05-01 12:00:00Z", unix: nil, formatted: nil),
        TimeCase(text: "2024-05-01T12:00:00", unix: nil, formatted: nil),
        TimeCase(text: "2024-05-01T12:00:00.Z", unix: nil, formatted: nil),
    ])
    func rfc3339AsGoTimeRoundTrips(_ c: TimeCase) {
        let time = RFC3339Time(parsing: c.text)
        #expect(time?.unixSeconds == c.unix)
        #expect(time?.formatted == c.formatted)
    }

    struct TagCase: Sendable, CustomTestStringConvertible {
        let reference: String
        let familiar: String?
        let full: String?
        var testDescription: String { reference }
    }

    @Test(arguments: [
        TagCase(reference: "redis", familiar: "redis:latest", full: "docker.io/library/redis:latest"),
        TagCase(reference: "redis:7", familiar: "redis:7", full: "docker.io/library/redis:7"),
        TagCase(reference: "docker.io/library/redis:7", familiar: "redis:7", full: "docker.io/library/redis:7"),
        TagCase(reference: "index.docker.io/tutor/app:v1", familiar: "tutor/app:v1", full: "docker.io/tutor/app:v1"),
        TagCase(reference: "library/redis:7", familiar: "redis:7", full: "docker.io/library/redis:7"),
        TagCase(reference: "localhost:5000/app", familiar: "localhost:5000/app:latest", full: "localhost:5000/app:latest"),
        TagCase(reference: "localhost/app:1", familiar: "localhost/app:1", full: "localhost/app:1"),
        TagCase(reference: "ghcr.io/a/b/c:d", familiar: "ghcr.io/a/b/c:d", full: "ghcr.io/a/b/c:d"),
        TagCase(reference: "redis@sha256:" + String(repeating: "a", count: 64), familiar: nil, full: nil),
    ])
    func tagsNormalizeAsDistributionReference(_ c: TagCase) {
        let tag = RepoTag(c.reference)
        #expect(tag?.familiar == c.familiar)
        #expect(tag?.full == c.full)
    }
}

import Testing
@testable import BuildKit

/// Inputs a fuzzer would try: nothing may crash, hang or recurse without bound.
@Suite struct HostileInputTests {
    static let inputs: [(String, String)] = [
        ("deep ONBUILD", "FROM a\n" + String(repeating: "ONBUILD ", count: 5000) + "RUN x\n"),
        ("deep JSON", "FROM a\nCMD " + String(repeating: "[", count: 20000) + String(repeating: "]", count: 20000) + "\n"),
        ("deep substitution", "FROM a\nENV A=" + String(repeating: "${A:-", count: 3000) + String(repeating: "}", count: 3000) + "\n"),
        ("unterminated heredoc", "FROM a\nRUN <<EOF\n" + String(repeating: "line\n", count: 1000)),
        ("many heredocs", "FROM a\nRUN " + (0..<200).map { "<<E\($0)" }.joined(separator: " ") + "\n"),
        ("huge line", "FROM a\nRUN " + String(repeating: "x", count: 100_000) + "\n"),
        ("many continuations", "FROM a\nRUN a" + String(repeating: " \\\n b", count: 5000) + "\n"),
        ("pathological pattern", "FROM a\nENV V=" + String(repeating: "a", count: 3000) + "\nENV W=${V##" + String(repeating: "*a", count: 200) + "b}\n"),
        ("only escapes", String(repeating: "\\\n", count: 1000)),
        ("NUL bytes", "FROM a\u{0}\nRUN \u{0}\n"),
        ("unclosed quotes in flags", "FROM a\nCOPY --from=\"x y z\n"),
        ("bracket soup", "FROM a\nCMD [\"a\", [\"b\", {\"c\": [1, 2, {\"d\": null}]}]]\n"),
    ]

    @Test func survives() {
        for (name, input) in Self.inputs {
            do {
                _ = try DockerfileFrontend.program(input)
            } catch {
                #expect(!error.message.isEmpty, "\(name)")
            }
            let report = DockerfileLint.lint(input)
            #expect(report.error == nil || !(report.error?.message.isEmpty ?? true), "\(name)")
        }
    }

    @Test func deepOnbuildStillReportsChaining() {
        #expect(throws: DockerfileError.self) {
            try DockerfileFrontend.program("FROM a\n" + String(repeating: "ONBUILD ", count: 5000) + "RUN x\n")
        }
    }

    @Test func unterminatedHeredocPointsAtTheInstruction() {
        do {
            _ = try DockerfileParser.parse("FROM a\nRUN <<EOF\nx\ny\n")
            Issue.record("no error")
        } catch {
            #expect(error.message == "unterminated heredoc")
            #expect(error.locations == [LineRange(start: 2, end: 4)])
        }
    }
}

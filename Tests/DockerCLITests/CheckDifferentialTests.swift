import Foundation
import Testing

@testable import DockerCLI

/// Every line of `Corpus/check-corpus.txt`, judged by `check` and run through the real docker
/// 28.2.2 client with a dead daemon socket (`CheckOracle`): the verdicts must agree.
///
/// A line docker hands to the daemon must be valid for `check`, with the same warnings on
/// stderr; a line docker refuses must be invalid for `check`, with docker's whole stderr and exit
/// code. Lines tagged `[tty]` run in a pseudo-terminal (and are judged as typed at a prompt),
/// the others with stdin and stdout away from any terminal. `[stdin:TEXT]` answers a prompt.
/// `[env: reason]` lines depend on state the corpus cannot fix (the registry, the network,
/// stored contexts or credentials): they are listed with their reason and not compared.
/// `[plugin]` lines need a CLI plugin the oracle does not have; they are compared as the oracle
/// sees them (`unknown command`), and `check` judges them with the plugin elsewhere.
@Suite struct CheckDifferentialTests {
    struct Line: CustomTestStringConvertible, Sendable {
        var text: String
        var terminal = false
        var input: String?
        var environmentReason: String?
        var plugin = false
        var testDescription: String { text }

        var words: [ShellWord] {
            (try? ShellLexer.words(text).dropFirst()).map(Array.init) ?? []
        }
    }

    static func corpus() -> [Line] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/check-corpus.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { raw -> Line? in
            var rest = Substring(raw.trimmingCharacters(in: .whitespaces))
            if rest.isEmpty || rest.hasPrefix("#") { return nil }
            var line = Line(text: "")
            while rest.hasPrefix("["), let end = rest.firstIndex(of: "]") {
                let tag = rest[rest.index(after: rest.startIndex)..<end]
                if tag == "tty" {
                    line.terminal = true
                } else if tag == "plugin" {
                    line.plugin = true
                } else if tag.hasPrefix("stdin:") {
                    line.input = String(tag.dropFirst("stdin:".count))
                } else if tag.hasPrefix("env: ") {
                    line.environmentReason = String(tag.dropFirst("env: ".count))
                }
                rest = rest[rest.index(after: end)...].drop(while: { $0 == " " })
            }
            line.text = String(rest)
            return line
        }
    }

    @Test func corpusIsLargeAndVaried() {
        let lines = Self.corpus()
        #expect(lines.count >= 400)
        #expect(lines.filter { $0.environmentReason != nil }.count < lines.count / 10)
        #expect(lines.filter(\.terminal).count >= 10)
        let commands = Set(lines.compactMap { $0.words.first?.text })
        #expect(commands.count >= 40, "commands covered: \(commands.sorted())")
    }

    @Test(
        .enabled(if: CheckOracle.available, "needs the docker 28.2.2 client at /usr/local/bin/docker and script(1)"),
        arguments: corpus().filter { $0.environmentReason == nil })
    func checkAgreesWithTheRealClient(_ line: Line) throws {
        let words = line.words
        let real = CheckOracle.outcome(try CheckOracle.run(words.map(\.text), terminal: line.terminal, input: line.input))
        let terminal: TerminalState = line.terminal ? .interactive : .detached
        let verdict = CommandChecker(environment: CheckOracle.environment).verdict(words, terminal: terminal)
        let ours = CheckOracle.Outcome(valid: verdict.status == .valid, stderr: verdict.stderr, exitCode: verdict.exitCode ?? -1)
        #expect(ours == real)
        if !real.valid, let error = verdict.error {
            #expect(real.stderr?.contains(error) == true, "first error line")
        }
    }

    /// Lines whose outcome depends on state outside the corpus still get a verdict (never unknown).
    @Test(arguments: corpus().filter { $0.environmentReason != nil })
    func environmentDependentLinesAreJudged(_ line: Line) {
        let verdict = CommandChecker(environment: CheckOracle.environment).verdict(line.words, terminal: .interactive)
        #expect(verdict.status != .unknown)
    }
}

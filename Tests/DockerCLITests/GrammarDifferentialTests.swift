import Foundation
import Testing

@testable import DockerCLI

/// Every line of `Corpus/parse-corpus.txt`, run through the real client and through our parser.
///
/// Where the real client fails at parse stage, our parser must fail with the same stdout,
/// stderr and exit code. Where it accepts the line (and then cannot reach the daemon), ours must
/// accept it too, printing the same warnings. Help and version must print the same text.
/// Lines marked `post-parse:` fail in later stages (value syntax, references) and are skipped.
@Suite struct GrammarDifferentialTests {
    struct Line: CustomTestStringConvertible, Sendable {
        var text: String
        var postParse: Bool
        var testDescription: String { text }
    }

    static func corpus() -> [Line] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Corpus/parse-corpus.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { return nil }
            if line.hasPrefix("post-parse: ") {
                return Line(text: String(line.dropFirst("post-parse: ".count)), postParse: true)
            }
            return Line(text: line, postParse: false)
        }
    }

    @Test func corpusIsLargeAndCoversEveryKindOfLine() {
        let lines = Self.corpus()
        #expect(lines.count >= 250)
        #expect(lines.filter(\.postParse).count < lines.count / 10)
    }

    @Test(
        .enabled(if: GrammarOracle.available, "needs the docker 28.x client at /usr/local/bin/docker (the oracle)"),
        arguments: corpus().filter { !$0.postParse })
    func parserAgreesWithTheRealClient(_ line: Line) throws {
        let words = Array(ShellWords.split(line.text).dropFirst())
        let real = try GrammarOracle.run(words)
        let environment = ClientEnvironment(plugins: [], configDirectory: GrammarOracle.configDirectory)
        let accepted = real.stderr.contains(GrammarOracle.connectError)
        do {
            let invocation = try DockerCommandLine.parse(words, environment: environment)
            let ourStdout = invocation.output.filter { $0.stream == .stdout }.map(\.text).joined()
            let ourStderr = invocation.output.filter { $0.stream == .stderr }.map(\.text).joined()
            switch invocation.action {
            case .run:
                #expect(accepted || real.exitCode == 0, "we accept what docker refuses: \(real.stderr)")
                #expect(real.stdout.hasPrefix(ourStdout))
                #expect(real.stderr.hasPrefix(ourStderr))
            case .showHelp(let stream):
                let help = HelpRenderer(environment: environment, width: 80).render(invocation)
                #expect(real.exitCode == 0)
                #expect(ourStdout + (stream == .stdout ? help : "") == real.stdout)
                #expect(ourStderr + (stream == .stderr ? help : "") == real.stderr)
            case .printVersion:
                #expect(real.exitCode == 0)
                #expect(real.stdout == ourStdout + "Docker version 28.2.2, build e6534b4\n")
            }
        } catch {
            #expect(!accepted, "docker accepts this line; we refuse it with: \(error.message)")
            #expect(error.exitCode == real.exitCode)
            #expect(error.stderr == real.stderr)
            #expect(error.stdout == real.stdout)
        }
    }
}

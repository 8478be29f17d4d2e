import Foundation
import Testing
@testable import BuildKit

/// Dockerfiles modelled on public projects' documentation: all must parse, convert and lint
/// without an error.
@Suite struct CorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".Dockerfile") }.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.files.count >= 25)
    }

    @Test(arguments: files)
    func buildsWithoutError(_ name: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        let parsed = try InstructionParser.parse(text)
        #expect(!parsed.stages.isEmpty)
        var options = BuildOptions()
        options.allStages = true
        let program = try DockerfileFrontend.program(text, options: options)
        #expect(program.stages.allSatisfy { $0.isDispatched })
        #expect(DockerfileLint.lint(text).error == nil)
    }

    @Test func heredocCorpusFile() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("heredoc-heavy.Dockerfile"), encoding: .utf8)
        let program = try DockerfileFrontend.program(text)
        let copies: [CopyStep] = program.target.steps.compactMap {
            if case .copy(let copy) = $0.action { return copy }
            return nil
        }
        #expect(copies.map(\.inlineFiles.first?.data) == [
            "<!doctype html>\n<title>Hello from docker</title>\n", "echo \"Welcome, $USER\"\n",
        ])
        let runs: [RunStep] = program.target.steps.compactMap {
            if case .run(let run) = $0.action { return run }
            return nil
        }
        #expect(runs.map(\.arguments.last) == [
            "<<EOT bash\n  set -ex\n  apt-get update\n  apt-get install -y --no-install-recommends curl ca-certificates\n  rm -rf /var/lib/apt/lists/*\nEOT",
            "/dev/pipes/EOF",
            "<<FILE1 cat > /file1 && <<FILE2 cat > /file2\nfirst file\nFILE1\nsecond file\nFILE2",
            "python3 <<EOF > /hello\nprint(\"Hello\")\nEOF",
        ])
    }

    @Test func windowsEscapeCorpusFile() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("windows-escape.Dockerfile"), encoding: .utf8)
        let syntax = try DockerfileParser.parse(text)
        #expect(syntax.escapeToken == "`")
        #expect(syntax.nodes[2].arguments == [
            "New-Item -ItemType Directory C:\\Example ;     Set-Content -Path C:\\Example\\readme.txt -Value 'hello'",
        ])
    }
}

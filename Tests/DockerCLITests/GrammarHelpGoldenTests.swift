import Foundation
import Testing

@testable import DockerCLI

/// The help of every command docker lists, rendered from our data, against the real client's output.
///
/// The golden files are `docker <path> --help` from the docker 28.2.2 client with stdin not a
/// terminal (so 80 columns) and no daemon, recorded by `Scripts/grammar/record_help.py`.
@Suite struct GrammarHelpGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/help")

    static func goldenNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// `help-width/<columns>/<path>.txt`: help recorded on a pseudo-terminal of that width.
    static func widthGoldens() -> [String] {
        let base = directory.deletingLastPathComponent().appendingPathComponent("help-width")
        let widths = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return widths.flatMap { width in
            ((try? FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent(width).path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.map { "\(width)/\($0.dropLast(4))" }
        }.sorted()
    }

    @Test(arguments: widthGoldens())
    func helpWrapsToTheTerminalWidth(_ name: String) throws {
        let url = Self.directory.deletingLastPathComponent().appendingPathComponent("help-width/\(name).txt")
        let expected = try String(contentsOf: url, encoding: .utf8)
        let parts = name.split(separator: "/")
        let width = try #require(Int(parts[0]))
        let path = parts[1] == "docker" ? [] : parts[1].split(separator: "_").map(String.init)
        let actual = try #require(HelpRenderer(environment: .oracle, width: width).render(path: path))
        #expect(actual == expected)
    }

    @Test func everyListedCommandHasAGoldenFile() {
        #expect(Self.goldenNames().count >= 180)
    }

    @Test(arguments: goldenNames())
    func helpMatchesTheRealClient(_ name: String) throws {
        let expected = try String(contentsOf: Self.directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let path = name == "docker" ? [] : name.split(separator: "_").map(String.init)
        let renderer = HelpRenderer(environment: .oracle, width: 80)
        let actual = try #require(renderer.render(path: path))
        if actual != expected {
            // Leave the rendering next to the temp dir for a diff against the golden file.
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("help-actual-\(name).txt")
            try? actual.write(to: out, atomically: true, encoding: .utf8)
        }
        #expect(actual == expected, "docker \(path.joined(separator: " ")) --help differs")
    }
}

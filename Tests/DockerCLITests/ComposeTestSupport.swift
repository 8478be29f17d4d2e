import Foundation
import Testing
@testable import DockerCLI

/// Shared helpers for the compose loader tests: fixture directories and one-call loads.
enum ComposeTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ComposeFixtures")

    /// Every file under `ComposeFixtures/<dir>`, keyed by its path below it.
    static func files(in dir: String) -> [String: String] {
        let root = fixtures.appendingPathComponent(dir)
        var out: [String: String] = [:]
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return out }
        for case let url as URL in e {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let rel = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            out[rel] = text
        }
        return out
    }

    static func corpusNames() -> [String] {
        let root = fixtures.appendingPathComponent("corpus")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    /// Loads `files` (paths relative to `/srv/app`) with `cwd` `/srv/app` unless told otherwise.
    static func load(_ files: [String: String], cwd: String = "/srv/app", env: [String: String] = [:],
                     configure: (inout ComposeProjectOptions) -> Void = { _ in }) -> (ComposeProject?, String?, [String]) {
        var tree: [String: String] = [:]
        for (k, v) in files { tree[k.hasPrefix("/") ? k : "/srv/app/" + k] = v }
        var options = ComposeProjectOptions(workingDirectory: cwd, environment: ["HOME": "/home/user"].merging(env) { $1 })
        configure(&options)
        var warnings: [ComposeWarning] = []
        do {
            let project = try ComposeLoader(fileSystem: InMemoryComposeFileSystem(tree)).load(options, warnings: &warnings)
            return (project, nil, warnings.map(\.message))
        } catch {
            return (nil, error.description, warnings.map(\.message))
        }
    }

    static func error(_ yaml: String, env: [String: String] = [:]) -> String? {
        load(["compose.yaml": yaml], env: env).1
    }
}

import Foundation

@testable import DockerCLI

/// The real docker 28 client on this machine, run without a daemon, as the reference for parsing.
///
/// `DOCKER_HOST=unix:///nonexistent` makes every line the client accepts end in a connection
/// error, so parse-stage failures and acceptances can be told apart. Its configuration goes to a
/// private temporary directory, so nothing it does touches the user's.
enum GrammarOracle {
    static let path = "/usr/local/bin/docker"
    static let connectError = "Cannot connect to the Docker daemon at unix:///nonexistent. Is the docker daemon running?"

    /// `true` when the real client is installed and is a 28.x release.
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        return (try? run(["--version"]).stdout.hasPrefix("Docker version 28.")) ?? false
    }()

    /// A configuration directory for the oracle's runs (and for our help's `--config` default).
    static let configDirectory: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docker-tutor-oracle-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }()

    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `docker` with `arguments`, stdin from /dev/null (so help is 80 columns wide).
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DOCKER_HOST"] = "unix:///nonexistent"
        env["DOCKER_CONFIG"] = configDirectory
        env.removeValue(forKey: "DOCKER_CONTEXT")
        env.removeValue(forKey: "DOCKER_BUILDKIT")
        env.removeValue(forKey: "DOCKER_HIDE_LEGACY_COMMANDS")
        process.environment = env
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("oracle-\(UUID().uuidString).out")
        let errURL = tmp.appendingPathComponent("oracle-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            exitCode: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}

/// Splits a command line into words as a POSIX shell would (quotes and backslashes; no expansion).
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in line {
            if escaped {
                current.append(ch)
                escaped = false
                continue
            }
            if let q = quote {
                if ch == q {
                    quote = nil
                } else if ch == "\\" && q == "\"" {
                    escaped = true
                } else {
                    current.append(ch)
                }
                continue
            }
            switch ch {
            case "\\":
                escaped = true
                inWord = true
            case "'", "\"":
                quote = ch
                inWord = true
            case " ", "\t":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            default:
                current.append(ch)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

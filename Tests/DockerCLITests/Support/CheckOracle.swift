import Foundation

@testable import DockerCLI

/// The real docker 28.2.2 client, run the way `CheckDifferentialTests` compares it with `check`:
/// a dead daemon socket, a private configuration, a fixture directory as the working directory,
/// and (for lines that need one) a pseudo-terminal for its standard input and output.
enum CheckOracle {
    static let path = "/usr/local/bin/docker"
    static let connectError = "Cannot connect to the Docker daemon at unix:///nonexistent. Is the docker daemon running?"

    /// `true` when the real client is installed, is 28.2.2, and `script` can give it a terminal.
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return false }
        return (try? run(["--version"], terminal: false, input: nil).stdout.hasPrefix("Docker version 28.2.2,")) ?? false
    }()

    /// The working directory of every run: a build context, env files, an empty directory.
    static let fixtures: String = {
        let base = NSTemporaryDirectory() + "docker-tutor-check-oracle-\(getpid())"
        let fm = FileManager.default
        try? fm.createDirectory(atPath: base + "/ctx", withIntermediateDirectories: true)
        try? fm.createDirectory(atPath: base + "/empty", withIntermediateDirectories: true)
        try? fm.createDirectory(atPath: base + "/config", withIntermediateDirectories: true)
        _ = fm.createFile(atPath: base + "/ctx/Dockerfile", contents: Data("FROM busybox\n".utf8))
        _ = fm.createFile(atPath: base + "/app.env", contents: Data("A=1\n# comment\nB=two\n".utf8))
        _ = fm.createFile(atPath: base + "/bad.env", contents: Data("A B=1\n".utf8))
        _ = fm.createFile(atPath: base + "/labels.txt", contents: Data("com.example=1\n".utf8))
        _ = fm.createFile(atPath: base + "/seccomp.json", contents: Data("{\"defaultAction\": \"SCMP_ACT_ALLOW\"}\n".utf8))
        _ = fm.createFile(atPath: base + "/notjson.json", contents: Data("{\"defaultAction\": \n".utf8))
        _ = fm.createFile(atPath: base + "/image.tar", contents: Data())
        _ = fm.createFile(atPath: base + "/Dockerfile.dev", contents: Data("FROM busybox\n".utf8))
        return base
    }()

    /// The same directory as `check` sees it.
    static let files = FileAccess(
        workingDirectory: fixtures,
        kind: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
            return isDirectory.boolValue ? .directory : .file
        },
        read: { path in FileManager.default.contents(atPath: path).map { Array($0) } })

    /// What `check` must assume to judge like the oracle: no plugins, no daemon to ask for its OS,
    /// the fixture directory, an empty host environment.
    static let environment = CheckEnvironment(
        client: ClientEnvironment(plugins: [], configDirectory: fixtures + "/config"),
        serverOS: "", files: files)

    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `docker arguments...`; with `terminal`, inside `script` so that stdin and stdout are a
    /// pseudo-terminal (stderr still goes to its own file); `input` is written to stdin otherwise.
    static func run(_ arguments: [String], terminal: Bool, input: String?) throws -> Result {
        let errFile = fixtures + "/.err-\(UUID().uuidString)"
        let outFile = fixtures + "/.out-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: errFile)
            try? FileManager.default.removeItem(atPath: outFile)
        }
        let process = Process()
        if terminal {
            let command = ([path] + arguments).map(shellQuoted).joined(separator: " ") + " 2>" + shellQuoted(errFile)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: fixtures)
        process.environment = [
            "PATH": "/usr/bin:/bin", "HOME": fixtures, "DOCKER_HOST": "unix:///nonexistent",
            "DOCKER_CONFIG": fixtures + "/config", "TERM": "dumb", "TZ": "UTC",
        ]
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        process.standardOutput = out
        if !terminal {
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        }
        let stdin = Pipe()
        process.standardInput = input == nil && !terminal ? FileHandle.nullDevice : stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data((input + "\n").utf8)) }
        if input != nil || terminal { try? stdin.fileHandleForWriting.close() }
        process.waitUntilExit()
        try out.close()
        let stdout = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        return Result(exitCode: process.terminationStatus,
                      stdout: stdout.replacingOccurrences(of: "\r\n", with: "\n"), stderr: stderr)
    }

    static func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// How the real client ended, in the terms of `check`'s verdict.
    struct Outcome: Equatable, CustomStringConvertible {
        /// `true` when the client handed the command to the daemon (or finished without error).
        var valid: Bool
        /// stderr up to the connection error (valid), or the whole stderr (invalid); `nil` when a
        /// client-only command ran to completion (its own output is not a verdict).
        var stderr: String?
        var exitCode: Int32

        var description: String { "\(valid ? "valid" : "invalid") exit \(exitCode): \(stderr ?? "(not compared)")" }

        static func == (a: Outcome, b: Outcome) -> Bool {
            a.valid == b.valid && a.exitCode == b.exitCode && (a.stderr == nil || b.stderr == nil || a.stderr == b.stderr)
        }
    }

    /// Reads a run: the first connection error (bare, with `docker run`'s `docker: ...` framing,
    /// or wrapped such as `web: Cannot connect...`) marks the command's first API call, so the
    /// command was valid; what follows is the daemon's business. Lines logrus prints after the
    /// dead socket closed a pipe (`time="..." level=error msg="Can't add file..."`) are the
    /// oracle's artefacts and are dropped.
    static func outcome(_ result: Result) -> Outcome {
        var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines.removeAll { $0.hasPrefix("time=\"") && $0.contains(" level=") }
        if let index = lines.firstIndex(where: { $0.contains(connectError) }) {
            return Outcome(valid: true, stderr: lines[..<index].map { $0 + "\n" }.joined(), exitCode: 0)
        }
        if result.exitCode == 0 {
            return Outcome(valid: true, stderr: nil, exitCode: 0)
        }
        return Outcome(valid: false, stderr: lines.map { $0 + "\n" }.joined(), exitCode: result.exitCode)
    }
}

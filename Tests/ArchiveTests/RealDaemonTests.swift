import Foundation
import Testing
@testable import Archive

/// Interoperability with a real daemon: it loads archives our writer produced (and runs the
/// image), and our reader loads what its `docker save` writes. Needs
/// `DOCKER_TUTOR_REAL_DAEMON=1` and the daemon of `Scripts/real-docker/start-daemon.sh`.
@Suite(.serialized, .enabled(if: RealDaemon.unavailableReason == nil, Comment(rawValue: RealDaemon.unavailableReason ?? "")))
struct RealDaemonTests {
    /// busybox's layer from the fixture and a layer of ours with `/greeting`.
    static func greetingImage(tag: String) throws -> ImageArchive.Image {
        let fixture = ImageArchiveReader.load(try Fixture.bytes("multi-image-20.10.tar"))
        let busybox = try #require(fixture.images.first { $0.repoTags == ["busybox:latest"] })
        let greeting = ImageArchive.Layer(tar: try TarWriter.archive([
            TarMember(entry: TarEntry(kind: .regular, name: "greeting", size: 24, mode: 0o644, modificationTime: TarTime(seconds: 1_714_564_800), format: .pax),
                      contents: Array("hello from docker-tutor\n".utf8)),
        ]))
        let layers = busybox.layers + [greeting]
        let config = Fixture.config(layers: layers, created: "2024-05-01T12:00:00Z", cmd: ["cat", "/greeting"])
        return ImageArchive.Image(config: config, repoTags: [tag], layers: layers)
    }

    @Test func dockerLoadsAndRunsOurArchive() throws {
        let tag = "docker-tutor-archive-test:\(ProcessInfo.processInfo.processIdentifier)"
        let image = try Self.greetingImage(tag: tag)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("archive-test-\(UUID().uuidString).tar").path
        try Data(try ImageArchiveWriter.write(ImageArchive(images: [image]))).write(to: URL(fileURLWithPath: path))
        defer {
            try? FileManager.default.removeItem(atPath: path)
            _ = try? RealDaemon.docker(["rmi", "-f", tag])
        }
        let load = try RealDaemon.docker(["load", "-i", path])
        #expect(load.status == 0)
        #expect(load.stdout == "Loaded image: \(tag)\n")
        let inspect = try RealDaemon.docker(["inspect", "--format", "{{.Id}}", tag])
        #expect(inspect.stdout == image.id.description + "\n")
        let run = try RealDaemon.docker(["run", "--rm", tag])
        #expect(run.stdout == "hello from docker-tutor\n")
    }

    @Test func weLoadWhatDockerSaves() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("archive-test-\(UUID().uuidString).tar").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let save = try RealDaemon.docker(["save", "-o", path, "busybox:latest", "hello-world:latest"])
        try #require(save.status == 0, "docker save failed: \(save.stderr)")
        let result = ImageArchiveReader.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(result.error == nil)
        for tag in ["busybox:latest", "hello-world:latest"] {
            let id = try RealDaemon.docker(["inspect", "--format", "{{.Id}}", tag]).stdout
            #expect(result.images.first { $0.repoTags.contains(tag) }?.id.description == id.trimmingCharacters(in: .newlines), "\(tag)")
        }
    }
}

/// The daemon the interoperability tests may use, when asked for.
enum RealDaemon {
    static var host: String {
        ProcessInfo.processInfo.environment["DOCKER_TUTOR_REAL_DOCKER_HOST"] ?? "unix:///run/docker-tutor/docker.sock"
    }

    static let client = FileManager.default.isExecutableFile(atPath: "/usr/local/bin/docker") ? "/usr/local/bin/docker" : "docker"

    /// nil when the tests can run, else why they are skipped.
    static let unavailableReason: String? = {
        guard ProcessInfo.processInfo.environment["DOCKER_TUTOR_REAL_DAEMON"] == "1" else {
            return "real-daemon archive tests skipped: DOCKER_TUTOR_REAL_DAEMON is not 1 "
                + "(run Scripts/real-docker/start-daemon.sh and build-images.sh, then set it)"
        }
        guard let info = try? docker(["info", "--format", "{{.ServerVersion}}"]), info.status == 0 else {
            return "real-daemon archive tests skipped: no daemon answers at \(host)"
        }
        return nil
    }()

    /// Runs the docker client against the test daemon.
    static func docker(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: client.hasPrefix("/") ? client : "/usr/bin/env")
        process.arguments = client.hasPrefix("/") ? arguments : [client] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKER_HOST"] = host
        environment["DOCKER_CONTEXT"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain stderr on another thread so neither pipe can fill and stall the client.
        let stderrBox = ErrorOutput()
        let drain = Thread { stderrBox.data = err.fileHandleForReading.readDataToEndOfFile(); stderrBox.done.signal() }
        drain.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrBox.done.wait()
        let stderr = stderrBox.data
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

/// stderr collected by the draining thread.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

import Foundation
@testable import RealDocker

/// A directory of throwaway executables standing in for docker, removed when the value is dropped.
final class FakeBinaries {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("realdocker-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Writes an executable shell script and returns its path.
    @discardableResult
    func script(_ name: String, _ body: String, executable: Bool = true) throws -> String {
        let path = "\(directory)/\(name)"
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
        return path
    }
}

/// The real daemon the integration tests may use, when CI (or a developer) asked for one.
///
/// Tests never touch a daemon by accident: they need `DOCKER_TUTOR_REAL_DAEMON=1` (set by
/// `.ci/run` once `Scripts/real-docker/start-daemon.sh` succeeded) and a daemon answering
/// `docker info` at `DOCKER_TUTOR_REAL_DOCKER_HOST`.
enum RealDaemon {
    static let defaultHost = "unix:///run/docker-tutor/docker.sock"

    static var host: String {
        ProcessEnvironment.current["DOCKER_TUTOR_REAL_DOCKER_HOST"] ?? defaultHost
    }

    /// A client of the docker 28 client bound to the test daemon, whatever the caller's DOCKER_HOST or context.
    static func client() throws -> RealDockerClient {
        var environment = ProcessEnvironment.current
        environment["DOCKER_HOST"] = host
        environment["DOCKER_CONTEXT"] = nil
        let path = FileManager.default.isExecutableFile(atPath: "/usr/local/bin/docker") ? "/usr/local/bin/docker" : nil
        var client = try RealDockerClient.locate(explicitPath: path, environment: environment)
        client.defaultTimeout = .seconds(60)
        return client
    }

    /// `nil` when the daemon tests can run, else why they are skipped.
    static let unavailableReason: String? = {
        guard ProcessEnvironment.current["DOCKER_TUTOR_REAL_DAEMON"] == "1" else {
            return "real-daemon tests skipped: DOCKER_TUTOR_REAL_DAEMON is not 1 "
                + "(run Scripts/real-docker/start-daemon.sh and build-images.sh, then set it)"
        }
        do {
            let info = try client().run(["info", "--format", "{{.ServerVersion}}"], timeout: .seconds(20))
            if info.exitCode == 0 { return nil }
            return "real-daemon tests skipped: docker info at \(host) failed: \(info.stderr.trimmingWhitespace)"
        } catch {
            return "real-daemon tests skipped: \(error)"
        }
    }()

    static var isAvailable: Bool { unavailableReason == nil }
}

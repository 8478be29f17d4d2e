import DockerAPI
import Foundation
import Testing
@testable import DockerEngine

/// The whole inspect JSON of one container and one image against golden files.
///
/// The goldens follow moby v28.2.2's types field by field (api/types/container/container.go
/// `InspectResponse` and `ContainerJSONBase`, `State`, `MountPoint`, network_settings.go,
/// hostconfig.go; api/types/image/image_inspect.go `InspectResponse` at API 1.50, where `Config`
/// is the OCI image config and `Container`/`ContainerConfig`/`VirtualSize` are gone) and the values
/// the daemon fills in (daemon/inspect.go, inspect_linux.go, create_unix.go masked paths, the
/// overlay2 `GetMetadata` keys). Re-record on purpose only: `DOCKER_TUTOR_RECORD=1`.
@Suite struct InspectGoldenTests {
    static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }

    static func check(_ text: String, against name: String) throws {
        let url = golden(name)
        if ProcessInfo.processInfo.environment["DOCKER_TUTOR_RECORD"] == "1" {
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text + "\n" == expected)
    }

    @Test func runningNginxContainer() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["nginx"])
        let id = try d.run("nginx", name: "web") { r in
            r.config.env = ["FOO=bar"]
            r.config.labels = ["app": "site"]
            r.hostConfig.portBindings["80/tcp"] = [PortBinding(hostPort: "8080")]
            r.hostConfig.binds = ["site:/usr/share/nginx/html:ro"]
            r.hostConfig.restartPolicy = RestartPolicy(name: .unlessStopped)
            r.hostConfig.consoleSize = [24, 80]
        }
        clock.advance(seconds: 5)
        let text = GoJSON.encodeIndented(.array([try d.containerInspect(id, size: false).json]))
        try Self.check(text, against: "container-inspect.json")
    }

    @Test func redisImage() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let text = GoJSON.encodeIndented(.array([try d.imageInspect("redis").json]))
        try Self.check(text, against: "image-inspect.json")
    }
}

import Testing
@testable import DockerCLI

/// The names and labels compose v2 gives to what it creates (`pkg/compose`, `pkg/api/labels.go`).
@Suite struct ComposeNamingTests {
    struct NormalizeCase: CustomStringConvertible, Sendable {
        var input: String
        var expected: String
        var description: String { input }
    }

    static let normalize: [NormalizeCase] = [
        NormalizeCase(input: "myapp", expected: "myapp"),
        NormalizeCase(input: "My App", expected: "myapp"),
        NormalizeCase(input: "my.app_v2-x", expected: "myapp_v2-x"),
        NormalizeCase(input: "--_lead", expected: "lead"),
        NormalizeCase(input: "Ünïcode", expected: "ncode"),
        NormalizeCase(input: "___", expected: ""),
        NormalizeCase(input: "9lives", expected: "9lives"),
    ]

    @Test(arguments: normalize) func normalizesProjectNames(_ c: NormalizeCase) {
        #expect(ComposeNaming.normalizeProjectName(c.input) == c.expected)
    }

    static let yaml = """
    services:
      web:
        build: .
        depends_on:
          db:
            condition: service_healthy
            restart: true
        labels:
          tier: front
      db:
        image: postgres:16
        container_name: pg
        volumes: [data:/var/lib/postgresql/data]
    volumes:
      data: {}
      named:
        name: explicit
    networks:
      back: {}
    """

    @Test func namesAndLabels() throws {
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": Self.yaml]) { $0.allResources = true; $0.envFiles = [] }
        let p = try #require(project, "\(error ?? "")")
        let web = try #require(p.services["web"])
        let db = try #require(p.services["db"])
        #expect(ComposeNaming.containerName(project: p.name, service: web, number: 1) == "app-web-1")
        #expect(ComposeNaming.containerName(project: p.name, service: web, number: 3) == "app-web-3")
        #expect(ComposeNaming.containerName(project: p.name, service: db, number: 1) == "pg")
        #expect(ComposeNaming.imageName(project: p.name, service: web) == "app-web")
        #expect(ComposeNaming.imageName(project: p.name, service: db) == "postgres:16")
        #expect(p.networkName("default") == "app_default")
        #expect(p.networkName("back") == "app_back")
        #expect(p.volumeName("data") == "app_data")
        #expect(p.volumeName("named") == "explicit")
        #expect(web.customLabels == [
            "com.docker.compose.project": "app",
            "com.docker.compose.service": "web",
            "com.docker.compose.version": "2.36.2",
            "com.docker.compose.project.working_dir": "/srv/app",
            "com.docker.compose.project.config_files": "/srv/app/compose.yaml",
            "com.docker.compose.oneoff": "False",
        ])
        let labels = ComposeNaming.containerLabels(project: p, service: web, number: 2)
        #expect(labels["com.docker.compose.container-number"] == "2")
        #expect(labels["com.docker.compose.depends_on"] == "db:service_healthy:true")
        #expect(labels["tier"] == "front")
        #expect(labels["com.docker.compose.config-hash"] == ComposeConfigHash.serviceHash(web))
        #expect(ComposeNaming.containerLabels(project: p, service: web, number: 0, oneoff: true)["com.docker.compose.oneoff"] == "True")
        #expect(ComposeNaming.networkLabels(project: "app", key: "default") == [
            "com.docker.compose.project": "app", "com.docker.compose.network": "default", "com.docker.compose.version": "2.36.2",
        ])
        #expect(ComposeNaming.volumeLabels(project: "app", key: "data")["com.docker.compose.volume"] == "data")
    }

    @Test func envFileLabel() throws {
        let files = ["compose.yaml": "services:\n  a:\n    image: x\n", "prod.env": "A=1\n"]
        let p = try #require(ComposeTestSupport.load(files) { $0.envFiles = ["prod.env"] }.0)
        #expect(p.services["a"]?.customLabels["com.docker.compose.project.environment_file"] == "prod.env")
    }

    /// The hash ignores what compose ignores (scale, build, depends_on, profiles, pull_policy) and sees the rest.
    @Test func configHashStability() throws {
        func hash(_ yaml: String) throws -> String {
            let p = try #require(ComposeTestSupport.load(["compose.yaml": yaml]).0)
            return ComposeConfigHash.serviceHash(try #require(p.services["a"]))
        }
        let base = try hash("services:\n  a:\n    image: x\n")
        #expect(base.count == 64)
        #expect(try hash("services:\n  a:\n    image: x\n    scale: 3\n    pull_policy: always\n") == base)
        #expect(try hash("services:\n  a:\n    image: x\n    tty: true\n") != base)
        #expect(try hash("services:\n  a:\n    image: y\n") != base)
    }

    struct DigestCase: CustomStringConvertible, Sendable {
        var input: String
        var hex: String
        var description: String { input }
    }

    static let digests: [DigestCase] = [
        DigestCase(input: "", hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        DigestCase(input: "abc", hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        DigestCase(input: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                   hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    @Test(arguments: digests) func sha256(_ c: DigestCase) {
        #expect(SHA256.hex(Array(c.input.utf8)) == c.hex)
    }

    @Test func goDurations() {
        let cases: [(String, String)] = [("90s", "1m30s"), ("1h", "1h0m0s"), ("500ms", "500ms"), ("1.5s", "1.5s"),
                                         ("0", "0s"), ("2d", "48h0m0s"), ("1m30s", "1m30s"), ("10us", "10µs")]
        for (input, output) in cases {
            #expect(ComposeDuration.parse(input).map(ComposeDuration.format) == output)
        }
        #expect(ComposeDuration.parse("abc") == nil)
        #expect(GoUnits.ramInBytes("512m") == 536_870_912)
        #expect(GoUnits.ramInBytes("1.5g") == 1_610_612_736)
        #expect(GoUnits.ramInBytes("2048") == 2048)
        #expect(GoUnits.ramInBytes("lots") == nil)
    }
}

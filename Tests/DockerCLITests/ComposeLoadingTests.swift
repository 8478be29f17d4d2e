import Testing
@testable import DockerCLI

/// Discovery, naming, override merging, profiles, extends/include and the `config` listings.
@Suite struct ComposeLoadingTests {
    static let minimal = "services:\n  web:\n    image: nginx\n"

    struct DiscoveryCase: CustomStringConvertible, Sendable {
        var files: [String: String]
        var cwd: String
        var composeFiles: [String]
        var name: String
        var warnings: [String] = []
        var description: String { composeFiles.joined(separator: ",") }
    }

    static let discovery: [DiscoveryCase] = [
        DiscoveryCase(files: ["/srv/app/compose.yaml": minimal], cwd: "/srv/app", composeFiles: ["/srv/app/compose.yaml"], name: "app"),
        DiscoveryCase(files: ["/srv/app/docker-compose.yml": minimal], cwd: "/srv/app", composeFiles: ["/srv/app/docker-compose.yml"], name: "app"),
        DiscoveryCase(files: ["/srv/app/docker-compose.yaml": minimal], cwd: "/srv/app", composeFiles: ["/srv/app/docker-compose.yaml"], name: "app"),
        DiscoveryCase(files: ["/srv/My App.v2/compose.yml": minimal], cwd: "/srv/My App.v2", composeFiles: ["/srv/My App.v2/compose.yml"], name: "myappv2"),
        DiscoveryCase(files: ["/srv/app/compose.yaml": minimal], cwd: "/srv/app/src/deep", composeFiles: ["/srv/app/compose.yaml"], name: "app"),
        DiscoveryCase(files: ["/srv/app/compose.yaml": minimal, "/srv/app/docker-compose.yml": minimal], cwd: "/srv/app",
                      composeFiles: ["/srv/app/compose.yaml"], name: "app",
                      warnings: ["Found multiple config files with supported names: /srv/app/compose.yaml, /srv/app/docker-compose.yml",
                                 "Using /srv/app/compose.yaml"]),
        DiscoveryCase(files: ["/srv/app/docker-compose.yml": minimal, "/srv/app/docker-compose.override.yml": "services:\n  web:\n    tty: true\n"],
                      cwd: "/srv/app", composeFiles: ["/srv/app/docker-compose.yml", "/srv/app/docker-compose.override.yml"], name: "app"),
        DiscoveryCase(files: ["/srv/__app/compose.yaml": minimal], cwd: "/srv/__app", composeFiles: ["/srv/__app/compose.yaml"], name: "app"),
        DiscoveryCase(files: ["/srv/app/compose.yaml": "name: Custom_Name\n" + minimal], cwd: "/srv/app", composeFiles: ["/srv/app/compose.yaml"], name: "custom_name"),
    ]

    @Test(arguments: discovery) func discovers(_ c: DiscoveryCase) throws {
        let (project, error, warnings) = ComposeTestSupport.load(c.files, cwd: c.cwd)
        let p = try #require(project, "\(error ?? "")")
        #expect(p.composeFiles == c.composeFiles)
        #expect(p.name == c.name)
        #expect(warnings == c.warnings)
    }

    struct NameCase: CustomStringConvertible, Sendable {
        var projectName: String?
        var env: [String: String]
        var yamlName: String?
        var expected: String
        var description: String { expected }
    }

    static let names: [NameCase] = [
        NameCase(projectName: "cli", env: ["COMPOSE_PROJECT_NAME": "env"], yamlName: "yaml", expected: "cli"),
        NameCase(projectName: nil, env: ["COMPOSE_PROJECT_NAME": "env"], yamlName: "yaml", expected: "env"),
        NameCase(projectName: nil, env: [:], yamlName: "yaml", expected: "yaml"),
        NameCase(projectName: nil, env: ["N": "Interp"], yamlName: "${N}-x", expected: "interp-x"),
        NameCase(projectName: nil, env: [:], yamlName: nil, expected: "app"),
        NameCase(projectName: "Bad Name", env: [:], yamlName: nil,
                 expected: "invalid project name \"Bad Name\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number"),
        NameCase(projectName: nil, env: ["COMPOSE_PROJECT_NAME": "UPPER"], yamlName: nil,
                 expected: "invalid project name \"UPPER\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number"),
        NameCase(projectName: "_x", env: [:], yamlName: nil,
                 expected: "invalid project name \"_x\": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number"),
    ]

    @Test(arguments: names) func projectName(_ c: NameCase) {
        let yaml = (c.yamlName.map { "name: \"\($0)\"\n" } ?? "") + Self.minimal
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": yaml], env: c.env) { $0.projectName = c.projectName }
        #expect((project?.name ?? error) == c.expected)
    }

    @Test func emptyNormalizedNameFails() {
        let (_, error, _) = ComposeTestSupport.load(["/srv/---/compose.yaml": Self.minimal], cwd: "/srv/---")
        #expect(error == "project name must not be empty")
    }

    @Test func fileFlagsStdinAndProjectDirectory() throws {
        let files = ["/srv/app/base.yml": Self.minimal, "/srv/app/prod.yml": "services:\n  web:\n    image: nginx:prod\n"]
        let (p1, _, _) = ComposeTestSupport.load(files) { $0.configPaths = ["base.yml", "prod.yml"] }
        #expect(p1?.services["web"]?.image == "nginx:prod")
        #expect(p1?.composeFiles == ["/srv/app/base.yml", "/srv/app/prod.yml"])
        let (p2, _, _) = ComposeTestSupport.load([:], cwd: "/srv/app") {
            $0.configPaths = ["-"]
            $0.stdin = "services:\n  cat:\n    image: busybox\n"
        }
        #expect(p2?.serviceNames == ["cat"])
        #expect(p2?.composeFiles == ["-"])
        let (p3, _, _) = ComposeTestSupport.load(["/srv/other/compose.yaml": "services:\n  w:\n    build: ./ctx\n"]) {
            $0.projectDirectory = "/srv/other"
        }
        #expect(p3?.name == "other")
        #expect(p3?.services["w"]?.build?.context == "/srv/other/ctx")
        let (p4, _, _) = ComposeTestSupport.load(files, env: ["COMPOSE_FILE": "base.yml:prod.yml"])
        #expect(p4?.composeFiles == ["/srv/app/base.yml", "/srv/app/prod.yml"])
    }

    @Test func overrideMerging() throws {
        let base = """
        services:
          web:
            image: nginx
            command: ["a", "b"]
            environment:
              A: "1"
              B: "2"
            labels: [x=1]
            ports: ["80:80", "443:443"]
            volumes: ["/data:/data", "cache:/cache"]
            dns: 1.1.1.1
            depends_on: [db]
          db:
            image: postgres
        volumes:
          cache: {}
        """
        let over = """
        services:
          web:
            image: nginx:1.27
            command: c
            environment:
              - B=20
              - C=30
            labels:
              y: "2"
            ports: ["8080:80", "443:443"]
            volumes: ["/other:/data"]
            dns: [8.8.8.8]
            depends_on:
              db:
                condition: service_healthy
        """
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": base, "compose.override.yaml": over])
        let web = try #require(project?.services["web"], "\(error ?? "")")
        #expect(web.image == "nginx:1.27")
        #expect(web.command == ["c"])
        #expect(web.environment == ["A": "1", "B": "20", "C": "30"])
        #expect(web.labels == ["x": "1", "y": "2"])
        #expect(web.ports.map { "\($0.published ?? ""):\($0.target)" } == ["80:80", "443:443", "8080:80"])
        #expect(web.volumes.map { "\($0.source ?? ""):\($0.target)" } == ["/other:/data", "cache:/cache"])
        #expect(web.dns == ["1.1.1.1", "8.8.8.8"])
        #expect(web.dependsOn["db"] == ServiceDependency(condition: "service_healthy", restart: false, required: true))
    }

    @Test func resetAndOverrideTags() throws {
        let base = "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n    environment: {A: \"1\", B: \"2\"}\n"
        let over = "services:\n  web:\n    ports: !reset []\n    environment: !override\n      C: \"3\"\n"
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": base, "compose.override.yaml": over])
        let web = try #require(project?.services["web"], "\(error ?? "")")
        #expect(web.ports.isEmpty)
        #expect(web.environment == ["C": "3"])
    }

    @Test func profiles() throws {
        let yaml = "services:\n  a:\n    image: x\n  b:\n    image: x\n    profiles: [debug]\n  c:\n    image: x\n    profiles: [tools, debug]\n"
        #expect(ComposeTestSupport.load(["compose.yaml": yaml]).0?.serviceNames == ["a"])
        #expect(ComposeTestSupport.load(["compose.yaml": yaml]) { $0.profiles = ["debug"] }.0?.serviceNames == ["a", "b", "c"])
        #expect(ComposeTestSupport.load(["compose.yaml": yaml], env: ["COMPOSE_PROFILES": "tools"]).0?.serviceNames == ["a", "c"])
        #expect(ComposeTestSupport.load(["compose.yaml": yaml]) { $0.services = ["b"] }.0?.serviceNames == ["b"])
        let p = try #require(ComposeTestSupport.load(["compose.yaml": yaml]).0)
        #expect(ComposeConfigListing.profiles(p) == "debug\ntools\n")
        #expect(ComposeTestSupport.load(["compose.yaml": yaml]) { $0.services = ["zz"] }.1 == "no such service: zz")
    }

    @Test func selectionKeepsDependencies() throws {
        let yaml = "services:\n  web:\n    image: x\n    depends_on: [api]\n  api:\n    image: x\n    depends_on: [db]\n  db:\n    image: x\n  other:\n    image: x\n"
        let p = try #require(ComposeTestSupport.load(["compose.yaml": yaml]) { $0.services = ["api"] }.0)
        #expect(p.serviceNames == ["api", "db"])
        let all = try #require(ComposeTestSupport.load(["compose.yaml": yaml]).0)
        #expect(ComposeConfigListing.services(all) == "db\napi\nother\nweb\n")
        #expect(ComposeConfigListing.images(all) == "x\nx\nx\nx\n")
    }

    @Test func configListings() throws {
        let yaml = "services:\n  web:\n    build: .\n    volumes: [data:/d]\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n  unused: {}\n"
        let p = try #require(ComposeTestSupport.load(["compose.yaml": yaml]).0)
        #expect(ComposeConfigListing.volumes(p) == "data\n")
        #expect(ComposeConfigListing.images(p) == "postgres:16\napp-web\n")
        let all = try #require(ComposeTestSupport.load(["compose.yaml": yaml]) { $0.allResources = true }.0)
        #expect(ComposeConfigListing.volumes(all) == "data\nunused\n")
        #expect(throws: ComposeError.message("no such service: nope: not found")) { try ComposeConfigListing.hashes(p, selection: "nope") }
        #expect(try ComposeConfigListing.hashes(p, selection: "*").split(separator: "\n").map { $0.split(separator: " ")[0] } == ["db", "web"])
    }

    @Test func extendsFromAnotherDirectory() throws {
        let files = [
            "compose.yaml": "services:\n  web:\n    extends:\n      file: base/common.yml\n      service: app\n    image: web\n",
            "base/common.yml": "services:\n  app:\n    build: ./src\n    env_file: app.env\n    environment: [X=1]\n",
            "base/app.env": "FROM_FILE=yes\n",
        ]
        let (project, error, _) = ComposeTestSupport.load(files)
        let web = try #require(project?.services["web"], "\(error ?? "")")
        #expect(web.build?.context == "/srv/app/base/src")
        #expect(web.environment == ["X": "1", "FROM_FILE": "yes"])
        #expect(web.image == "web")
    }

    @Test func includeImportsAndConflicts() throws {
        let files = [
            "compose.yaml": "include:\n  - sub/compose.yaml\nservices:\n  app:\n    image: app\n",
            "sub/compose.yaml": "services:\n  cache:\n    image: redis:${V}\n    volumes: [./conf:/conf]\n",
            "sub/.env": "V=7\n",
        ]
        let (project, error, _) = ComposeTestSupport.load(files)
        let p = try #require(project, "\(error ?? "")")
        #expect(p.serviceNames == ["app", "cache"])
        #expect(p.services["cache"]?.image == "redis:7")
        #expect(p.services["cache"]?.volumes.first?.source == "/srv/app/sub/conf")
        var conflicting = files
        conflicting["compose.yaml"] = "include:\n  - sub/compose.yaml\nservices:\n  cache:\n    image: other\n"
        #expect(ComposeTestSupport.load(conflicting).1 == "services.cache conflicts with imported resource")
        let cycle = ["compose.yaml": "include: [b.yaml]\nservices: {}\n", "b.yaml": "include: [compose.yaml]\nservices: {}\n"]
        #expect(ComposeTestSupport.load(cycle).1 == "include cycle detected:\n/srv/app/compose.yaml\n include /srv/app/b.yaml\n include /srv/app/compose.yaml")
    }

    @Test func envFileResolution() throws {
        let files = [
            "compose.yaml": "services:\n  a:\n    image: x\n    env_file: [a.env, {path: missing.env, required: false}]\n    environment:\n      OWN: own\n      FROM_SHELL:\n",
            "a.env": "OWN=file\nFILE_ONLY=${OWN:-none}\n",
        ]
        let (project, error, _) = ComposeTestSupport.load(files, env: ["FROM_SHELL": "sh"])
        let a = try #require(project?.services["a"], "\(error ?? "")")
        // The file's own lookups see the service environment before the file's earlier lines (dotenv expandVariables).
        #expect(a.environment == ["OWN": "own", "FILE_ONLY": "own", "FROM_SHELL": "sh"])
        let missing = ComposeTestSupport.load(["compose.yaml": "services:\n  a:\n    image: x\n    env_file: nope.env\n"]).1
        #expect(missing == "env file /srv/app/nope.env not found: stat /srv/app/nope.env: no such file or directory")
    }
}

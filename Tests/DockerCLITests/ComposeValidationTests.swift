import Testing
@testable import DockerCLI

/// Every loader error compose prints, with the exact text (sources cited per row).
@Suite struct ComposeValidationTests {
    struct Case: CustomStringConvertible, Sendable {
        var yaml: String
        var message: String
        var description: String { message }
    }

    static let file = "/srv/app/compose.yaml"

    static let cases: [Case] = [
        // schema/schema.go + gojsonschema messages
        Case(yaml: "services:\n  web:\n    imagee: nginx\n",
             message: "validating \(file): services.web Additional property imagee is not allowed"),
        Case(yaml: "servces:\n  web:\n    image: nginx\n",
             message: "validating \(file): (root) Additional property servces is not allowed"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports:\n      - true\n",
             message: "validating \(file): services.web.ports.0 must be a number"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    environment: 3\n",
             message: "validating \(file): services.web.environment must be a mapping"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    environment:\n      A: [1]\n",
             message: "validating \(file): services.web.environment.A must be a string, number, boolean or null"),
        Case(yaml: "services:\n  web:\n    image: 3\n",
             message: "validating \(file): services.web.image must be a string"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    tty: 1\n",
             message: "validating \(file): services.web.tty must be a boolean or string"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: db\n",
             message: "validating \(file): services.web.depends_on.db.condition services.web.depends_on.db.condition must be one of the following: \"service_started\", \"service_healthy\", \"service_completed_successfully\""),
        Case(yaml: "services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: db\n",
             message: "validating \(file): services.web.depends_on.db condition is required"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    volumes:\n      - source: x\n        target: /y\n",
             message: "validating \(file): services.web.volumes.0 type is required"),
        // cap_add is de-duplicated before validation (override/uncity.go); security_opt is not.
        Case(yaml: "services:\n  web:\n    image: nginx\n    security_opt: [a, a]\n",
             message: "validating \(file): services.web.security_opt array items[0,1] must be unique"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    pull_policy: sometimes\n",
             message: "validating \(file): services.web.pull_policy Does not match pattern 'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+'"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    oom_score_adj: 5000\n",
             message: "validating \(file): services.web.oom_score_adj Must be less than or equal to 1000"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    extends:\n      file: other.yaml\n",
             message: "extends.web.service is required"),
        Case(yaml: "services:\n  web:\n    image: nginx\nvolumes:\n  data:\n    driverr: local\n",
             message: "validating \(file): volumes.data Additional property driverr is not allowed"),
        Case(yaml: "services:\n  \"bad name\":\n    image: nginx\n",
             message: "validating \(file): services Additional property bad name is not allowed"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    build:\n      context: .\n      foo: bar\n",
             message: "validating \(file): services.web.build Additional property foo is not allowed"),
        // extends runs before the schema (loader/extends.go).
        Case(yaml: "services: []\n", message: "services must be a mapping"),
        // loader/validate.go checkConsistency
        Case(yaml: "services:\n  web:\n    image: nginx\n    networks: [foo]\n",
             message: "service \"web\" refers to undefined network foo: invalid compose project"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    depends_on: [db]\n",
             message: "service \"web\" depends on undefined service \"db\": invalid compose project"),
        Case(yaml: "services:\n  x:\n    restart: always\n",
             message: "service \"x\" has neither an image nor a build context specified: invalid compose project"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\n",
             message: "service \"web\" refers to undefined volume data: invalid compose project"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    secrets: [token]\n",
             message: "service \"web\" refers to undefined secret token: invalid compose project"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    healthcheck:\n      test: [\"curl\", \"-f\", \"x\"]\n",
             message: "healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\""),
        Case(yaml: "services:\n  web:\n    image: nginx\n    scale: 2\n    deploy:\n      replicas: 3\n",
             message: "services.web: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    network_mode: host\n    networks: [default]\n",
             message: "service web declares mutually exclusive `network_mode` and `networks`: invalid compose project"),
        // Two volumes on one target merge (uncity.go); a tmpfs and a volume collide.
        Case(yaml: "services:\n  web:\n    image: nginx\n    tmpfs: /data\n    volumes:\n      - /b:/data\n",
             message: "services.web.volumes[0]: target /data already mounted as services.web.tmpfs[0]"),
        Case(yaml: "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n",
             message: "dependency cycle detected: a -> b -> a"),
        Case(yaml: "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [c]\n  c:\n    image: x\n    depends_on: [a]\n",
             message: "dependency cycle detected: a -> b -> c -> a"),
        Case(yaml: "services:\n  a:\n    image: x\n    scale: 2\n    container_name: fixed\n",
             message: "services.scale: can't set container_name and a as container name must be unique: invalid compose project"),
        Case(yaml: "services:\n  a:\n    image: x\nsecrets:\n  s:\n    name: y\n",
             message: "secrets.s: one of file|environment must be set"),
        // extends cycles (loader/loader.go cycleTracker)
        Case(yaml: "services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a\n",
             message: "Circular reference:\n  a in \(file)\n  extends b in \(file)\n  extends a in \(file)"),
        Case(yaml: "services:\n  a:\n    extends: nothere\n",
             message: "cannot extend service \"a\" in \(file): service \"nothere\" not found"),
        // port and volume syntax (go-connections nat, compose-go format)
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"80:abc\"]\n", message: "invalid containerPort: abc"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"xyz:80\"]\n", message: "invalid hostPort: xyz"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"80:80/foo\"]\n", message: "invalid proto: foo"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"300.1.1.1:80:80\"]\n", message: "invalid IP address: 300.1.1.1"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"8000-8002:80-81\"]\n",
             message: "invalid ranges specified for container and host Ports: 80-81 and 8000-8002"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: [\"80:\"]\n", message: "no port specified: 80:<empty>"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    volumes: [\"/a::b\"]\n", message: "invalid spec: /a::b: empty section between colons"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    volumes: [\"/a:/b:ro:z\"]\n", message: "invalid spec: /a:/b:ro:z: too many colons"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        host_ip: nope\n",
             message: "services.web.ports.[]: invalid ip address: nope"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    environment:\n      - \"A =1\"\n",
             message: "environment variable A  is declared with a trailing space"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    extra_hosts: [\"nohost\"]\n",
             message: "invalid additional host, missing IP: nohost"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    command: \"echo 'unterminated\"\n", message: "invalid command line string"),
        // YAML syntax (go-yaml's wording)
        Case(yaml: "services:\n  web:\n    image: nginx: latest\n", message: "yaml: line 3: mapping values are not allowed in this context"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    ports: - 80\n", message: "yaml: line 4: block sequence entries are not allowed in this context"),
        Case(yaml: "services:\n  web:\n    image: nginx\n    image: httpd\n",
             message: "line 4: mapping key \"image\" already defined at line 3"),
        Case(yaml: "services:\n  web:\n  image: [nginx\n", message: "yaml: line 2: did not find expected ',' or ']'"),
        Case(yaml: "- a\n- b\n", message: "top-level object must be a mapping"),
        Case(yaml: "", message: "empty compose file"),
    ]

    @Test(arguments: cases) func rejects(_ c: Case) {
        #expect(ComposeTestSupport.error(c.yaml) == c.message)
    }

    @Test func extensionsAloneAreAProject() throws {
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": "x-only: 1\n"])
        #expect(error == nil)
        let p = try #require(project)
        #expect(ComposeConfigRenderer.yaml(p) == "name: app\nservices: {}\nx-only: 1\n")
    }

    @Test func noConfigurationFile() {
        #expect(ComposeTestSupport.load(["other.txt": "x"]).1 == "no configuration file provided: not found")
    }

    @Test func missingFile() {
        let (_, error, _) = ComposeTestSupport.load(["compose.yaml": "services: {}\n"]) { $0.configPaths = ["nope.yaml"] }
        #expect(error == "open /srv/app/nope.yaml: no such file or directory")
    }

    @Test func versionIsObsolete() {
        let (project, error, warnings) = ComposeTestSupport.load(["compose.yaml": "version: '3.8'\nservices:\n  a:\n    image: x\n"])
        #expect(error == nil)
        #expect(project != nil)
        #expect(warnings == ["/srv/app/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"])
    }

    @Test func noServiceSelectedIsTheCommandsMessage() {
        // `up` prints this (cmd/compose/up.go) when profiles leave nothing enabled.
        let (project, _, _) = ComposeTestSupport.load(["compose.yaml": "services:\n  a:\n    image: x\n    profiles: [dev]\n"])
        #expect(project?.services.isEmpty == true)
        #expect(ComposeCommandMessages.noServiceSelected == "no service selected")
    }
}

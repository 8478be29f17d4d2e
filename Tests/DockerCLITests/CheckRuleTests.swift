import Testing

@testable import DockerCLI

/// Every lint rule on marked sources: `1️⃣` before a word marks where a finding must be, in the
/// swift-format style; a case without markers expects no finding from its rule.
@Suite struct CheckRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var source: String
        var kind: ScriptKind = .shell
        /// The expected messages, by marker.
        var findings: [String: String] = [:]
        var testDescription: String { "\(rule): \(source.split(separator: "\n").last ?? "")" }
    }

    static let cases: [Case] = [
        // DT000: an expansion decides the verdict.
        Case(rule: "DT000", source: "docker 1️⃣$CMD", findings: [
            "1️⃣": "cannot judge this line: $CMD stands where docker expects a command name or a flag; its value decides the verdict"]),
        Case(rule: "DT000", source: "docker tag 1️⃣$IMAGES", findings: [
            "1️⃣": "cannot judge this line: $IMAGES may expand to any number of words; the argument count depends on it"]),
        Case(rule: "DT000", source: "docker run 1️⃣$DOCKER_OPTS redis", findings: [
            "1️⃣": "cannot judge this line: $DOCKER_OPTS probably expands to flags, which docker reads at run time"]),
        Case(rule: "DT000", source: "docker tag \"$SRC\" x y"),
        Case(rule: "DT000", source: "docker run -p \"$PORT:80\" \"$IMAGE\""),
        Case(rule: "DT000", source: "docker stop $CONTAINER"),
        // DT001: docker flags after the image or the container.
        Case(rule: "DT001", source: "docker run redis 1️⃣-p 6379:6379", findings: [
            "1️⃣": "-p comes after the image redis, so docker passes it to the container's command; move it before redis"]),
        Case(rule: "DT001", source: "docker run -d nginx 1️⃣--name web 2️⃣-d", findings: [
            "1️⃣": "--name comes after the image nginx, so docker passes it to the container's command; move it before nginx",
            "2️⃣": "-d comes after the image nginx, so docker passes it to the container's command; move it before nginx"]),
        Case(rule: "DT001", source: "docker exec web 1️⃣-it sh", findings: [
            "1️⃣": "-it comes after the container web, so it is passed to the command, not to docker exec; move it before web"]),
        Case(rule: "DT001", source: "docker run alpine ls -la"),
        Case(rule: "DT001", source: "docker run redis redis-server --port 6380"),
        Case(rule: "DT001", source: "docker run nginx --version"),
        // DT002: random host ports.
        Case(rule: "DT002", source: "docker run -p 1️⃣80 nginx:1", findings: [
            "1️⃣": "-p 80 publishes the port on a random host port; write HOST:CONTAINER (for example -p 8080:80) to choose it"]),
        Case(rule: "DT002", source: "docker create 1️⃣--publish=127.0.0.1::53/udp dns:1", findings: [
            "1️⃣": "-p 127.0.0.1::53/udp publishes the port on a random host port; write HOST:CONTAINER (for example -p 8080:53) to choose it"]),
        Case(rule: "DT002", source: "docker run -p 8080:80 -p 127.0.0.1:5353:53/udp nginx:1"),
        Case(rule: "DT002", source: "docker run -p foo nginx:1"),
        // DT003: ports that look swapped.
        Case(rule: "DT003", source: "docker run -p 1️⃣6379:80 redis:7", findings: [
            "1️⃣": "-p 6379:80 maps host port 6379 to container port 80, but redis:7 listens on 6379; did you mean -p 80:6379?"]),
        Case(rule: "DT003", source: "docker run -p 8080:80 nginx:1.27"),
        Case(rule: "DT003", source: "docker run -p 16379:6379 redis:7"),
        Case(rule: "DT003", source: "docker run -p 6379:80 myorg/unknown:1"),
        // DT004: relative bind paths.
        Case(rule: "DT004", source: "docker run -v 1️⃣data/x:/x alpine:3", findings: [
            "1️⃣": "docker reads data/x as a volume name, and volume names cannot contain '/'; write ./data/x for a directory"]),
        Case(rule: "DT004", source: "docker run -v 1️⃣\"~/src:/src\" alpine:3", findings: [
            "1️⃣": "the shell does not expand this ~ (quoted, or not at the start of the word), so docker gets ~/src literally; use $HOME or an unquoted ~ at the start"]),
        Case(rule: "DT004", source: "docker run -v ./data:/data -v data:/data -v /srv:/srv -v ~/x:/x alpine:3"),
        // DT005: -t in scripts, not at a prompt.
        Case(rule: "DT005", source: "docker run 1️⃣-it alpine:3 sh", findings: [
            "1️⃣": "-it needs a terminal: run without one (CI, cron), docker fails with \"the input device is not a TTY\""]),
        Case(rule: "DT005", source: "docker exec 1️⃣-t web ls", findings: [
            "1️⃣": "-t allocates a terminal the script may not have, and merges stderr into stdout"]),
        Case(rule: "DT005", source: "```sh\ndocker run -it alpine:3 sh\n```", kind: .markdown),
        Case(rule: "DT005", source: "docker run -i alpine:3 sh"),
        // DT006: implicit latest in scripts.
        Case(rule: "DT006", source: "docker pull 1️⃣redis\ndocker run -d 2️⃣nginx", findings: [
            "1️⃣": "redis has no tag, so docker uses redis:latest, which changes over time; pin a version (redis:TAG)",
            "2️⃣": "nginx has no tag, so docker uses nginx:latest, which changes over time; pin a version (nginx:TAG)"]),
        Case(rule: "DT006", source: "docker run redis:7 && docker pull ghcr.io/o/a@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        Case(rule: "DT006", source: "docker pull -a redis"),
        Case(rule: "DT006", source: "docker run redis", kind: .list),
        // DT007: --link.
        Case(rule: "DT007", source: "docker run 1️⃣--link db:db web:1", findings: [
            "1️⃣": "--link is legacy: put the containers on a user-defined network (docker network create) and use their names"]),
        // DT008: secrets on the command line.
        Case(rule: "DT008", source: "docker login -u me -p 1️⃣hunter2", findings: [
            "1️⃣": "the password is visible in shell history and the process list; use --password-stdin"]),
        Case(rule: "DT008", source: "docker run -e 1️⃣POSTGRES_PASSWORD=s3cret -e USER=me postgres:16", findings: [
            "1️⃣": "POSTGRES_PASSWORD is written on the command line and readable with docker inspect; use --env-file or a secret"]),
        Case(rule: "DT008", source: "docker build 1️⃣--build-arg=NPM_TOKEN=abc .", findings: [
            "1️⃣": "NPM_TOKEN is stored in the image history; pass secrets with docker build --secret"]),
        Case(rule: "DT008", source: "docker run -e POSTGRES_PASSWORD -e API_TOKEN=\"$TOKEN\" postgres:16"),
        Case(rule: "DT008", source: "echo \"$PW\" | docker login -u me --password-stdin"),
        // DT009: names no earlier line created.
        Case(rule: "DT009", source: "docker run -d --name web nginx:1\ndocker stop web\ndocker logs 1️⃣wbe", findings: [
            "1️⃣": "no earlier line creates a container named wbe (docker run/create --name); check the name and the order"]),
        Case(rule: "DT009", source: "docker stop 1️⃣db\ndocker run -d --name db postgres:16", findings: [
            "1️⃣": "no earlier line creates a container named db (docker run/create --name); check the name and the order"]),
        Case(rule: "DT009", source: "docker stop web\ndocker rm web"),
        Case(rule: "DT009", source: "docker run -d --name web nginx:1\ndocker cp web:/etc/nginx . && docker cp 1️⃣api:/x .", findings: [
            "1️⃣": "no earlier line creates a container named api (docker run/create --name); check the name and the order"]),
        Case(rule: "DT009", source: "docker create --name a alpine:3\ndocker rename a b\ndocker start b 4f66ad9a0b2e"),
        // DT010: errors after the first API call.
        Case(rule: "DT010", source: "docker images --format 1️⃣'{{'", findings: [
            "1️⃣": "fails once docker reaches the daemon: template parsing error: template: :1: unclosed action"]),
        Case(rule: "DT010", source: "docker run --restart 1️⃣sometimes redis:7", findings: [
            "1️⃣": "fails once docker reaches the daemon: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"]),
        Case(rule: "DT010", source: "docker logs --since 1️⃣yesterday web", findings: [
            "1️⃣": "fails once docker reaches the daemon: failed to parse value as time or duration: \"yesterday\""]),
        Case(rule: "DT010", source: "docker images --format '{{.Repository}}'"),
        // DT011: removing everything without -f.
        Case(rule: "DT011", source: "docker rm 1️⃣$(docker ps -aq)", findings: [
            "1️⃣": "running containers in the list make docker rm fail; add -f, stop them first, or use docker container prune"]),
        Case(rule: "DT011", source: "docker rmi 1️⃣$(docker images -q)", findings: [
            "1️⃣": "images still used by containers make this fail; add -f or use docker image prune"]),
        Case(rule: "DT011", source: "docker rm -f $(docker ps -aq)"),
        // DT012: --privileged.
        Case(rule: "DT012", source: "docker run 1️⃣--privileged alpine:3", findings: [
            "1️⃣": "--privileged gives the container full access to the host; add only the capabilities or devices it needs"]),
        Case(rule: "DT012", source: "docker run --privileged=false alpine:3"),
        // DT013: -p on the host network.
        Case(rule: "DT013", source: "docker run --network host 1️⃣-p 80:80 nginx:1", findings: [
            "1️⃣": "ports published with -p are discarded on the host network; the container already uses the host's ports"]),
        Case(rule: "DT013", source: "docker run --net=bridge -p 80:80 nginx:1"),
    ]

    @Test(arguments: cases)
    func ruleFindsExactlyTheMarkedWords(_ c: Case) throws {
        let (source, markers) = Self.strip(c.source)
        let report = DocumentCheck().check(source: source, kind: c.kind, file: "t")
        var found: [String: String] = [:]
        var unexpected: [String] = []
        for command in report.commands {
            for finding in command.findings where finding.rule == c.rule {
                let p = command.position(ofWord: finding.word)
                if let marker = markers.first(where: { $0.value == (p.line, p.column) })?.key {
                    found[marker] = finding.message
                } else {
                    unexpected.append("\(p.line):\(p.column) \(finding.message)")
                }
            }
        }
        #expect(found == c.findings)
        #expect(unexpected == [])
    }

    @Test func everyRuleHasTextsInBothLanguagesAndAUniqueID() {
        let ids = LintRules.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for rule in LintRules.all {
            #expect(!rule.title.en.isEmpty && !rule.title.zh.isEmpty, "\(rule.id)")
            #expect(rule.explanation.en.count > 100 && rule.explanation.zh.count > 40, "\(rule.id)")
            #expect(rule.explanation.zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(rule.id)")
            #expect(LintRules.rule(id: rule.id) != nil)
            #expect(Self.cases.contains { $0.rule == rule.id && !$0.findings.isEmpty }, "\(rule.id) has a positive case")
        }
    }

    /// The source without its markers, and each marker's line and column.
    static func strip(_ marked: String) -> (String, [String: (Int, Int)]) {
        let markers = ["1️⃣", "2️⃣", "3️⃣"]
        var out = ""
        var positions: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while let ch = rest.first {
            if let marker = markers.first(where: { rest.hasPrefix($0) }) {
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue
            }
            out.append(ch)
            rest = rest.dropFirst()
            if ch == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (out, positions)
    }
}

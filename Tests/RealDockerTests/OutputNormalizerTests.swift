import Testing
@testable import RealDocker

@Suite struct OutputNormalizerTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var rule: OutputNormalizer.Rule
        var input: String
        var output: String
        var description: String { name }
    }

    static let id64 = "0026bd1ac3f8ecc7440bd29a2f01a12e1c25bc678aef1e643d9dfa5287a0ebbb"

    static let ruleCases: [Case] = [
        // Timestamps.
        Case(name: "inspect times", rule: .timestamps,
             input: #""Created": "2026-11-29T04:14:45.394154356Z", "FinishedAt": "0001-01-01T00:00:00Z""#,
             output: #""Created": "<time>", "FinishedAt": "0001-01-01T00:00:00Z""#),
        Case(name: "offset and no fraction", rule: .timestamps,
             input: "since 2025-05-30T12:07:14+02:00 until 2025-05-30T12:07:14-07:00",
             output: "since <time> until <time>"),
        Case(name: "Go time text", rule: .timestamps,
             input: "web 2026-11-29 04:14:45 +0000 UTC Up 2 seconds",
             output: "web <time> Up 2 seconds"),
        Case(name: "logs -t with redis log time", rule: .timestamps,
             input: "2026-11-29T04:14:45.635033191Z 1:C 29 Nov 2026 04:14:45.634 # Redis is starting",
             output: "<time> 1:C <time> # Redis is starting"),
        Case(name: "dates alone stay", rule: .timestamps,
             input: "Built: Fri May 30 12:07:14 2025, alpine 2025-05-30", output: "Built: Fri May 30 12:07:14 2025, alpine 2025-05-30"),
        // Ids.
        Case(name: "full and short ids", rule: .ids,
             input: "\(id64)\n0026bd1ac3f8   redis", output: "<id>\n<short-id>   redis"),
        Case(name: "digests and paths", rule: .ids,
             input: "Digest: sha256:\(id64)\n/var/lib/docker/volumes/\(id64)/_data",
             output: "Digest: sha256:<id>\n/var/lib/docker/volumes/<id>/_data"),
        Case(name: "hostname prompt and layer progress", rule: .ids,
             input: "root@0026bd1ac3f8:/data# \n0026bd1ac3f8: Pull complete",
             output: "root@<short-id>:/data# \n<short-id>: Pull complete"),
        Case(name: "other lengths, capitals and words stay", rule: .ids,
             input: "0026bd1ac3f8e 0026bd1ac3f 0026BD1AC3F8 x0026bd1ac3f8 0026bd1ac3f8x deadbeefcafe_1",
             output: "0026bd1ac3f8e 0026bd1ac3f 0026BD1AC3F8 x0026bd1ac3f8 0026bd1ac3f8x deadbeefcafe_1"),
        // Generated names.
        Case(name: "ps names column", rule: .generatedNames,
             input: "Up 2 seconds   0.0.0.0:32768->6379/tcp   relaxed_nobel\nUp 1 second   web",
             output: "Up 2 seconds   0.0.0.0:32768->6379/tcp   <name>\nUp 1 second   web"),
        Case(name: "inspect name and retry digit", rule: .generatedNames,
             input: #""Name": "/sleepy_kepler3", "Hostname": "focused_turing""#,
             output: #""Name": "/<name>", "Hostname": "<name>""#),
        Case(name: "snake case that is not generated", rule: .generatedNames,
             input: "redis_data my_app focused_turing_x focused_turing12 compose-focused_turing appendonly_yes",
             output: "redis_data my_app focused_turing_x focused_turing12 compose-focused_turing appendonly_yes"),
        // Human durations.
        Case(name: "ps created and status", rule: .humanDurations,
             input: "2 seconds ago   Up 2 seconds\nAbout a minute ago   Up Less than a second\nExited (0) About an hour ago",
             output: "<duration> ago   Up <duration>\n<duration> ago   Up <duration>\nExited (0) <duration> ago"),
        Case(name: "every unit", rule: .humanDurations,
             input: "1 second, 5 minutes, 47 hours, 3 days, 2 weeks, 11 months, 3 years",
             output: "<duration>, <duration>, <duration>, <duration>, <duration>, <duration>, <duration>"),
        Case(name: "not durations", rule: .humanDurations,
             input: "Exited (137) 5secondsago, -t 10, 5 secondsish, version 2 ",
             output: "Exited (137) 5secondsago, -t 10, 5 secondsish, version 2 "),
        // Sizes.
        Case(name: "images and ps -s", rule: .sizes,
             input: "latest    22dd71a22c88   22.9MB\n0B (virtual 1.43kB)\n1.5MiB / 15.6GiB",
             output: "latest    22dd71a22c88   <size>\n<size> (virtual <size>)\n<size> / <size>"),
        Case(name: "system df", rule: .sizes,
             input: "Images          5         1         51.71MB   28.81MB (55%)",
             output: "Images          5         1         <size>   <size> (55%)"),
        Case(name: "not sizes", rule: .sizes,
             input: "x7.0B 6379B 3 B 10MBps v1.2MB 2.5GB_x", output: "x7.0B <size> 3 B 10MBps v1.2MB 2.5GB_x"),
        // Ephemeral ports.
        Case(name: "ps ports", rule: .ephemeralPorts,
             input: "0.0.0.0:32768->6379/tcp, [::]:32768->6379/tcp   0.0.0.0:8080->6379/tcp",
             output: "0.0.0.0:<port>->6379/tcp, [::]:<port>->6379/tcp   0.0.0.0:8080->6379/tcp"),
        Case(name: "docker port and inspect", rule: .ephemeralPorts,
             input: "6379/tcp -> [::]:60999\n{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"49153\"} :61000 :32767 :327680",
             output: "6379/tcp -> [::]:<port>\n{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"<port>\"} :61000 :32767 :327680"),
        // Column padding.
        Case(name: "table padding", rule: .columnPadding,
             input: "CONTAINER ID   IMAGE     COMMAND\n<short-id>   redis     \"docker-entrypoint.s…\"   \n",
             output: "CONTAINER ID   IMAGE   COMMAND\n<short-id>   redis   \"docker-entrypoint.s…\"\n"),
        Case(name: "indentation stays", rule: .columnPadding,
             input: "[\n    {\n        \"Id\":  \"x\"\n", output: "[\n    {\n        \"Id\":   \"x\"\n"),
    ]

    @Test(arguments: ruleCases)
    func appliesOneRule(_ c: Case) {
        #expect(OutputNormalizer.apply(c.rule, to: c.input) == c.output)
    }

    struct TableCase: Sendable, CustomStringConvertible {
        var name: String
        var outputs: [String]
        var normalized: String
        var description: String { name }
    }

    /// Outputs that differ only by chance normalize to the same text.
    static let tableCases: [TableCase] = [
        TableCase(
            name: "docker ps from two daemons",
            outputs: [
                """
                CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                           NAMES
                0026bd1ac3f8   redis     "docker-entrypoint.s…"   2 seconds ago   Up 2 seconds   0.0.0.0:32768->6379/tcp, [::]:32768->6379/tcp   relaxed_nobel

                """,
                """
                CONTAINER ID   IMAGE     COMMAND                  CREATED              STATUS                  PORTS                                           NAMES
                9f3c51e2a7b4   redis     "docker-entrypoint.s…"   About a minute ago   Up Less than a second   0.0.0.0:49153->6379/tcp, [::]:49153->6379/tcp   sleepy_kepler

                """,
            ],
            normalized: """
                CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES
                <short-id>   redis   "docker-entrypoint.s…"   <duration> ago   Up <duration>   0.0.0.0:<port>->6379/tcp, [::]:<port>->6379/tcp   <name>

                """),
        TableCase(
            name: "docker images",
            outputs: [
                "REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\nredis        latest    22dd71a22c88   7 minutes ago   22.9MB\n",
                "REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\nredis        latest    a2abf6c4d29d   2 years ago    117MB\n",
            ],
            normalized: "REPOSITORY   TAG   IMAGE ID   CREATED   SIZE\nredis   latest   <short-id>   <duration> ago   <size>\n"),
    ]

    @Test(arguments: tableCases)
    func normalizesChanceAway(_ c: TableCase) {
        let normalizer = OutputNormalizer()
        for output in c.outputs {
            #expect(normalizer.normalize(output) == c.normalized)
        }
    }

    @Test func appliesRulesInTheirOwnOrder() {
        // The port rule alone would see ":14" and ":45"; timestamps go first whatever the order given.
        let normalizer = OutputNormalizer(rules: [.ephemeralPorts, .timestamps])
        #expect(normalizer.normalize("2026-11-29T04:14:45Z 0.0.0.0:40000") == "<time> 0.0.0.0:<port>")
        #expect(OutputNormalizer(rules: []).normalize("relaxed_nobel 2 seconds") == "relaxed_nobel 2 seconds")
    }
}

import DockerAPI
import Testing
@testable import DockerEngine

/// Go's time formats, go-units' human durations, Go durations and path globs, and `docker update`.
@Suite struct UnitsTests {
    static let times: [(Timestamp, String)] = [
        (Timestamp(nanoseconds: 0), "1970-01-01T00:00:00Z"),
        (Timestamp.utc(year: 2025, month: 1, day: 1, nanosecond: 120_000_000), "2025-01-01T00:00:00.12Z"),
        (Timestamp.utc(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, nanosecond: 1), "2024-02-29T23:59:59.000000001Z"),
        (Timestamp(seconds: -1), "1969-12-31T23:59:59Z"),
    ]

    @Test(arguments: times)
    func rfc3339Nano(_ t: Timestamp, _ text: String) {
        #expect(t.rfc3339Nano == text)
        #expect(Timestamp.parseRFC3339(text) == t)
    }

    @Test func parsingOffsetsAndZero() {
        #expect(Timestamp.parseRFC3339("2025-01-01T02:00:00+02:00") == Timestamp.utc(year: 2025, month: 1, day: 1))
        #expect(Optional<Timestamp>.none.goText == "0001-01-01T00:00:00Z")
        #expect(Timestamp.parseRFC3339("yesterday") == nil)
    }

    static let durations: [(Int64, String)] = [
        (0, "Less than a second"), (1, "1 second"), (59, "59 seconds"), (60, "About a minute"), (119, "About a minute"),
        (120, "2 minutes"), (3599, "59 minutes"), (3600, "About an hour"), (5400, "2 hours"), (47 * 3600, "47 hours"),
        (48 * 3600, "2 days"), (14 * 86_400, "2 weeks"), (60 * 86_400, "2 months"), (730 * 86_400, "2 years"),
    ]

    @Test(arguments: durations)
    func humanDuration(_ seconds: Int64, _ text: String) {
        #expect(HumanUnits.duration(nanoseconds: seconds * Timestamp.second) == text)
    }

    static let goDurationCases: [(String, Int64)] = [
        ("10m", 600 * Timestamp.second), ("1h30m", 5400 * Timestamp.second), ("1.5s", 1_500 * Timestamp.millisecond),
        ("250ms", 250 * Timestamp.millisecond), ("-2s", -2 * Timestamp.second),
    ]

    @Test(arguments: goDurationCases)
    func goDurations(_ text: String, _ value: Int64) {
        #expect(TimeFilters.parseDuration(text) == value)
    }

    @Test func timestampFilters() {
        let now = Timestamp.utc(year: 2025, month: 6, day: 1, hour: 12)
        #expect(TimeFilters.timestamp("1h", now: now) == Timestamp.utc(year: 2025, month: 6, day: 1, hour: 11))
        #expect(TimeFilters.timestamp("2025-05-01", now: now) == Timestamp.utc(year: 2025, month: 5, day: 1))
        #expect(TimeFilters.timestamp("1700000000.5", now: now) == Timestamp(seconds: 1_700_000_000, nanoseconds: 500_000_000))
        #expect(TimeFilters.timestamp("soon", now: now) == nil)
    }

    @Test(arguments: [("red*", "redis", true), ("red?s", "redis", true), ("[a-c]*", "busybox", true), ("ng", "nginx", false),
                      ("*/redis", "bitnami/redis", true), ("*", "bitnami/redis", false)])
    func glob(_ pattern: String, _ name: String, _ matches: Bool) {
        #expect(TimeFilters.globMatch(pattern, name) == matches)
    }

    @Test func updateChangesResourcesAndThePolicy() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sleep", "100"])
        var update = ContainerUpdateConfig()
        update.memory = 256 * 1024 * 1024
        update.memorySwap = 512 * 1024 * 1024
        update.restartPolicy = RestartPolicy(name: .onFailure, maximumRetryCount: 3)
        #expect(try d.containerUpdate(id, update) == [])
        let h = try d.containerInspect(id, size: false).hostConfig
        #expect(h.memory == 268_435_456 && h.memorySwap == 536_870_912)
        #expect(h.restartPolicy == RestartPolicy(name: .onFailure, maximumRetryCount: 3))
        var bad = ContainerUpdateConfig()
        bad.restartPolicy = RestartPolicy(name: .always, maximumRetryCount: 2)
        #expect(throws: EngineError.invalidParameter("invalid restart policy: maximum retry count can only be used with 'on-failure'")) {
            try d.containerUpdate(id, bad)
        }
        let removable = try d.run("alpine", cmd: ["sleep", "100"]) { $0.hostConfig.autoRemove = true }
        var policy = ContainerUpdateConfig()
        policy.restartPolicy = RestartPolicy(name: .always)
        #expect(throws: EngineError.conflict("Cannot update container \(removable): Restart policy cannot be updated because AutoRemove is enabled for the container")) {
            try d.containerUpdate(removable, policy)
        }
    }
}

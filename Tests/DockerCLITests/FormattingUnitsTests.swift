import Testing
@testable import DockerCLI

/// go-units and docker's display helpers. Expectations are derived by hand from go-units'
/// thresholds (`int(d.Seconds())`, `int(d.Hours()+0.5)`...) and Go's `%.4g` (digits rounded
/// half to even, `%e` when the exponent reaches the precision).
@Suite struct FormattingUnitsTests {
    static let second: Int64 = 1_000_000_000
    static let minute = 60 * second
    static let hour = 60 * minute
    static let day = 24 * hour

    static let durations: [(Int64, String)] = [
        (-5 * second, "Less than a second"), (0, "Less than a second"), (second - 1, "Less than a second"),
        (second, "1 second"), (second * 19 / 10, "1 second"), (2 * second, "2 seconds"), (59 * second, "59 seconds"),
        (60 * second, "About a minute"), (119 * second, "About a minute"), (120 * second, "2 minutes"),
        (59 * minute + 59 * second, "59 minutes"), (60 * minute, "About an hour"), (89 * minute, "About an hour"),
        (90 * minute, "2 hours"), (47 * hour, "47 hours"), (47 * hour + 29 * minute, "47 hours"),
        (47 * hour + 30 * minute, "2 days"), (13 * day + 11 * hour, "13 days"), (14 * day, "2 weeks"),
        (59 * day, "8 weeks"), (60 * day, "2 months"), (729 * day, "24 months"), (730 * day, "2 years"),
        (3650 * day, "10 years"),
    ]

    @Test(arguments: durations)
    func humanDuration(_ d: Int64, _ expected: String) {
        #expect(Units.humanDuration(nanoseconds: d) == expected)
    }

    @Test func humanDurationOfSwiftDuration() {
        #expect(Units.humanDuration(.seconds(90)) == "About a minute")
        #expect(Units.humanDuration(.milliseconds(2500)) == "2 seconds")
    }

    static let sizes: [(Double, Int, String)] = [
        (0, 4, "0B"), (999, 4, "999B"), (1000, 4, "1kB"), (1234, 4, "1.234kB"), (1_234_567, 4, "1.235MB"),
        (7_220_000, 4, "7.22MB"), (1_234_567, 3, "1.23MB"), (999_999, 4, "1000kB"), (999_999, 3, "1e+03kB"),
        (999.5, 3, "1e+03B"), (2_500_000_000, 3, "2.5GB"), (1e18, 4, "1EB"), (1e27, 4, "1000YB"), (-5, 4, "-5B"),
        (133_700_000, 3, "134MB"), (72_900, 3, "72.9kB"), (5_000_000_000_000, 3, "5TB"), (1_500, 3, "1.5kB"),
    ]

    @Test(arguments: sizes)
    func humanSize(_ size: Double, _ precision: Int, _ expected: String) {
        #expect(Units.humanSize(size, precision: precision) == expected)
    }

    @Test func bytesAndCustomSizes() {
        #expect(Units.bytesSize(512 * 1024 * 1024) == "512MiB")
        #expect(Units.bytesSize(1536) == "1.5KiB")
        #expect(Units.bytesSize(1023) == "1023B")
        #expect(Units.bytesSize(1_073_741_824 * 3.75) == "3.75GiB")
        #expect(Units.customSize("%.2f %s", 2048, base: 1024, units: Units.binaryAbbreviations) == "2.00 KiB")
        #expect(Units.humanSize(1_234_567) == "1.235MB")
    }

    static let ellipses: [(String, Int, String)] = [
        ("hello", 10, "hello"), ("hello world", 5, "hell…"), ("abc", 0, ""), ("abc", -1, ""), ("abc", 1, "a"),
        ("abc", 3, "abc"), ("abcd", 3, "ab…"), ("日本語テキスト", 5, "日本…"), ("日本語", 6, "日本語"), ("a日本", 4, "a日…"),
        ("日x", 2, "日x"), ("é", 1, "é"), ("", 1, ""), ("nginx -g 'daemon off;'", 20, "nginx -g 'daemon of…"),
        ("naïve café", 6, "naïve…"),
    ]

    @Test(arguments: ellipses)
    func ellipsis(_ s: String, _ width: Int, _ expected: String) {
        #expect(DisplayHelpers.ellipsis(s, width) == expected)
    }

    @Test func truncatesIDs() {
        #expect(DisplayHelpers.truncateID("sha256:4f66ad9a0b2e5e0f1b2c") == "4f66ad9a0b2e")
        #expect(DisplayHelpers.truncateID("4f66ad9a0b2e5e0f") == "4f66ad9a0b2e")
        #expect(DisplayHelpers.truncateID("abc") == "abc")
        #expect(DisplayHelpers.truncateID("sha256:") == "")
    }

    @Test func agoStrings() {
        #expect(DisplayHelpers.ago(created: 1_714_557_600, now: 1_714_557_600 + 7200) == "2 hours ago")
        #expect(DisplayHelpers.ago(created: 1_714_557_600, now: 1_714_557_600) == "Less than a second ago")
    }

    @Test func goTimeStrings() {
        #expect(DisplayHelpers.goTime(unixSeconds: 0) == "1970-01-01 00:00:00 +0000 UTC")
        #expect(DisplayHelpers.goTime(unixSeconds: 1_714_557_600) == "2024-05-01 10:00:00 +0000 UTC")
        #expect(DisplayHelpers.goTime(unixSeconds: 1_714_557_600, utcOffset: 7200, zone: "CEST") == "2024-05-01 12:00:00 +0200 CEST")
        #expect(DisplayHelpers.goTime(unixSeconds: 1_714_557_600, nanoseconds: 500_000_000) == "2024-05-01 10:00:00.5 +0000 UTC")
        #expect(DisplayHelpers.goTime(unixSeconds: -3_153_600_000) == "1870-01-25 00:00:00 +0000 UTC")
        #expect(DisplayHelpers.goTime(unixSeconds: 0, utcOffset: -18000, zone: "EST") == "1969-12-31 19:00:00 -0500 EST")
    }
}

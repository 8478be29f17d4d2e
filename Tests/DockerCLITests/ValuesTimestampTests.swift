import Testing
@testable import DockerCLI

/// `--since`/`--until` timestamps. Expected values were taken from the docker 28.2.2 client:
/// accepted values from the `since=` query it sent to a fake daemon (`TZ=UTC`, and
/// `TZ=Asia/Kolkata` for offset 19800), refusals from `docker events --since VALUE` (which prints
/// the error bare; `docker logs` prefixes it with `invalid value for "since": `).
@Suite struct ValuesTimestampTests {
    struct TimestampCase: Sendable, CustomStringConvertible {
        var value: String
        var utcOffset: Int
        var expected: Result<String, ValueError>
        init(_ value: String, utcOffset: Int, _ sent: String) {
            self.value = value
            self.utcOffset = utcOffset
            expected = .success(sent)
        }
        init(_ value: String, utcOffset: Int, error: String) {
            self.value = value
            self.utcOffset = utcOffset
            expected = .failure(ValueError(error))
        }
        var description: String { "\(value) @\(utcOffset)" }
    }

    @Test(arguments: cases)
    func getTimestamp(_ c: TimestampCase) {
        #expect(TimestampSpec.timestamp(c.value, now: 1_700_000_000, utcOffset: c.utcOffset) == c.expected)
    }

    /// Durations count back from the reference time, in whole seconds (Go's `Time.Unix`).
    @Test func durationsCountBack() {
        let now: Int64 = 1_700_000_000
        #expect(TimestampSpec.timestamp("10m", now: now) == .success("1699999400"))
        #expect(TimestampSpec.timestamp("1.5s", now: now) == .success("1699999998"))
        #expect(TimestampSpec.timestamp("-1h", now: now) == .success("1700003600"))
        #expect(TimestampSpec.timestamp("1h30m", now: now) == .success("1699994600"))
    }

    static let cases: [TimestampCase] = [
        TimestampCase("2020-01-01", utcOffset: 0, "1577836800.000000000"),
        TimestampCase("2020-01-01T10", utcOffset: 0, "1577872800.000000000"),
        TimestampCase("2020-01-01T10:30", utcOffset: 0, "1577874600.000000000"),
        TimestampCase("2020-01-01T10:30:15", utcOffset: 0, "1577874615.000000000"),
        TimestampCase("2020-01-01T10:30:15.5", utcOffset: 0, "1577874615.500000000"),
        TimestampCase("2020-01-01T10:30:15.123456789123", utcOffset: 0, "1577874615.123456789"),
        TimestampCase("2020-01-01Z", utcOffset: 0, "1577836800.000000000"),
        TimestampCase("2020-01-01T10Z", utcOffset: 0, "1577872800.000000000"),
        TimestampCase("2020-01-01T10:30+05:30", utcOffset: 0, "1577854800.000000000"),
        TimestampCase("2020-01-01T10:30:15-02:00", utcOffset: 0, "1577881815.000000000"),
        TimestampCase("2020-07-01T10:30:15.25Z", utcOffset: 0, "1593599415.250000000"),
        TimestampCase("1700000000", utcOffset: 0, "1700000000"),
        TimestampCase("1700000000.5", utcOffset: 0, "1700000000.5"),
        TimestampCase("2020-01-01T1", utcOffset: 0, "1577840400.000000000"),
        TimestampCase("0", utcOffset: 0, "0"),
        TimestampCase("2020-01-01", utcOffset: 19800, "1577817000.000000000"),
        TimestampCase("2020-01-01T10", utcOffset: 19800, "1577853000.000000000"),
        TimestampCase("2020-01-01T10:30", utcOffset: 19800, "1577854800.000000000"),
        TimestampCase("2020-01-01T10:30:15", utcOffset: 19800, "1577854815.000000000"),
        TimestampCase("2020-01-01T10:30:15.5", utcOffset: 19800, "1577854815.500000000"),
        TimestampCase("2020-01-01Z", utcOffset: 19800, "1577836800.000000000"),
        TimestampCase("2020-01-01T10:30+05:30", utcOffset: 19800, "1577854800.000000000"),
        TimestampCase("2020-01-01T1", utcOffset: 19800, "1577820600.000000000"),
        TimestampCase("foo", utcOffset: 0, error: "failed to parse value as time or duration: \"foo\""),
        TimestampCase("2020-13-01", utcOffset: 0, error: "parsing time \"2020-13-01\": month out of range"),
        TimestampCase("2020-01-32", utcOffset: 0, error: "parsing time \"2020-01-32\": day out of range"),
        TimestampCase("2020-01-01T25:00", utcOffset: 0, error: "parsing time \"2020-01-01T25:00\": hour out of range"),
        TimestampCase("2020-01-01x", utcOffset: 0, error: "parsing time \"2020-01-01x\": extra text: \"x\""),
        TimestampCase("2020-1-1", utcOffset: 0, error: "parsing time \"2020-1-1\" as \"2006-01-02\": cannot parse \"1-1\" as \"01\""),
        TimestampCase("2020-01-01 10:00", utcOffset: 0, error: "parsing time \"2020-01-01 10:00\": extra text: \" 10:00\""),
        TimestampCase("1.x", utcOffset: 0, error: "failed to parse value as time or duration: \"1.x\""),
        TimestampCase("-1", utcOffset: 0, error: "parsing time \"-1\" as \"2006-01-02\": cannot parse \"-1\" as \"2006\""),
        TimestampCase("1h-1", utcOffset: 0, error: "parsing time \"1h-1\" as \"2006-01-02\": cannot parse \"1h-1\" as \"2006\""),
        TimestampCase("2020-01-01T10:00:00.x", utcOffset: 0, error: "parsing time \"2020-01-01T10:00:00.x\": extra text: \".x\""),
        TimestampCase("2020-01-01T10:60", utcOffset: 0, error: "parsing time \"2020-01-01T10:60\": minute out of range"),
        TimestampCase("2020-02-30", utcOffset: 0, error: "parsing time \"2020-02-30\": day out of range"),
        TimestampCase("2019-02-29", utcOffset: 0, error: "parsing time \"2019-02-29\": day out of range"),
        TimestampCase("abc-def", utcOffset: 0, error: "parsing time \"abc-def\" as \"2006-01-02\": cannot parse \"abc-def\" as \"2006\""),
        TimestampCase("2020-01-01T10:00:61", utcOffset: 0, error: "parsing time \"2020-01-01T10:00:61\": second out of range"),
        TimestampCase("1e5", utcOffset: 0, error: "failed to parse value as time or duration: \"1e5\""),
        TimestampCase("2020x01-01", utcOffset: 0, error: "parsing time \"2020x01-01\" as \"2006-01-02\": cannot parse \"x01-01\" as \"-\""),
        TimestampCase("2020-01-01z", utcOffset: 0, error: "parsing time \"2020-01-01z\" as \"2006-01-02Z07:00\": cannot parse \"z\" as \"Z07:00\""),
        TimestampCase("2020-01-01T10:30+5:30", utcOffset: 0, error: "parsing time \"2020-01-01T10:30+5:30\" as \"2006-01-02T15:04Z07:00\": cannot parse \"+5:30\" as \"Z07:00\""),
        TimestampCase("2020-01-01T10:30+25:00", utcOffset: 0, error: "parsing time \"2020-01-01T10:30+25:00\": time zone offset hour out of range"),
        TimestampCase("2020-01-01T10:30+05:61", utcOffset: 0, error: "parsing time \"2020-01-01T10:30+05:61\": time zone offset minute out of range"),
        TimestampCase("2a20-01-01", utcOffset: 0, error: "parsing time \"2a20-01-01\" as \"2006-01-02\": cannot parse \"2a20-01-01\" as \"2006\""),
        TimestampCase("2020-01-01T", utcOffset: 0, error: "parsing time \"2020-01-01T\" as \"2006-01-02T15\": cannot parse \"\" as \"15\""),
        TimestampCase("2020-01-01T10:", utcOffset: 0, error: "parsing time \"2020-01-01T10:\" as \"2006-01-02T15:04\": cannot parse \"\" as \"04\""),
        TimestampCase("2020-01-01T10:30:15,", utcOffset: 0, error: "parsing time \"2020-01-01T10:30:15,\": extra text: \",\""),
    ]
}

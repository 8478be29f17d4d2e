/// An instant with nanosecond precision, the way Go's `time.Time` travels through the Engine API.
///
/// The daemon formats times itself (inspect's `Created`, `StartedAt`...) with Go's `RFC3339Nano`
/// layout, and Foundation's date formatters neither trim the fraction as Go does nor run fast
/// enough for ten thousand containers, so the civil-date arithmetic lives here.
public struct Timestamp: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Nanoseconds since 1970-01-01T00:00:00Z.
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    public init(seconds: Int64, nanoseconds: Int64 = 0) { self.nanoseconds = seconds * Self.second + nanoseconds }

    public static let second: Int64 = 1_000_000_000
    public static let millisecond: Int64 = 1_000_000
    /// What Go prints for the zero `time.Time` (the daemon's "never").
    public static let goZeroText = "0001-01-01T00:00:00Z"

    /// Whole seconds since the epoch, rounded down (Go's `Unix()`).
    public var seconds: Int64 { nanoseconds >= 0 ? nanoseconds / Self.second : (nanoseconds - Self.second + 1) / Self.second }
    /// The nanoseconds past `seconds`.
    public var fraction: Int64 { nanoseconds - seconds * Self.second }

    public func adding(nanoseconds delta: Int64) -> Timestamp { Timestamp(nanoseconds: nanoseconds + delta) }
    public func adding(seconds delta: Int64) -> Timestamp { adding(nanoseconds: delta * Self.second) }
    /// Nanoseconds from `other` to `self`.
    public func since(_ other: Timestamp) -> Int64 { nanoseconds - other.nanoseconds }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    public var description: String { rfc3339Nano }

    /// Go's `time.RFC3339Nano` in UTC: `2024-05-01T10:00:00.12345Z`, trailing zeros of the fraction dropped.
    public var rfc3339Nano: String {
        var out = rfc3339Seconds
        out.removeLast()  // "Z"
        let frac = fraction
        if frac != 0 {
            var digits = String(frac)
            digits = String(repeating: "0", count: 9 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            out += "." + digits
        }
        return out + "Z"
    }

    /// `time.RFC3339` in UTC, whole seconds: `2024-05-01T10:00:00Z`.
    public var rfc3339Seconds: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))Z"
    }

    /// The UTC calendar fields of this instant.
    public var civil: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        let secs = seconds
        var days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
        let rem = Int(secs - days * 86_400)
        let weekday = Int(((days % 7) + 11) % 7)  // 1970-01-01 was a Thursday (4); 0 = Sunday
        // Howard Hinnant's civil_from_days.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day, rem / 3600, (rem / 60) % 60, rem % 60, weekday)
    }

    /// The instant at a UTC calendar date and time.
    public static func utc(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                           nanosecond: Int64 = 0) -> Timestamp {
        // Howard Hinnant's days_from_civil.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Timestamp(seconds: days * 86_400 + Int64(hour * 3600 + minute * 60 + second), nanoseconds: nanosecond)
    }

    /// Parses RFC 3339 with an optional fraction and a `Z` or `±hh:mm` offset (Go's `time.Parse(time.RFC3339Nano, s)`).
    public static func parseRFC3339(_ text: String) -> Timestamp? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 20, let year = num(0, 4), b[4] == 0x2D, let month = num(5, 2), b[7] == 0x2D,
              let day = num(8, 2), b[10] == 0x54 || b[10] == 0x74, let hour = num(11, 2), b[13] == 0x3A,
              let minute = num(14, 2), b[16] == 0x3A, let second = num(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        var i = 19
        var nanos: Int64 = 0
        if i < b.count && b[i] == 0x2E {
            i += 1
            var digits = 0
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 {
                if digits < 9 { nanos = nanos * 10 + Int64(b[i] - 0x30) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanos *= 10 }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D, let oh = num(i + 1, 2), b.count > i + 3, b[i + 3] == 0x3A, let om = num(i + 4, 2) {
            offset = (oh * 3600 + om * 60) * (b[i] == 0x2D ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let base = utc(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nanos)
        return base.adding(seconds: Int64(-offset))
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Optional where Wrapped == Timestamp {
    /// RFC3339Nano, or Go's zero time for `nil`.
    public var goText: String { self?.rfc3339Nano ?? Timestamp.goZeroText }
}

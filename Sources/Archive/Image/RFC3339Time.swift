/// An RFC 3339 timestamp as Go's `time.Time` reads and writes it in JSON.
///
/// Image configs record `created` this way. The archive needs the instant (docker stamps the
/// image's files with it) and must write it back exactly as Go would after a round trip
/// through `time.Time` (RFC3339Nano: fraction without trailing zeros, `Z` for UTC, else the
/// offset), because those bytes feed the legacy v1 ids.
struct RFC3339Time: Equatable {
    var unixSeconds: Int64
    var nanoseconds: Int32
    /// The zone offset east of UTC, in seconds.
    var offsetSeconds: Int

    init(unixSeconds: Int64, nanoseconds: Int32 = 0, offsetSeconds: Int = 0) {
        self.unixSeconds = unixSeconds
        self.nanoseconds = nanoseconds
        self.offsetSeconds = offsetSeconds
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; nil for anything else.
    init?(parsing text: String) {
        let b = Array(text.utf8)
        func num(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var v = 0
            for i in range {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 20,
              let year = num(0..<4), b[4] == UInt8(ascii: "-"),
              let month = num(5..<7), b[7] == UInt8(ascii: "-"),
              let day = num(8..<10), b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
              let hour = num(11..<13), b[13] == UInt8(ascii: ":"),
              let minute = num(14..<16), b[16] == UInt8(ascii: ":"),
              let second = num(17..<19)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= RFC3339Time.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        var p = 19
        var nanos = 0
        if p < b.count, b[p] == UInt8(ascii: ".") {
            p += 1
            let start = p
            while p < b.count, b[p] >= 0x30 && b[p] <= 0x39 { p += 1 }
            guard p > start else { return nil }
            var digits = Array(b[start..<min(p, start + 9)])
            while digits.count < 9 { digits.append(0x30) }
            nanos = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard p < b.count else { return nil }
        var offset = 0
        if b[p] == UInt8(ascii: "Z") || b[p] == UInt8(ascii: "z") {
            p += 1
        } else if b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-") {
            guard let oh = num((p + 1)..<(p + 3)), p + 3 < b.count, b[p + 3] == UInt8(ascii: ":"),
                  let om = num((p + 4)..<(p + 6)), oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (b[p] == UInt8(ascii: "-") ? -1 : 1)
            p += 6
        } else {
            return nil
        }
        guard p == b.count else { return nil }
        let days = RFC3339Time.daysFromCivil(year: year, month: month, day: day)
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        unixSeconds = local - Int64(offset)
        nanoseconds = Int32(nanos)
        offsetSeconds = offset
    }

    /// Go's `time.RFC3339Nano` layout.
    var formatted: String {
        let local = unixSeconds + Int64(offsetSeconds)
        var days = local / 86_400
        var secs = local % 86_400
        if secs < 0 {
            secs += 86_400
            days -= 1
        }
        let (year, month, day) = RFC3339Time.civilFromDays(days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var yearText = String(year)
        if year >= 0 && year < 1000 { yearText = String(repeating: "0", count: 4 - yearText.count) + yearText }
        var out = "\(yearText)-\(two(month))-\(two(day))T\(two(Int(secs / 3600))):\(two(Int(secs / 60 % 60))):\(two(Int(secs % 60)))"
        if nanoseconds != 0 {
            var fraction = String(nanoseconds)
            fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            out += "." + fraction
        }
        if offsetSeconds == 0 {
            out += "Z"
        } else {
            let sign = offsetSeconds < 0 ? "-" : "+"
            let magnitude = abs(offsetSeconds)
            out += sign + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
        }
        return out
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// `--since`/`--until` of `docker logs` and `docker events` as the API client reads them
/// (moby's `api/types/time.GetTimestamp`).
///
/// A Go duration (`10m`, `1h30m`) counts back from now; RFC 3339 dates and times (`2024-01-02`,
/// `2024-01-02T15:04`, `2024-01-02T15:04:05.5Z`, with or without a zone) are parsed with Go's
/// `time.Parse` rules and error texts, in the client's local zone when none is written; anything
/// else must be a Unix timestamp (`1700000000`, `1700000000.5`) and is passed through unchanged.
public enum TimestampSpec {
    /// `GetTimestamp(value, reference)`: the `seconds.nanoseconds` (or seconds) string sent to the
    /// daemon. `now` is the reference time in Unix seconds; `utcOffset` the local zone's offset in
    /// seconds east of UTC at that time.
    public static func timestamp(_ value: String, now: Int64, utcOffset: Int = 0) -> Result<String, ValueError> {
        if value != "0", case .success(let d) = GoDuration.parse(value) {
            // reference.Add(-d).Unix(): whole seconds, rounded toward negative infinity.
            let nanos = now.multipliedReportingOverflow(by: 1_000_000_000)
            let shifted = nanos.partialValue.subtractingReportingOverflow(d)
            let seconds = shifted.partialValue >= 0 ? shifted.partialValue / 1_000_000_000
                : (shifted.partialValue - 999_999_999) / 1_000_000_000
            return .success(String(seconds))
        }
        let inLocation = !value.contains(where: { "zZ+".contains($0) }) && value.filter({ $0 == "-" }).count != 3
        let layout: String
        if value.contains(".") {
            layout = inLocation ? "2006-01-02T15:04:05.999999999" : "2006-01-02T15:04:05.999999999Z07:00"
        } else if value.contains("T") {
            var colons = value.filter { $0 == ":" }.count
            if !inLocation && !value.contains(where: { $0 == "z" || $0 == "Z" }) && colons > 0 { colons -= 1 }
            switch (inLocation, colons) {
            case (true, 0): layout = "2006-01-02T15"
            case (true, 1): layout = "2006-01-02T15:04"
            case (true, _): layout = "2006-01-02T15:04:05"
            case (false, 0): layout = "2006-01-02T15Z07:00"
            case (false, 1): layout = "2006-01-02T15:04Z07:00"
            default: layout = "2006-01-02T15:04:05Z07:00"
            }
        } else {
            layout = inLocation ? "2006-01-02" : "2006-01-02Z07:00"
        }
        switch GoTime.parse(layout: layout, value: value, defaultOffset: inLocation ? utcOffset : 0) {
        case .success(let (seconds, nanos)):
            let padded = String(nanos)
            return .success("\(seconds).\(String(repeating: "0", count: 9 - padded.count))\(padded)")
        case .failure(let e):
            if value.contains("-") { return .failure(ValueError(e.description)) }
            if case .failure = unixTimestamp(value) {
                return .failure(ValueError("failed to parse value as time or duration: \(GoQuote.quote(value))"))
            }
            return .success(value)
        }
    }

    /// `parseTimestamp`: `seconds[.fraction]` as the daemon reads what `timestamp` produced.
    public static func unixTimestamp(_ value: String) -> Result<(seconds: Int64, nanoseconds: Int64), ValueError> {
        let (s, n, hasFraction) = ListValidators.cut(value, ".")
        guard case .success(let seconds) = GoStrconv.parseInt(s) else { return .failure(ValueError(value)) }
        guard hasFraction else { return .success((seconds, 0)) }
        guard case .success(let fraction) = GoStrconv.parseInt(n) else { return .failure(ValueError(value)) }
        var scaled = Double(fraction)
        let digits = n.utf8.count
        if digits < 9 { for _ in 0..<(9 - digits) { scaled *= 10 } } else if digits > 9 { for _ in 0..<(digits - 9) { scaled /= 10 } }
        return .success((seconds, Int64(scaled)))
    }
}

/// Go's `time.Parse` for the RFC 3339 layouts docker uses, with Go's error texts.
enum GoTime {
    /// A `*time.ParseError`, already printed.
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses `value` against `layout`, returning Unix seconds and nanoseconds; values without a
    /// zone are in the fixed zone `defaultOffset` seconds east of UTC.
    static func parse(layout: String, value: String, defaultOffset: Int) -> Result<(Int64, Int64), ParseError> {
        let quotedValue = GoQuote.timeQuote(value)
        func cannot(_ valueElem: Substring, _ layoutElem: String) -> ParseError {
            ParseError(description: "parsing time \(quotedValue) as \(GoQuote.timeQuote(layout)): cannot parse \(GoQuote.timeQuote(String(valueElem))) as \(GoQuote.timeQuote(layoutElem))")
        }
        func message(_ text: String) -> ParseError { ParseError(description: "parsing time \(quotedValue)\(text)") }
        var rest = Substring(value)
        var year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var nanos = 0
        var offset = defaultOffset
        for element in elements(layout) {
            switch element {
            case .literal(let text):
                var v = rest
                for c in text {
                    guard v.first == c else { return .failure(cannot(v, text)) }
                    v = v.dropFirst()
                }
                rest = v
            case .year:
                let p = rest.prefix(4)
                guard p.count == 4, p.first?.isASCII == true, p.first?.isNumber == true,
                      case .success(let y) = GoStrconv.atoi(String(p)) else { return .failure(cannot(rest, "2006")) }
                year = y
                rest = rest.dropFirst(4)
            case .month, .day, .hour, .minute, .second:
                let fixed = element != .hour
                guard let (n, after) = number(rest, fixed: fixed) else { return .failure(cannot(rest, element.layout)) }
                rest = after
                switch element {
                case .month:
                    if n <= 0 || n > 12 { return .failure(message(": month out of range")) }
                    month = n
                case .day: day = n
                case .hour:
                    if n >= 24 { return .failure(message(": hour out of range")) }
                    hour = n
                case .minute:
                    if n >= 60 { return .failure(message(": minute out of range")) }
                    minute = n
                default:
                    if n >= 60 { return .failure(message(": second out of range")) }
                    second = n
                }
            case .fraction:
                guard rest.count >= 2, let dot = rest.first, dot == "." || dot == ",",
                      let digit = rest.dropFirst().first, digit.isASCII, digit.isNumber else { continue }
                var digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(1 + digits.count)
                if digits.count > 9 { digits = digits.prefix(9) }
                nanos = (Int(digits) ?? 0) * Int(pow10(9 - digits.count))
            case .zone:
                if rest.first == "Z" {
                    rest = rest.dropFirst()
                    offset = 0
                    continue
                }
                let b = Array(rest.utf8)
                guard b.count >= 6, b[3] == 0x3A,
                      let (hours, _) = number(rest.dropFirst().prefix(2), fixed: true),
                      let (minutes, _) = number(rest.dropFirst(4).prefix(2), fixed: true),
                      b[0] == 0x2B || b[0] == 0x2D
                else { return .failure(cannot(rest, "Z07:00")) }
                if hours > 24 { return .failure(message(": time zone offset hour out of range")) }
                if minutes > 60 { return .failure(message(": time zone offset minute out of range")) }
                offset = (hours * 60 + minutes) * 60 * (b[0] == 0x2D ? -1 : 1)
                rest = rest.dropFirst(6)
            }
        }
        if !rest.isEmpty { return .failure(message(": extra text: \(GoQuote.timeQuote(String(rest)))")) }
        if day < 1 || day > daysIn(month: month, year: year) { return .failure(message(": day out of range")) }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        return .success((seconds, Int64(nanos)))
    }

    /// One layout chunk: a literal or a Go `std` element.
    private enum Element: Equatable {
        case literal(String), year, month, day, hour, minute, second, fraction, zone

        var layout: String {
            switch self {
            case .month: return "01"
            case .day: return "02"
            case .hour: return "15"
            case .minute: return "04"
            case .second: return "05"
            default: return ""
            }
        }
    }

    /// The chunks of the few layouts `TimestampSpec` uses.
    private static func elements(_ layout: String) -> [Element] {
        var out: [Element] = [.year, .literal("-"), .month, .literal("-"), .day]
        var rest = layout.dropFirst("2006-01-02".count)
        let table: [(String, [Element])] = [
            ("T15", [.literal("T"), .hour]), (":04", [.literal(":"), .minute]), (":05", [.literal(":"), .second]),
            (".999999999", [.fraction]), ("Z07:00", [.zone]),
        ]
        while !rest.isEmpty {
            guard let (token, elements) = table.first(where: { rest.hasPrefix($0.0) }) else { break }
            out += elements
            rest = rest.dropFirst(token.count)
        }
        return out
    }

    /// Go's `getnum`: one or two digits (exactly two when `fixed`).
    private static func number(_ s: Substring, fixed: Bool) -> (Int, Substring)? {
        let digits = Array(s.prefix(2))
        guard let first = digits.first, first.isASCII, let d0 = first.wholeNumberValue else { return nil }
        guard digits.count == 2, digits[1].isASCII, let d1 = digits[1].wholeNumberValue else {
            return fixed ? nil : (d0, s.dropFirst())
        }
        return (d0 * 10 + d1, s.dropFirst(2))
    }

    private static func pow10(_ n: Int) -> Int64 {
        var v: Int64 = 1
        for _ in 0..<max(n, 0) { v *= 10 }
        return v
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

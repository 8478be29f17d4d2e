/// Small display rules docker's tables apply to ids, long strings and times.
public enum DisplayHelpers {
    /// `stringid.TruncateID`: drops an algorithm prefix (`sha256:`) and keeps 12 characters.
    public static func truncateID(_ id: String) -> String {
        var id = Substring(id)
        if let colon = id.firstIndex(of: ":") { id = id[id.index(after: colon)...] }
        let bytes = Array(id.utf8)
        guard bytes.count > 12 else { return String(id) }
        return String(decoding: bytes[..<12], as: UTF8.self)
    }

    /// `formatter.Ellipsis`: fits `s` into `maxDisplayWidth` columns, ending with `…` when cut.
    ///
    /// Wide characters count two columns. A width of 1 keeps only the first character (docker
    /// would panic on an empty string there; this returns "").
    public static func ellipsis(_ s: String, _ maxDisplayWidth: Int) -> String {
        if maxDisplayWidth <= 0 { return "" }
        let runes = Array(s.unicodeScalars)
        if maxDisplayWidth == 1 { return runes.first.map { String($0) } ?? "" }
        if s.utf8.count == runes.count {
            if runes.count <= maxDisplayWidth { return s }
            return String(String.UnicodeScalarView(runes[..<(maxDisplayWidth - 1)])) + "…"
        }
        var display: [Int] = []
        var width = 0
        for r in runes {
            width += DisplayWidth.ellipsisWidth(r)
            display.append(width)
        }
        if width <= maxDisplayWidth { return s }
        for i in 0..<(display.count - 1) where display[i] <= maxDisplayWidth - 1 && display[i + 1] > maxDisplayWidth - 1 {
            return String(String.UnicodeScalarView(runes[...i])) + "…"
        }
        return s
    }

    /// The `CREATED` column: `units.HumanDuration(now - created) + " ago"` (`2 hours ago`).
    public static func ago(nanoseconds: Int64) -> String {
        Units.humanDuration(nanoseconds: nanoseconds) + " ago"
    }

    /// The `CREATED` column from Unix times in seconds, as docker computes it from `Created`.
    public static func ago(created: Int64, now: Int64) -> String {
        let (seconds, overflow) = now.subtractingReportingOverflow(created)
        let (ns, overflow2) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return ago(nanoseconds: overflow || overflow2 ? Int64.max : ns)
    }

    /// Go's `time.Time.String()` without a monotonic reading: `2024-05-01 10:00:00 +0000 UTC`
    /// (fractional seconds appear only when non-zero, without trailing zeros).
    ///
    /// `utcOffset` is the zone's offset in seconds and `zone` its abbreviation; docker's
    /// `CreatedAt` columns print the client's local zone.
    public static func goTime(unixSeconds: Int64, nanoseconds: Int = 0, utcOffset: Int = 0, zone: String = "UTC") -> String {
        let local = unixSeconds + Int64(utcOffset)
        var days = local / 86_400
        var secs = local % 86_400
        if secs < 0 {
            secs += 86_400
            days -= 1
        }
        let (y, m, d) = civil(fromDays: days)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var out = "\(y < 0 ? "-" : "")\(String(repeating: "0", count: max(0, 4 - String(abs(y)).count)))\(abs(y))-\(two(m))-\(two(d)) "
        out += "\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))"
        if nanoseconds > 0 {
            var frac = String(nanoseconds)
            frac = String(repeating: "0", count: max(0, 9 - frac.count)) + frac
            while frac.hasSuffix("0") { frac.removeLast() }
            out += "." + frac
        }
        let sign = utcOffset < 0 ? "-" : "+"
        let off = abs(utcOffset)
        out += " \(sign)\(two(Int64(off / 3600)))\(two(Int64(off / 60 % 60))) \(zone)"
        return out
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date.
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

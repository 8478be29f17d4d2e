/// docker/go-units' printing side: human durations and sizes as docker's tables show them.
///
/// `HumanDuration` makes `CREATED` (`2 hours ago`) and `STATUS` (`Up 5 seconds`); `HumanSize`
/// and `HumanSizeWithPrecision` make `SIZE` (`7.22MB`, `1e+03B`: Go's `%.*g`); `BytesSize` makes
/// binary sizes (`512MiB`). Durations are Go `time.Duration`s: nanoseconds.
public enum Units {
    static let decimalAbbreviations = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
    static let binaryAbbreviations = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]

    /// `units.HumanDuration`: "Less than a second", "1 second", "About a minute", "3 hours", "2 weeks"...
    public static func humanDuration(nanoseconds d: Int64) -> String {
        let seconds = d / 1_000_000_000
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = d / 60_000_000_000
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = Int64(goHours(d) + 0.5)
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(Int64(goHours(d)) / 24 / 365) years"
    }

    /// Go's `Duration.Hours()`: whole hours plus the remainder as a fraction.
    private static func goHours(_ d: Int64) -> Double {
        let hour: Int64 = 3_600_000_000_000
        return Double(d / hour) + Double(d % hour) / 3_600_000_000_000
    }

    /// `units.HumanDuration` of a Swift `Duration`.
    public static func humanDuration(_ d: Duration) -> String {
        let (seconds, attoseconds) = d.components
        let (ns, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return humanDuration(nanoseconds: overflow ? (seconds < 0 ? Int64.min : Int64.max) : ns &+ attoseconds / 1_000_000_000)
    }

    /// `units.HumanSizeWithPrecision`: decimal units, `precision` significant digits (`%.*g`).
    public static func humanSize(_ size: Double, precision: Int) -> String {
        let (value, unit) = sizeAndUnit(size, base: 1000, units: decimalAbbreviations)
        return GoFloat.format(value, fmt: "g", precision: precision) + unit
    }

    /// `units.HumanSize`: decimal units with four significant digits (`1.235MB`).
    public static func humanSize(_ size: Double) -> String { humanSize(size, precision: 4) }

    /// `units.BytesSize`: binary units with four significant digits (`1.5GiB`).
    public static func bytesSize(_ size: Double) -> String {
        let (value, unit) = sizeAndUnit(size, base: 1024, units: binaryAbbreviations)
        return GoFloat.format(value, fmt: "g", precision: 4) + unit
    }

    /// `units.CustomSize(format, size, base, units)`: `format` is a Go format with a float and a string verb.
    public static func customSize(_ format: String, _ size: Double, base: Double, units: [String]) -> String {
        let (value, unit) = sizeAndUnit(size, base: base, units: units)
        return GoFmt.sprintf(format, [.float64(value), .string(unit)])
    }

    private static func sizeAndUnit(_ size: Double, base: Double, units: [String]) -> (Double, String) {
        var size = size
        var i = 0
        while size >= base && i < units.count - 1 {
            size /= base
            i += 1
        }
        return (size, units.isEmpty ? "" : units[i])
    }
}

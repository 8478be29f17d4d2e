/// Rewrites docker output so that two runs of the same commands compare equal where they can
/// only differ by chance: ids, generated names, clocks, sizes and ephemeral ports.
///
/// A simulation and a real daemon never agree on a random id or on how many seconds ago a
/// container started, but everything around those values (the words, the columns, the exit
/// code) must match. Each rule replaces one kind of value with a placeholder; the rules are pure
/// functions of the text, applied in `Rule.allCases` order (timestamps before ports, because a
/// time has colons; column padding last, because replacing values changes the column widths).
public struct OutputNormalizer: Sendable {
    /// One kind of value to replace.
    public enum Rule: Sendable, CaseIterable {
        /// RFC 3339 times (`2025-05-30T12:07:14.123Z`; the zero time `0001-01-01T00:00:00Z` is kept,
        /// it means "never"), Go's `time.Time` text (`2025-05-30 12:07:14 +0000 UTC`) and the log
        /// times of redis (`29 Nov 2026 04:06:34.128`) become `<time>`.
        case timestamps
        /// 64- and 12-character lowercase hex words (container, image, volume and layer ids,
        /// digests after `sha256:`) become `<id>` and `<short-id>`.
        case ids
        /// Daemon-generated container names (`focused_turing`, `sleepy_kepler3`) become `<name>`.
        case generatedNames
        /// docker's human durations (`Less than a second`, `About a minute`, `3 seconds`, `2 weeks`),
        /// as in `Up 3 seconds` and `5 minutes ago`, become `<duration>`.
        case humanDurations
        /// docker's human sizes (`1.98MB`, `13.3kB`, `0B`, `1.5MiB`) become `<size>`.
        case sizes
        /// Host ports the daemon picked from Linux's ephemeral range (32768-60999) after a `:` or
        /// inside a JSON string (`0.0.0.0:32768->80/tcp`, `"HostPort": "32768"`) become `<port>`.
        case ephemeralPorts
        /// Runs of two or more spaces between words (table column padding) become three spaces,
        /// and spaces at line ends go: tabwriter pads by the widest value, which the other rules changed.
        case columnPadding
    }

    public var rules: [Rule]

    public init(rules: [Rule] = Rule.allCases) {
        self.rules = rules
    }

    /// Applies the rules, in `Rule.allCases` order whatever order they were given in.
    public func normalize(_ text: String) -> String {
        Rule.allCases.filter(rules.contains).reduce(text) { text, rule in Self.apply(rule, to: text) }
    }

    /// Applies one rule.
    public static func apply(_ rule: Rule, to text: String) -> String {
        switch rule {
        case .timestamps: replacingTimestamps(in: text)
        case .ids: replacingIDs(in: text)
        case .generatedNames: replacingGeneratedNames(in: text)
        case .humanDurations: replacingHumanDurations(in: text)
        case .sizes: replacingSizes(in: text)
        case .ephemeralPorts: replacingEphemeralPorts(in: text)
        case .columnPadding: collapsingColumnPadding(in: text)
        }
    }

    public static let timePlaceholder = "<time>"
    public static let idPlaceholder = "<id>"
    public static let shortIDPlaceholder = "<short-id>"
    public static let namePlaceholder = "<name>"
    public static let durationPlaceholder = "<duration>"
    public static let sizePlaceholder = "<size>"
    public static let portPlaceholder = "<port>"

    /// The Go zero time, which docker prints for "not yet" (`"FinishedAt": "0001-01-01T00:00:00Z"`).
    static let zeroTime = "0001-01-01T00:00:00Z"

    public static func replacingTimestamps(in text: String) -> String {
        let rfc3339 = #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/#
        let goTime = #/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{4} [A-Z]{2,5}/#
        let logTime = #/\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?/#
        return text
            .replacing(rfc3339) { $0.output == zeroTime ? String($0.output) : timePlaceholder }
            .replacing(goTime) { _ in timePlaceholder }
            .replacing(logTime) { _ in timePlaceholder }
    }

    public static func replacingIDs(in text: String) -> String {
        text.replacing(#/(^|[^0-9A-Za-z_])([0-9a-f]{64}|[0-9a-f]{12})(?![0-9A-Za-z_])/#) { match in
            match.output.1 + (match.output.2.count == 64 ? idPlaceholder : shortIDPlaceholder)
        }
    }

    public static func replacingGeneratedNames(in text: String) -> String {
        text.replacing(#/(^|[^0-9A-Za-z_.\-])([a-z]+)_([a-z]+)([0-9]?)(?![0-9A-Za-z_\-])/#) { match in
            GeneratedNameWords.adjectives.contains(String(match.output.2))
                ? match.output.1 + namePlaceholder
                : String(match.output.0)
        }
    }

    public static func replacingHumanDurations(in text: String) -> String {
        let duration = #/(^|[^0-9A-Za-z_])(Less than a second|About a minute|About an hour|\d+ (?:second|minute|hour|day|week|month|year)s?)(?![0-9A-Za-z_])/#
        return text.replacing(duration) { match in match.output.1 + durationPlaceholder }
    }

    public static func replacingSizes(in text: String) -> String {
        let size = #/(^|[^0-9A-Za-z_.])\d+(?:\.\d+)?(?:B|kB|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|PiB)(?![0-9A-Za-z_])/#
        return text.replacing(size) { match in match.output.1 + sizePlaceholder }
    }

    /// Linux's default `net.ipv4.ip_local_port_range`, where docker picks host ports for `-P` and `-p 80`.
    public static let ephemeralPorts: ClosedRange<Int> = 32768...60999

    public static func replacingEphemeralPorts(in text: String) -> String {
        text.replacing(#/([:"])(\d{5})(?![0-9])/#) { match in
            guard let port = Int(match.output.2), ephemeralPorts.contains(port) else { return String(match.output.0) }
            return match.output.1 + portPlaceholder
        }
    }

    public static func collapsingColumnPadding(in text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = line.prefix { $0 == " " } + line.drop { $0 == " " }.replacing(#/ {2,}/#, with: "   ")
            var trimmed = content[...]
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n")
    }
}

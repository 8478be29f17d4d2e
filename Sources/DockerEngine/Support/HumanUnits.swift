import DockerAPI

/// docker/go-units' human-readable durations and sizes, as the daemon writes them into `Status`.
///
/// The client has its own copy for its tables; the daemon needs one because `Up 3 minutes`
/// and `Exited (0) 2 seconds ago` are composed daemon-side (container/state.go `String`).
enum HumanUnits {
    /// `units.HumanDuration`.
    static func duration(nanoseconds d: Int64) -> String {
        let seconds = d / Timestamp.second
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = d / (60 * Timestamp.second)
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = Int64(Double(d) / Double(3600 * Timestamp.second) + 0.5)
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(d / (3600 * Timestamp.second) / 24 / 365) years"
    }
}

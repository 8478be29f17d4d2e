/// The container `STATUS` text the daemon puts in `docker ps` rows (moby's `State.String()`).
///
/// The daemon, not the client, writes `Up 5 seconds`, `Exited (0) 2 hours ago` into the
/// container list, measuring from its own clock; the simulated engine calls this with its state
/// and clock. Precedence follows moby: paused and restarting are running states, then removal,
/// dead, never started, and exited.
public struct ContainerStatus: Sendable, Equatable {
    public var running: Bool
    public var paused: Bool
    public var restarting: Bool
    public var removalInProgress: Bool
    public var dead: Bool
    public var exitCode: Int
    /// When the container last started, in nanoseconds since the Unix epoch; `nil` is Go's zero time.
    public var startedAt: Int64?
    /// When the container last stopped, in nanoseconds since the Unix epoch; `nil` is Go's zero time.
    public var finishedAt: Int64?
    /// The health-check status (`starting`, `healthy`, `unhealthy`), or `nil` without a health check.
    public var health: String?

    public init(running: Bool = false, paused: Bool = false, restarting: Bool = false, removalInProgress: Bool = false,
                dead: Bool = false, exitCode: Int = 0, startedAt: Int64? = nil, finishedAt: Int64? = nil, health: String? = nil) {
        self.running = running
        self.paused = paused
        self.restarting = restarting
        self.removalInProgress = removalInProgress
        self.dead = dead
        self.exitCode = exitCode
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.health = health
    }

    /// `State.String()` at `now` (nanoseconds since the Unix epoch).
    public func text(now: Int64) -> String {
        func since(_ t: Int64?) -> String {
            let (d, overflow) = now.subtractingReportingOverflow(t ?? Self.goZeroTime)
            return Units.humanDuration(nanoseconds: overflow ? Int64.max : d)
        }
        if running {
            if paused { return "Up \(since(startedAt)) (Paused)" }
            if restarting { return "Restarting (\(exitCode)) \(since(finishedAt)) ago" }
            if let health { return "Up \(since(startedAt)) (\(Self.healthText(health)))" }
            return "Up \(since(startedAt))"
        }
        if removalInProgress { return "Removal In Progress" }
        if dead { return "Dead" }
        if startedAt == nil { return "Created" }
        if finishedAt == nil { return "" }
        return "Exited (\(exitCode)) \(since(finishedAt)) ago"
    }

    /// `State.StateString()`: the `STATE` column and the `status` filter's values.
    public var state: String {
        if running {
            if paused { return "paused" }
            if restarting { return "restarting" }
            return "running"
        }
        if removalInProgress { return "removing" }
        if dead { return "dead" }
        if startedAt == nil { return "created" }
        return "exited"
    }

    /// moby's `Health.String()`: `health: starting`, and an unset status reads as unhealthy.
    static func healthText(_ status: String) -> String {
        switch status {
        case "starting": "health: starting"
        case "": "unhealthy"
        default: status
        }
    }

    /// Go's zero `time.Time` (0001-01-01 UTC) in Unix nanoseconds, clamped to what Int64 holds.
    static let goZeroTime = Int64.min
}

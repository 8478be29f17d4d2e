import DockerAPI
import Foundation

/// Where the daemon reads the time, and how it waits for a time to come.
///
/// The daemon has no threads: a process that ends at T, a restart due at T or a stop timeout
/// are facts recorded in the state and evaluated against `now` at each API call. Only a
/// blocking call (`wait`, an attached `run`) has to let time pass, through `sleep(until:)`.
public protocol EngineClock: AnyObject {
    /// The current instant.
    var now: Timestamp { get }
    /// Returns once `now >= instant`: the wall clock sleeps, the virtual clock jumps.
    func sleep(until instant: Timestamp)
    /// Marks the start of an API call: the virtual clock steps forward, the wall clock ignores it.
    func tick()
}

/// The real time, for learners: "Up 3 minutes" between two invocations is three real minutes.
public final class WallClock: EngineClock {
    public init() {}

    public var now: Timestamp {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Timestamp(seconds: Int64(ts.tv_sec), nanoseconds: Int64(ts.tv_nsec))
    }

    public func sleep(until instant: Timestamp) {
        let delta = instant.since(now)
        guard delta > 0 else { return }
        Thread.sleep(forTimeInterval: Double(delta) / 1e9)
    }

    public func tick() {}
}

/// A deterministic clock for seeded runs and tests: it starts at a fixed instant and moves only
/// by `step` at each API call and by explicit `advance`/`sleep`.
///
/// The step stands in for the few milliseconds a real command takes, so two containers created
/// by successive commands have distinct, ordered times.
public final class VirtualClock: EngineClock {
    /// 2025-01-01T00:00:00Z, the instant seeded sandboxes start at.
    public static let defaultStart = Timestamp.utc(year: 2025, month: 1, day: 1)

    public private(set) var now: Timestamp
    /// How far each API call moves the clock.
    public var step: Int64

    public init(start: Timestamp = VirtualClock.defaultStart, step: Int64 = 100 * Timestamp.millisecond) {
        self.now = start
        self.step = step
    }

    public func sleep(until instant: Timestamp) {
        if instant > now { now = instant }
    }

    public func advance(nanoseconds: Int64) { now = now.adding(nanoseconds: max(0, nanoseconds)) }
    public func advance(seconds: Int64) { advance(nanoseconds: seconds * Timestamp.second) }

    /// Moves the clock by one `step`; the daemon calls this at the start of every API call.
    public func tick() { now = now.adding(nanoseconds: step) }
}

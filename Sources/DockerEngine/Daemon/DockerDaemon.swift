import DockerAPI

/// The simulated Docker daemon: an in-memory `Engine` over an `EngineState` value.
///
/// Time model: the daemon runs no threads. Everything that takes time is recorded as a fact
/// with an instant — a process's planned exit (`ProcessRecord.exitAt`), output stamped in the
/// future (`sleep 5; echo done`), a restart due after the back-off (`restartDueAt`) — and every
/// API call first reads the clock and *reconciles*: it applies, in time order, each event whose
/// instant has passed (exit, restart policy, AutoRemove, restart, exit again...). Between two
/// CLI invocations minutes may pass on the wall clock and the first call of the next command
/// catches up. Calls that block in docker (`wait`, `stop` within its timeout, an attached run)
/// compute when their condition will hold and call `EngineClock.sleep(until:)`: the wall clock
/// really sleeps, the virtual clock of a seeded sandbox jumps, so tests never sleep.
///
/// Randomness (ids, names, MACs, host ports) comes from `EngineState.random`; seeded, the same
/// commands give the same state byte for byte.
///
/// What it does not do: real processes, real files outside volumes, real networking, registries
/// other than the catalog, Swarm, plugins, BuildKit.
public final class DockerDaemon {
    public internal(set) var state: EngineState
    public let catalog: Catalog
    public let clock: EngineClock
    /// Values `docker info` and `version` report.
    public let host: HostFacts

    /// Opens a daemon over a saved state.
    public init(state: EngineState, catalog: Catalog, clock: EngineClock, host: HostFacts = HostFacts()) {
        self.state = state
        self.catalog = catalog
        self.clock = clock
        self.host = host
        if let virtual = clock as? VirtualClock, let saved = state.virtualTime, saved > virtual.now {
            virtual.sleep(until: saved)
        }
        ensureDefaultNetworks()
    }

    /// A daemon with nothing in it but the three default networks. With a seed, ids, names and
    /// addresses are deterministic (pair it with a `VirtualClock` for deterministic times).
    public static func fresh(catalog: Catalog, clock: EngineClock, seed: UInt64? = nil, host: HostFacts = HostFacts()) -> DockerDaemon {
        var random: RandomSource = seed.map { .seeded(SplitMix64(seed: $0)) } ?? .system
        let uuid = Self.uuid(&random)
        let identity = DaemonIdentity(id: uuid, name: host.hostname, startedAt: clock.now)
        let state = EngineState(daemon: identity, random: random, virtualTime: clock is VirtualClock ? clock.now : nil)
        return DockerDaemon(state: state, catalog: catalog, clock: clock, host: host)
    }

    /// The state to save: the current state with the virtual clock's reading.
    public var snapshot: EngineState {
        var s = state
        if clock is VirtualClock { s.virtualTime = clock.now }
        return s
    }

    /// The daemon's now.
    public var now: Timestamp { clock.now }

    // MARK: Call preamble

    /// Starts an API call: steps a virtual clock and catches the state up with the time.
    @discardableResult
    func begin() -> Timestamp {
        clock.tick()
        let t = clock.now
        reconcile(until: t)
        return t
    }

    // MARK: Identifiers

    func newID() -> String { state.random.id() }

    /// A random (version 4) UUID, the form of the daemon's `ID`.
    static func uuid(_ random: inout RandomSource) -> String {
        let h = Array(random.hex(32))
        let variant = Array("89ab")[random.below(4)]
        func part(_ r: Range<Int>) -> String { String(h[r]) }
        return part(0..<8) + "-" + part(8..<12) + "-4" + part(13..<16) + "-" + String(variant) + part(17..<20) + "-" + part(20..<32)
    }

    func nextPid() -> Int {
        state.nextPid += 1 + state.random.below(40)
        return state.nextPid
    }

    // MARK: Events

    func emit(_ type: String, _ action: String, actor: String, _ attributes: [String: String], at time: Timestamp? = nil) {
        let message = EventMessage(type: type, action: action, actorID: actor, attributes: attributes, time: time ?? clock.now)
        state.events.append(message)
        if state.events.count > EngineState.eventLimit {
            state.events.removeFirst(state.events.count - EngineState.eventLimit)
        }
    }

    /// moby's `LogContainerEventWithAttributes`: the container's labels, image and name join the attributes.
    func emitContainer(_ c: ContainerRecord, _ action: String, _ extra: [String: String] = [:], at time: Timestamp? = nil) {
        var attributes = c.config.labels ?? [:]
        for (k, v) in extra { attributes[k] = v }
        if !c.config.image.isEmpty { attributes["image"] = c.config.image }
        attributes["name"] = c.shortName
        emit("container", action, actor: c.id, attributes, at: time)
    }

    // MARK: Container lookup

    /// moby's `GetContainer`: a full id, a name, or a unique id prefix (daemon/container.go, container/view.go).
    func containerID(_ prefixOrName: String) throws(EngineError) -> String {
        if prefixOrName.isEmpty { throw .invalidParameter("invalid name or ID supplied: \"\"") }
        if state.containers[prefixOrName] != nil { return prefixOrName }
        let name = prefixOrName.hasPrefix("/") ? prefixOrName : "/" + prefixOrName
        if let byName = state.containers.values.first(where: { $0.name == name }) { return byName.id }
        var found: String?
        for id in state.containers.keys where id.hasPrefix(prefixOrName) {
            if found != nil { throw .invalidParameter("multiple IDs found with provided prefix: \(prefixOrName)") }
            found = id
        }
        guard let id = found else { throw .notFound("No such container: \(prefixOrName)") }
        return id
    }

    func container(_ prefixOrName: String) throws(EngineError) -> ContainerRecord {
        let id = try containerID(prefixOrName)
        guard let c = state.containers[id] else { throw .notFound("No such container: \(prefixOrName)") }
        return c
    }
}

/// Facts about the simulated host that `docker info`, `version`, `uname` and nginx's banner print.
public struct HostFacts: Sendable, Equatable {
    public var hostname: String = "docker-tutor"
    public var kernelVersion: String = "6.8.0-60-generic"
    public var operatingSystem: String = "Ubuntu 24.04.2 LTS"
    public var osVersion: String = "24.04"
    public var ncpu: Int = 4
    public var memTotal: Int64 = 8_217_223_168
    public var architecture: String = "x86_64"

    public init() {}
}

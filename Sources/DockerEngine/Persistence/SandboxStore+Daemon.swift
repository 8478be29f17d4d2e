import DockerAPI
import Foundation

extension SandboxStore {
    /// Opens the daemon over the saved state, or a fresh one when there is none. Call with the lock held.
    ///
    /// A seeded sandbox (`DOCKER_TUTOR_SEED`) runs on a `VirtualClock` resumed from the saved
    /// reading and continues the saved random sequence, so a scripted session replays exactly; an
    /// unseeded one uses the wall clock, so "Up 3 minutes" between commands is real time. The seed
    /// only matters when the sandbox is created: an existing sandbox keeps its own kind.
    public func openDaemon(catalog: Catalog, seed: UInt64?, host: HostFacts = HostFacts()) throws(Failure) -> DockerDaemon {
        if let state = try load() {
            let clock: EngineClock
            if case .seeded = state.random {
                clock = VirtualClock(start: state.virtualTime ?? VirtualClock.defaultStart)
            } else {
                clock = WallClock()
            }
            return DockerDaemon(state: state, catalog: catalog, clock: clock, host: host)
        }
        let clock: EngineClock = seed == nil ? WallClock() : VirtualClock()
        return DockerDaemon.fresh(catalog: catalog, clock: clock, seed: seed, host: host)
    }

    /// One command against the sandbox in `directory`: lock, open, run `body`, save, unlock.
    public static func transaction<T>(in directory: URL = SandboxStore.defaultDirectory(), catalog: Catalog, seed: UInt64?,
                                      host: HostFacts = HostFacts(), _ body: (DockerDaemon) throws -> T) throws -> T {
        let store = SandboxStore(directory: directory)
        try store.lock()
        defer { store.unlock() }
        let daemon = try store.openDaemon(catalog: catalog, seed: seed, host: host)
        let result = try body(daemon)
        try store.save(daemon.snapshot)
        return result
    }
}

import DockerAPI
import Foundation

/// One command against the learner's sandbox: lock, load (or create), run, save, unlock.
///
/// A seeded sandbox (`DOCKER_TUTOR_SEED`) runs on a `VirtualClock` resumed from the saved
/// reading and continues the saved random sequence, so a scripted session replays exactly; an
/// unseeded one uses the wall clock, so "Up 3 minutes" between commands is real time. The seed
/// only matters when the sandbox is created: an existing sandbox keeps its own kind.
public enum SandboxSession {
    public static func run<T>(in directory: URL = SandboxStore.defaultDirectory(), catalog: Catalog, seed: UInt64?,
                              host: HostFacts = HostFacts(), _ body: (DockerDaemon) throws -> T) throws -> T {
        let store = SandboxStore(directory: directory)
        try store.lock()
        defer { store.unlock() }
        let daemon: DockerDaemon
        if let state = try store.load() {
            let clock: EngineClock
            if case .seeded = state.random {
                clock = VirtualClock(start: state.virtualTime ?? VirtualClock.defaultStart)
            } else {
                clock = WallClock()
            }
            daemon = DockerDaemon(state: state, catalog: catalog, clock: clock, host: host)
        } else {
            let clock: EngineClock = seed == nil ? WallClock() : VirtualClock()
            daemon = DockerDaemon.fresh(catalog: catalog, clock: clock, seed: seed, host: host)
        }
        let result = try body(daemon)
        try store.save(daemon.snapshot)
        return result
    }
}

import DockerAPI
import DockerCLI
import DockerEngine
import Foundation

/// One docker command against the persistent sandbox, as `docker-tutor docker ...` and the
/// `docker` link run it: lock, load, run, save, unlock.
///
/// The sandbox lives in `$DOCKER_TUTOR_HOME` (default `~/.docker-tutor`). `DOCKER_TUTOR_SEED=N`
/// makes a new sandbox deterministic (ids, names, and a virtual clock that resumes where it
/// stopped); otherwise time between commands is real time. While a command waits for output
/// (`logs -f`, `attach`), it releases the sandbox so commands from other terminals can run, and
/// picks up what they changed.
public final class SandboxSession {
    public let store: SandboxStore
    public let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        self.store = SandboxStore(directory: SandboxStore.defaultDirectory(environment: environment))
    }

    /// The seed from `DOCKER_TUTOR_SEED`, when it is a number.
    public var seed: UInt64? { environment["DOCKER_TUTOR_SEED"].flatMap { UInt64($0) } }

    /// Opens the daemon over the saved state, or a fresh one when there is none.
    public func openDaemon() throws(SandboxStore.Failure) -> DockerDaemon {
        let catalog: Catalog
        do {
            catalog = try Catalog.bundled()
        } catch {
            throw .corrupt(path: "the bundled catalog", reason: "\(error)")
        }
        return try store.openDaemon(catalog: catalog, seed: seed)
    }

    /// Runs the words after `docker` on the real standard streams; returns docker's exit status.
    public func run(_ words: [String]) -> Int32 {
        ProcessIO.catchInterrupts()
        do {
            try store.lock()
        } catch {
            return fail(error)
        }
        defer { store.unlock() }
        let daemon: DockerDaemon
        do {
            daemon = try openDaemon()
        } catch {
            return fail(error)
        }
        var lastSaved = daemon.snapshot
        let io = ProcessIO.standard(idle: { [store] pause in
            // Let other terminals in while this command waits, then take in what they did.
            let current = daemon.snapshot
            if current != lastSaved, (try? store.save(current)) != nil { lastSaved = current }
            store.unlock()
            Thread.sleep(forTimeInterval: Double(pause.components.seconds) + Double(pause.components.attoseconds) / 1e18)
            if (try? store.lock()) != nil, let reloaded = try? store.load() {
                daemon.adopt(reloaded)
                lastSaved = reloaded
            }
        })
        let host = ClientHost(environment: environment, files: RealHostFileSystem())
        let status = DockerClient(engine: daemon, io: io, host: host).run(words)
        let final = daemon.snapshot
        if final != lastSaved {
            do {
                try store.save(final)
            } catch {
                return fail(error)
            }
        }
        return status
    }

    private func fail(_ error: SandboxStore.Failure) -> Int32 {
        ProcessIO.write(STDERR_FILENO, Array("docker-tutor: \(error)\n".utf8))
        return 1
    }
}

import DockerAPI
import Foundation
import Testing
@testable import DockerEngine

/// How long loading and saving a sandbox with ten thousand containers takes.
///
/// Run on purpose: `DOCKER_TUTOR_BENCH=1 swift test -c release --filter PersistenceBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DOCKER_TUTOR_BENCH"] == "1"))
struct PersistenceBenchmark {
    static func bigState() throws -> EngineState {
        let (d, _) = Fixtures.daemon(pulled: ["redis", "nginx", "alpine"])
        let redis = try d.run("redis", name: "seed-redis", configure: { r in
            r.hostConfig.portBindings["6379/tcp"] = [PortBinding()]
            r.config.labels = ["app": "cache"]
        })
        var state = d.snapshot
        guard let template = state.containers[redis] else { throw EngineError.system("no template") }
        var random = RandomSource.seeded(SplitMix64(seed: 7))
        for i in 0..<10_000 {
            var c = template
            c.id = random.id()
            c.name = "/c\(i)"
            c.layerCacheID = random.id()
            state.containers[c.id] = c
        }
        return state
    }

    /// CPU time of the calling thread, which other processes on a busy machine do not inflate.
    static func cpuMilliseconds(_ body: () throws -> Void) throws -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
    }

    /// `DOCKER_TUTOR_BENCH_ONLY=encode|decode` repeats one side ten times, for `perf stat`.
    @Test func repeatedOneSide() throws {
        guard let side = ProcessInfo.processInfo.environment["DOCKER_TUTOR_BENCH_ONLY"] else { return }
        let state = try Self.bigState()
        let bytes = StateCodec.encode(state)
        for _ in 0..<10 {
            if side == "encode" { _ = StateCodec.encode(state) }
            if side == "decode" { _ = try StateCodec.decode(bytes) }
        }
    }

    @Test func tenThousandContainers() throws {
        let state = try Self.bigState()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dt-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = SandboxStore(directory: directory)
        try store.lock()
        let clock = ContinuousClock()
        let saveTime = try clock.measure { try store.save(state) }
        let loadTime = try clock.measure { _ = try store.load() }
        let size = (try? FileManager.default.attributesOfItem(atPath: store.stateFile.path)[.size] as? Int) ?? 0
        print("persistence benchmark: save \(saveTime), load \(loadTime), \(size) bytes for \(state.containers.count) containers")
        var bytes: [UInt8] = []
        var encodeTimes: [Double] = []
        var decodeTimes: [Double] = []
        for _ in 0..<5 {
            encodeTimes.append(try Self.cpuMilliseconds { bytes = StateCodec.encode(state) })
            var decoded: EngineState?
            decodeTimes.append(try Self.cpuMilliseconds { decoded = try StateCodec.decode(bytes) })
            #expect(decoded?.containers.count == state.containers.count)
        }
        print("persistence benchmark: CPU time of encode best \(encodeTimes.min() ?? 0) ms, decode best \(decodeTimes.min() ?? 0) ms")
        if let c = state.containers.values.first {
            let one = try PackedWriter.encode(c)
            print("persistence benchmark: one container \(one.count) bytes, output \(try PackedWriter.encode(c.output).count), hostConfig \(try PackedWriter.encode(c.hostConfig).count), config \(try PackedWriter.encode(c.config).count), networks \(try PackedWriter.encode(c.networks).count)")
        }
    }
}

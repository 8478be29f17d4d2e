import Testing
@testable import DockerAPI

/// Daemon-side checks the simulated engine answers with. There is no daemon on this machine, so
/// the expected texts come from moby v28.2.2's sources (`volume/mounts`, `api/types/filters`,
/// `moby/sys/signal`, `ValidateRestartPolicy`), cited per table.
@Suite struct DaemonChecksTests {
    struct BindCase: Sendable, CustomStringConvertible {
        var raw: String
        var expected: Result<String, EngineError>  // "type source target ro mode" or the error
        var description: String { raw }
    }

    /// moby `linuxParser.ParseMountRaw` (`errInvalidSpec`, `errInvalidMode`, `errMountConfig`).
    static let binds: [BindCase] = [
        BindCase(raw: "/data", expected: .success("volume  /data false ")),
        BindCase(raw: "vol:/data", expected: .success("volume vol /data false ")),
        BindCase(raw: "/host:/data:ro,z", expected: .success("bind /host /data true ro,z")),
        BindCase(raw: "/host:/data:rshared", expected: .success("bind /host /data false rshared")),
        BindCase(raw: "vol:/data:nocopy", expected: .success("volume vol /data false nocopy")),
        BindCase(raw: "", expected: .failure(.invalidParameter("invalid volume specification: ''"))),
        BindCase(raw: ":/x", expected: .failure(.invalidParameter("invalid volume specification: ':/x'"))),
        BindCase(raw: "/a:ro", expected: .failure(.invalidParameter("invalid volume specification: '/a:ro'"))),
        BindCase(raw: "a:b:c:d", expected: .failure(.invalidParameter("invalid volume specification: 'a:b:c:d'"))),
        BindCase(raw: "/a:/b:bad", expected: .failure(.invalidParameter("invalid mode: bad"))),
        BindCase(raw: "/a:/b:ro,rw", expected: .failure(.invalidParameter("invalid mode: ro,rw"))),
        BindCase(raw: "foo:bar", expected: .failure(.invalidParameter(
            "invalid volume specification: 'foo:bar': invalid mount config for type \"volume\": invalid mount path: 'bar' mount path must be absolute"))),
        BindCase(raw: "/a:/", expected: .failure(.invalidParameter(
            "invalid volume specification: '/a:/': invalid mount config for type \"bind\": invalid specification: destination can't be '/'"))),
        BindCase(raw: "rel", expected: .failure(.invalidParameter(
            "invalid volume specification: 'rel': invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute"))),
        BindCase(raw: "/x:ro", expected: .failure(.invalidParameter("invalid volume specification: '/x:ro'"))),
    ]

    @Test(arguments: binds)
    func parsesBindsLikeTheDaemon(_ c: BindCase) {
        let result = BindSpec.parse(c.raw).map { spec in
            "\(spec.mount.type.rawValue) \(spec.mount.source) \(spec.mount.target) \(spec.mount.readOnly) \(spec.mode)"
        }
        #expect(result == c.expected)
    }

    /// moby `validateMountConfigImpl` for `--mount`.
    @Test func validatesMounts() {
        #expect(Mount(type: .bind, source: "/a", target: "/b").validationError(sourceExists: { _ in false })
            == "invalid mount config for type \"bind\": bind source path does not exist: /a")
        #expect(Mount(type: .bind, source: "rel", target: "/b").validationError(sourceExists: nil)
            == "invalid mount config for type \"bind\": invalid mount path: 'rel' mount path must be absolute")
        #expect(Mount(type: .volume, target: "/b", readOnly: true).validationError(sourceExists: nil)
            == "invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes")
        #expect(Mount(type: .tmpfs, source: "x", target: "/t").validationError(sourceExists: nil)
            == "invalid mount config for type \"tmpfs\": field Source must not be specified")
        #expect(Mount(type: .image, target: "/i").validationError(sourceExists: nil)
            == "invalid mount config for type \"image\": field Source must not be empty")
        var sub = Mount(type: .volume, source: "v", target: "/d")
        sub.volumeOptions = Mount.VolumeOptions()
        sub.volumeOptions?.subpath = "../x"
        #expect(sub.validationError(sourceExists: nil)
            == "invalid mount config for type \"volume\": subpath must be a relative path within the volume")
        #expect(Mount(type: .bind, source: "/a", target: "/b").validationError(sourceExists: { _ in true }) == nil)
    }

    /// moby `filters.Args.Validate` with each endpoint's accepted map; `invalidFilter.Error()`.
    @Test func filterNames() {
        #expect(DaemonFilters.validationError(["status", "foo"], endpoint: .containerList) == "invalid filter 'foo'")
        #expect(DaemonFilters.validationError(["label!"], endpoint: .imageList) == "invalid filter 'label!'")
        #expect(DaemonFilters.validationError(["label!"], endpoint: .imageListContainerd) == nil)
        #expect(DaemonFilters.validationError(["dangling", "driver", "type"], endpoint: .networkList) == nil)
        #expect(DaemonFilters.validationError(["until"], endpoint: .volumePrune) == "invalid filter 'until'")
        #expect(DaemonFilters.invalidFilterMessage("is-task", values: ["maybe"]) == "invalid filter 'is-task=[maybe]'")
        #expect(DaemonFilters.invalidFilterMessage("") == "invalid filter")
    }

    /// moby/sys/signal `ParseSignal` (Linux map) and the kill check.
    @Test func signals() {
        #expect(SignalName.parse("SIGKILL") == .success(9))
        #expect(SignalName.parse("kill") == .success(9))
        #expect(SignalName.parse("sigterm") == .success(15))
        #expect(SignalName.parse("15") == .success(15))
        #expect(SignalName.parse("RTMIN+3") == .success(37))
        #expect(SignalName.parse("0") == .failure(.invalidParameter("invalid signal: 0")))
        #expect(SignalName.parse("FOO") == .failure(.invalidParameter("invalid signal: FOO")))
        #expect(SignalName.killValidationError(99) == .invalidParameter("the linux daemon does not support signal 99"))
        #expect(SignalName.killValidationError(9) == nil)
    }

    /// moby `container.ValidateRestartPolicy`.
    @Test func restartPolicies() {
        #expect(RestartPolicy(name: .always, maximumRetryCount: 2).validationError
            == "invalid restart policy: maximum retry count can only be used with 'on-failure'")
        #expect(RestartPolicy(name: .no, maximumRetryCount: -1).validationError
            == "invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative")
        #expect(RestartPolicy(name: .onFailure, maximumRetryCount: -1).validationError
            == "invalid restart policy: maximum retry count cannot be negative")
        #expect(RestartPolicy(name: .onFailure, maximumRetryCount: 3).validationError == nil)
        #expect(RestartPolicy(name: .disabled, maximumRetryCount: 5).validationError == nil)
    }
}

/// moby v28.2.2 `validateHostConfig` / `verifyPlatformContainerResources` texts.
@Suite struct HostConfigResourceCheckTests {
    static func host(_ change: (inout HostConfig) -> Void) -> HostConfig {
        var h = HostConfig()
        change(&h)
        return h
    }

    @Test func refusesLikeTheDaemon() {
        #expect(Self.host { $0.memory = 1024 }.resourceCheck(hostCPUs: 4).error == "Minimum memory limit allowed is 6MB")
        #expect(Self.host { $0.nanoCpus = 1_500_000_000; $0.cpuPeriod = 1000 }.resourceCheck(hostCPUs: 4).error
            == "Conflicting options: Nano CPUs and CPU Period cannot both be set")
        #expect(Self.host { $0.nanoCpus = 1_500_000_000; $0.cpuQuota = 5000 }.resourceCheck(hostCPUs: 4).error
            == "Conflicting options: Nano CPUs and CPU Quota cannot both be set")
        #expect(Self.host { $0.nanoCpus = 8_000_000_000 }.resourceCheck(hostCPUs: 4).error
            == "range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available")
        #expect(Self.host { $0.memorySwap = 1 << 30 }.resourceCheck(hostCPUs: 4).error
            == "You should always set the Memory limit when using Memoryswap limit, see usage")
        #expect(Self.host { $0.autoRemove = true; $0.restartPolicy = RestartPolicy(name: .always) }.resourceCheck(hostCPUs: 4).error
            == "can't create 'AutoRemove' container with restart policy")
        #expect(Self.host { $0.cpuPeriod = 10 }.resourceCheck(hostCPUs: 4).error
            == "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)")
        #expect(Self.host { $0.oomKillDisable = true }.resourceCheck(hostCPUs: 4)
            == HostConfig.ResourceCheck(warnings: ["OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources."], error: nil))
        #expect(Self.host { $0.memory = 512 << 20; $0.memorySwap = -1; $0.nanoCpus = 1_500_000_000 }.resourceCheck(hostCPUs: 4)
            == HostConfig.ResourceCheck(warnings: [], error: nil))
    }
}

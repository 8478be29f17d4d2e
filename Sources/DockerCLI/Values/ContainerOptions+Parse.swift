import DockerAPI

extension ContainerOptions {
    /// Docker's `parse()` in `cli/command/container/opts.go`: flags to `Config`, `HostConfig` and
    /// `NetworkingConfig`, failing with the first error docker would report, in docker's order.
    ///
    /// Values are read raw and re-validated with the same validators pflag ran, because those
    /// validators also normalise (`--dns`, `--add-host`, `-e KEY`, `-a`).
    public static func parse(flags: FlagValues, image: String, args: [String],
                             context: ContainerOptionsContext) -> Result<ContainerCreateRequest, ValueError>
    {
        do {
            return .success(try build(flags: flags, image: image, args: args, context: context))
        } catch {
            return .failure(error)
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private static func build(flags: FlagValues, image: String, args: [String],
                              context: ContainerOptionsContext) throws(ValueError) -> ContainerCreateRequest
    {
        let v = FlagReader(flags: flags)
        let attach = try v.list("attach", ListValidators.attach)
        var attachStdin = attach.contains("stdin")
        var attachStdout = attach.contains("stdout")
        var attachStderr = attach.contains("stderr")

        let macAddress = flags.string("mac-address")
        if !macAddress.isEmpty && !ListValidators.macAddress(macAddress) {
            throw ValueError("\(macAddress) is not a valid mac address")
        }
        let interactive = flags.bool("interactive")
        if interactive { attachStdin = true }
        if attach.isEmpty {
            attachStdout = true
            attachStderr = true
        }

        let swappiness = try v.int64("memory-swappiness", default: -1)
        if swappiness != -1 && (swappiness < 0 || swappiness > 100) {
            throw ValueError("invalid value: \(swappiness). Valid memory swappiness range is 0-100")
        }

        // -v: binds leave the volume set; what stays are anonymous volumes.
        var binds: [String]? = nil
        var volumes: [String] = []
        for spec in unique(flags.all("volume")) {
            let parsed = try VolumeSpec.parse(spec).get()
            if parsed.source.isEmpty {
                volumes.append(spec)
                continue
            }
            let bind = parsed.type == .bind ? VolumeSpec.bindString(spec, workingDirectory: context.workingDirectory) : spec
            binds = (binds ?? []) + [bind]
        }

        var tmpfs: [String: String] = [:]
        for t in flags.all("tmpfs") {
            let (k, val, _) = ListValidators.cut(t, ":")
            tmpfs[k] = val
        }

        let cmd: [String]? = args.isEmpty ? nil : args
        var entrypoint: [String]? = nil
        let entrypointValue = flags.string("entrypoint")
        if !entrypointValue.isEmpty {
            entrypoint = [entrypointValue]
        } else if flags.changed("entrypoint") {
            entrypoint = [""]
        }

        // -p, then --expose.
        var standard: [String] = []
        for publish in flags.all("publish") { standard.append(try PublishSpec.standardNotation(publish).get()) }
        let (published, portBindings) = try PublishSpec.parseAll(standard).get()
        var exposedPorts = published
        for expose in flags.all("expose") {
            for port in try PublishSpec.expose(expose).get() where !exposedPorts.contains(port) {
                exposedPorts.append(port)
            }
        }

        // Devices are checked now that the daemon's OS is known; CDI names become a device request.
        var devices: [DeviceMapping] = []
        var cdiDevices: [String] = []
        for device in flags.all("device") {
            if DeviceSpec.isCDIName(device) {
                cdiDevices.append(device)
                continue
            }
            devices.append(try DeviceSpec.parse(device, serverOS: context.serverOS).get())
        }

        let env = try environment(flags: flags, reader: v, context: context)
        var labels: [String: String] = [:]
        for file in flags.all("label-file") {
            let path = GoPath.abs(file, workingDirectory: context.workingDirectory)
            for line in try EnvFile.parse(path: file, read: { _ in context.readFile(path) }, lookup: nil).get() {
                let (k, val, _) = ListValidators.cut(line, "=")
                labels[k] = val
            }
        }
        for label in try v.list("label", ListValidators.label) {
            let (k, val, _) = ListValidators.cut(label, "=")
            labels[k] = val
        }

        let pidMode = flags.string("pid")
        if !(pidMode.isEmpty || pidMode == "host" || isContainerMode(pidMode, requireName: true)) {
            throw ValueError("--pid: invalid PID mode")
        }
        let utsMode = flags.string("uts")
        if !(utsMode.isEmpty || utsMode == "host") { throw ValueError("--uts: invalid UTS mode") }
        let usernsMode = flags.string("userns")
        if !(usernsMode.isEmpty || usernsMode == "host") { throw ValueError("--userns: invalid USER mode") }
        let cgroupnsMode = flags.string("cgroupns")
        if !["", "private", "host"].contains(cgroupnsMode) { throw ValueError("--cgroupns: invalid CGROUP mode") }

        let restart = try RestartPolicySpec.parse(flags.string("restart", default: "no")).get()

        let logDriver = flags.string("log-driver")
        let logOpts = flags.all("log-opt")
        var logConfig: [String: String] = [:]
        for opt in logOpts {
            let (k, val, _) = ListValidators.cut(opt, "=")
            logConfig[k] = val
        }
        if logDriver == "none" && !logOpts.isEmpty {
            throw ValueError("invalid logging opts for driver \(logDriver)")
        }

        let security = try SecurityOptSpec.parse(flags.all("security-opt"), context: context).get()

        var storageOpt: [String: String] = [:]
        for option in flags.all("storage-opt") {
            let (k, val, ok) = ListValidators.cut(option, "=")
            if !ok { throw ValueError("invalid storage option") }
            storageOpt[k] = val
        }

        let healthcheck = try healthConfig(flags: flags, reader: v)

        var deviceRequests: [DeviceRequest]? = nil
        for gpu in flags.all("gpus") {
            deviceRequests = (deviceRequests ?? []) + [try GPURequestSpec.parse(gpu).get()]
        }
        if !cdiDevices.isEmpty {
            deviceRequests = (deviceRequests ?? []) + [DeviceRequest(driver: "cdi", deviceIDs: cdiDevices)]
        }

        var config = ContainerConfig()
        config.hostname = flags.string("hostname")
        config.domainname = flags.string("domainname")
        config.exposedPorts = exposedPorts
        config.user = flags.string("user")
        config.tty = flags.bool("tty")
        config.openStdin = interactive
        config.attachStdin = attachStdin
        config.attachStdout = attachStdout
        config.attachStderr = attachStderr
        config.env = env
        config.cmd = cmd
        config.image = image
        config.volumes = volumes
        config.macAddress = macAddress
        config.entrypoint = entrypoint
        config.workingDir = flags.string("workdir")
        config.labels = labels
        config.stopSignal = flags.string("stop-signal")
        config.healthcheck = healthcheck
        if flags.changed("stop-timeout") { config.stopTimeout = Int(try v.int64("stop-timeout", default: 0)) }

        var host = HostConfig()
        host.binds = binds
        host.containerIDFile = flags.string("cidfile")
        host.oomScoreAdj = Int(try v.int64("oom-score-adj", default: 0))
        host.autoRemove = flags.bool("rm")
        host.privileged = flags.bool("privileged")
        host.portBindings = portBindings
        host.links = nilIfEmpty(try v.list("link", ListValidators.link))
        host.publishAllPorts = flags.bool("publish-all")
        host.dns = try v.list("dns", ListValidators.ipAddress)
        host.dnsSearch = try v.list("dns-search", ListValidators.dnsSearch)
        host.dnsOptions = flags.all("dns-opt", "dns-option")
        host.extraHosts = nilIfEmpty(try v.list("add-host", ListValidators.extraHost))
        host.volumesFrom = nilIfEmpty(flags.all("volumes-from"))
        host.ipcMode = flags.string("ipc")
        host.networkMode = "default"
        host.pidMode = pidMode
        host.utsMode = utsMode
        host.usernsMode = usernsMode
        host.cgroupnsMode = cgroupnsMode
        host.capAdd = nilIfEmpty(flags.all("cap-add"))
        host.capDrop = nilIfEmpty(flags.all("cap-drop"))
        host.groupAdd = nilIfEmpty(flags.all("group-add"))
        host.restartPolicy = restart.policy ?? RestartPolicy(name: .disabled, maximumRetryCount: restart.maximumRetryCount)
        host.securityOpt = security.options
        host.storageOpt = storageOpt
        host.readonlyRootfs = flags.bool("read-only")
        host.logConfig = LogConfig(type: logDriver, config: logConfig)
        host.volumeDriver = flags.string("volume-driver")
        host.isolation = flags.string("isolation")
        host.shmSize = try v.bytes("shm-size")
        host.tmpfs = tmpfs
        host.sysctls = try v.map("sysctl", ListValidators.sysctl)
        host.runtime = flags.string("runtime")
        host.mounts = nilIfEmpty(try v.mounts(workingDirectory: context.workingDirectory))
        host.maskedPaths = security.maskedPaths
        host.readonlyPaths = security.readonlyPaths
        host.annotations = try v.map("annotation", nil)
        try applyResources(to: &host, flags: flags, reader: v, devices: devices, deviceRequests: deviceRequests)

        if host.autoRemove && !restart.isNone {
            throw ValueError("conflicting options: cannot specify both --restart and --rm")
        }
        if flags.changed("init") { host.initProcess = flags.bool("init") }
        if config.openStdin && config.attachStdin { config.stdinOnce = true }

        let networks = try networkAttachments(flags: flags, reader: v)
        host.networkMode = networks.first?.target ?? "default"
        let endpoints = try endpointsConfig(networks: networks, flags: flags, reader: v)
        if let main = endpoints.first(where: { $0.name == networkName(host.networkMode) }) {
            config.macAddress = main.settings.macAddress
        }
        return ContainerCreateRequest(config: config, hostConfig: host,
                                      networkingConfig: NetworkingConfig(endpoints: endpoints),
                                      name: flags.string("name"), platform: "")
    }

    /// The `--env-file` lines then the `-e` values, as `runRun` and `parse` combine them: the `-e`
    /// values pass through a map (one entry per name, the last value wins), kept here in first-use order
    /// where docker's map order is random.
    private static func environment(flags: FlagValues, reader v: FlagReader,
                                    context: ContainerOptionsContext) throws(ValueError) -> [String]? {
        let lookup: (String) -> String? = { context.environment($0) }
        var order: [String] = []
        var values: [String: String?] = [:]
        for entry in try v.list("env", { ListValidators.env($0, lookup: lookup) }) {
            let (k, val, hasValue) = ListValidators.cut(entry, "=")
            if values[k] == nil { order.append(k) }
            values[k] = .some(hasValue ? val : nil)
        }
        var result: [String]? = nil
        for file in flags.all("env-file") {
            let path = GoPath.abs(file, workingDirectory: context.workingDirectory)
            let lines = try EnvFile.parse(path: file, read: { _ in context.readFile(path) }, lookup: lookup).get()
            result = (result ?? []) + lines
        }
        for k in order {
            let entry: String
            if case .some(.some(let val)) = values[k] { entry = k + "=" + val } else { entry = k }
            result = (result ?? []) + [entry]
        }
        return result
    }

    private static func healthConfig(flags: FlagValues, reader v: FlagReader) throws(ValueError) -> HealthConfig? {
        let cmd = flags.string("health-cmd")
        let interval = try v.duration("health-interval")
        let timeout = try v.duration("health-timeout")
        let startPeriod = try v.duration("health-start-period")
        let startInterval = try v.duration("health-start-interval")
        let retries = try v.int64("health-retries", default: 0)
        let haveSettings = !cmd.isEmpty || interval != 0 || timeout != 0 || startPeriod != 0 || retries != 0
            || startInterval != 0
        if flags.bool("no-healthcheck") {
            if haveSettings { throw ValueError("--no-healthcheck conflicts with --health-* options") }
            return HealthConfig(test: ["NONE"])
        }
        guard haveSettings else { return nil }
        if interval < 0 { throw ValueError("--health-interval cannot be negative") }
        if timeout < 0 { throw ValueError("--health-timeout cannot be negative") }
        if retries < 0 { throw ValueError("--health-retries cannot be negative") }
        if startPeriod < 0 { throw ValueError("--health-start-period cannot be negative") }
        if startInterval < 0 { throw ValueError("--health-start-interval cannot be negative") }
        return HealthConfig(test: cmd.isEmpty ? nil : ["CMD-SHELL", cmd], interval: interval, timeout: timeout,
                            startPeriod: startPeriod, startInterval: startInterval, retries: Int(retries))
    }

    private static func applyResources(to host: inout HostConfig, flags: FlagValues, reader v: FlagReader,
                                       devices: [DeviceMapping], deviceRequests: [DeviceRequest]?) throws(ValueError) {
        host.cgroupParent = flags.string("cgroup-parent")
        host.memory = try v.bytes("memory")
        host.memoryReservation = try v.bytes("memory-reservation")
        host.memorySwap = try v.swapBytes("memory-swap")
        host.memorySwappiness = try v.int64("memory-swappiness", default: -1)
        // `--kernel-memory` is parsed, but the API client (1.42 and later) always sends zero.
        _ = try v.bytes("kernel-memory")
        host.oomKillDisable = flags.bool("oom-kill-disable")
        host.nanoCpus = try v.nanoCPUs("cpus")
        host.cpuCount = try v.int64("cpu-count", default: 0)
        host.cpuPercent = try v.int64("cpu-percent", default: 0)
        host.cpuShares = try v.int64("cpu-shares", default: 0)
        host.cpuPeriod = try v.int64("cpu-period", default: 0)
        host.cpusetCpus = flags.string("cpuset-cpus")
        host.cpusetMems = flags.string("cpuset-mems")
        host.cpuQuota = try v.int64("cpu-quota", default: 0)
        host.cpuRealtimePeriod = try v.int64("cpu-rt-period", default: 0)
        host.cpuRealtimeRuntime = try v.int64("cpu-rt-runtime", default: 0)
        host.pidsLimit = try v.int64("pids-limit", default: 0)
        host.blkioWeight = UInt16(try v.uint64("blkio-weight", bitSize: 16))
        host.blkioWeightDevice = try v.devices("blkio-weight-device", BlkioDeviceSpec.weight)
        host.blkioDeviceReadBps = try v.devices("device-read-bps", BlkioDeviceSpec.bps)
        host.blkioDeviceWriteBps = try v.devices("device-write-bps", BlkioDeviceSpec.bps)
        host.blkioDeviceReadIOps = try v.devices("device-read-iops", BlkioDeviceSpec.iops)
        host.blkioDeviceWriteIOps = try v.devices("device-write-iops", BlkioDeviceSpec.iops)
        host.ioMaximumIOps = try v.uint64("io-maxiops", bitSize: 64)
        host.ioMaximumBandwidth = UInt64(bitPattern: try v.bytes("io-maxbandwidth"))
        host.ulimits = try v.ulimits("ulimit")
        host.deviceCgroupRules = nilIfEmpty(try v.list("device-cgroup-rule", ListValidators.deviceCgroupRule))
        host.devices = devices
        host.deviceRequests = deviceRequests
    }

    /// `container:NAME` (with a non-empty name when `requireName`).
    static func isContainerMode(_ mode: String, requireName: Bool) -> Bool {
        let (k, name, hasSeparator) = ListValidators.cut(mode, ":")
        return hasSeparator && k == "container" && (!requireName || !name.isEmpty)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    static func nilIfEmpty<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }
}

import DockerAPI

/// `POST /containers/create` (daemon/create.go, daemon/names.go, daemon/volumes.go).
extension DockerDaemon {
    /// `names.RestrictedNameChars`.
    static let restrictedNameChars = "[a-zA-Z0-9][a-zA-Z0-9_.-]"

    public func containerCreate(_ request: ContainerCreateRequest) throws(EngineError) -> ContainerCreateResponse {
        let now = begin()
        var config = request.config
        var hostConfig = request.hostConfig
        if hostConfig.restartPolicy.name == .disabled { hostConfig.restartPolicy.name = .no }
        try Self.validate(config: config, hostConfig: hostConfig)
        var warnings: [String] = []
        var image: ImageRecord?
        if !config.image.isEmpty {
            let found = try resolveImage(config.image)
            image = found
            if found.architecture != "amd64" && request.platform.isEmpty {
                warnings.append("The requested image's platform (\(found.os)/\(found.architecture)) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested")
            }
        }
        // adaptContainerSettings (daemon/daemon_unix.go)
        if hostConfig.memory > 0 && hostConfig.memorySwap == 0 { hostConfig.memorySwap = hostConfig.memory * 2 }
        if hostConfig.shmSize == 0 { hostConfig.shmSize = 67_108_864 }
        if hostConfig.ipcMode.isEmpty { hostConfig.ipcMode = "private" }
        if hostConfig.cgroupnsMode.isEmpty { hostConfig.cgroupnsMode = "private" }
        if hostConfig.oomKillDisable == nil { hostConfig.oomKillDisable = false }
        if hostConfig.networkMode.isEmpty || hostConfig.networkMode == "default" { hostConfig.networkMode = "bridge" }
        if let image { Self.merge(&config, with: image.config) }
        if config.entrypoint?.count == 1 && config.entrypoint?.first == "" { config.entrypoint = nil }
        if (config.entrypoint ?? []).isEmpty && (config.cmd ?? []).isEmpty {
            throw .invalidParameter("no command specified")
        }
        let id = newID()
        let name = try reserveName(request.name, id: id)
        if config.hostname.isEmpty {
            config.hostname = hostConfig.networkMode == "host" ? host.hostname : String(id.prefix(12))
        }
        let argv = (config.entrypoint ?? []) + (config.cmd ?? [])
        var record = ContainerRecord(id: id, name: name, created: now, path: argv.first ?? "", args: Array(argv.dropFirst()),
                                     config: config, hostConfig: hostConfig, imageID: image?.id ?? "", layerCacheID: newID())
        record.mounts = try mountPoints(for: record)
        if record.hostConfig.maskedPaths == nil && !record.hostConfig.privileged {
            record.hostConfig.maskedPaths = Self.defaultMaskedPaths
        }
        if record.hostConfig.readonlyPaths == nil && !record.hostConfig.privileged {
            record.hostConfig.readonlyPaths = Self.defaultReadonlyPaths
        }
        record.networks = initialNetworks(record, request.networkingConfig)
        state.containers[id] = record
        emitContainer(record, "create")
        return ContainerCreateResponse(id: id, warnings: warnings)
    }

    /// oci/defaults.go `defaultLinuxMaskedPaths` (without host-dependent thermal paths).
    static let defaultMaskedPaths = [
        "/proc/asound", "/proc/acpi", "/proc/interrupts", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
        "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
        "/sys/devices/virtual/powercap",
    ]
    static let defaultReadonlyPaths = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]

    /// `validateContainerConfig` and `validateHostConfig` (daemon/container.go), the checks that apply here.
    static func validate(config: ContainerConfig, hostConfig: HostConfig) throws(EngineError) {
        if !config.stopSignal.isEmpty, Signals.parse(config.stopSignal) == nil {
            throw .invalidParameter("invalid signal: \(config.stopSignal)")
        }
        let policy = hostConfig.restartPolicy
        let isNone = policy.name == .no || policy.name == .disabled
        if hostConfig.autoRemove && !isNone {
            throw .invalidParameter("can't create 'AutoRemove' container with restart policy")
        }
        try validateRestartPolicy(policy)
    }

    /// `container.ValidateRestartPolicy` (api/types/container/hostconfig.go).
    static func validateRestartPolicy(_ policy: RestartPolicy) throws(EngineError) {
        switch policy.name {
        case .always, .unlessStopped, .no:
            if policy.maximumRetryCount != 0 {
                var message = "invalid restart policy: maximum retry count can only be used with 'on-failure'"
                if policy.maximumRetryCount < 0 { message += " and cannot be negative" }
                throw .invalidParameter(message)
            }
        case .onFailure:
            if policy.maximumRetryCount < 0 {
                throw .invalidParameter("invalid restart policy: maximum retry count cannot be negative")
            }
        case .disabled:
            break
        }
    }

    /// moby's `merge` (daemon/commit.go): the image's config fills what the user left unset.
    static func merge(_ user: inout ContainerConfig, with image: ImageConfig) {
        if user.user.isEmpty { user.user = image.user }
        if (user.exposedPorts ?? []).isEmpty {
            user.exposedPorts = image.exposedPorts
        } else if let ports = image.exposedPorts {
            for port in ports where !(user.exposedPorts ?? []).contains(port) { user.exposedPorts?.append(port) }
        }
        if (user.env ?? []).isEmpty {
            user.env = image.env
        } else {
            for env in image.env ?? [] {
                let key = env.split(separator: "=", maxSplits: 1).first.map(String.init) ?? env
                let found = (user.env ?? []).contains { ($0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0) == key }
                if !found { user.env?.append(env) }
            }
        }
        var labels = user.labels ?? [:]
        for (k, v) in image.labels ?? [:] where labels[k] == nil { labels[k] = v }
        user.labels = labels
        if (user.entrypoint ?? []).isEmpty {
            if (user.cmd ?? []).isEmpty { user.cmd = image.cmd }
            if user.entrypoint == nil { user.entrypoint = image.entrypoint }
        }
        if let check = image.healthcheck {
            if var mine = user.healthcheck {
                if (mine.test ?? []).isEmpty { mine.test = check.test }
                if mine.interval == 0 { mine.interval = check.interval }
                if mine.timeout == 0 { mine.timeout = check.timeout }
                if mine.startPeriod == 0 { mine.startPeriod = check.startPeriod }
                if mine.startInterval == 0 { mine.startInterval = check.startInterval }
                if mine.retries == 0 { mine.retries = check.retries }
                user.healthcheck = mine
            } else {
                user.healthcheck = check
            }
        }
        if user.workingDir.isEmpty { user.workingDir = image.workingDir }
        if (user.volumes ?? []).isEmpty {
            user.volumes = image.volumes
        } else {
            for v in image.volumes ?? [] where !(user.volumes ?? []).contains(v) { user.volumes?.append(v) }
        }
        if user.stopSignal.isEmpty { user.stopSignal = image.stopSignal }
    }

    /// `reserveName` / `generateAndReserveName` (daemon/names.go).
    func reserveName(_ requested: String, id: String) throws(EngineError) -> String {
        if requested.isEmpty {
            for attempt in 0..<6 {
                let name = "/" + NameGenerator.name(retry: attempt, random: &state.random)
                if !isNameTaken(name) { return name }
            }
            return "/" + id.prefix(12)
        }
        let bare = requested.hasPrefix("/") ? String(requested.dropFirst()) : requested
        guard Self.isValidName(bare) else {
            throw .invalidParameter("Invalid container name (\(requested)), only \(Self.restrictedNameChars) are allowed")
        }
        let name = "/" + bare
        if let holder = state.containers.values.first(where: { $0.name == name }) {
            throw .conflict("Conflict. The container name \"\(name)\" is already in use by container \"\(holder.id)\". You have to remove (or rename) that container to be able to reuse that name.")
        }
        return name
    }

    func isNameTaken(_ name: String) -> Bool { state.containers.values.contains { $0.name == name } }

    /// `^[a-zA-Z0-9][a-zA-Z0-9_.-]+$`.
    static func isValidName(_ name: String) -> Bool {
        let b = Array(name.utf8)
        guard b.count >= 2 else { return false }
        func alnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return alnum(b[0]) && b.dropFirst().allSatisfy { alnum($0) || $0 == 0x5F || $0 == 0x2E || $0 == 0x2D }
    }
}

import DockerAPI

// The hand-written packed forms (see `FastPackable`) of the shared Engine API configuration types.
// Field numbers are part of the sandbox format: never reuse one; give a new field the next number.

extension ContainerConfig: FastPackable {
    static let packedFieldNames = [
        "hostname", "domainname", "user", "attachStdin", "attachStdout", "attachStderr", "exposedPorts", "tty",
        "openStdin", "stdinOnce", "env", "cmd", "healthcheck", "argsEscaped", "image", "volumes", "workingDir",
        "entrypoint", "networkDisabled", "macAddress", "onBuild", "labels", "stopSignal", "stopTimeout",
        "shell",
    ]

    private static let packDefaults = ContainerConfig()

    func pack(_ w: FieldWriter) {
        w.string(1, hostname, default: Self.packDefaults.hostname)
        w.shared(2, domainname, default: Self.packDefaults.domainname)
        w.shared(3, user, default: Self.packDefaults.user)
        w.bool(4, attachStdin, default: Self.packDefaults.attachStdin)
        w.bool(5, attachStdout, default: Self.packDefaults.attachStdout)
        w.bool(6, attachStderr, default: Self.packDefaults.attachStderr)
        w.strings(7, exposedPorts)
        w.bool(8, tty, default: Self.packDefaults.tty)
        w.bool(9, openStdin, default: Self.packDefaults.openStdin)
        w.bool(10, stdinOnce, default: Self.packDefaults.stdinOnce)
        w.strings(11, env)
        w.strings(12, cmd)
        w.generic(13, healthcheck)
        w.bool(14, argsEscaped, default: Self.packDefaults.argsEscaped)
        w.shared(15, image, default: Self.packDefaults.image)
        w.strings(16, volumes)
        w.shared(17, workingDir, default: Self.packDefaults.workingDir)
        w.strings(18, entrypoint)
        w.bool(19, networkDisabled, default: Self.packDefaults.networkDisabled)
        w.shared(20, macAddress, default: Self.packDefaults.macAddress)
        w.strings(21, onBuild)
        w.map(22, labels)
        w.shared(23, stopSignal, default: Self.packDefaults.stopSignal)
        w.optionalInt64(24, stopTimeout.map(Int64.init))
        w.strings(25, shell)
    }

    init(unpacking r: FieldReader) throws {
        self.init()
        while let field = try r.next() {
            switch field {
            case 1: hostname = try r.string()
            case 2: domainname = try r.string()
            case 3: user = try r.string()
            case 4: attachStdin = try r.bool()
            case 5: attachStdout = try r.bool()
            case 6: attachStderr = try r.bool()
            case 7: exposedPorts = try r.strings()
            case 8: tty = try r.bool()
            case 9: openStdin = try r.bool()
            case 10: stdinOnce = try r.bool()
            case 11: env = try r.strings()
            case 12: cmd = try r.strings()
            case 13: healthcheck = try r.generic(HealthConfig.self)
            case 14: argsEscaped = try r.bool()
            case 15: image = try r.string()
            case 16: volumes = try r.strings()
            case 17: workingDir = try r.string()
            case 18: entrypoint = try r.strings()
            case 19: networkDisabled = try r.bool()
            case 20: macAddress = try r.string()
            case 21: onBuild = try r.strings()
            case 22: labels = try r.map()
            case 23: stopSignal = try r.string()
            case 24: stopTimeout = try r.int()
            case 25: shell = try r.strings()
            default: try r.skip()
            }
        }
    }
}

extension HostConfig: FastPackable {
    static let packedFieldNames = [
        "binds", "containerIDFile", "logConfig", "networkMode", "portBindings", "restartPolicy", "autoRemove",
        "volumeDriver", "volumesFrom", "consoleSize", "annotations", "capAdd", "capDrop", "cgroupnsMode", "dns",
        "dnsOptions", "dnsSearch", "extraHosts", "groupAdd", "ipcMode", "cgroup", "links", "oomScoreAdj",
        "pidMode", "privileged", "publishAllPorts", "readonlyRootfs", "securityOpt", "storageOpt", "tmpfs",
        "utsMode", "usernsMode", "shmSize", "sysctls", "runtime", "isolation", "cpuShares", "memory",
        "nanoCpus", "cgroupParent", "blkioWeight", "blkioWeightDevice", "blkioDeviceReadBps",
        "blkioDeviceWriteBps", "blkioDeviceReadIOps", "blkioDeviceWriteIOps", "cpuPeriod", "cpuQuota",
        "cpuRealtimePeriod", "cpuRealtimeRuntime", "cpusetCpus", "cpusetMems", "devices", "deviceCgroupRules",
        "deviceRequests", "memoryReservation", "memorySwap", "memorySwappiness", "oomKillDisable", "pidsLimit",
        "ulimits", "cpuCount", "cpuPercent", "ioMaximumIOps", "ioMaximumBandwidth", "mounts", "maskedPaths",
        "readonlyPaths", "initProcess",
    ]

    private static let packDefaults = HostConfig()

    func pack(_ w: FieldWriter) {
        w.strings(1, binds)
        w.string(2, containerIDFile, default: Self.packDefaults.containerIDFile)
        if logConfig != Self.packDefaults.logConfig { w.generic(3, logConfig) }
        w.shared(4, networkMode, default: Self.packDefaults.networkMode)
        w.ports(5, portBindings)
        if restartPolicy != Self.packDefaults.restartPolicy { w.generic(6, restartPolicy) }
        w.bool(7, autoRemove, default: Self.packDefaults.autoRemove)
        w.shared(8, volumeDriver, default: Self.packDefaults.volumeDriver)
        w.strings(9, volumesFrom)
        if consoleSize != Self.packDefaults.consoleSize { w.generic(10, consoleSize) }
        w.map(11, annotations)
        w.strings(12, capAdd)
        w.strings(13, capDrop)
        w.shared(14, cgroupnsMode, default: Self.packDefaults.cgroupnsMode)
        w.strings(15, dns, default: Self.packDefaults.dns)
        w.strings(16, dnsOptions, default: Self.packDefaults.dnsOptions)
        w.strings(17, dnsSearch, default: Self.packDefaults.dnsSearch)
        w.strings(18, extraHosts)
        w.strings(19, groupAdd)
        w.shared(20, ipcMode, default: Self.packDefaults.ipcMode)
        w.shared(21, cgroup, default: Self.packDefaults.cgroup)
        w.strings(22, links)
        w.int(23, oomScoreAdj, default: Self.packDefaults.oomScoreAdj)
        w.shared(24, pidMode, default: Self.packDefaults.pidMode)
        w.bool(25, privileged, default: Self.packDefaults.privileged)
        w.bool(26, publishAllPorts, default: Self.packDefaults.publishAllPorts)
        w.bool(27, readonlyRootfs, default: Self.packDefaults.readonlyRootfs)
        w.strings(28, securityOpt)
        w.map(29, storageOpt)
        w.map(30, tmpfs)
        w.shared(31, utsMode, default: Self.packDefaults.utsMode)
        w.shared(32, usernsMode, default: Self.packDefaults.usernsMode)
        w.int64(33, shmSize, default: Self.packDefaults.shmSize)
        w.map(34, sysctls)
        w.shared(35, runtime, default: Self.packDefaults.runtime)
        w.shared(36, isolation, default: Self.packDefaults.isolation)
        w.int64(37, cpuShares, default: Self.packDefaults.cpuShares)
        w.int64(38, memory, default: Self.packDefaults.memory)
        w.int64(39, nanoCpus, default: Self.packDefaults.nanoCpus)
        w.shared(40, cgroupParent, default: Self.packDefaults.cgroupParent)
        w.int(41, Int(blkioWeight), default: Int(Self.packDefaults.blkioWeight))
        if blkioWeightDevice != Self.packDefaults.blkioWeightDevice { w.generic(42, blkioWeightDevice) }
        if blkioDeviceReadBps != Self.packDefaults.blkioDeviceReadBps { w.generic(43, blkioDeviceReadBps) }
        if blkioDeviceWriteBps != Self.packDefaults.blkioDeviceWriteBps { w.generic(44, blkioDeviceWriteBps) }
        if blkioDeviceReadIOps != Self.packDefaults.blkioDeviceReadIOps { w.generic(45, blkioDeviceReadIOps) }
        if blkioDeviceWriteIOps != Self.packDefaults.blkioDeviceWriteIOps { w.generic(46, blkioDeviceWriteIOps) }
        w.int64(47, cpuPeriod, default: Self.packDefaults.cpuPeriod)
        w.int64(48, cpuQuota, default: Self.packDefaults.cpuQuota)
        w.int64(49, cpuRealtimePeriod, default: Self.packDefaults.cpuRealtimePeriod)
        w.int64(50, cpuRealtimeRuntime, default: Self.packDefaults.cpuRealtimeRuntime)
        w.string(51, cpusetCpus, default: Self.packDefaults.cpusetCpus)
        w.string(52, cpusetMems, default: Self.packDefaults.cpusetMems)
        if devices != Self.packDefaults.devices { w.generic(53, devices) }
        w.strings(54, deviceCgroupRules)
        w.generic(55, deviceRequests)
        w.int64(56, memoryReservation, default: Self.packDefaults.memoryReservation)
        w.int64(57, memorySwap, default: Self.packDefaults.memorySwap)
        w.optionalInt64(58, memorySwappiness)
        w.optionalBool(59, oomKillDisable)
        w.optionalInt64(60, pidsLimit)
        if ulimits != Self.packDefaults.ulimits { w.generic(61, ulimits) }
        w.int64(62, cpuCount, default: Self.packDefaults.cpuCount)
        w.int64(63, cpuPercent, default: Self.packDefaults.cpuPercent)
        w.uint64(64, ioMaximumIOps, default: Self.packDefaults.ioMaximumIOps)
        w.uint64(65, ioMaximumBandwidth, default: Self.packDefaults.ioMaximumBandwidth)
        w.generic(66, mounts)
        w.strings(67, maskedPaths)
        w.strings(68, readonlyPaths)
        w.optionalBool(69, initProcess)
    }

    init(unpacking r: FieldReader) throws {
        self.init()
        while let field = try r.next() {
            switch field {
            case 1: binds = try r.strings()
            case 2: containerIDFile = try r.string()
            case 3: logConfig = try r.generic(LogConfig.self)
            case 4: networkMode = try r.string()
            case 5: portBindings = try r.ports()
            case 6: restartPolicy = try r.generic(RestartPolicy.self)
            case 7: autoRemove = try r.bool()
            case 8: volumeDriver = try r.string()
            case 9: volumesFrom = try r.strings()
            case 10: consoleSize = try r.generic([Int].self)
            case 11: annotations = try r.map()
            case 12: capAdd = try r.strings()
            case 13: capDrop = try r.strings()
            case 14: cgroupnsMode = try r.string()
            case 15: dns = try r.strings()
            case 16: dnsOptions = try r.strings()
            case 17: dnsSearch = try r.strings()
            case 18: extraHosts = try r.strings()
            case 19: groupAdd = try r.strings()
            case 20: ipcMode = try r.string()
            case 21: cgroup = try r.string()
            case 22: links = try r.strings()
            case 23: oomScoreAdj = try r.int()
            case 24: pidMode = try r.string()
            case 25: privileged = try r.bool()
            case 26: publishAllPorts = try r.bool()
            case 27: readonlyRootfs = try r.bool()
            case 28: securityOpt = try r.strings()
            case 29: storageOpt = try r.map()
            case 30: tmpfs = try r.map()
            case 31: utsMode = try r.string()
            case 32: usernsMode = try r.string()
            case 33: shmSize = try r.int64()
            case 34: sysctls = try r.map()
            case 35: runtime = try r.string()
            case 36: isolation = try r.string()
            case 37: cpuShares = try r.int64()
            case 38: memory = try r.int64()
            case 39: nanoCpus = try r.int64()
            case 40: cgroupParent = try r.string()
            case 41: blkioWeight = UInt16(truncatingIfNeeded: try r.int())
            case 42: blkioWeightDevice = try r.generic([BlkioDeviceSetting].self)
            case 43: blkioDeviceReadBps = try r.generic([BlkioDeviceSetting].self)
            case 44: blkioDeviceWriteBps = try r.generic([BlkioDeviceSetting].self)
            case 45: blkioDeviceReadIOps = try r.generic([BlkioDeviceSetting].self)
            case 46: blkioDeviceWriteIOps = try r.generic([BlkioDeviceSetting].self)
            case 47: cpuPeriod = try r.int64()
            case 48: cpuQuota = try r.int64()
            case 49: cpuRealtimePeriod = try r.int64()
            case 50: cpuRealtimeRuntime = try r.int64()
            case 51: cpusetCpus = try r.string()
            case 52: cpusetMems = try r.string()
            case 53: devices = try r.generic([DeviceMapping].self)
            case 54: deviceCgroupRules = try r.strings()
            case 55: deviceRequests = try r.generic([DeviceRequest].self)
            case 56: memoryReservation = try r.int64()
            case 57: memorySwap = try r.int64()
            case 58: memorySwappiness = try r.int64()
            case 59: oomKillDisable = try r.bool()
            case 60: pidsLimit = try r.int64()
            case 61: ulimits = try r.generic([Ulimit].self)
            case 62: cpuCount = try r.int64()
            case 63: cpuPercent = try r.int64()
            case 64: ioMaximumIOps = try r.uint64()
            case 65: ioMaximumBandwidth = try r.uint64()
            case 66: mounts = try r.generic([Mount].self)
            case 67: maskedPaths = try r.strings()
            case 68: readonlyPaths = try r.strings()
            case 69: initProcess = try r.bool()
            default: try r.skip()
            }
        }
    }
}

extension EndpointSettings: FastPackable {
    static let packedFieldNames = [
        "ipv4Address", "ipv6Address", "linkLocalIPs", "links", "aliases", "macAddress", "driverOpts",
        "gwPriority", "networkID", "endpointID", "gateway", "ipAddress", "ipPrefixLen", "ipv6Gateway",
        "globalIPv6Address", "globalIPv6PrefixLen", "dnsNames",
    ]

    private static let packDefaults = EndpointSettings()

    func pack(_ w: FieldWriter) {
        w.string(1, ipv4Address, default: Self.packDefaults.ipv4Address)
        w.string(2, ipv6Address, default: Self.packDefaults.ipv6Address)
        w.strings(3, linkLocalIPs)
        w.strings(4, links)
        w.strings(5, aliases)
        w.shared(6, macAddress, default: Self.packDefaults.macAddress)
        w.map(7, driverOpts)
        w.int(8, gwPriority, default: Self.packDefaults.gwPriority)
        w.shared(9, networkID, default: Self.packDefaults.networkID)
        w.string(10, endpointID, default: Self.packDefaults.endpointID)
        w.shared(11, gateway, default: Self.packDefaults.gateway)
        w.string(12, ipAddress, default: Self.packDefaults.ipAddress)
        w.int(13, ipPrefixLen, default: Self.packDefaults.ipPrefixLen)
        w.string(14, ipv6Gateway, default: Self.packDefaults.ipv6Gateway)
        w.string(15, globalIPv6Address, default: Self.packDefaults.globalIPv6Address)
        w.int(16, globalIPv6PrefixLen, default: Self.packDefaults.globalIPv6PrefixLen)
        w.strings(17, dnsNames)
    }

    init(unpacking r: FieldReader) throws {
        self.init()
        while let field = try r.next() {
            switch field {
            case 1: ipv4Address = try r.string()
            case 2: ipv6Address = try r.string()
            case 3: linkLocalIPs = try r.strings()
            case 4: links = try r.strings()
            case 5: aliases = try r.strings()
            case 6: macAddress = try r.string()
            case 7: driverOpts = try r.map()
            case 8: gwPriority = try r.int()
            case 9: networkID = try r.string()
            case 10: endpointID = try r.string()
            case 11: gateway = try r.string()
            case 12: ipAddress = try r.string()
            case 13: ipPrefixLen = try r.int()
            case 14: ipv6Gateway = try r.string()
            case 15: globalIPv6Address = try r.string()
            case 16: globalIPv6PrefixLen = try r.int()
            case 17: dnsNames = try r.strings()
            default: try r.skip()
            }
        }
    }
}


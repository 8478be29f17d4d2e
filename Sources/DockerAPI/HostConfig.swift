/// The non-portable part of a container's configuration, moby's `container.HostConfig`
/// with its embedded `Resources`.
public struct HostConfig: Codable, Sendable, Equatable, JSONRepresentable {
    public var binds: [String]? = nil
    public var containerIDFile: String = ""
    public var logConfig = LogConfig()
    public var networkMode: String = "bridge"
    public var portBindings = PortMap()
    public var restartPolicy = RestartPolicy()
    public var autoRemove: Bool = false
    public var volumeDriver: String = ""
    public var volumesFrom: [String]? = nil
    public var consoleSize: [Int] = [0, 0]
    public var annotations: [String: String]? = nil
    public var capAdd: [String]? = nil
    public var capDrop: [String]? = nil
    public var cgroupnsMode: String = "private"
    public var dns: [String] = []
    public var dnsOptions: [String] = []
    public var dnsSearch: [String] = []
    public var extraHosts: [String]? = nil
    public var groupAdd: [String]? = nil
    public var ipcMode: String = "private"
    public var cgroup: String = ""
    public var links: [String]? = nil
    public var oomScoreAdj: Int = 0
    public var pidMode: String = ""
    public var privileged: Bool = false
    public var publishAllPorts: Bool = false
    public var readonlyRootfs: Bool = false
    public var securityOpt: [String]? = nil
    public var storageOpt: [String: String]? = nil
    public var tmpfs: [String: String]? = nil
    public var utsMode: String = ""
    public var usernsMode: String = ""
    public var shmSize: Int64 = 67_108_864
    public var sysctls: [String: String]? = nil
    public var runtime: String = "runc"
    public var isolation: String = ""

    // Resources
    public var cpuShares: Int64 = 0
    public var memory: Int64 = 0
    public var nanoCpus: Int64 = 0
    public var cgroupParent: String = ""
    public var blkioWeight: UInt16 = 0
    public var blkioWeightDevice: [BlkioDeviceSetting] = []
    public var blkioDeviceReadBps: [BlkioDeviceSetting] = []
    public var blkioDeviceWriteBps: [BlkioDeviceSetting] = []
    public var blkioDeviceReadIOps: [BlkioDeviceSetting] = []
    public var blkioDeviceWriteIOps: [BlkioDeviceSetting] = []
    public var cpuPeriod: Int64 = 0
    public var cpuQuota: Int64 = 0
    public var cpuRealtimePeriod: Int64 = 0
    public var cpuRealtimeRuntime: Int64 = 0
    public var cpusetCpus: String = ""
    public var cpusetMems: String = ""
    public var devices: [DeviceMapping] = []
    public var deviceCgroupRules: [String]? = nil
    public var deviceRequests: [DeviceRequest]? = nil
    public var memoryReservation: Int64 = 0
    public var memorySwap: Int64 = 0
    public var memorySwappiness: Int64? = nil
    public var oomKillDisable: Bool? = nil
    public var pidsLimit: Int64? = nil
    public var ulimits: [Ulimit] = []
    public var cpuCount: Int64 = 0
    public var cpuPercent: Int64 = 0
    public var ioMaximumIOps: UInt64 = 0
    public var ioMaximumBandwidth: UInt64 = 0

    public var mounts: [Mount]? = nil
    public var maskedPaths: [String]? = nil
    public var readonlyPaths: [String]? = nil
    public var initProcess: Bool? = nil

    public init() {}

    public var json: JSONValue {
        let fields: JSONFields = [
            ("Binds", .strings(binds)),
            ("ContainerIDFile", .string(containerIDFile)),
            ("LogConfig", logConfig.json),
            ("NetworkMode", .string(networkMode)),
            ("PortBindings", portBindings.json),
            ("RestartPolicy", restartPolicy.json),
            ("AutoRemove", .bool(autoRemove)),
            ("VolumeDriver", .string(volumeDriver)),
            ("VolumesFrom", .strings(volumesFrom)),
            ("ConsoleSize", .array(consoleSize.map { .int(Int64($0)) })),
            ("Annotations", annotations.flatMap { $0.isEmpty ? nil : .stringMap($0) }),
            ("CapAdd", .strings(capAdd)),
            ("CapDrop", .strings(capDrop)),
            ("CgroupnsMode", .string(cgroupnsMode)),
            ("Dns", .strings(dns)),
            ("DnsOptions", .strings(dnsOptions)),
            ("DnsSearch", .strings(dnsSearch)),
            ("ExtraHosts", .strings(extraHosts)),
            ("GroupAdd", .strings(groupAdd)),
            ("IpcMode", .string(ipcMode)),
            ("Cgroup", .string(cgroup)),
            ("Links", .strings(links)),
            ("OomScoreAdj", .int(Int64(oomScoreAdj))),
            ("PidMode", .string(pidMode)),
            ("Privileged", .bool(privileged)),
            ("PublishAllPorts", .bool(publishAllPorts)),
            ("ReadonlyRootfs", .bool(readonlyRootfs)),
            ("SecurityOpt", .strings(securityOpt)),
            ("StorageOpt", storageOpt.flatMap { $0.isEmpty ? nil : .stringMap($0) }),
            ("Tmpfs", tmpfs.flatMap { $0.isEmpty ? nil : .stringMap($0) }),
            ("UTSMode", .string(utsMode)),
            ("UsernsMode", .string(usernsMode)),
            ("ShmSize", .int(shmSize)),
            ("Sysctls", sysctls.flatMap { $0.isEmpty ? nil : .stringMap($0) }),
            ("Runtime", runtime.isEmpty ? nil : .string(runtime)),
            ("Isolation", .string(isolation)),
            ("CpuShares", .int(cpuShares)),
            ("Memory", .int(memory)),
            ("NanoCpus", .int(nanoCpus)),
            ("CgroupParent", .string(cgroupParent)),
            ("BlkioWeight", .int(Int64(blkioWeight))),
            ("BlkioWeightDevice", .array(blkioWeightDevice.map(\.json))),
            ("BlkioDeviceReadBps", .array(blkioDeviceReadBps.map(\.json))),
            ("BlkioDeviceWriteBps", .array(blkioDeviceWriteBps.map(\.json))),
            ("BlkioDeviceReadIOps", .array(blkioDeviceReadIOps.map(\.json))),
            ("BlkioDeviceWriteIOps", .array(blkioDeviceWriteIOps.map(\.json))),
            ("CpuPeriod", .int(cpuPeriod)),
            ("CpuQuota", .int(cpuQuota)),
            ("CpuRealtimePeriod", .int(cpuRealtimePeriod)),
            ("CpuRealtimeRuntime", .int(cpuRealtimeRuntime)),
            ("CpusetCpus", .string(cpusetCpus)),
            ("CpusetMems", .string(cpusetMems)),
            ("Devices", .array(devices.map(\.json))),
            ("DeviceCgroupRules", .strings(deviceCgroupRules)),
            ("DeviceRequests", deviceRequests.map { .array($0.map(\.json)) } ?? .null),
            ("MemoryReservation", .int(memoryReservation)),
            ("MemorySwap", .int(memorySwap)),
            ("MemorySwappiness", memorySwappiness.map { .int($0) } ?? .null),
            ("OomKillDisable", oomKillDisable.map { .bool($0) } ?? .null),
            ("PidsLimit", pidsLimit.map { .int($0) } ?? .null),
            ("Ulimits", .array(ulimits.map(\.json))),
            ("CpuCount", .int(cpuCount)),
            ("CpuPercent", .int(cpuPercent)),
            ("IOMaximumIOps", .int(Int64(ioMaximumIOps))),
            ("IOMaximumBandwidth", .int(Int64(ioMaximumBandwidth))),
            ("Mounts", mounts.flatMap { $0.isEmpty ? nil : .array($0.map(\.json)) }),
            ("MaskedPaths", .strings(maskedPaths)),
            ("ReadonlyPaths", .strings(readonlyPaths)),
            ("Init", initProcess.map { .bool($0) }),
        ]
        return .ordered(fields)
    }
}

/// A request for devices from a device driver (`--gpus`), moby's `container.DeviceRequest`.
public struct DeviceRequest: Codable, Sendable, Equatable, JSONRepresentable {
    public var driver: String = ""
    public var count: Int = 0
    public var deviceIDs: [String]? = nil
    public var capabilities: [[String]]? = nil
    public var options: [String: String]? = nil

    public init(driver: String = "", count: Int = 0, deviceIDs: [String]? = nil, capabilities: [[String]]? = nil,
                options: [String: String]? = nil) {
        self.driver = driver
        self.count = count
        self.deviceIDs = deviceIDs
        self.capabilities = capabilities
        self.options = options
    }

    public var json: JSONValue {
        let fields: JSONFields = [
            ("Driver", .string(driver)),
            ("Count", .int(Int64(count))),
            ("DeviceIDs", .strings(deviceIDs)),
            ("Capabilities", capabilities.map { .array($0.map { .strings($0) }) } ?? .null),
            ("Options", .stringMap(options)),
        ]
        return .ordered(fields)
    }
}

/// A `--mount` specification, moby's `mount.Mount`.
public struct Mount: Codable, Sendable, Equatable, JSONRepresentable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case bind, volume, tmpfs, npipe, cluster, image
    }

    public var type: Kind
    public var source: String = ""
    public var target: String = ""
    public var readOnly: Bool = false
    public var consistency: String = ""
    public var bindOptions: BindOptions? = nil
    public var volumeOptions: VolumeOptions? = nil
    public var imageOptions: ImageOptions? = nil
    public var tmpfsOptions: TmpfsOptions? = nil

    public init(type: Kind, source: String = "", target: String = "", readOnly: Bool = false) {
        self.type = type
        self.source = source
        self.target = target
        self.readOnly = readOnly
    }

    public struct BindOptions: Codable, Sendable, Equatable {
        public var propagation: String = ""
        public var nonRecursive: Bool = false
        public var createMountpoint: Bool = false
        public var readOnlyNonRecursive: Bool = false
        public var readOnlyForceRecursive: Bool = false
        public init() {}
    }

    public struct VolumeOptions: Codable, Sendable, Equatable {
        public var noCopy: Bool = false
        public var labels: [String: String]? = nil
        public var subpath: String = ""
        public var driverName: String = ""
        public var driverOptions: [String: String]? = nil
        /// `true` when `DriverConfig` is present even if empty: the docker client always creates it
        /// along with any `volume-*` option, and Go encodes the empty struct as `{}`.
        public var hasDriverConfig: Bool = false
        public init() {}
    }

    public struct ImageOptions: Codable, Sendable, Equatable {
        public var subpath: String = ""
        public init() {}
    }

    public struct TmpfsOptions: Codable, Sendable, Equatable {
        public var sizeBytes: Int64 = 0
        public var mode: UInt32 = 0
        public var options: [[String]]? = nil
        public init() {}
    }

    public var json: JSONValue {
        var bind: JSONValue? = nil
        if let b = bindOptions {
            bind = .ordered([
                ("Propagation", b.propagation.isEmpty ? nil : .string(b.propagation)),
                ("NonRecursive", b.nonRecursive ? .bool(true) : nil),
                ("CreateMountpoint", b.createMountpoint ? .bool(true) : nil),
                ("ReadOnlyNonRecursive", b.readOnlyNonRecursive ? .bool(true) : nil),
                ("ReadOnlyForceRecursive", b.readOnlyForceRecursive ? .bool(true) : nil),
            ])
        }
        var volume: JSONValue? = nil
        if let v = volumeOptions {
            var driver: JSONValue? = nil
            if v.hasDriverConfig || !v.driverName.isEmpty || !(v.driverOptions ?? [:]).isEmpty {
                driver = .ordered([
                    ("Name", v.driverName.isEmpty ? nil : .string(v.driverName)),
                    ("Options", (v.driverOptions ?? [:]).isEmpty ? nil : .stringMap(v.driverOptions)),
                ])
            }
            volume = .ordered([
                ("NoCopy", v.noCopy ? .bool(true) : nil),
                ("Labels", (v.labels ?? [:]).isEmpty ? nil : .stringMap(v.labels)),
                ("Subpath", v.subpath.isEmpty ? nil : .string(v.subpath)),
                ("DriverConfig", driver),
            ])
        }
        var image: JSONValue? = nil
        if let i = imageOptions {
            image = .ordered([("Subpath", i.subpath.isEmpty ? nil : .string(i.subpath))])
        }
        var tmpfs: JSONValue? = nil
        if let t = tmpfsOptions {
            tmpfs = .ordered([
                ("SizeBytes", t.sizeBytes == 0 ? nil : .int(t.sizeBytes)),
                ("Mode", t.mode == 0 ? nil : .int(Int64(t.mode))),
                ("Options", t.options.flatMap { $0.isEmpty ? nil : .array($0.map { .strings($0) }) }),
            ])
        }
        let fields: JSONFields = [
            ("Type", .string(type.rawValue)),
            ("Source", source.isEmpty ? nil : .string(source)),
            ("Target", target.isEmpty ? nil : .string(target)),
            ("ReadOnly", readOnly ? .bool(true) : nil),
            ("Consistency", consistency.isEmpty ? nil : .string(consistency)),
            ("BindOptions", bind),
            ("VolumeOptions", volume),
            ("ImageOptions", image),
            ("TmpfsOptions", tmpfs),
        ]
        return .ordered(fields)
    }
}

/// The networks a container joins at creation, moby's `network.NetworkingConfig`.
public struct NetworkingConfig: Codable, Sendable, Equatable {
    /// Network name to endpoint settings, in the order the user gave them.
    public var endpoints: [(name: String, settings: EndpointSettings)]

    public init(endpoints: [(name: String, settings: EndpointSettings)] = []) {
        self.endpoints = endpoints
    }

    public static func == (lhs: NetworkingConfig, rhs: NetworkingConfig) -> Bool {
        lhs.endpoints.map(\.name) == rhs.endpoints.map(\.name) && lhs.endpoints.map(\.settings) == rhs.endpoints.map(\.settings)
    }

    private struct Pair: Codable {
        var name: String
        var settings: EndpointSettings
    }

    public init(from decoder: Decoder) throws {
        endpoints = try [Pair](from: decoder).map { ($0.name, $0.settings) }
    }

    public func encode(to encoder: Encoder) throws {
        try endpoints.map { Pair(name: $0.name, settings: $0.settings) }.encode(to: encoder)
    }
}

/// A container's attachment to one network, moby's `network.EndpointSettings`.
public struct EndpointSettings: Codable, Sendable, Equatable, JSONRepresentable {
    public var ipv4Address: String = ""
    public var ipv6Address: String = ""
    public var linkLocalIPs: [String]? = nil
    public var links: [String]? = nil
    public var aliases: [String]? = nil
    public var macAddress: String = ""
    public var driverOpts: [String: String]? = nil
    public var gwPriority: Int = 0
    public var networkID: String = ""
    public var endpointID: String = ""
    public var gateway: String = ""
    public var ipAddress: String = ""
    public var ipPrefixLen: Int = 0
    public var ipv6Gateway: String = ""
    public var globalIPv6Address: String = ""
    public var globalIPv6PrefixLen: Int = 0
    public var dnsNames: [String]? = nil

    public init() {}

    public var json: JSONValue {
        var ipam: JSONValue = .null
        if !ipv4Address.isEmpty || !ipv6Address.isEmpty || !(linkLocalIPs ?? []).isEmpty {
            ipam = .ordered([
                ("IPv4Address", ipv4Address.isEmpty ? nil : .string(ipv4Address)),
                ("IPv6Address", ipv6Address.isEmpty ? nil : .string(ipv6Address)),
                ("LinkLocalIPs", (linkLocalIPs ?? []).isEmpty ? nil : .strings(linkLocalIPs)),
            ])
        }
        let fields: JSONFields = [
            ("IPAMConfig", ipam),
            ("Links", .strings(links)),
            ("Aliases", .strings(aliases)),
            ("MacAddress", .string(macAddress)),
            ("DriverOpts", .stringMap(driverOpts)),
            ("GwPriority", .int(Int64(gwPriority))),
            ("NetworkID", .string(networkID)),
            ("EndpointID", .string(endpointID)),
            ("Gateway", .string(gateway)),
            ("IPAddress", .string(ipAddress)),
            ("IPPrefixLen", .int(Int64(ipPrefixLen))),
            ("IPv6Gateway", .string(ipv6Gateway)),
            ("GlobalIPv6Address", .string(globalIPv6Address)),
            ("GlobalIPv6PrefixLen", .int(Int64(globalIPv6PrefixLen))),
            ("DNSNames", .strings(dnsNames)),
        ]
        return .ordered(fields)
    }
}

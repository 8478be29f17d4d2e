/// The answer of `GET /containers/{id}/json`, moby's `container.InspectResponse`.
///
/// Docker prints this as `docker inspect` output and feeds it to `--format` templates, so it
/// renders the fields in moby's struct order with Go's zero values (see `json`).
public struct ContainerInspect: Sendable, Equatable, JSONRepresentable {
    public var id: String
    /// RFC3339Nano.
    public var created: String
    public var path: String
    public var args: [String]
    public var state: ContainerStateInfo
    /// The image id (`sha256:...`).
    public var image: String
    public var resolvConfPath: String
    public var hostnamePath: String
    public var hostsPath: String
    public var logPath: String
    /// With the leading slash: `/web`.
    public var name: String
    public var restartCount: Int
    public var driver: String
    public var platform: String
    public var mountLabel: String
    public var processLabel: String
    public var appArmorProfile: String
    public var execIDs: [String]?
    public var hostConfig: HostConfig
    public var graphDriver: GraphDriverData
    public var sizeRw: Int64?
    public var sizeRootFs: Int64?
    public var mounts: [MountPoint]
    public var config: ContainerConfig
    public var networkSettings: NetworkSettings

    public init(id: String, created: String, path: String, args: [String], state: ContainerStateInfo, image: String,
                resolvConfPath: String, hostnamePath: String, hostsPath: String, logPath: String, name: String,
                restartCount: Int, driver: String, platform: String, mountLabel: String, processLabel: String,
                appArmorProfile: String, execIDs: [String]?, hostConfig: HostConfig, graphDriver: GraphDriverData,
                sizeRw: Int64? = nil, sizeRootFs: Int64? = nil, mounts: [MountPoint], config: ContainerConfig,
                networkSettings: NetworkSettings) {
        self.id = id
        self.created = created
        self.path = path
        self.args = args
        self.state = state
        self.image = image
        self.resolvConfPath = resolvConfPath
        self.hostnamePath = hostnamePath
        self.hostsPath = hostsPath
        self.logPath = logPath
        self.name = name
        self.restartCount = restartCount
        self.driver = driver
        self.platform = platform
        self.mountLabel = mountLabel
        self.processLabel = processLabel
        self.appArmorProfile = appArmorProfile
        self.execIDs = execIDs
        self.hostConfig = hostConfig
        self.graphDriver = graphDriver
        self.sizeRw = sizeRw
        self.sizeRootFs = sizeRootFs
        self.mounts = mounts
        self.config = config
        self.networkSettings = networkSettings
    }

    public var json: JSONValue {
        let fields: JSONFields = [
            ("Id", .string(id)),
            ("Created", .string(created)),
            ("Path", .string(path)),
            ("Args", .strings(args)),
            ("State", state.json),
            ("Image", .string(image)),
            ("ResolvConfPath", .string(resolvConfPath)),
            ("HostnamePath", .string(hostnamePath)),
            ("HostsPath", .string(hostsPath)),
            ("LogPath", .string(logPath)),
            ("Name", .string(name)),
            ("RestartCount", .int(Int64(restartCount))),
            ("Driver", .string(driver)),
            ("Platform", .string(platform)),
            ("MountLabel", .string(mountLabel)),
            ("ProcessLabel", .string(processLabel)),
            ("AppArmorProfile", .string(appArmorProfile)),
            ("ExecIDs", .strings(execIDs)),
            ("HostConfig", hostConfig.json),
            ("GraphDriver", graphDriver.json),
            ("SizeRw", sizeRw.map { .int($0) }),
            ("SizeRootFs", sizeRootFs.map { .int($0) }),
            ("Mounts", .array(mounts.map(\.json))),
            ("Config", config.json),
            ("NetworkSettings", networkSettings.json),
        ]
        return .ordered(fields)
    }
}

/// A container's run state as inspect shows it, moby's `container.State`.
public struct ContainerStateInfo: Sendable, Equatable, JSONRepresentable {
    /// `created`, `running`, `paused`, `restarting`, `removing`, `exited` or `dead`.
    public var status: String
    public var running: Bool
    public var paused: Bool
    public var restarting: Bool
    public var oomKilled: Bool
    public var dead: Bool
    public var pid: Int
    public var exitCode: Int
    public var error: String
    public var startedAt: String
    public var finishedAt: String
    public var health: HealthState?

    public init(status: String, running: Bool, paused: Bool, restarting: Bool, oomKilled: Bool, dead: Bool, pid: Int,
                exitCode: Int, error: String, startedAt: String, finishedAt: String, health: HealthState? = nil) {
        self.status = status
        self.running = running
        self.paused = paused
        self.restarting = restarting
        self.oomKilled = oomKilled
        self.dead = dead
        self.pid = pid
        self.exitCode = exitCode
        self.error = error
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.health = health
    }

    public var json: JSONValue {
        .ordered([
            ("Status", .string(status)),
            ("Running", .bool(running)),
            ("Paused", .bool(paused)),
            ("Restarting", .bool(restarting)),
            ("OOMKilled", .bool(oomKilled)),
            ("Dead", .bool(dead)),
            ("Pid", .int(Int64(pid))),
            ("ExitCode", .int(Int64(exitCode))),
            ("Error", .string(error)),
            ("StartedAt", .string(startedAt)),
            ("FinishedAt", .string(finishedAt)),
            ("Health", health?.json),
        ])
    }
}

/// The health check state of a container, moby's `container.Health`.
public struct HealthState: Codable, Sendable, Equatable, JSONRepresentable {
    /// `starting`, `healthy` or `unhealthy`.
    public var status: String
    public var failingStreak: Int
    public var log: [HealthcheckResult]

    public init(status: String, failingStreak: Int = 0, log: [HealthcheckResult] = []) {
        self.status = status
        self.failingStreak = failingStreak
        self.log = log
    }

    public var json: JSONValue {
        .ordered([
            ("Status", .string(status)),
            ("FailingStreak", .int(Int64(failingStreak))),
            ("Log", .array(log.map(\.json))),
        ])
    }
}

/// One probe of a health check, moby's `container.HealthcheckResult`.
public struct HealthcheckResult: Codable, Sendable, Equatable, JSONRepresentable {
    public var start: Timestamp
    public var end: Timestamp
    public var exitCode: Int
    public var output: String

    public init(start: Timestamp, end: Timestamp, exitCode: Int, output: String) {
        self.start = start
        self.end = end
        self.exitCode = exitCode
        self.output = output
    }

    public var json: JSONValue {
        .ordered([
            ("Start", .string(start.rfc3339Nano)),
            ("End", .string(end.rfc3339Nano)),
            ("ExitCode", .int(Int64(exitCode))),
            ("Output", .string(output)),
        ])
    }
}

/// The storage driver's name and its directories for a container or image, moby's `storage.DriverData`.
public struct GraphDriverData: Codable, Sendable, Equatable, JSONRepresentable {
    public var name: String
    /// `nil` renders as `null` (a dead container has none).
    public var data: [String: String]?

    public init(name: String, data: [String: String]?) {
        self.name = name
        self.data = data
    }

    public var json: JSONValue { .ordered([("Data", .stringMap(data)), ("Name", .string(name))]) }
}

/// A mount as the daemon reports it in use, moby's `container.MountPoint`.
public struct MountPoint: Codable, Sendable, Equatable, JSONRepresentable {
    /// `bind`, `volume`, `tmpfs`...
    public var type: String
    /// The volume's name; empty for binds.
    public var name: String
    public var source: String
    public var destination: String
    public var driver: String
    /// The options the user gave (`z`, `ro`...); empty by default on Linux for `--mount`.
    public var mode: String
    public var rw: Bool
    public var propagation: String

    public init(type: String, name: String = "", source: String, destination: String, driver: String = "",
                mode: String = "", rw: Bool = true, propagation: String = "") {
        self.type = type
        self.name = name
        self.source = source
        self.destination = destination
        self.driver = driver
        self.mode = mode
        self.rw = rw
        self.propagation = propagation
    }

    public var json: JSONValue {
        .ordered([
            ("Type", type.isEmpty ? nil : .string(type)),
            ("Name", name.isEmpty ? nil : .string(name)),
            ("Source", .string(source)),
            ("Destination", .string(destination)),
            ("Driver", driver.isEmpty ? nil : .string(driver)),
            ("Mode", .string(mode)),
            ("RW", .bool(rw)),
            ("Propagation", .string(propagation)),
        ])
    }
}

/// A container's network state in inspect, moby's `container.NetworkSettings`.
///
/// The top-level `EndpointID`...`MacAddress` fields repeat the default `bridge` network's
/// endpoint (moby's `DefaultNetworkSettings`); they are empty when the container is not on it.
public struct NetworkSettings: Sendable, Equatable, JSONRepresentable {
    public var bridge: String = ""
    public var sandboxID: String = ""
    public var sandboxKey: String = ""
    public var ports = PortMap()
    public var endpointID: String = ""
    public var gateway: String = ""
    public var globalIPv6Address: String = ""
    public var globalIPv6PrefixLen: Int = 0
    public var ipAddress: String = ""
    public var ipPrefixLen: Int = 0
    public var ipv6Gateway: String = ""
    public var macAddress: String = ""
    /// Network name to endpoint, rendered in Go's sorted key order.
    public var networks: [String: EndpointSettings] = [:]

    public init() {}

    public var json: JSONValue {
        .ordered([
            ("Bridge", .string(bridge)),
            ("SandboxID", .string(sandboxID)),
            ("SandboxKey", .string(sandboxKey)),
            ("Ports", ports.json),
            ("HairpinMode", .bool(false)),
            ("LinkLocalIPv6Address", .string("")),
            ("LinkLocalIPv6PrefixLen", .int(0)),
            ("SecondaryIPAddresses", .null),
            ("SecondaryIPv6Addresses", .null),
            ("EndpointID", .string(endpointID)),
            ("Gateway", .string(gateway)),
            ("GlobalIPv6Address", .string(globalIPv6Address)),
            ("GlobalIPv6PrefixLen", .int(Int64(globalIPv6PrefixLen))),
            ("IPAddress", .string(ipAddress)),
            ("IPPrefixLen", .int(Int64(ipPrefixLen))),
            ("IPv6Gateway", .string(ipv6Gateway)),
            ("MacAddress", .string(macAddress)),
            ("Networks", .object(networks.keys.sorted().map { JSONMember($0, networks[$0]?.json ?? .null) })),
        ])
    }
}

/// The portable part of a container's configuration, moby's `container.Config`.
///
/// Field names and JSON order follow the Engine API so inspect output and `--format` templates
/// see exactly what docker shows.
public struct ContainerConfig: Codable, Sendable, Equatable, JSONRepresentable {
    public var hostname: String = ""
    public var domainname: String = ""
    public var user: String = ""
    public var attachStdin: Bool = false
    public var attachStdout: Bool = false
    public var attachStderr: Bool = false
    /// Container ports such as `"80/tcp"`; `nil` renders as an omitted field.
    public var exposedPorts: [String]? = nil
    public var tty: Bool = false
    public var openStdin: Bool = false
    public var stdinOnce: Bool = false
    public var env: [String]? = nil
    public var cmd: [String]? = nil
    public var healthcheck: HealthConfig? = nil
    public var argsEscaped: Bool = false
    public var image: String = ""
    public var volumes: [String]? = nil
    public var workingDir: String = ""
    public var entrypoint: [String]? = nil
    public var networkDisabled: Bool = false
    public var macAddress: String = ""
    public var onBuild: [String]? = nil
    public var labels: [String: String]? = nil
    public var stopSignal: String = ""
    public var stopTimeout: Int? = nil
    public var shell: [String]? = nil

    public init() {}

    public var json: JSONValue {
        let fields: JSONFields = [
            ("Hostname", .string(hostname)),
            ("Domainname", .string(domainname)),
            ("User", .string(user)),
            ("AttachStdin", .bool(attachStdin)),
            ("AttachStdout", .bool(attachStdout)),
            ("AttachStderr", .bool(attachStderr)),
            ("ExposedPorts", exposedPorts.flatMap { $0.isEmpty ? nil : .set($0) }),
            ("Tty", .bool(tty)),
            ("OpenStdin", .bool(openStdin)),
            ("StdinOnce", .bool(stdinOnce)),
            ("Env", .strings(env)),
            ("Cmd", .strings(cmd)),
            ("Healthcheck", healthcheck?.json),
            ("ArgsEscaped", argsEscaped ? .bool(true) : nil),
            ("Image", .string(image)),
            ("Volumes", .set(volumes)),
            ("WorkingDir", .string(workingDir)),
            ("Entrypoint", .strings(entrypoint)),
            ("NetworkDisabled", networkDisabled ? .bool(true) : nil),
            ("MacAddress", macAddress.isEmpty ? nil : .string(macAddress)),
            ("OnBuild", .strings(onBuild)),
            ("Labels", .stringMap(labels)),
            ("StopSignal", stopSignal.isEmpty ? nil : .string(stopSignal)),
            ("StopTimeout", stopTimeout.map { .int(Int64($0)) }),
            ("Shell", shell.flatMap { $0.isEmpty ? nil : .strings($0) }),
        ]
        return .ordered(fields)
    }
}

/// A container's health check, moby's `container.HealthConfig`.
public struct HealthConfig: Codable, Sendable, Equatable, JSONRepresentable {
    /// `["NONE"]`, `["CMD", args...]` or `["CMD-SHELL", command]`.
    public var test: [String]? = nil
    /// Nanoseconds; zero means inherited.
    public var interval: Int64 = 0
    public var timeout: Int64 = 0
    public var startPeriod: Int64 = 0
    public var startInterval: Int64 = 0
    public var retries: Int = 0

    public init(test: [String]? = nil, interval: Int64 = 0, timeout: Int64 = 0, startPeriod: Int64 = 0,
                startInterval: Int64 = 0, retries: Int = 0) {
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.startPeriod = startPeriod
        self.startInterval = startInterval
        self.retries = retries
    }

    public var json: JSONValue {
        let fields: JSONFields = [
            ("Test", test.flatMap { $0.isEmpty ? nil : .strings($0) }),
            ("Interval", interval == 0 ? nil : .int(interval)),
            ("Timeout", timeout == 0 ? nil : .int(timeout)),
            ("StartPeriod", startPeriod == 0 ? nil : .int(startPeriod)),
            ("StartInterval", startInterval == 0 ? nil : .int(startInterval)),
            ("Retries", retries == 0 ? nil : .int(Int64(retries))),
        ]
        return .ordered(fields)
    }
}

/// One host address and port a container port is published on, moby's `nat.PortBinding`.
public struct PortBinding: Codable, Sendable, Equatable, Hashable, JSONRepresentable {
    public var hostIP: String
    /// The host port, or a range (`"8000-8010"`), or empty for a port the daemon picks.
    public var hostPort: String

    public init(hostIP: String = "", hostPort: String = "") {
        self.hostIP = hostIP
        self.hostPort = hostPort
    }

    public var json: JSONValue {
        .object([JSONMember("HostIp", .string(hostIP)), JSONMember("HostPort", .string(hostPort))])
    }
}

/// Container port (`"80/tcp"`) to its host bindings, moby's `nat.PortMap`, kept in insertion order.
public struct PortMap: Codable, Sendable, Equatable, JSONRepresentable {
    public var entries: [Entry]

    public struct Entry: Codable, Sendable, Equatable {
        public var port: String
        public var bindings: [PortBinding]?
        public init(port: String, bindings: [PortBinding]?) {
            self.port = port
            self.bindings = bindings
        }
    }

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public var isEmpty: Bool { entries.isEmpty }

    public subscript(port: String) -> [PortBinding]? {
        get { entries.first(where: { $0.port == port })?.bindings }
        set {
            if let index = entries.firstIndex(where: { $0.port == port }) {
                entries[index].bindings = newValue
            } else {
                entries.append(Entry(port: port, bindings: newValue))
            }
        }
    }

    /// Go sorts map keys as strings when it encodes them.
    public var json: JSONValue {
        .object(entries.sorted { $0.port < $1.port }.map { entry in
            JSONMember(entry.port, entry.bindings.map { .array($0.map(\.json)) } ?? .null)
        })
    }
}

/// What the daemon does when the container's process exits, moby's `container.RestartPolicy`.
public struct RestartPolicy: Codable, Sendable, Equatable, JSONRepresentable {
    public enum Mode: String, Codable, Sendable, CaseIterable {
        case disabled = ""
        case no
        case always
        case onFailure = "on-failure"
        case unlessStopped = "unless-stopped"
    }

    public var name: Mode
    public var maximumRetryCount: Int

    public init(name: Mode = .no, maximumRetryCount: Int = 0) {
        self.name = name
        self.maximumRetryCount = maximumRetryCount
    }

    public var json: JSONValue {
        .object([JSONMember("Name", .string(name.rawValue)), JSONMember("MaximumRetryCount", .int(Int64(maximumRetryCount)))])
    }
}

/// The logging driver and its options, moby's `container.LogConfig`.
public struct LogConfig: Codable, Sendable, Equatable, JSONRepresentable {
    public var type: String
    public var config: [String: String]

    public init(type: String = "json-file", config: [String: String] = [:]) {
        self.type = type
        self.config = config
    }

    public var json: JSONValue {
        .object([JSONMember("Type", .string(type)), JSONMember("Config", .stringMap(config))])
    }
}

/// A resource limit for the container's processes, moby's `container.Ulimit`.
public struct Ulimit: Codable, Sendable, Equatable, JSONRepresentable {
    public var name: String
    public var hard: Int64
    public var soft: Int64

    public init(name: String, hard: Int64, soft: Int64) {
        self.name = name
        self.hard = hard
        self.soft = soft
    }

    public var json: JSONValue {
        .object([JSONMember("Name", .string(name)), JSONMember("Hard", .int(hard)), JSONMember("Soft", .int(soft))])
    }
}

/// A host device mapped into the container, moby's `container.DeviceMapping`.
public struct DeviceMapping: Codable, Sendable, Equatable, JSONRepresentable {
    public var pathOnHost: String
    public var pathInContainer: String
    public var cgroupPermissions: String

    public init(pathOnHost: String, pathInContainer: String, cgroupPermissions: String) {
        self.pathOnHost = pathOnHost
        self.pathInContainer = pathInContainer
        self.cgroupPermissions = cgroupPermissions
    }

    public var json: JSONValue {
        .object([
            JSONMember("PathOnHost", .string(pathOnHost)),
            JSONMember("PathInContainer", .string(pathInContainer)),
            JSONMember("CgroupPermissions", .string(cgroupPermissions)),
        ])
    }
}

/// A block-IO weight (`--blkio-weight-device`) or throttle (`--device-read-bps`...) for one device.
public struct BlkioDeviceSetting: Codable, Sendable, Equatable, JSONRepresentable {
    public var path: String
    /// The weight, or the rate limit in bytes or operations per second.
    public var value: UInt64
    /// `true` for a weight device (rendered as `Weight`), `false` for a throttle (`Rate`).
    public var isWeight: Bool

    public init(path: String, value: UInt64, isWeight: Bool) {
        self.path = path
        self.value = value
        self.isWeight = isWeight
    }

    public var json: JSONValue {
        .object([JSONMember("Path", .string(path)), JSONMember(isWeight ? "Weight" : "Rate", .int(Int64(value)))])
    }
}

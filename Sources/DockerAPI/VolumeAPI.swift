/// A volume as `docker volume inspect` shows it, moby's `volume.Volume`.
public struct Volume: Sendable, Equatable, JSONRepresentable {
    /// RFC 3339 in whole seconds.
    public var createdAt: String
    public var driver: String
    /// `nil` renders as `null` (a volume created by `-v name:/path`); the CLI's create sends `{}`.
    public var labels: [String: String]?
    public var mountpoint: String
    public var name: String
    public var options: [String: String]?
    public var scope: String
    /// Filled by `system df`: containers referencing it and bytes used; `nil` elsewhere.
    public var usage: (refCount: Int64, size: Int64)?

    public init(createdAt: String, driver: String, labels: [String: String]?, mountpoint: String, name: String,
                options: [String: String]?, scope: String = "local", usage: (refCount: Int64, size: Int64)? = nil) {
        self.createdAt = createdAt
        self.driver = driver
        self.labels = labels
        self.mountpoint = mountpoint
        self.name = name
        self.options = options
        self.scope = scope
        self.usage = usage
    }

    public static func == (lhs: Volume, rhs: Volume) -> Bool {
        lhs.createdAt == rhs.createdAt && lhs.driver == rhs.driver && lhs.labels == rhs.labels
            && lhs.mountpoint == rhs.mountpoint && lhs.name == rhs.name && lhs.options == rhs.options
            && lhs.scope == rhs.scope && lhs.usage?.refCount == rhs.usage?.refCount && lhs.usage?.size == rhs.usage?.size
    }

    public var json: JSONValue {
        .ordered([
            ("CreatedAt", createdAt.isEmpty ? nil : .string(createdAt)),
            ("Driver", .string(driver)),
            ("Labels", .stringMap(labels)),
            ("Mountpoint", .string(mountpoint)),
            ("Name", .string(name)),
            ("Options", .stringMap(options)),
            ("Scope", .string(scope)),
            ("UsageData", usage.map { .object([JSONMember("RefCount", .int($0.refCount)), JSONMember("Size", .int($0.size))]) }),
        ])
    }
}

/// The body of `POST /volumes/create`.
public struct VolumeCreateOptions: Sendable, Equatable {
    /// Empty for a generated (anonymous-looking) 64-hex name.
    public var name: String
    public var driver: String
    public var driverOpts: [String: String]
    public var labels: [String: String]
    public init(name: String = "", driver: String = "local", driverOpts: [String: String] = [:], labels: [String: String] = [:]) {
        self.name = name
        self.driver = driver
        self.driverOpts = driverOpts
        self.labels = labels
    }
}

/// The answer of `GET /volumes`: the volumes and warnings.
public struct VolumeListResponse: Sendable, Equatable {
    public var volumes: [Volume]
    public var warnings: [String]
    public init(volumes: [Volume], warnings: [String] = []) {
        self.volumes = volumes
        self.warnings = warnings
    }
}

/// The volume-prune report.
public struct VolumesPruneReport: Sendable, Equatable {
    public var volumesDeleted: [String]
    public var spaceReclaimed: UInt64
    public init(volumesDeleted: [String], spaceReclaimed: UInt64) {
        self.volumesDeleted = volumesDeleted
        self.spaceReclaimed = spaceReclaimed
    }
}

/// One subnet of a network's address management, moby's `network.IPAMConfig`.
public struct IPAMConfig: Codable, Sendable, Equatable, JSONRepresentable {
    public var subnet: String
    public var ipRange: String
    public var gateway: String
    public var auxAddresses: [String: String]?

    public init(subnet: String = "", ipRange: String = "", gateway: String = "", auxAddresses: [String: String]? = nil) {
        self.subnet = subnet
        self.ipRange = ipRange
        self.gateway = gateway
        self.auxAddresses = auxAddresses
    }

    public var json: JSONValue {
        .ordered([
            ("Subnet", subnet.isEmpty ? nil : .string(subnet)),
            ("IPRange", ipRange.isEmpty ? nil : .string(ipRange)),
            ("Gateway", gateway.isEmpty ? nil : .string(gateway)),
            ("AuxiliaryAddresses", (auxAddresses ?? [:]).isEmpty ? nil : .stringMap(auxAddresses)),
        ])
    }
}

/// The body of `POST /networks/create`.
public struct NetworkCreateOptions: Sendable, Equatable {
    public var name: String
    /// `bridge` when empty.
    public var driver: String
    public var ipamDriver: String
    public var ipamConfig: [IPAMConfig]
    public var ipamOptions: [String: String]
    public var enableIPv6: Bool?
    public var isInternal: Bool
    public var attachable: Bool
    public var options: [String: String]
    public var labels: [String: String]

    public init(name: String, driver: String = "", ipamDriver: String = "", ipamConfig: [IPAMConfig] = [],
                ipamOptions: [String: String] = [:], enableIPv6: Bool? = nil, isInternal: Bool = false,
                attachable: Bool = false, options: [String: String] = [:], labels: [String: String] = [:]) {
        self.name = name
        self.driver = driver
        self.ipamDriver = ipamDriver
        self.ipamConfig = ipamConfig
        self.ipamOptions = ipamOptions
        self.enableIPv6 = enableIPv6
        self.isInternal = isInternal
        self.attachable = attachable
        self.options = options
        self.labels = labels
    }
}

/// The answer of `POST /networks/create`.
public struct NetworkCreateResponse: Sendable, Equatable {
    public var id: String
    public var warning: String
    public init(id: String, warning: String = "") {
        self.id = id
        self.warning = warning
    }
}

/// A container's endpoint as network inspect lists it, moby's `network.EndpointResource`.
public struct NetworkEndpointResource: Sendable, Equatable, JSONRepresentable {
    public var name: String
    public var endpointID: String
    public var macAddress: String
    /// With the prefix length: `172.18.0.2/16`.
    public var ipv4Address: String
    public var ipv6Address: String

    public init(name: String, endpointID: String, macAddress: String, ipv4Address: String, ipv6Address: String = "") {
        self.name = name
        self.endpointID = endpointID
        self.macAddress = macAddress
        self.ipv4Address = ipv4Address
        self.ipv6Address = ipv6Address
    }

    public var json: JSONValue {
        .ordered([
            ("Name", .string(name)),
            ("EndpointID", .string(endpointID)),
            ("MacAddress", .string(macAddress)),
            ("IPv4Address", .string(ipv4Address)),
            ("IPv6Address", .string(ipv6Address)),
        ])
    }
}

/// A network as `docker network inspect` and `ls` see it, moby's `network.Inspect`.
public struct NetworkInspect: Sendable, Equatable, JSONRepresentable {
    public var name: String
    public var id: String
    public var created: Timestamp
    public var scope: String
    public var driver: String
    public var enableIPv4: Bool
    public var enableIPv6: Bool
    public var ipamDriver: String
    public var ipamOptions: [String: String]?
    public var ipamConfig: [IPAMConfig]?
    public var isInternal: Bool
    public var attachable: Bool
    public var ingress: Bool
    public var configOnly: Bool
    /// Container id to endpoint.
    public var containers: [String: NetworkEndpointResource]
    public var options: [String: String]?
    public var labels: [String: String]?

    public init(name: String, id: String, created: Timestamp, scope: String = "local", driver: String,
                enableIPv4: Bool, enableIPv6: Bool, ipamDriver: String, ipamOptions: [String: String]?,
                ipamConfig: [IPAMConfig]?, isInternal: Bool, attachable: Bool, ingress: Bool = false,
                configOnly: Bool = false, containers: [String: NetworkEndpointResource],
                options: [String: String]?, labels: [String: String]?) {
        self.name = name
        self.id = id
        self.created = created
        self.scope = scope
        self.driver = driver
        self.enableIPv4 = enableIPv4
        self.enableIPv6 = enableIPv6
        self.ipamDriver = ipamDriver
        self.ipamOptions = ipamOptions
        self.ipamConfig = ipamConfig
        self.isInternal = isInternal
        self.attachable = attachable
        self.ingress = ingress
        self.configOnly = configOnly
        self.containers = containers
        self.options = options
        self.labels = labels
    }

    public var json: JSONValue {
        .ordered([
            ("Name", .string(name)),
            ("Id", .string(id)),
            ("Created", .string(created.rfc3339Nano)),
            ("Scope", .string(scope)),
            ("Driver", .string(driver)),
            ("EnableIPv4", .bool(enableIPv4)),
            ("EnableIPv6", .bool(enableIPv6)),
            ("IPAM", .ordered([
                ("Driver", .string(ipamDriver)),
                ("Options", .stringMap(ipamOptions)),
                ("Config", ipamConfig.map { .array($0.map(\.json)) } ?? .null),
            ])),
            ("Internal", .bool(isInternal)),
            ("Attachable", .bool(attachable)),
            ("Ingress", .bool(ingress)),
            ("ConfigFrom", .object([JSONMember("Network", .string(""))])),
            ("ConfigOnly", .bool(configOnly)),
            ("Containers", .object(containers.keys.sorted().map { JSONMember($0, containers[$0]?.json ?? .null) })),
            ("Options", .stringMap(options)),
            ("Labels", .stringMap(labels)),
        ])
    }
}

/// The network-prune report.
public struct NetworksPruneReport: Sendable, Equatable {
    public var networksDeleted: [String]
    public init(networksDeleted: [String]) { self.networksDeleted = networksDeleted }
}

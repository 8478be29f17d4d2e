import DockerAPI

/// A volume in the volume store, with the files it holds.
public struct VolumeRecord: Codable, Sendable, Equatable {
    public var name: String
    public var driver: String
    public var createdAt: Timestamp
    /// `nil` when created implicitly by `-v name:/path`, `{}` from `docker volume create`.
    public var labels: [String: String]?
    public var options: [String: String]?
    /// Created for one container without a name (`VOLUME` in the image, `-v /path`).
    public var anonymous: Bool
    /// The files in the volume; they outlive every container that mounts it.
    public var content: FileTree

    public init(name: String, driver: String = "local", createdAt: Timestamp, labels: [String: String]?,
                options: [String: String]?, anonymous: Bool, content: FileTree = FileTree()) {
        self.name = name
        self.driver = driver
        self.createdAt = createdAt
        self.labels = labels
        self.options = options
        self.anonymous = anonymous
        self.content = content
    }

    /// Where the local driver keeps the data.
    public var mountpoint: String { "/var/lib/docker/volumes/\(name)/_data" }
}

/// A small in-memory file tree: paths to files and directories.
///
/// Enough for processes to leave data in volumes (redis' `appendonly.aof`, a database's data
/// directory, `echo hi > /data/file`); the container filesystem work will grow it.
public struct FileTree: Codable, Sendable, Equatable {
    /// Absolute path inside the tree (`/appendonlydir/appendonly.aof.1.base.rdb`) to node.
    public var nodes: [String: FileNode] = [:]

    public init() {}

    public var isEmpty: Bool { nodes.isEmpty }

    /// Total bytes of file contents.
    public var size: Int64 { nodes.values.reduce(0) { $0 + Int64($1.contents.utf8.count) } }

    public func contains(_ path: String) -> Bool { nodes[Self.normalize(path)] != nil }
    public func file(_ path: String) -> String? {
        guard let node = nodes[Self.normalize(path)], !node.isDirectory else { return nil }
        return node.contents
    }

    /// Writes a file, creating its parent directories.
    public mutating func write(_ path: String, _ contents: String, mode: UInt32 = 0o644) {
        let p = Self.normalize(path)
        makeDirectory(Self.parent(of: p))
        nodes[p] = FileNode(isDirectory: false, contents: contents, mode: mode)
    }

    public mutating func append(_ path: String, _ contents: String) {
        write(path, (file(path) ?? "") + contents)
    }

    public mutating func makeDirectory(_ path: String) {
        var p = Self.normalize(path)
        while p != "/" {
            if nodes[p] == nil { nodes[p] = FileNode(isDirectory: true, contents: "", mode: 0o755) }
            p = Self.parent(of: p)
        }
    }

    /// The names directly inside a directory, sorted.
    public func list(_ path: String) -> [String] {
        let p = Self.normalize(path)
        let prefix = p == "/" ? "/" : p + "/"
        return nodes.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            if component == "." || component.isEmpty { continue }
            if component == ".." { _ = parts.popLast(); continue }
            parts.append(component)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}

/// A file or directory of a `FileTree`.
public struct FileNode: Codable, Sendable, Equatable {
    public var isDirectory: Bool
    public var contents: String
    public var mode: UInt32
}

/// A network of the simulated network controller.
public struct NetworkRecord: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// `bridge`, `host` or `null`.
    public var driver: String
    public var created: Timestamp
    public var scope: String = "local"
    public var enableIPv6: Bool = false
    public var isInternal: Bool = false
    public var attachable: Bool = false
    public var ipamDriver: String = "default"
    public var ipamOptions: [String: String]?
    /// The subnets; `nil` for host and none.
    public var ipam: [IPAMConfig]?
    public var options: [String: String]?
    public var labels: [String: String]?
    /// Addresses handed out, by container id, so they are not given twice.
    public var allocated: [String: String] = [:]
    /// Whether this is one of the three networks the daemon creates itself.
    public var predefined: Bool = false

    public init(id: String, name: String, driver: String, created: Timestamp) {
        self.id = id
        self.name = name
        self.driver = driver
        self.created = created
    }
}

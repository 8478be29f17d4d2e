/// A published port a container goal expects: `8080:80`, `127.0.0.1:8080:80`, `80`, `53/udp`.
///
/// Written as `docker run -p` writes it, HOST:CONTAINER, so a lesson reads like the command it teaches.
public struct PortExpectation: Sendable, Equatable {
    public var hostIP: String?
    /// `nil` when any host port will do.
    public var hostPort: String?
    public var containerPort: String
    public var proto: String

    public init(hostIP: String? = nil, hostPort: String?, containerPort: String, proto: String = "tcp") {
        self.hostIP = hostIP
        self.hostPort = hostPort
        self.containerPort = containerPort
        self.proto = proto
    }

    /// Parses `[[IP:]HOST:]CONTAINER[/PROTO]`; `nil` when the text is not of that form.
    public static func parse(_ text: String) -> PortExpectation? {
        var rest = Substring(text)
        var proto = "tcp"
        if let slash = rest.lastIndex(of: "/") {
            proto = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
            guard ["tcp", "udp", "sctp"].contains(proto) else { return nil }
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let isPort = { (s: String) in !s.isEmpty && s.count <= 5 && s.allSatisfy(\.isASCIIDigit) }
        switch parts.count {
        case 1 where isPort(parts[0]):
            return PortExpectation(hostPort: nil, containerPort: parts[0], proto: proto)
        case 2 where isPort(parts[0]) && isPort(parts[1]):
            return PortExpectation(hostPort: parts[0], containerPort: parts[1], proto: proto)
        case 3 where !parts[0].isEmpty && isPort(parts[1]) && isPort(parts[2]):
            return PortExpectation(hostIP: parts[0], hostPort: parts[1], containerPort: parts[2], proto: proto)
        default:
            return nil
        }
    }

    /// The port as written in a goal (`8080:80`, `53/udp`).
    public var display: String {
        var s = ""
        if let hostIP { s += hostIP + ":" }
        if let hostPort { s += hostPort + ":" }
        s += containerPort
        if proto != "tcp" { s += "/" + proto }
        return s
    }

    /// The container port alone (`6379`, `53/udp`), as problems name it.
    var containerDisplay: String { proto == "tcp" ? containerPort : containerPort + "/" + proto }
}

/// Something mounted in a container that a goal expects: `redis-data:/data`, `./site:/usr/share/nginx/html:ro`, `/data`.
///
/// The string form follows `docker run -v`: a source that starts with `/`, `.` or `~` is a host path,
/// anything else names a volume.
public struct MountExpectation: Sendable, Equatable {
    /// What must be mounted at the target.
    public enum Source: Sendable, Equatable {
        /// Anything at all.
        case any
        /// Any volume, named or anonymous.
        case anyVolume
        case volume(String)
        /// A host path, as written (relative paths resolve against the learner's working directory).
        case bind(String)
    }

    public var source: Source
    public var target: String
    /// `nil` when either will do.
    public var readOnly: Bool?

    public init(source: Source, target: String, readOnly: Bool? = nil) {
        self.source = source
        self.target = target
        self.readOnly = readOnly
    }

    /// Parses `[SOURCE:]TARGET[:ro|:rw]`; `nil` when the target is not an absolute path.
    public static func parse(_ text: String) -> MountExpectation? {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var readOnly: Bool? = nil
        if parts.count >= 2, let last = parts.last, last == "ro" || last == "rw" {
            readOnly = last == "ro"
            parts.removeLast()
        }
        switch parts.count {
        case 1:
            guard parts[0].hasPrefix("/") else { return nil }
            return MountExpectation(source: .any, target: parts[0], readOnly: readOnly)
        case 2:
            guard parts[1].hasPrefix("/"), !parts[0].isEmpty else { return nil }
            return MountExpectation(source: sourceKind(parts[0]), target: parts[1], readOnly: readOnly)
        default:
            return nil
        }
    }

    /// A host path or a volume name, decided as `docker run -v` decides it.
    public static func sourceKind(_ source: String) -> Source {
        source.hasPrefix("/") || source.hasPrefix(".") || source.hasPrefix("~") ? .bind(source) : .volume(source)
    }

    /// What the source is, in words: "volume redis-data" / "卷 redis-data".
    var sourceText: LocalizedText {
        switch source {
        case .any: return GoalText.text("something", "内容")
        case .anyVolume: return GoalText.text("a volume", "一个卷")
        case .volume(let name): return GoalText.text("volume \(name)", "卷 \(name)")
        case .bind(let path): return GoalText.text("host path \(path)", "主机路径 \(path)")
        }
    }
}

/// A `KEY=value` or bare `KEY` expectation, as `-e` and `--label` write them.
public struct KeyValueExpectation: Sendable, Equatable {
    public var key: String
    /// `nil` when any value will do.
    public var value: String?

    public init(key: String, value: String? = nil) {
        self.key = key
        self.value = value
    }

    public static func parse(_ text: String) -> KeyValueExpectation? {
        guard let eq = text.firstIndex(of: "=") else {
            return text.isEmpty ? nil : KeyValueExpectation(key: text)
        }
        let key = String(text[..<eq])
        return key.isEmpty ? nil : KeyValueExpectation(key: key, value: String(text[text.index(after: eq)...]))
    }

    public var display: String { value.map { key + "=" + $0 } ?? key }
}

/// A restart policy a goal expects: `always`, `unless-stopped`, `on-failure`, `on-failure:3`, `no`.
public struct RestartExpectation: Sendable, Equatable {
    public var mode: String
    /// `nil` when any retry count will do.
    public var maximumRetryCount: Int?

    public init(mode: String, maximumRetryCount: Int? = nil) {
        self.mode = mode
        self.maximumRetryCount = maximumRetryCount
    }

    public static let modes = ["no", "always", "on-failure", "unless-stopped"]

    public static func parse(_ text: String) -> RestartExpectation? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let mode = parts.first, modes.contains(mode) else { return nil }
        if parts.count == 2 {
            guard mode == "on-failure", let count = Int(parts[1]), count >= 0 else { return nil }
            return RestartExpectation(mode: mode, maximumRetryCount: count)
        }
        return RestartExpectation(mode: mode)
    }

    public var display: String { maximumRetryCount.map { "\(mode):\($0)" } ?? mode }
}

/// The health a goal expects: one of docker's health statuses, or no health check at all.
public enum HealthExpectation: Sendable, Equatable {
    case status(HealthStatus)
    case none

    public static func parse(_ text: String) -> HealthExpectation? {
        if text == "none" { return HealthExpectation.none }
        return HealthStatus(rawValue: text).map { .status($0) }
    }

    public var display: String {
        switch self {
        case .status(let status): return status.rawValue
        case .none: return "none"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The daemon's reading of a `HostConfig.Binds` entry (`-v`), moby's Linux `ParseMountRaw`,
/// and of a `HostConfig.Mounts` entry (`--mount`), `ValidateMountConfig`, with moby's texts.
///
/// The docker client only splits `-v` values; `invalid volume specification: '...'`,
/// `invalid mode: ...` and non-absolute targets are refused here, when the daemon creates the
/// container (HTTP 400, printed as `Error response from daemon: ...`).
public struct BindSpec: Sendable, Equatable {
    /// The mount the bind describes: `bind` for an absolute source, otherwise a (named) volume.
    public var mount: Mount
    /// The mode field as written (`ro,z`).
    public var mode: String

    private static let rwModes: Set<String> = ["rw", "ro"]
    private static let labelModes: Set<String> = ["z", "Z"]
    private static let propagationModes: Set<String> = ["private", "rprivate", "slave", "rslave", "shared", "rshared"]
    private static let consistencyModes: Set<String> = ["consistent", "cached", "delegated"]

    /// `ParseMountRaw(raw, volumeDriver)`.
    public static func parse(_ raw: String, volumeDriver: String = "") -> Result<BindSpec, EngineError> {
        let invalidSpec = "invalid volume specification: '\(raw)'"
        let parts = raw.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        if parts[0].isEmpty { return .failure(.invalidParameter(invalidSpec)) }
        var mount = Mount(type: .volume)
        var mode = ""
        switch parts.count {
        case 1:
            mount.target = parts[0]
        case 2:
            if isValidMode(parts[1]) { return .failure(.invalidParameter(invalidSpec)) }
            mount.source = parts[0]
            mount.target = parts[1]
        case 3:
            mount.source = parts[0]
            mount.target = parts[1]
            mode = parts[2]
        default:
            return .failure(.invalidParameter(invalidSpec))
        }
        if !isValidMode(mode) { return .failure(.invalidParameter("invalid mode: " + mode)) }
        mount.type = mount.source.hasPrefix("/") ? .bind : .volume
        let options = mode.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        mount.readOnly = options.contains("ro")
        if !volumeDriver.isEmpty && mount.type == .volume {
            var volume = Mount.VolumeOptions()
            volume.driverName = volumeDriver
            volume.hasDriverConfig = true
            mount.volumeOptions = volume
        }
        if options.contains("nocopy") {
            var volume = mount.volumeOptions ?? Mount.VolumeOptions()
            volume.noCopy = true
            mount.volumeOptions = volume
        }
        if let propagation = options.first(where: { propagationModes.contains($0) }) {
            var bind = Mount.BindOptions()
            bind.propagation = propagation
            mount.bindOptions = bind
        }
        if let problem = mount.validationError(sourceExists: nil) {
            return .failure(.invalidParameter("\(invalidSpec): \(problem)"))
        }
        return .success(BindSpec(mount: mount, mode: mode))
    }

    /// `linuxValidMountMode`: comma-separated options, at most one of each kind.
    public static func isValidMode(_ mode: String) -> Bool {
        if mode.isEmpty { return true }
        var counts = [0, 0, 0, 0, 0]
        for option in mode.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            if rwModes.contains(option) { counts[0] += 1 } else if labelModes.contains(option) { counts[1] += 1 } else if
                propagationModes.contains(option) { counts[2] += 1 } else if option == "nocopy" { counts[3] += 1 } else if
                consistencyModes.contains(option) { counts[4] += 1 } else { return false }
        }
        return counts.allSatisfy { $0 <= 1 }
    }
}

extension Mount {
    /// moby's `validateMountConfigImpl` message (`invalid mount config for type "bind": ...`), or `nil`.
    /// `sourceExists` answers whether a bind source exists on the host; `nil` skips that check
    /// (as `-v` binds do: the daemon creates missing bind sources for them).
    public func validationError(sourceExists: ((String) -> Bool)?) -> String? {
        func config(_ problem: String) -> String { "invalid mount config for type \"\(type.rawValue)\": \(problem)" }
        if target.isEmpty { return config("field Target must not be empty") }
        let cleanTarget = Self.clean(Self.slashed(target))
        if cleanTarget == "/" { return config("invalid specification: destination can't be '/'") }
        let slashTarget = Self.slashed(target)
        if !slashTarget.hasPrefix("/") { return config("invalid mount path: '\(slashTarget)' mount path must be absolute") }
        switch type {
        case .bind:
            if source.isEmpty { return config("field Source must not be empty") }
            if let propagation = bindOptions?.propagation, !propagation.isEmpty,
               !["private", "rprivate", "slave", "rslave", "shared", "rshared"].contains(propagation) {
                return config("invalid propagation mode: \(propagation)")
            }
            if volumeOptions != nil { return config("field VolumeOptions must not be specified") }
            if imageOptions != nil { return config("field ImageOptions must not be specified") }
            let slashSource = Self.slashed(source)
            if !slashSource.hasPrefix("/") { return config("invalid mount path: '\(slashSource)' mount path must be absolute") }
            if let sourceExists, !sourceExists(source), !(bindOptions?.createMountpoint ?? false) {
                return config("bind source path does not exist: \(source)")
            }
        case .volume:
            if bindOptions != nil { return config("field BindOptions must not be specified") }
            if imageOptions != nil { return config("field ImageOptions must not be specified") }
            let anonymous = source.isEmpty
            if let subpath = volumeOptions?.subpath, !subpath.isEmpty {
                if anonymous { return config("must not set Subpath when using anonymous volumes") }
                if !Self.isLocal(subpath) { return config("subpath must be a relative path within the volume") }
            }
            if readOnly && anonymous { return config("must not set ReadOnly mode when using anonymous volumes") }
        case .tmpfs:
            if bindOptions != nil { return config("field BindOptions must not be specified") }
            if imageOptions != nil { return config("field ImageOptions must not be specified") }
            if !source.isEmpty { return config("field Source must not be specified") }
            for option in tmpfsOptions?.options ?? [] {
                if option.isEmpty || option.count > 2 { return config("invalid option array length") }
                if option[0] != "exec" && option[0] != "noexec" { return config("invalid option: " + option[0]) }
            }
        case .image:
            if bindOptions != nil { return config("field BindOptions must not be specified") }
            if volumeOptions != nil { return config("field VolumeOptions must not be specified") }
            if source.isEmpty { return config("field Source must not be empty") }
            if let subpath = imageOptions?.subpath, !subpath.isEmpty, !Self.isLocal(subpath) {
                return config("subpath must be a relative path within the volume")
            }
        case .npipe, .cluster:
            return config("mount type unknown")
        }
        return nil
    }

    /// Backslashes as slashes, as moby's Linux parser reads paths.
    static func slashed(_ path: String) -> String { String(path.map { $0 == "\\" ? "/" : $0 }) }

    /// `path.Clean`.
    static func clean(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for c in path.split(separator: "/") where c != "." {
            if c == ".." {
                if let last = parts.last, last != ".." { parts.removeLast() } else if !rooted { parts.append(c) }
            } else {
                parts.append(c)
            }
        }
        let joined = parts.joined(separator: "/")
        return rooted ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `filepath.IsLocal` on Unix: relative, non-empty, not escaping with `..`.
    static func isLocal(_ path: String) -> Bool {
        if path.isEmpty || path.hasPrefix("/") { return false }
        let cleaned = clean(path)
        return cleaned != ".." && !cleaned.hasPrefix("../")
    }
}

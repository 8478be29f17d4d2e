import DockerAPI

/// One `--mount` value as `opts.MountOpt.Set` reads it: CSV of `key=value` fields.
///
/// The client checks the syntax and the combinations (`target is required`, `cannot mix
/// 'volume-*' options with mount type 'bind'`); whether the type exists and the source is
/// usable is the daemon's business, so an unknown `type=` is kept as written in `typeName`.
public struct MountSpec: Sendable, Equatable {
    /// The mount as the client sends it (`type` is `.volume` when `typeName` is not a known type).
    public var mount: Mount
    /// The lowercased `type=` value as written (`"bind"`, `"volume"`, or anything else).
    public var typeName: String

    /// `MountOpt.Set`; relative `./` sources become absolute against `workingDirectory`.
    public static func parse(_ value: String, workingDirectory: String = "/") -> Result<MountSpec, ValueError> {
        let fields: [String]
        switch GoCSV.readRecord(value) {
        case .success(let f): fields = f
        case .failure(let e): return .failure(ValueError(e.description))
        }
        var spec = MountSpec(mount: Mount(type: .volume), typeName: "volume")
        func volumeOptions(_ change: (inout Mount.VolumeOptions) -> Void) {
            var options = spec.mount.volumeOptions ?? Mount.VolumeOptions()
            options.hasDriverConfig = true
            change(&options)
            spec.mount.volumeOptions = options
        }
        func bindOptions(_ change: (inout Mount.BindOptions) -> Void) {
            var options = spec.mount.bindOptions ?? Mount.BindOptions()
            change(&options)
            spec.mount.bindOptions = options
        }
        func tmpfsOptions(_ change: (inout Mount.TmpfsOptions) -> Void) {
            var options = spec.mount.tmpfsOptions ?? Mount.TmpfsOptions()
            change(&options)
            spec.mount.tmpfsOptions = options
        }
        func keyValue(_ s: String) -> (String, String)? {
            let (k, v, _) = ListValidators.cut(s, "=")
            return k.isEmpty ? nil : (k, v)
        }
        for field in fields {
            let (rawKey, val, hasValue) = ListValidators.cut(field, "=")
            let key = rawKey.lowercased()
            if !hasValue {
                switch key {
                case "readonly", "ro": spec.mount.readOnly = true
                case "volume-nocopy": volumeOptions { $0.noCopy = true }
                case "bind-nonrecursive": bindOptions { $0.nonRecursive = true }
                default: return .failure(ValueError("invalid field '\(field)' must be a key=value pair"))
                }
                continue
            }
            switch key {
            case "type":
                spec.typeName = val.lowercased()
            case "source", "src":
                spec.mount.source = val
                if !val.hasPrefix("/") && val.hasPrefix(".") {
                    spec.mount.source = GoPath.abs(val, workingDirectory: workingDirectory)
                }
            case "target", "dst", "destination":
                spec.mount.target = val
            case "readonly", "ro":
                guard case .success(let b) = GoStrconv.parseBool(val) else {
                    return .failure(ValueError("invalid value for \(key): \(val)"))
                }
                spec.mount.readOnly = b
            case "consistency":
                spec.mount.consistency = val.lowercased()
            case "bind-propagation":
                bindOptions { $0.propagation = val.lowercased() }
            case "bind-nonrecursive":
                guard case .success(let b) = GoStrconv.parseBool(val) else {
                    return .failure(ValueError("invalid value for \(key): \(val)"))
                }
                // Docker logs a deprecation warning here at a level the CLI does not print.
                bindOptions { $0.nonRecursive = b }
            case "bind-recursive":
                switch val {
                case "enabled": break
                case "disabled": bindOptions { $0.nonRecursive = true }
                case "writable": bindOptions { $0.readOnlyNonRecursive = true }
                case "readonly": bindOptions { $0.readOnlyForceRecursive = true }
                default:
                    return .failure(ValueError("invalid value for \(key): \(val) (must be \"enabled\", \"disabled\", \"writable\", or \"readonly\")"))
                }
            case "volume-subpath":
                volumeOptions { $0.subpath = val }
            case "volume-nocopy":
                guard case .success(let b) = GoStrconv.parseBool(val) else {
                    return .failure(ValueError("invalid value for volume-nocopy: \(val)"))
                }
                volumeOptions { $0.noCopy = b }
            case "volume-label":
                volumeOptions { options in
                    if let (k, v) = keyValue(val) { options.labels = (options.labels ?? [:]).merging([k: v]) { $1 } }
                }
            case "volume-driver":
                volumeOptions { $0.driverName = val }
            case "volume-opt":
                volumeOptions { options in
                    if options.driverOptions == nil { options.driverOptions = [:] }
                    if let (k, v) = keyValue(val) { options.driverOptions?[k] = v }
                }
            case "image-subpath":
                var options = spec.mount.imageOptions ?? Mount.ImageOptions()
                options.subpath = val
                spec.mount.imageOptions = options
            case "tmpfs-size":
                guard case .success(let size) = ByteSize.ramInBytes(val) else {
                    return .failure(ValueError("invalid value for \(key): \(val)"))
                }
                tmpfsOptions { $0.sizeBytes = size }
            case "tmpfs-mode":
                guard case .success(let mode) = GoStrconv.parseUint(val, base: 8, bitSize: 32) else {
                    return .failure(ValueError("invalid value for \(key): \(val)"))
                }
                tmpfsOptions { $0.mode = UInt32(mode) }
            default:
                return .failure(ValueError("unexpected key '\(key)' in '\(field)'"))
            }
        }
        if spec.typeName.isEmpty { return .failure(ValueError("type is required")) }
        if spec.mount.target.isEmpty { return .failure(ValueError("target is required")) }
        let type = spec.typeName
        if spec.mount.volumeOptions != nil && type != "volume" {
            return .failure(ValueError("cannot mix 'volume-*' options with mount type '\(type)'"))
        }
        if spec.mount.imageOptions != nil && type != "image" {
            return .failure(ValueError("cannot mix 'image-*' options with mount type '\(type)'"))
        }
        if spec.mount.bindOptions != nil && type != "bind" {
            return .failure(ValueError("cannot mix 'bind-*' options with mount type '\(type)'"))
        }
        if spec.mount.tmpfsOptions != nil && type != "tmpfs" {
            return .failure(ValueError("cannot mix 'tmpfs-*' options with mount type '\(type)'"))
        }
        if let bind = spec.mount.bindOptions {
            if bind.readOnlyNonRecursive && !spec.mount.readOnly {
                return .failure(ValueError("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction"))
            }
            if bind.readOnlyForceRecursive {
                if !spec.mount.readOnly {
                    return .failure(ValueError("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction"))
                }
                if bind.propagation != "rprivate" {
                    return .failure(ValueError("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction"))
                }
            }
        }
        spec.mount.type = Mount.Kind(rawValue: type) ?? .volume
        return .success(spec)
    }

    /// `true` when the daemon knows the type; otherwise creating the container fails there.
    public var hasKnownType: Bool { Mount.Kind(rawValue: typeName) != nil }

    /// The daemon's answer to an unknown mount type (moby's `errMountConfig`).
    public var unknownTypeMessage: String {
        "invalid mount config for type \(GoQuote.quote(typeName)): mount type unknown"
    }
}

import DockerAPI

/// `--ulimit name=soft[:hard]` as go-units' `ParseUlimit` reads it.
public enum UlimitSpec {
    /// The resource names go-units knows (`RLIMIT_*` without the prefix, lowercased).
    public static let names: Set<String> = [
        "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice",
        "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack",
    ]

    /// `units.ParseUlimit`; the hard limit defaults to the soft one.
    public static func parse(_ value: String) -> Result<Ulimit, ValueError> {
        guard let equals = value.firstIndex(of: "=") else {
            return .failure(ValueError("invalid ulimit argument: " + value))
        }
        let name = String(value[..<equals])
        let limits = String(value[value.index(after: equals)...])
        guard names.contains(name) else { return .failure(ValueError("invalid ulimit type: " + name)) }
        let parts = limits.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let soft: Int64
        var hard: Int64
        switch parts.count {
        case 1, 2:
            if parts.count == 2 {
                switch GoStrconv.parseInt(parts[1]) {
                case .success(let v): hard = v
                case .failure(let e): return .failure(ValueError(e.description))
                }
            } else {
                hard = 0
            }
            switch GoStrconv.parseInt(parts[0]) {
            case .success(let v): soft = v
            case .failure(let e): return .failure(ValueError(e.description))
            }
            if parts.count == 1 { hard = soft }
        default:
            return .failure(ValueError("too many limit value arguments - \(limits), can only have up to two, `soft[:hard]`"))
        }
        if hard != -1 {
            if soft == -1 {
                return .failure(ValueError("ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: \(hard)"))
            }
            if soft > hard {
                return .failure(ValueError("ulimit soft limit must be less than or equal to hard limit: \(soft) > \(hard)"))
            }
        }
        return .success(Ulimit(name: name, hard: hard, soft: soft))
    }
}

/// `--blkio-weight-device` and the `--device-{read,write}-{bps,iops}` throttles.
public enum BlkioDeviceSpec {
    /// `opts.ValidateWeightDevice`: `/dev/path:weight`, weight 10–1000 or 0.
    public static func weight(_ value: String) -> Result<BlkioDeviceSetting, ValueError> {
        switch devicePath(value) {
        case .failure(let e): return .failure(e)
        case .success(let (path, rest)):
            guard case .success(let weight) = GoStrconv.parseUint(rest, base: 10, bitSize: 16),
                  weight == 0 || (10...1000).contains(weight)
            else { return .failure(ValueError("invalid weight for device: " + value)) }
            return .success(BlkioDeviceSetting(path: path, value: weight, isWeight: true))
        }
    }

    /// `opts.ValidateThrottleBpsDevice`: `/dev/path:rate` with an optional size unit.
    public static func bps(_ value: String) -> Result<BlkioDeviceSetting, ValueError> {
        switch devicePath(value) {
        case .failure(let e): return .failure(e)
        case .success(let (path, rest)):
            guard case .success(let rate) = ByteSize.ramInBytes(rest), rate >= 0 else {
                return .failure(ValueError("invalid rate for device: \(value). The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb"))
            }
            return .success(BlkioDeviceSetting(path: path, value: UInt64(rate), isWeight: false))
        }
    }

    /// `opts.ValidateThrottleIOpsDevice`: `/dev/path:operations`.
    public static func iops(_ value: String) -> Result<BlkioDeviceSetting, ValueError> {
        switch devicePath(value) {
        case .failure(let e): return .failure(e)
        case .success(let (path, rest)):
            guard case .success(let rate) = GoStrconv.parseUint(rest) else {
                return .failure(ValueError("invalid rate for device: \(value). The correct format is <device-path>:<number>. Number must be a positive integer"))
            }
            return .success(BlkioDeviceSetting(path: path, value: rate, isWeight: false))
        }
    }

    private static func devicePath(_ value: String) -> Result<(String, String), ValueError> {
        let (path, rest, ok) = ListValidators.cut(value, ":")
        if !ok || path.isEmpty { return .failure(ValueError("bad format: " + value)) }
        if !path.hasPrefix("/dev/") { return .failure(ValueError("bad format for device path: " + value)) }
        return .success((path, rest))
    }
}

import DockerAPI

/// `--device` as docker reads it for a Linux daemon: `host[:container][:permissions]`, or a CDI
/// device name (`vendor.com/class=name`) that becomes a `cdi` device request instead.
///
/// Docker validates devices only after it knows the daemon's OS, so these checks run during the
/// run/create conversion rather than when the flag is set.
public enum DeviceSpec {
    /// `cdi.IsQualifiedName`.
    public static func isCDIName(_ device: String) -> Bool {
        guard !device.isEmpty, !device.hasPrefix("/") else { return false }
        let (kind, name, hasEquals) = ListValidators.cut(device, "=")
        guard hasEquals, !kind.isEmpty, !name.isEmpty else { return false }
        let (vendor, classPart, hasSlash) = ListValidators.cut(kind, "/")
        guard hasSlash, !vendor.isEmpty, !classPart.isEmpty else { return false }
        return isVendorOrClassName(vendor) && isVendorOrClassName(classPart) && isDeviceName(name)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    private static func isAlnum(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }

    private static func isVendorOrClassName(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, let last = b.last, isLetter(first), isAlnum(last) else { return false }
        return b.dropFirst().dropLast().allSatisfy { isAlnum($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E }
    }

    private static func isDeviceName(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, isAlnum(first) else { return false }
        if b.count == 1 { return true }
        guard let last = b.last, isAlnum(last) else { return false }
        return b.dropFirst().dropLast().allSatisfy { isAlnum($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E || $0 == 0x3A }
    }

    /// `validDeviceMode`: a non-empty combination of `r`, `w`, `m`, each at most once.
    static func isDeviceMode(_ mode: String) -> Bool {
        guard !mode.isEmpty else { return false }
        var seen: Set<Character> = []
        for c in mode {
            guard "rwm".contains(c), !seen.contains(c) else { return false }
            seen.insert(c)
        }
        return true
    }

    /// `validateDevice` then `parseDevice` for `serverOS` (`linux` or `windows`).
    public static func parse(_ device: String, serverOS: String) -> Result<DeviceMapping, ValueError> {
        switch serverOS {
        case "linux":
            switch validateLinuxPath(device) {
            case .failure(let e): return .failure(e)
            case .success(let validated): return parseLinux(validated)
            }
        case "windows":
            return .success(DeviceMapping(pathOnHost: device, pathInContainer: "", cgroupPermissions: ""))
        default:
            return .failure(ValueError("unknown server OS: " + serverOS))
        }
    }

    /// `validateLinuxPath` with `validDeviceMode`: returns the spec with its container path cleaned.
    static func validateLinuxPath(_ value: String) -> Result<String, ValueError> {
        if value.filter({ $0 == ":" }).count > 2 { return .failure(ValueError("bad format for path: " + value)) }
        let split = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if split[0].isEmpty { return .failure(ValueError("bad format for path: " + value)) }
        let containerPath: String
        var result = value
        switch split.count {
        case 1:
            containerPath = split[0]
            result = GoPath.clean(containerPath)
        case 2:
            if isDeviceMode(split[1]) {
                containerPath = split[0]
                result = "\(GoPath.clean(containerPath)):\(split[1])"
            } else {
                containerPath = split[1]
                result = "\(split[0]):\(GoPath.clean(containerPath))"
            }
        default:
            containerPath = split[1]
            if !isDeviceMode(split[2]) { return .failure(ValueError("bad mode specified: " + split[2])) }
            result = "\(split[0]):\(containerPath):\(split[2])"
        }
        if !GoPath.isAbs(containerPath) { return .failure(ValueError("\(containerPath) is not an absolute path")) }
        return .success(result)
    }

    /// `parseLinuxDevice`.
    static func parseLinux(_ device: String) -> Result<DeviceMapping, ValueError> {
        var source = ""
        var destination = ""
        var permissions = "rwm"
        let parts = device.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            source = parts[0]
        case 2, 3:
            if parts.count == 3 { permissions = parts[2] }
            if isDeviceMode(parts[1]) { permissions = parts[1] } else { destination = parts[1] }
            source = parts[0]
        default:
            return .failure(ValueError("invalid device specification: " + device))
        }
        if destination.isEmpty { destination = source }
        return .success(DeviceMapping(pathOnHost: source, pathInContainer: destination, cgroupPermissions: permissions))
    }
}

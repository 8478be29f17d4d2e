/// docker's `isSupported`: refuses commands and flags the daemon cannot serve, with docker's texts.
enum Support {
    /// The error for running `node` with the changed flags against `daemon`, or `nil` when supported.
    static func error(for node: CommandNode, changed: Set<String>, daemon: DaemonFeatures) -> String? {
        let path = node.commandPath
        // areSubcommandsSupported: the command, then each ancestor.
        for spec in ([node.spec] + node.ancestors.reversed()) {
            for requirement in spec.requirements {
                if case .minimumAPIVersion(let version) = requirement, APIVersion.less(daemon.apiVersion, version) {
                    return "\(path) requires API version \(version), but the Docker daemon API version is \(daemon.apiVersion)"
                }
            }
            for requirement in spec.requirements {
                if case .osType(let os) = requirement, let actual = daemon.osType, !actual.isEmpty, actual != os {
                    return "\(path) is only supported on a Docker daemon running on \(os), but the Docker daemon is running on \(actual)"
                }
            }
            if spec.requirements.contains(.experimental), !daemon.experimental {
                return "\(path) is only supported on a Docker daemon with experimental features enabled"
            }
        }
        // areFlagsSupported: every changed flag with an annotation, in name order; errors joined.
        var errors: [String] = []
        for flag in node.table.withRequirements where changed.contains(node.owner(of: flag.name) + "|" + flag.name) {
            if let version = flag.requirements.compactMap(Self.version).first, APIVersion.less(daemon.apiVersion, version) {
                errors.append("\"--\(flag.name)\" requires API version \(version), but the Docker daemon API version is \(daemon.apiVersion)")
                continue
            }
            if let os = flag.requirements.compactMap(Self.osType).first, let actual = daemon.osType, !actual.isEmpty, actual != os {
                errors.append("\"--\(flag.name)\" is only supported on a Docker daemon running on \(os), but the Docker daemon is running on \(actual)")
                continue
            }
            if flag.requirements.contains(.experimental), !daemon.experimental {
                errors.append("\"--\(flag.name)\" is only supported on a Docker daemon with experimental features enabled")
            }
        }
        return errors.isEmpty ? nil : errors.joined(separator: "\n")
    }

    private static func version(_ r: CommandSpec.Requirement) -> String? {
        if case .minimumAPIVersion(let v) = r { return v }
        return nil
    }

    private static func osType(_ r: CommandSpec.Requirement) -> String? {
        if case .osType(let v) = r { return v }
        return nil
    }
}

/// Engine API version comparison, as moby's `versions.LessThan` does it (dot-separated integers).
enum APIVersion {
    static func less(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    static func compare(_ a: String, _ b: String) -> Int {
        let x = a.split(separator: ".", omittingEmptySubsequences: false)
        let y = b.split(separator: ".", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let p = i < x.count ? Int(x[i]) ?? 0 : 0
            let q = i < y.count ? Int(y[i]) ?? 0 : 0
            if p != q { return p < q ? -1 : 1 }
        }
        return 0
    }
}

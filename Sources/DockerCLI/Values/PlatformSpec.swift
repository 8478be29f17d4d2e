/// `--platform` as containerd's `platforms.Parse` reads it: `os[/arch[/variant]]`, or just an
/// OS or an architecture, normalised (`x86_64` → `amd64`, `aarch64` → `arm64`, `armhf` → `arm/v7`).
public struct PlatformSpec: Sendable, Equatable {
    public var os: String
    public var osVersion: String
    public var architecture: String
    public var variant: String

    /// `platforms.Format`: what the client sends to the daemon (`linux/arm64/v8`).
    public var formatted: String {
        if os.isEmpty { return "unknown" }
        return [os, architecture, variant].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// The client's `formatPlatform`, sent as the create request's `platform`: `path.Join(os, arch, variant)`.
    public var requestValue: String {
        GoPath.clean([os, architecture, variant].filter { !$0.isEmpty }.joined(separator: "/"))
    }

    /// `platforms.Parse`; `hostOS` and `hostArchitecture` fill in what a one-part specifier omits
    /// (Go's `runtime.GOOS`/`GOARCH` of the client).
    public static func parse(_ specifier: String, hostOS: String = "linux", hostArchitecture: String = "amd64")
        -> Result<PlatformSpec, ValueError>
    {
        let quoted = GoQuote.quote(specifier)
        if specifier.contains("*") {
            return .failure(ValueError("\(quoted): wildcards not yet supported: invalid argument"))
        }
        let parts = specifier.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        var platform = PlatformSpec(os: "", osVersion: "", architecture: "", variant: "")
        for (i, part) in parts.enumerated() {
            if i == 0 {
                guard let (os, version) = osAndVersion(part) else {
                    return .failure(ValueError("\(GoQuote.quote(part)) is an invalid OS component of \(quoted): OSAndVersion specifier component must match \"^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$\": invalid argument"))
                }
                platform.os = normalizeOS(os, hostOS: hostOS)
                platform.osVersion = version
            } else if part.isEmpty || !part.utf8.allSatisfy(isSpecifierByte) {
                return .failure(ValueError("\(GoQuote.quote(part)) is an invalid component of \(quoted): platform specifier component must match \"^[A-Za-z0-9_.-]+$\": invalid argument"))
            }
        }
        switch parts.count {
        case 1:
            if knownOS.contains(platform.os) {
                platform.architecture = hostArchitecture
                return .success(platform)
            }
            (platform.architecture, platform.variant) = normalizeArch(parts[0], "")
            if platform.architecture == "arm" && platform.variant == "v7" { platform.variant = "" }
            if knownArch.contains(platform.architecture) {
                platform.os = hostOS
                return .success(platform)
            }
            return .failure(ValueError("\(quoted): unknown operating system or architecture: invalid argument"))
        case 2:
            (platform.architecture, platform.variant) = normalizeArch(parts[1], "")
            if platform.architecture == "arm" && platform.variant == "v7" { platform.variant = "" }
            return .success(platform)
        case 3:
            (platform.architecture, platform.variant) = normalizeArch(parts[1], parts[2])
            if platform.architecture == "arm64" && platform.variant.isEmpty { platform.variant = "v8" }
            return .success(platform)
        default:
            return .failure(ValueError("\(quoted): cannot parse platform specifier: invalid argument"))
        }
    }

    private static func isSpecifierByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E || c == 0x2D
    }

    /// `^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$`
    private static func osAndVersion(_ part: String) -> (String, String)? {
        let isName: (UInt8) -> Bool = { isSpecifierByte($0) && $0 != 0x2E }
        if let open = part.firstIndex(of: "(") {
            let name = part[..<open]
            guard !name.isEmpty, name.utf8.allSatisfy(isName), part.hasSuffix(")") else { return nil }
            let version = part[part.index(after: open)..<part.index(before: part.endIndex)]
            guard version.utf8.allSatisfy(isSpecifierByte) else { return nil }
            return (String(name), String(version))
        }
        guard !part.isEmpty, part.utf8.allSatisfy(isName) else { return nil }
        return (part, "")
    }

    static let knownOS: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
    ]

    static let knownArch: Set<String> = [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips",
        "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x",
        "sparc", "sparc64", "wasm",
    ]

    static func normalizeOS(_ os: String, hostOS: String) -> String {
        if os.isEmpty { return hostOS }
        let lower = os.lowercased()
        return lower == "macos" ? "darwin" : lower
    }

    static func normalizeArch(_ rawArch: String, _ rawVariant: String) -> (String, String) {
        var arch = rawArch.lowercased()
        var variant = rawVariant.lowercased()
        switch arch {
        case "i386":
            arch = "386"
            variant = ""
        case "x86_64", "x86-64", "amd64":
            arch = "amd64"
            if variant == "v1" { variant = "" }
        case "aarch64", "arm64":
            arch = "arm64"
            switch variant {
            case "8", "v8", "v8.0": variant = ""
            case "9", "9.0", "v9.0": variant = "v9"
            default: break
            }
        case "armhf":
            arch = "arm"
            variant = "v7"
        case "armel":
            arch = "arm"
            variant = "v6"
        case "arm":
            switch variant {
            case "", "7": variant = "v7"
            case "5", "6", "8": variant = "v" + variant
            default: break
            }
        default:
            break
        }
        return (arch, variant)
    }
}

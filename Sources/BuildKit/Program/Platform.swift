/// A target or build platform (`linux/amd64`, `linux/arm/v7`), as containerd parses it.
///
/// `FROM --platform=` and the predefined `TARGETPLATFORM`/`BUILDPLATFORM` ARGs go through
/// containerd's `platforms.Parse`, whose normalisation (`aarch64` is `arm64`, `armhf` is
/// `arm/v7`) and error texts we keep.
public struct Platform: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var os: String
    public var architecture: String
    public var variant: String
    public var osVersion: String

    public init(os: String, architecture: String, variant: String = "", osVersion: String = "") {
        self.os = os
        self.architecture = architecture
        self.variant = variant
        self.osVersion = osVersion
    }

    /// The simulated daemon's own platform.
    public static let linuxAMD64 = Platform(os: "linux", architecture: "amd64")

    /// `platforms.Format`: `os/arch[/variant]`.
    public var description: String {
        if os.isEmpty { return "unknown" }
        return [os, architecture, variant].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// `platforms.FormatAll`: like `description`, with `(osversion)` when set.
    public var formatAll: String {
        if os.isEmpty { return "unknown" }
        let head = osVersion.isEmpty ? os : "\(os)(\(osVersion))"
        return [head, architecture, variant].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// `platforms.Normalize`.
    public var normalized: Platform {
        var copy = self
        copy.os = Self.normalizeOS(os)
        (copy.architecture, copy.variant) = Self.normalizeArch(architecture, variant)
        return copy
    }

    /// `platforms.Parse`; `defaultArchitecture` stands in for the daemon's GOARCH.
    public static func parse(_ specifier: String, defaultArchitecture: String = "amd64") throws(DockerfileError) -> Platform {
        let invalidArgument = "invalid argument"
        if specifier.contains("*") {
            throw DockerfileError("\(GoText.quote(specifier)): wildcards not yet supported: \(invalidArgument)")
        }
        let parts = specifier.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        var p = Platform(os: "", architecture: "")
        for (i, part) in parts.enumerated() {
            if i == 0 {
                guard let (os, version) = osAndVersion(part) else {
                    throw DockerfileError(
                        "\(GoText.quote(part)) is an invalid OS component of \(GoText.quote(specifier)): OSAndVersion specifier component must match \(GoText.quote(#"^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$"#)): \(invalidArgument)")
                }
                p.os = normalizeOS(os)
                p.osVersion = version
            } else if !isSpecifierComponent(part) {
                throw DockerfileError(
                    "\(GoText.quote(part)) is an invalid component of \(GoText.quote(specifier)): platform specifier component must match \(GoText.quote("^[A-Za-z0-9_.-]+$")): \(invalidArgument)")
            }
        }
        switch parts.count {
        case 1:
            if knownOS.contains(p.os) {
                p.architecture = defaultArchitecture
                return p
            }
            (p.architecture, p.variant) = normalizeArch(parts[0], "")
            if p.architecture == "arm" && p.variant == "v7" { p.variant = "" }
            if knownArchitectures.contains(p.architecture) {
                p.os = "linux"
                return p
            }
            throw DockerfileError("\(GoText.quote(specifier)): unknown operating system or architecture: \(invalidArgument)")
        case 2:
            (p.architecture, p.variant) = normalizeArch(parts[1], "")
            if p.architecture == "arm" && p.variant == "v7" { p.variant = "" }
            return p
        case 3:
            (p.architecture, p.variant) = normalizeArch(parts[1], parts[2])
            if p.architecture == "arm64" && p.variant.isEmpty { p.variant = "v8" }
            return p
        default:
            throw DockerfileError("\(GoText.quote(specifier)): cannot parse platform specifier: \(invalidArgument)")
        }
    }

    static let knownOS: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
    ]

    static let knownArchitectures: Set<String> = [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips",
        "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x",
        "sparc", "sparc64", "wasm",
    ]

    /// `^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$`.
    private static func osAndVersion(_ part: String) -> (String, String)? {
        func ok(_ c: Character, dot: Bool) -> Bool {
            c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-" || (dot && c == "."))
        }
        if let open = part.firstIndex(of: "(") {
            let os = part[..<open]
            guard !os.isEmpty, os.allSatisfy({ ok($0, dot: false) }), part.hasSuffix(")") else { return nil }
            let version = part[part.index(after: open)..<part.index(before: part.endIndex)]
            guard version.allSatisfy({ ok($0, dot: true) }) else { return nil }
            return (String(os), String(version))
        }
        guard !part.isEmpty, part.allSatisfy({ ok($0, dot: false) }) else { return nil }
        return (part, "")
    }

    private static func isSpecifierComponent(_ part: String) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
    }

    static func normalizeOS(_ os: String) -> String {
        if os.isEmpty { return "linux" }
        let lower = os.lowercased()
        return lower == "macos" ? "darwin" : lower
    }

    static func normalizeArch(_ arch: String, _ variant: String) -> (String, String) {
        var a = arch.lowercased()
        var v = variant.lowercased()
        switch a {
        case "i386":
            a = "386"
            v = ""
        case "x86_64", "x86-64", "amd64":
            a = "amd64"
            if v == "v1" { v = "" }
        case "aarch64", "arm64":
            a = "arm64"
            switch v {
            case "8", "v8", "v8.0": v = ""
            case "9", "9.0", "v9.0": v = "v9"
            default: break
            }
        case "armhf":
            a = "arm"
            v = "v7"
        case "armel":
            a = "arm"
            v = "v6"
        case "arm":
            switch v {
            case "", "7": v = "v7"
            case "5", "6", "8": v = "v" + v
            default: break
            }
        default:
            break
        }
        return (a, v)
    }
}

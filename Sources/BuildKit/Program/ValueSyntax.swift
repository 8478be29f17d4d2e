/// Value syntaxes the builder checks while dispatching: EXPOSE port specs, STOPSIGNAL names,
/// `--chmod` modes, ADD's URL and git sources, `--checksum` digests and Linux paths.
///
/// Each follows the Go package BuildKit delegates to (go-connections/nat, moby/sys/signal,
/// dchapes-mode, buildkit's gitutil, go-digest), with the same error texts.
enum ValueSyntax {
    // MARK: EXPOSE (nat.ParsePortSpecs)

    /// The exposed-port keys (`80/tcp`) a list of EXPOSE specs produces, sorted like Go prints
    /// a map.
    static func exposedPorts(_ specs: [String]) throws(DockerfileError) -> [String] {
        var ports: Set<String> = []
        for raw in specs {
            for port in try portSpec(raw) { ports.insert(port) }
        }
        return ports.sorted(by: InstructionParser.goLess)
    }

    private static func portSpec(_ raw: String) throws(DockerfileError) -> [String] {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var ip = ""
        var hostPort = ""
        let containerPart = parts[parts.count - 1]
        switch parts.count {
        case 1: break
        case 2: hostPort = parts[0]
        case 3:
            ip = parts[0]
            hostPort = parts[1]
        default:
            ip = parts[..<(parts.count - 2)].joined(separator: ":")
            hostPort = parts[parts.count - 2]
        }
        let (proto, containerPort) = splitProtoPort(containerPart)
        if ip.hasPrefix("[") {
            if ip.hasSuffix("]") { ip = String(ip.dropFirst().dropLast()) } else {
                throw DockerfileError("invalid IP address \(ip): address \(ip): missing ']' in address")
            }
        }
        if !ip.isEmpty && !isIPAddress(ip) { throw DockerfileError("invalid IP address: \(ip)") }
        if containerPort.isEmpty { throw DockerfileError("no port specified: \(raw)<empty>") }
        guard let (start, end) = portRange(containerPort) else {
            throw DockerfileError("invalid containerPort: \(containerPort)")
        }
        if !hostPort.isEmpty {
            guard let (hostStart, hostEnd) = portRange(hostPort) else {
                throw DockerfileError("invalid hostPort: \(hostPort)")
            }
            if end - start != hostEnd - hostStart && end != start {
                throw DockerfileError("invalid ranges specified for container and host Ports: \(containerPort) and \(hostPort)")
            }
        }
        let lowerProto = proto.lowercased()
        guard ["tcp", "udp", "sctp"].contains(lowerProto) else { throw DockerfileError("invalid proto: \(proto)") }
        return (start...end).map { "\($0)/\(lowerProto)" }
    }

    private static func splitProtoPort(_ raw: String) -> (String, String) {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if raw.isEmpty || parts[0].isEmpty { return ("", "") }
        if parts.count == 1 { return ("tcp", raw) }
        if parts[1].isEmpty { return ("tcp", parts[0]) }
        return (parts[1], parts[0])
    }

    private static func portRange(_ text: String) -> (UInt64, UInt64)? {
        if !text.contains("-") {
            guard let port = try? GoStrconv.parseUint(text, base: 10, bitSize: 16) else { return nil }
            return (port, port)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let start = try? GoStrconv.parseUint(parts[0], base: 10, bitSize: 16),
              let end = try? GoStrconv.parseUint(parts[1], base: 10, bitSize: 16), end >= start
        else { return nil }
        return (start, end)
    }

    private static func isIPAddress(_ s: String) -> Bool {
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4, octets.allSatisfy({ $0.count <= 3 && UInt8($0) != nil }) { return true }
        return s.contains(":") && s.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }

    // MARK: STOPSIGNAL (signal.ParseSignal, Linux table)

    static let signalNames: Set<String> = [
        "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL",
        "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1",
        "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX",
    ]

    static func checkSignal(_ raw: String) throws(DockerfileError) {
        if let number = GoStrconv.atoi(raw) {
            if number == 0 { throw DockerfileError("invalid signal: \(raw)") }
            return
        }
        var name = raw.uppercased()
        if name.hasPrefix("SIG") { name = String(name.dropFirst(3)) }
        if signalNames.contains(name) { return }
        for base in ["RTMIN+", "RTMAX-"] where name.hasPrefix(base) {
            if let offset = Int(name.dropFirst(base.count)), (1...15).contains(offset),
               String(offset) == String(name.dropFirst(base.count)) {
                if base == "RTMAX-" && offset > 14 { continue }
                return
            }
        }
        throw DockerfileError("invalid signal: \(raw)")
    }

    // MARK: --chmod

    static func checkChmod(_ mode: String) throws(DockerfileError) {
        let nonOctal = DockerfileError("invalid chmod parameter: '\(mode)'. it should be octal string and between 0 and 07777")
        if let value = try? GoStrconv.parseUint(mode, base: 8, bitSize: 32) {
            if value > 0o7777 { throw nonOctal }
            return
        }
        if let first = mode.utf8.first, first >= 0x30 && first <= 0x39 { throw nonOctal }
        if !isSymbolicMode(mode) { throw DockerfileError("invalid syntax") }
    }

    /// dchapes-mode's symbolic grammar: `[ugoa]*[+-=][rwxXst ugo]*` clauses, comma separated.
    static func isSymbolicMode(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        if b.isEmpty { return false }
        while true {
            while let c = b.first, "augo".utf8.contains(c) { b = b.dropFirst() }
            guard !b.isEmpty else { return false }
            repeat {
                guard let op = b.first, "+-=".utf8.contains(op) else { return false }
                b = b.dropFirst()
                while let c = b.first, "rstwXxugo".utf8.contains(c) { b = b.dropFirst() }
            } while !b.isEmpty && b.first != UInt8(ascii: ",")
            if b.isEmpty { return true }
            b = b.dropFirst()
        }
    }

    // MARK: ADD sources (gitutil.ParseGitRef, isHTTPSource)

    /// A git source as BuildKit recognises it: remote, ref and subdirectory.
    static func gitSource(_ src: String) -> (remote: String, ref: String, subdirectory: String)? {
        if src.hasPrefix("./") || src.hasPrefix("../") || src.hasPrefix("github.com/") { return nil }
        let (withoutFragment, fragment) = splitFragment(src)
        if let schemeEnd = withoutFragment.firstRange(of: "://") {
            let scheme = withoutFragment[..<schemeEnd.lowerBound]
            guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            let proto = scheme.lowercased()
            guard ["http", "https", "ssh", "git"].contains(proto) else { return nil }
            if proto == "http" || proto == "https" {
                let afterScheme = withoutFragment[schemeEnd.upperBound...]
                let path = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? ""
                let pathOnly = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                guard pathOnly.hasSuffix(".git") else { return nil }
            }
        } else if !isSCPStyle(withoutFragment) {
            return nil
        }
        let (ref, subdirectory) = splitRefAndSubdirectory(fragment)
        return (String(withoutFragment), ref, subdirectory)
    }

    private static func splitFragment(_ s: String) -> (Substring, String) {
        guard let hash = s.firstIndex(of: "#") else { return (Substring(s), "") }
        return (s[..<hash], String(s[s.index(after: hash)...]))
    }

    private static func splitRefAndSubdirectory(_ fragment: String) -> (String, String) {
        guard let colon = fragment.firstIndex(of: ":") else { return (fragment, "") }
        return (String(fragment[..<colon]), String(fragment[fragment.index(after: colon)...]))
    }

    /// `^([a-zA-Z0-9-_]+)@([a-zA-Z0-9-.]+):(.*?)(?:#(.*))?$`.
    private static func isSCPStyle(_ s: Substring) -> Bool {
        guard let at = s.firstIndex(of: "@") else { return false }
        let user = s[..<at]
        let rest = s[s.index(after: at)...]
        guard let colon = rest.firstIndex(of: ":") else { return false }
        let host = rest[..<colon]
        func ok(_ part: Substring, _ extra: String) -> Bool {
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || extra.contains($0)) }
        }
        return ok(user, "-_") && ok(host, "-.")
    }

    static func isHTTPSource(_ src: String) -> Bool {
        (src.hasPrefix("http://") || src.hasPrefix("https://")) && gitSource(src) == nil
    }

    /// The file name ADD gives a downloaded URL (`path.Base` of its path, or `__unnamed__`).
    static func urlFileName(_ src: String) -> String {
        guard let schemeEnd = src.firstRange(of: "://") else { return "__unnamed__" }
        let afterScheme = src[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "__unnamed__" }
        var path = afterScheme[slash...]
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        let base = path.split(separator: "/").last.map(String.init) ?? "/"
        return base == "." || base == "/" || base.isEmpty ? "__unnamed__" : base
    }

    /// go-digest's `Parse` for `ADD --checksum`.
    static func checkDigest(_ d: String) throws(DockerfileError) {
        guard let colon = d.firstIndex(of: ":"), colon != d.startIndex, d.index(after: colon) != d.endIndex else {
            throw DockerfileError("invalid checksum digest format")
        }
        let algorithm = String(d[..<colon])
        let encoded = d[d.index(after: colon)...]
        let sizes = ["sha256": 64, "sha384": 96, "sha512": 128]
        guard let size = sizes[algorithm] else {
            let algorithmOK = algorithm.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "+._-".contains($0)) }
            let encodedOK = encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "=_-".contains($0)) }
            throw DockerfileError(algorithmOK && encodedOK ? "unsupported digest algorithm" : "invalid checksum digest format")
        }
        if encoded.count != size { throw DockerfileError("invalid checksum digest length") }
        if !encoded.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) { throw DockerfileError("invalid checksum digest format") }
    }

    // MARK: paths (util/system, Linux)

    /// `system.NormalizePath(parent, path, "linux", keepSlash)`.
    static func normalizePath(parent: String, _ path: String, keepSlash: Bool) -> String {
        var base = parent.isEmpty ? "/" : parent
        if !base.hasPrefix("/") { base = DockerIgnore.cleanPath("/" + base) }
        var result = path.isEmpty ? base : path
        if !result.hasPrefix("/") { result = DockerIgnore.cleanPath(base + "/" + result) }
        if keepSlash {
            if path.hasSuffix("/") && !result.hasSuffix("/") {
                result += "/"
            } else if path.hasSuffix("/.") {
                if result != "/" { result += "/" }
                result += "."
            }
        }
        return result
    }

    /// `pathRelativeToWorkingDir`: COPY/ADD destinations.
    static func destination(_ path: String, workingDir: String) -> String {
        if path.hasPrefix("/") { return normalizePath(parent: "/", path, keepSlash: true) }
        let relative = path == "." || path.isEmpty ? "./" : path
        return normalizePath(parent: workingDir, relative, keepSlash: true)
    }
}

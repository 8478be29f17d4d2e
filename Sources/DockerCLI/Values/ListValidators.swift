/// The validators docker attaches to its list flags (`opts.ListOpts` with a `ValidatorFctType`).
///
/// Each runs when pflag sets the flag, may rewrite the value (`--dns` is normalised, `-e KEY`
/// picks up the host's value, `-a STDOUT` is lowercased), and fails with docker's own text.
public enum ListValidators {
    /// `opts.ValidateEnv`: a name is required; `KEY` alone takes the host's value when it has one.
    public static func env(_ value: String, lookup: (String) -> String?) -> Result<String, ValueError> {
        let (key, _, hasValue) = cut(value, "=")
        if key.isEmpty { return .failure(ValueError("invalid environment variable: " + value)) }
        if hasValue { return .success(value) }
        if let hostValue = lookup(key) { return .success(key + "=" + hostValue) }
        return .success(value)
    }

    /// `opts.ValidateIPAddress`: any IPv4 or IPv6 address, returned in Go's canonical form.
    public static func ipAddress(_ value: String) -> Result<String, ValueError> {
        if let ip = GoNet.parseIP(goTrimSpace(value)) { return .success(ip.description) }
        return .failure(ValueError("IP address is not correctly formatted: " + value))
    }

    /// `opts.ValidateMACAddress`.
    public static func macAddress(_ value: String) -> Bool {
        GoNet.isValidMAC(goTrimSpace(value))
    }

    /// `opts.ValidateExtraHost` (`--add-host`): `host:ip` or `host=ip`, IPv6 optionally in brackets,
    /// or the special `host-gateway`; stored as `host:ip`.
    public static func extraHost(_ value: String) -> Result<String, ValueError> {
        var (key, address, ok) = cut(value, "=")
        if !ok { (key, address, ok) = cut(value, ":") }
        if !ok || key.isEmpty || key.contains(":") {
            return .failure(ValueError("bad format for add-host: " + GoQuote.quote(value)))
        }
        if address != "host-gateway" {
            if address.utf8.count > 2, address.hasPrefix("["), address.hasSuffix("]") {
                address = String(address.dropFirst().dropLast())
            }
            if case .failure = ipAddress(address) {
                return .failure(ValueError("invalid IP address in add-host: " + GoQuote.quote(address)))
            }
        }
        return .success(key + ":" + address)
    }

    /// `opts.ValidateLabel`: a non-empty key without whitespace.
    public static func label(_ value: String) -> Result<String, ValueError> {
        let key = String(cut(value, "=").0.drop { $0 == " " || $0 == "\t" })
        if key.isEmpty { return .failure(ValueError("invalid label '\(value)': empty name")) }
        if key.contains(where: { $0 == " " || $0 == "\t" }) {
            return .failure(ValueError("label '\(key)' contains whitespaces"))
        }
        return .success(value)
    }

    /// The namespaced sysctls `opts.ValidateSysctl` allows besides the `net.` and `fs.mqueue.` trees.
    static let allowedSysctls: Set<String> = [
        "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
        "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced",
    ]

    /// `opts.ValidateSysctl` (`--sysctl` of run and create).
    public static func sysctl(_ value: String) -> Result<String, ValueError> {
        let (key, _, ok) = cut(value, "=")
        let notAllowed = ValueError("sysctl '\(value)' is not allowed")
        if !ok || key.isEmpty { return .failure(notAllowed) }
        if allowedSysctls.contains(key) || key.hasPrefix("net.") || key.hasPrefix("fs.mqueue.") { return .success(value) }
        return .failure(notAllowed)
    }

    /// `opts.ParseLink`: `name`, `name:alias`, or `/name:/path/alias`; returns the container and alias.
    public static func parseLink(_ value: String) -> Result<(name: String, alias: String), ValueError> {
        if value.isEmpty { return .failure(ValueError("empty string specified for links")) }
        let parts = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count > 2 { return .failure(ValueError("bad format for links: " + value)) }
        if parts.count == 1 { return .success((value, value)) }
        if parts[0].hasPrefix("/") {
            return .success((String(parts[0].dropFirst()), GoPath.split(String(parts[1])).file))
        }
        return .success((String(parts[0]), String(parts[1])))
    }

    /// `opts.ValidateLink` (`--link`).
    public static func link(_ value: String) -> Result<String, ValueError> {
        parseLink(value).map { _ in value }
    }

    /// `opts.ValidateDNSSearch` (`--dns-search`): a domain name, or `.`.
    public static func dnsSearch(_ value: String) -> Result<String, ValueError> {
        let trimmed = String(value.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if trimmed == "." { return .success(trimmed) }
        return domain(trimmed)
    }

    /// `validateDomain`: at least one letter, labels of letters, digits and inner hyphens.
    static func domain(_ value: String) -> Result<String, ValueError> {
        let invalid = ValueError("\(value) is not a valid domain")
        guard value.contains(where: { $0.isASCII && $0.isLetter }) else { return .failure(invalid) }
        // The pattern allows trailing whitespace and one final dot, which the match leaves out.
        var bytes = Array(value.utf8)[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0C || last == 0x0D {
            bytes = bytes.dropLast()
        }
        if bytes.last == 0x2E { bytes = bytes.dropLast() }
        guard matchesDomainPattern(bytes), bytes.count < 255 else { return .failure(invalid) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Docker's domain pattern, whose `(:?` groups (meant as `(?:`) also allow stray colons before labels.
    private static func matchesDomainPattern(_ s: ArraySlice<UInt8>) -> Bool {
        func isAlnum(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
        var i = s.startIndex
        var first = true
        while true {
            if !first {
                // Separator: an optional colon, then the dot.
                if i < s.endIndex, s[i] == 0x3A { i += 1 }
                guard i < s.endIndex, s[i] == 0x2E else { return false }
                i += 1
                if i < s.endIndex, s[i] == 0x3A { i += 1 }
            }
            var colons = 0
            while i < s.endIndex, s[i] == 0x3A, colons < 2 { i += 1; colons += 1 }
            guard i < s.endIndex, isAlnum(s[i]) else { return false }
            var end = i
            while end < s.endIndex, isAlnum(s[end]) || s[end] == 0x2D { end += 1 }
            // A label ends on a letter or digit: give back trailing hyphens (the match would fail on them anyway).
            guard isAlnum(s[end - 1]) else { return false }
            i = end
            first = false
            if i == s.endIndex { return true }
        }
    }

    /// `validateAttach` (`-a`): one of the three streams, case-insensitively; stored lowercased.
    public static func attach(_ value: String) -> Result<String, ValueError> {
        let lower = value.lowercased()
        if ["stdin", "stdout", "stderr"].contains(lower) { return .success(lower) }
        return .failure(ValueError("valid streams are STDIN, STDOUT and STDERR"))
    }

    /// `validateDeviceCgroupRule` (`--device-cgroup-rule`): `type major:minor mode`.
    public static func deviceCgroupRule(_ value: String) -> Result<String, ValueError> {
        let invalid = ValueError("invalid device cgroup format '\(value)'")
        let b = Array(value.utf8)
        guard b.count >= 7, [0x61, 0x63, 0x62].contains(b[0]), b[1] == 0x20 else { return .failure(invalid) }
        var i = 2
        func number() -> Bool {
            if i < b.count, b[i] == 0x2A { i += 1; return true }
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i > start
        }
        guard number(), i < b.count, b[i] == 0x3A else { return .failure(invalid) }
        i += 1
        guard number(), i < b.count, b[i] == 0x20 else { return .failure(invalid) }
        let mode = b[(i + 1)...]
        guard (1...3).contains(mode.count), mode.allSatisfy({ $0 == 0x72 || $0 == 0x77 || $0 == 0x6D }) else {
            return .failure(invalid)
        }
        return .success(value)
    }

    /// Go's `strings.Cut`.
    static func cut(_ s: String, _ separator: Character) -> (String, String, Bool) {
        guard let index = s.firstIndex(of: separator) else { return (s, "", false) }
        return (String(s[..<index]), String(s[s.index(after: index)...]), true)
    }

    /// Go's `strings.TrimSpace`.
    static func goTrimSpace(_ s: String) -> String {
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
        return String(s.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}

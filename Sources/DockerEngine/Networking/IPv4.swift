/// An IPv4 address as a number, for subnet arithmetic in the simulated IPAM.
struct IPv4: Hashable, Comparable, CustomStringConvertible {
    var value: UInt32

    init(_ value: UInt32) { self.value = value }

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var v: UInt32 = 0
        for p in parts {
            guard let octet = UInt8(p), String(octet) == p else { return nil }
            v = v << 8 | UInt32(octet)
        }
        value = v
    }

    var description: String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }

    static func < (a: IPv4, b: IPv4) -> Bool { a.value < b.value }
}

/// An IPv4 subnet in CIDR form (`172.18.0.0/16`).
struct IPv4Subnet: Hashable, CustomStringConvertible {
    var base: IPv4
    var prefix: Int

    init(base: IPv4, prefix: Int) {
        self.prefix = prefix
        self.base = IPv4(base.value & Self.mask(prefix))
    }

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let ip = IPv4(String(parts[0])), let p = Int(parts[1]), (0...32).contains(p) else { return nil }
        self.init(base: ip, prefix: p)
    }

    static func mask(_ prefix: Int) -> UInt32 { prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix) }

    var size: UInt64 { UInt64(1) << UInt64(32 - prefix) }
    var last: IPv4 { IPv4(base.value | ~Self.mask(prefix)) }
    var description: String { "\(base)/\(prefix)" }

    func contains(_ ip: IPv4) -> Bool { ip.value & Self.mask(prefix) == base.value }
    func overlaps(_ other: IPv4Subnet) -> Bool { contains(other.base) || other.contains(base) }

    /// The first usable host address, where docker puts the gateway.
    var firstHost: IPv4 { IPv4(base.value + (prefix >= 31 ? 0 : 1)) }
}

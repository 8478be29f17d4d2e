/// Go's `net.ParseCIDR` and `IPNet.Contains`, for `docker network create`'s IPAM checks.
struct GoCIDR {
    /// The address as written (16 bytes, IPv4 mapped).
    var address: GoNet.IP
    /// The prefix length.
    var bits: Int
    /// `true` when the address was written as IPv4 (Go keeps a 4-byte network then).
    var isIPv4: Bool

    /// `net.ParseCIDR`, with Go's error text.
    static func parse(_ s: String) -> Result<GoCIDR, ValueError> {
        let invalid = ValueError("invalid CIDR address: " + s)
        let (address, mask, hasSlash) = ListValidators.cut(s, "/")
        guard hasSlash, let ip = GoNet.parseIP(address) else { return .failure(invalid) }
        let v4 = !address.contains(":")
        guard !mask.isEmpty, mask.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), mask.utf8.count <= 10,
              let bits = Int(mask), bits <= (v4 ? 32 : 128)
        else { return .failure(invalid) }
        return .success(GoCIDR(address: ip, bits: bits, isIPv4: v4))
    }

    /// `IPNet.Contains`: an IPv4 address is only in an IPv4 network, and the reverse.
    func contains(_ ip: GoNet.IP) -> Bool {
        let mine = isIPv4 ? Array(address.bytes[12...]) : address.bytes
        let theirs = ip.isIPv4 ? Array(ip.bytes[12...]) : ip.bytes
        guard mine.count == theirs.count else { return false }
        var remaining = bits
        for (a, b) in zip(mine, theirs) {
            guard remaining > 0 else { break }
            let take = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - take))
            if a & mask != b & mask { return false }
            remaining -= take
        }
        return true
    }
}

/// The pieces of Go's `net` package docker's validators lean on: `ParseIP` with `IP.String`,
/// `ParseMAC`, `SplitHostPort` and `ParseCIDR`.
///
/// Docker normalises addresses through them (`--dns 0:0::1` is stored as `::1`), rejects what they
/// reject (IPv4 octets with leading zeros, zones), and prints their errors inside its own.
public enum GoNet {
    /// An IPv4 or IPv6 address as 16 bytes, remembering whether it was written as IPv4.
    public struct IP: Sendable, Equatable {
        public var bytes: [UInt8]

        /// `true` for IPv4 and IPv4-mapped IPv6 addresses (`IP.To4() != nil`).
        public var isIPv4: Bool {
            bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
        }

        /// `true` for `127.0.0.0/8` and `::1`.
        public var isLoopback: Bool {
            if isIPv4 { return bytes[12] == 127 }
            return bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
        }

        /// `net.IP.String()`: dotted IPv4, or RFC 5952 IPv6 with the longest zero run as `::`.
        public var description: String {
            if isIPv4 { return bytes[12...].map { String($0) }.joined(separator: ".") }
            let groups = (0..<8).map { UInt16(bytes[2 * $0]) << 8 | UInt16(bytes[2 * $0 + 1]) }
            var bestStart = -1
            var bestLength = 1
            var i = 0
            while i < 8 {
                var j = i
                while j < 8 && groups[j] == 0 { j += 1 }
                if j - i > bestLength {
                    bestStart = i
                    bestLength = j - i
                }
                i = j == i ? i + 1 : j
            }
            var out = ""
            var k = 0
            while k < 8 {
                if k == bestStart {
                    out += "::"
                    k += bestLength
                    continue
                }
                if !out.isEmpty && !out.hasSuffix(":") { out += ":" }
                out += String(groups[k], radix: 16)
                k += 1
            }
            return out
        }
    }

    /// `net.ParseIP`: `nil` for anything `netip.ParseAddr` rejects, and for addresses with a zone.
    public static func parseIP(_ s: String) -> IP? {
        let b = Array(s.utf8)
        if b.contains(0x3A) {
            return parseIPv6(b[...])
        }
        guard let v4 = parseIPv4(b[...]) else { return nil }
        return IP(bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + v4)
    }

    private static func parseIPv4(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        let fields = s.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard fields.count == 4 else { return nil }
        var out: [UInt8] = []
        for field in fields {
            guard !field.isEmpty, field.count <= 3, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            if field.count > 1 && field.first == 0x30 { return nil }
            let value = field.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= 255 else { return nil }
            out.append(UInt8(value))
        }
        return out
    }

    private static func parseIPv6(_ s: ArraySlice<UInt8>) -> IP? {
        if s.contains(0x25) { return nil }  // A zone (`fe80::1%eth0`) is not an IP for net.ParseIP.
        var groups: [UInt16] = []
        var ellipsis = -1
        var rest = s
        if rest.starts(with: [0x3A, 0x3A]) {
            ellipsis = 0
            rest = rest.dropFirst(2)
            if rest.isEmpty { return IP(bytes: Array(repeating: 0, count: 16)) }
        }
        while !rest.isEmpty {
            // A trailing embedded IPv4 address.
            var end = rest.startIndex
            while end < rest.endIndex, isHex(rest[end]) { end += 1 }
            if end < rest.endIndex, rest[end] == 0x2E {
                guard ellipsis >= 0 || groups.count == 6, groups.count <= 6, let v4 = parseIPv4(rest) else { return nil }
                groups.append(UInt16(v4[0]) << 8 | UInt16(v4[1]))
                groups.append(UInt16(v4[2]) << 8 | UInt16(v4[3]))
                rest = rest[rest.endIndex...]
                break
            }
            let digits = rest[rest.startIndex..<end]
            guard !digits.isEmpty, digits.count <= 4 else { return nil }
            groups.append(digits.reduce(UInt16(0)) { $0 << 4 | UInt16(hexValue($1)) })
            rest = rest[end...]
            if rest.isEmpty { break }
            guard rest.first == 0x3A else { return nil }
            rest = rest.dropFirst()
            if rest.first == 0x3A {
                guard ellipsis < 0 else { return nil }
                ellipsis = groups.count
                rest = rest.dropFirst()
                if rest.isEmpty { break }
            } else if rest.isEmpty {
                return nil
            }
            if groups.count > 8 { return nil }
        }
        if ellipsis >= 0 {
            guard groups.count < 8 else { return nil }
            let zeros = Array(repeating: UInt16(0), count: 8 - groups.count)
            groups.insert(contentsOf: zeros, at: ellipsis)
        }
        guard groups.count == 8 else { return nil }
        return IP(bytes: groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    }

    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    private static func hexValue(_ c: UInt8) -> UInt8 {
        if c >= 0x30 && c <= 0x39 { return c - 0x30 }
        return (c | 0x20) - 0x61 + 10
    }

    /// `net.ParseMAC` accepts it: 6, 8 or 20 octets as `aa:bb:..`, `aa-bb-..` or `aabb.ccdd...`.
    public static func isValidMAC(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 14 else { return false }
        func octet(_ at: Int, separator: UInt8?) -> Bool {
            guard at + 1 < b.count, isHex(b[at]), isHex(b[at + 1]) else { return false }
            if at + 2 < b.count, let separator { return b[at + 2] == separator }
            return at + 2 >= b.count || separator == nil
        }
        if b[2] == 0x3A || b[2] == 0x2D {
            guard (b.count + 1) % 3 == 0 else { return false }
            let n = (b.count + 1) / 3
            guard n == 6 || n == 8 || n == 20 else { return false }
            return (0..<n).allSatisfy { octet($0 * 3, separator: b[2]) }
        }
        if b[4] == 0x2E {
            guard (b.count + 1) % 5 == 0 else { return false }
            let n = 2 * (b.count + 1) / 5
            guard n == 6 || n == 8 || n == 20 else { return false }
            return stride(from: 0, to: n / 2, by: 1).allSatisfy { group in
                let x = group * 5
                return x + 3 < b.count && isHex(b[x]) && isHex(b[x + 1]) && octet(x + 2, separator: 0x2E)
            }
        }
        return false
    }

    /// A `*net.AddrError`, printed as `address ADDR: WHY`.
    public struct AddrError: Error, Sendable, Equatable, CustomStringConvertible {
        public var why: String
        public var address: String
        public var description: String { address.isEmpty ? why : "address \(address): \(why)" }
    }

    /// `net.SplitHostPort`.
    public static func splitHostPort(_ hostport: String) -> Result<(host: String, port: String), AddrError> {
        let b = Array(hostport.utf8)
        func fail(_ why: String) -> Result<(host: String, port: String), AddrError> {
            .failure(AddrError(why: why, address: hostport))
        }
        guard let i = b.lastIndex(of: 0x3A) else { return fail("missing port in address") }
        var j = 0
        var k = 0
        let host: [UInt8]
        if b.first == 0x5B {
            guard let end = b.firstIndex(of: 0x5D) else { return fail("missing ']' in address") }
            if end + 1 == b.count { return fail("missing port in address") }
            if end + 1 != i {
                return b[end + 1] == 0x3A ? fail("too many colons in address") : fail("missing port in address")
            }
            host = Array(b[1..<end])
            j = 1
            k = end + 1
        } else {
            host = Array(b[..<i])
            if host.contains(0x3A) { return fail("too many colons in address") }
        }
        if b[j...].contains(0x5B) { return fail("unexpected '[' in address") }
        if b[k...].contains(0x5D) { return fail("unexpected ']' in address") }
        return .success((String(decoding: host, as: UTF8.self), String(decoding: b[(i + 1)...], as: UTF8.self)))
    }
}

/// An image name in a FROM line or `COPY --from`, normalised the way BuildKit does it.
///
/// BuildKit calls distribution/reference's `ParseNormalizedNamed` and `TagNameOnly`, so
/// `FROM node:20` becomes `docker.io/library/node:20` and `FROM alpine` gets `:latest`.
/// This module has no dependencies, so it carries its own small copy of that grammar.
public struct BaseImageName: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var domain: String
    public var path: String
    public var tag: String?
    public var digest: String?

    /// `docker.io/library/node:20`.
    public var description: String {
        var s = domain + "/" + path
        if let tag { s += ":" + tag }
        if let digest { s += "@" + digest }
        return s
    }

    /// `reference.ParseNormalizedNamed`, with its error texts.
    public static func parseNormalized(_ s: String) throws(DockerfileError) -> BaseImageName {
        let utf8 = Array(s.utf8)
        if utf8.count == 64 && utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) {
            throw DockerfileError("invalid repository name (\(s)), cannot specify 64-byte hexadecimal strings")
        }
        let (domain, remainder) = splitDockerDomain(s)
        let remote = remainder.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        if remote.lowercased() != remote {
            throw DockerfileError("invalid reference format: repository name (\(remote)) must be lowercase")
        }
        let full = domain + "/" + remainder
        guard let name = match(full) else {
            if match(full.lowercased()) != nil { throw DockerfileError("repository name must be lowercase") }
            throw DockerfileError("invalid reference format")
        }
        if name.path.utf8.count > 255 {
            throw DockerfileError("repository name must not be more than 255 characters")
        }
        return name
    }

    /// `reference.TagNameOnly`: adds `latest` when neither tag nor digest is present.
    public var withDefaultTag: BaseImageName {
        var copy = self
        if tag == nil && digest == nil { copy.tag = "latest" }
        return copy
    }

    static func splitDockerDomain(_ name: String) -> (String, String) {
        var domain = "docker.io"
        var remainder = name
        if let slash = name.firstIndex(of: "/") {
            let first = String(name[..<slash])
            if first.contains(".") || first.contains(":") || first == "localhost" || first.lowercased() != first {
                domain = first
                remainder = String(name[name.index(after: slash)...])
            }
        }
        if domain == "index.docker.io" { domain = "docker.io" }
        if domain == "docker.io" && !remainder.contains("/") { remainder = "library/" + remainder }
        return (domain, remainder)
    }

    /// `ReferenceRegexp` for `domain/path[:tag][@digest]` where the first component is a domain.
    private static func match(_ s: String) -> BaseImageName? {
        var rest = Substring(s)
        var digest: String?
        if let at = rest.firstIndex(of: "@") {
            let d = rest[rest.index(after: at)...]
            guard isDigest(d) else { return nil }
            digest = String(d)
            rest = rest[..<at]
        }
        var tag: String?
        if let colon = rest.lastIndex(of: ":") {
            let candidate = rest[rest.index(after: colon)...]
            if !candidate.contains("/") {
                guard isTag(candidate) else { return nil }
                tag = String(candidate)
                rest = rest[..<colon]
            }
        }
        let components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count > 1, isDomain(components[0]), components.dropFirst().allSatisfy(isPathComponent) else {
            return nil
        }
        return BaseImageName(
            domain: String(components[0]), path: components.dropFirst().joined(separator: "/"), tag: tag, digest: digest)
    }

    private static func lowerAlnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }
    private static func alnum(_ c: UInt8) -> Bool { lowerAlnum(c) || (c >= 0x41 && c <= 0x5A) }
    private static func word(_ c: UInt8) -> Bool { alnum(c) || c == 0x5F }

    /// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`.
    private static func isPathComponent(_ s: Substring) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, let last = b.last, lowerAlnum(first), lowerAlnum(last) else { return false }
        var i = 0
        while i < b.count {
            if lowerAlnum(b[i]) { i += 1; continue }
            var j = i + 1
            if b[i] == 0x5F, j < b.count, b[j] == 0x5F { j += 1 } else if b[i] == 0x2D {
                while j < b.count, b[j] == 0x2D { j += 1 }
            } else if b[i] != 0x2E && b[i] != 0x5F {
                return false
            }
            guard j < b.count, lowerAlnum(b[j]) else { return false }
            i = j
        }
        return true
    }

    private static func isDomain(_ s: Substring) -> Bool {
        var host = s
        if s.hasPrefix("[") {
            guard let close = s.firstIndex(of: "]") else { return false }
            let after = s[s.index(after: close)...]
            return after.isEmpty || (after.hasPrefix(":") && isPort(after.dropFirst()))
        }
        if let colon = s.firstIndex(of: ":") {
            guard isPort(s[s.index(after: colon)...]) else { return false }
            host = s[..<colon]
        }
        return host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            let b = Array(label.utf8)
            guard let f = b.first, let l = b.last, alnum(f), alnum(l) else { return false }
            return b.allSatisfy { alnum($0) || $0 == 0x2D }
        }
    }

    private static func isPort(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    private static func isTag(_ s: Substring) -> Bool {
        let b = Array(s.utf8)
        guard let f = b.first, word(f), b.count <= 128 else { return false }
        return b.allSatisfy { word($0) || $0 == 0x2E || $0 == 0x2D }
    }

    private static func isDigest(_ s: Substring) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let hex = s[s.index(after: colon)...]
        return !s[..<colon].isEmpty && hex.utf8.count >= 32
            && hex.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) }
    }
}

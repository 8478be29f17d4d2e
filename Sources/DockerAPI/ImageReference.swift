/// An image reference as the distribution/reference grammar reads it: registry, repository path, tag, digest.
///
/// `ImageReference.parseNormalized` is docker's `ParseNormalizedNamed`: it fills in `docker.io` and
/// `library/`, and fails with the exact texts the docker client prints. The grammar is matched by hand,
/// not by regular expressions, because `check` parses hundreds of thousands of references a second.
public struct ImageReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The registry host, with its port (`docker.io`, `localhost:5000`).
    public var domain: String
    /// The repository path inside the registry (`library/redis`, `bitnami/redis`).
    public var path: String
    /// The tag, when one was written.
    public var tag: String?
    /// The digest (`sha256:...`), when one was written.
    public var digest: String?

    public static let defaultDomain = "docker.io"
    public static let legacyDefaultDomain = "index.docker.io"
    public static let officialRepoPrefix = "library/"
    public static let defaultTag = "latest"
    public static let maxNameLength = 255

    public init(domain: String, path: String, tag: String? = nil, digest: String? = nil) {
        self.domain = domain
        self.path = path
        self.tag = tag
        self.digest = digest
    }

    /// The fully qualified name without tag or digest (`docker.io/library/redis`).
    public var name: String { domain + "/" + path }

    /// The full string, as `reference.String()` prints it (`docker.io/library/redis:7`).
    public var description: String {
        var s = name
        if let tag { s += ":" + tag }
        if let digest { s += "@" + digest }
        return s
    }

    /// The repository as users write it (`redis`, `bitnami/redis`, `localhost:5000/app`): `FamiliarName`.
    public var familiarName: String {
        guard domain == Self.defaultDomain else { return name }
        if path.hasPrefix(Self.officialRepoPrefix) {
            let rest = path.dropFirst(Self.officialRepoPrefix.count)
            if !rest.contains("/") { return String(rest) }
        }
        return path
    }

    /// The reference as users write it (`redis:7`): `FamiliarString`.
    public var familiarString: String {
        var s = familiarName
        if let tag { s += ":" + tag }
        if let digest { s += "@" + digest }
        return s
    }

    /// The same reference with `latest` added when it has neither tag nor digest: `TagNameOnly`.
    public var withDefaultTag: ImageReference {
        var copy = self
        if tag == nil && digest == nil { copy.tag = Self.defaultTag }
        return copy
    }

    /// `true` when the reference names only a repository.
    public var isNameOnly: Bool { tag == nil && digest == nil }

    /// The errors distribution/reference reports, with their exact texts.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidFormat
        case uppercase(String)
        case nameContainsUppercase
        case nameEmpty
        case nameTooLong
        case hexIdentifier(String)
        case digest(String)

        public var description: String {
            switch self {
            case .invalidFormat: return "invalid reference format"
            case .uppercase(let remote): return "invalid reference format: repository name (\(remote)) must be lowercase"
            case .nameContainsUppercase: return "repository name must be lowercase"
            case .nameEmpty: return "repository name must have at least one component"
            case .nameTooLong: return "repository name must not be more than 255 characters"
            case .hexIdentifier(let s): return "invalid repository name (\(s)), cannot specify 64-byte hexadecimal strings"
            case .digest(let message): return message
            }
        }
    }

    /// `reference.ParseNormalizedNamed`.
    public static func parseNormalized(_ s: String) throws(ParseError) -> ImageReference {
        if isHexIdentifier(s) { throw .hexIdentifier(s) }
        let (domain, remainder) = splitDockerDomain(s)
        let remote: Substring
        if let colon = remainder.firstIndex(of: ":") {
            remote = remainder[..<colon]
        } else {
            remote = Substring(remainder)
        }
        if remote.lowercased() != remote { throw .uppercase(String(remote)) }
        return try parse(domain + "/" + remainder)
    }

    /// `reference.ParseNormalizedNamed` followed by `TagNameOnly`, the way pull and run resolve an image.
    public static func parseDockerRef(_ s: String) throws(ParseError) -> ImageReference {
        var ref = try parseNormalized(s)
        if ref.tag != nil && ref.digest != nil { ref.tag = nil }
        return ref.withDefaultTag
    }

    /// What `reference.ParseAnyReference` returns: a name, or a bare digest for an image id.
    public enum AnyReference: Sendable, Hashable, CustomStringConvertible {
        /// A repository name, perhaps with tag and digest.
        case named(ImageReference)
        /// A content digest (`sha256:...`), from a 64-hex id or a written digest.
        case digest(String)

        /// `reference.TagNameOnly` for names; digests are unchanged.
        public var withDefaultTag: AnyReference {
            if case .named(let ref) = self { return .named(ref.withDefaultTag) }
            return self
        }

        /// `reference.FamiliarString` for names, the digest itself otherwise.
        public var description: String {
            switch self {
            case .named(let ref): return ref.familiarString
            case .digest(let d): return d
            }
        }
    }

    /// `reference.ParseAnyReference`, used by run and create: a 64-hex id or a valid
    /// `algorithm:hex` digest is a digest reference; anything else goes through `parseNormalized`.
    public static func parseAny(_ s: String) throws(ParseError) -> AnyReference {
        if isHexIdentifier(s) { return .digest("sha256:" + s) }
        if s.contains(":"), digestProblem(s) == nil, isDigestPattern(Substring(s)) { return .digest(s) }
        return .named(try parseNormalized(s))
    }

    /// `true` for a bare 64-character lowercase hex string (an image id, never a name).
    public static func isHexIdentifier(_ s: String) -> Bool {
        let utf8 = s.utf8
        return utf8.count == 64 && utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// `splitDockerDomain`: decides whether the first path component names a registry.
    static func splitDockerDomain(_ name: String) -> (String, String) {
        guard let slash = name.firstIndex(of: "/") else {
            return (defaultDomain, officialRepoPrefix + name)
        }
        let maybeDomain = String(name[..<slash])
        let maybeRemote = String(name[name.index(after: slash)...])
        var domain: String
        var remote: String
        if maybeDomain == "localhost" {
            (domain, remote) = (maybeDomain, maybeRemote)
        } else if maybeDomain == legacyDefaultDomain {
            (domain, remote) = (defaultDomain, maybeRemote)
        } else if maybeDomain.contains(".") || maybeDomain.contains(":") {
            (domain, remote) = (maybeDomain, maybeRemote)
        } else if maybeDomain.lowercased() != maybeDomain {
            (domain, remote) = (maybeDomain, maybeRemote)
        } else {
            (domain, remote) = (defaultDomain, name)
        }
        if domain == defaultDomain && !remote.contains("/") {
            remote = officialRepoPrefix + remote
        }
        return (domain, remote)
    }

    /// `reference.Parse` on a string whose first component is known to be a domain.
    static func parse(_ s: String) throws(ParseError) -> ImageReference {
        guard let ref = match(s) else {
            if s.isEmpty { throw .nameEmpty }
            if match(s.lowercased()) != nil { throw .nameContainsUppercase }
            throw .invalidFormat
        }
        if ref.path.utf8.count > maxNameLength { throw .nameTooLong }
        if let digest = ref.digest, let problem = Self.digestProblem(digest) { throw .digest(problem) }
        return ref
    }

    /// Matches `ReferenceRegexp` with the name split as `anchoredNameRegexp` splits it.
    private static func match(_ s: String) -> ImageReference? {
        var rest = Substring(s)
        var digest: String? = nil
        if let at = rest.firstIndex(of: "@") {
            let d = rest[rest.index(after: at)...]
            guard isDigestPattern(d) else { return nil }
            digest = String(d)
            rest = rest[..<at]
        }
        var tag: String? = nil
        if let colon = rest.lastIndex(of: ":") {
            let candidate = rest[rest.index(after: colon)...]
            if !candidate.contains("/") {
                guard isTag(candidate) else {
                    // The colon may belong to a registry port with no path after it: not a valid name either way.
                    return nil
                }
                tag = String(candidate)
                rest = rest[..<colon]
            }
        }
        // Split the name into an optional domain and the remote name.
        let components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty else { return nil }
        if components.count > 1, isDomainAndPort(components[0]),
           components.dropFirst().allSatisfy(isPathComponent)
        {
            return ImageReference(domain: String(components[0]), path: components.dropFirst().joined(separator: "/"),
                                  tag: tag, digest: digest)
        }
        guard components.allSatisfy(isPathComponent) else { return nil }
        return ImageReference(domain: "", path: components.joined(separator: "/"), tag: tag, digest: digest)
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }
    private static func isAlnum(_ c: UInt8) -> Bool { isLowerAlnum(c) || (c >= 0x41 && c <= 0x5A) }
    private static func isWord(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x5F }
    private static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    /// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`
    static func isPathComponent(_ s: Substring) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, let last = b.last, isLowerAlnum(first), isLowerAlnum(last) else { return false }
        var i = 0
        while i < b.count {
            if isLowerAlnum(b[i]) { i += 1; continue }
            // A separator: ".", "_", "__" or one or more "-".
            var j = i
            if b[i] == 0x2E {
                j = i + 1
            } else if b[i] == 0x5F {
                j = (i + 1 < b.count && b[i + 1] == 0x5F) ? i + 2 : i + 1
            } else if b[i] == 0x2D {
                while j < b.count && b[j] == 0x2D { j += 1 }
            } else {
                return false
            }
            guard j < b.count, isLowerAlnum(b[j]) else { return false }
            i = j
        }
        return true
    }

    /// `host(:port)?` where host is a dotted domain name or a bracketed IPv6 address.
    static func isDomainAndPort(_ s: Substring) -> Bool {
        var host = s
        if s.hasPrefix("[") {
            guard let close = s.firstIndex(of: "]") else { return false }
            let inner = s[s.index(after: s.startIndex)..<close]
            guard !inner.isEmpty, inner.utf8.allSatisfy({ isHex($0) || $0 == 0x3A }) else { return false }
            let after = s[s.index(after: close)...]
            if after.isEmpty { return true }
            guard after.hasPrefix(":") else { return false }
            return isPort(after.dropFirst())
        }
        if let colon = s.firstIndex(of: ":") {
            guard isPort(s[s.index(after: colon)...]) else { return false }
            host = s[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            let b = Array(label.utf8)
            guard let f = b.first, let l = b.last, isAlnum(f), isAlnum(l) else { return false }
            return b.allSatisfy { isAlnum($0) || $0 == 0x2D }
        }
    }

    private static func isPort(_ s: Substring) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `[\w][\w.-]{0,127}`
    static func isTag(_ s: Substring) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, isWord(first), b.count <= 128 else { return false }
        return b.allSatisfy { isWord($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}`
    static func isDigestPattern(_ s: Substring) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let algorithm = s[..<colon]
        let hexPart = s[s.index(after: colon)...]
        guard hexPart.utf8.count >= 32, hexPart.utf8.allSatisfy(isHex) else { return false }
        let components = algorithm.split(omittingEmptySubsequences: false) { "-_+.".contains($0) }
        return components.allSatisfy { c in
            let b = Array(c.utf8)
            guard let f = b.first, (f >= 0x41 && f <= 0x5A) || (f >= 0x61 && f <= 0x7A) else { return false }
            return b.allSatisfy(isAlnum)
        }
    }

    /// go-digest's `Parse` validation after the pattern matched, or `nil` when the digest is fine.
    static func digestProblem(_ digest: String) -> String? {
        guard let colon = digest.firstIndex(of: ":") else { return "invalid checksum digest format" }
        let algorithm = digest[..<colon]
        let hexPart = digest[digest.index(after: colon)...]
        let expected: Int
        switch algorithm {
        case "sha256": expected = 64
        case "sha384": expected = 96
        case "sha512": expected = 128
        default: return "unsupported digest algorithm"
        }
        if hexPart.utf8.count != expected { return "invalid checksum digest length" }
        if !hexPart.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) {
            return "invalid checksum digest format"
        }
        return nil
    }
}

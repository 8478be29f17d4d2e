/// A tar entry name resolved to a place inside an extraction root, with escapes reported.
///
/// Tar names are attacker-controlled: `../../etc/passwd`, `/etc/shadow`, or a symlink to `/`
/// followed by a file under it. Docker defuses them by unpacking inside a chroot, which makes
/// every name relative to the root: `..` stops at the root and a leading `/` means the root.
/// `init(confining:)` applies exactly that rule and records whether it had to (so a caller can
/// warn or refuse); `init(validating:)` refuses instead. Symlinks are resolved the way docker's
/// `FollowSymlinkInScope` does, inside the root, with a bound on link chains.
public struct SafePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path components below the root; empty for the root itself. Never `.`, `..` or empty.
    public let components: [String]
    /// The name started with `/` (docker reads it relative to the root).
    public let wasAbsolute: Bool
    /// Some `..` would have climbed above the root and was dropped.
    public let climbedAboveRoot: Bool

    /// The root itself.
    public static let root = SafePath(components: [])

    /// A path from components already known to be safe (no `.`, `..`, `/` or empty ones).
    public init(components: [String]) {
        precondition(components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("/") })
        self.components = components
        wasAbsolute = false
        climbedAboveRoot = false
    }

    /// Docker's reading of an entry name: `filepath.Join("/", name)`, cleaned, so nothing lands
    /// outside the root. Check `escapes` to learn whether the name tried.
    public init(confining name: String) {
        var parts: [String] = []
        var climbed = false
        for part in name.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { climbed = true } else { parts.removeLast() }
                continue
            }
            parts.append(String(part))
        }
        components = parts
        wasAbsolute = name.hasPrefix("/")
        climbedAboveRoot = climbed
    }

    /// The entry name as a path inside the root, or an error for absolute names and names
    /// that climb above the root (docker's `%q is outside of %q` breakout error).
    public init(validating name: String, root: String = "/") throws(PathEscape) {
        let path = SafePath(confining: name)
        if path.wasAbsolute { throw .absolute(name: name) }
        if path.climbedAboveRoot { throw .outsideRoot(name: name, root: root) }
        self = path
    }

    private init(components: [String], wasAbsolute: Bool, climbedAboveRoot: Bool) {
        self.components = components
        self.wasAbsolute = wasAbsolute
        self.climbedAboveRoot = climbedAboveRoot
    }

    /// Whether the name was absolute or climbed above the root.
    public var escapes: Bool { wasAbsolute || climbedAboveRoot }

    public var isRoot: Bool { components.isEmpty }

    /// `a/b/c`, or `.` for the root: the form docker gives names in a tar.
    public var relativePath: String { components.isEmpty ? "." : components.joined(separator: "/") }

    /// `/a/b/c`: the path as seen from inside the container.
    public var description: String { "/" + components.joined(separator: "/") }

    /// The last component; nil for the root.
    public var lastComponent: String? { components.last }

    /// The directory containing this path; nil for the root.
    public var parent: SafePath? {
        components.isEmpty ? nil : SafePath(components: Array(components.dropLast()), wasAbsolute: false, climbedAboveRoot: false)
    }

    /// This path with `component` below it.
    public func appending(_ component: String) -> SafePath {
        let more = SafePath(confining: component)
        return SafePath(components: components + more.components, wasAbsolute: false, climbedAboveRoot: false)
    }

    /// Whether `self` is `other` or lies below it.
    public func isWithin(_ other: SafePath) -> Bool {
        components.count >= other.components.count && Array(components.prefix(other.components.count)) == other.components
    }

    public static func < (lhs: SafePath, rhs: SafePath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    /// Where a symlink at `self` pointing to `target` leads, clamped to the root, and whether
    /// the target text climbs out of the root (docker's `invalid symlink %q -> %q` check; an
    /// absolute target is fine, it means the root inside the container).
    public func symlinkDestination(_ target: String) -> (path: SafePath, escapes: Bool) {
        if target.hasPrefix("/") {
            let path = SafePath(confining: target)
            return (SafePath(components: path.components, wasAbsolute: false, climbedAboveRoot: false), false)
        }
        let directory = parent ?? .root
        let joined = SafePath(confining: directory.relativePath + "/" + target)
        return (SafePath(components: joined.components, wasAbsolute: false, climbedAboveRoot: false), joined.climbedAboveRoot)
    }

    /// The symlink destination, or docker's error when the target climbs out of the root.
    public func validatedSymlinkDestination(_ target: String, root: String = "/") throws(PathEscape) -> SafePath {
        let (path, escapes) = symlinkDestination(target)
        if escapes { throw .symlink(path: Self.join(root, relativePath), target: target) }
        return path
    }

    /// Where a hard link named `linkName` points (tar hard links name an earlier entry from the
    /// root), or docker's `invalid hardlink` error when it climbs out of the root.
    public static func validatedHardLinkTarget(_ linkName: String, root: String = "/") throws(PathEscape) -> SafePath {
        let path = SafePath(confining: linkName)
        if path.climbedAboveRoot { throw .hardLink(target: join(root, GoPath.clean(linkName)), linkName: linkName) }
        return SafePath(components: path.components, wasAbsolute: false, climbedAboveRoot: false)
    }

    /// This path with every symlink along it followed inside the root, as docker's
    /// `FollowSymlinkInScope`: `..` stops at the root, absolute targets restart at the root,
    /// missing components are kept as they are. `readLink` returns a symlink's target, or nil
    /// when the path is not a symlink. More than 255 links is docker's "too many links" error.
    public func resolvingSymlinks(root: String = "/", readLink: (SafePath) -> String?) throws(PathEscape) -> SafePath {
        var resolved: [String] = []
        var pending: [String] = components.reversed()
        var links = 0
        while let part = pending.popLast() {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                if !resolved.isEmpty { resolved.removeLast() }
                continue
            }
            let candidate = SafePath(components: resolved + [part], wasAbsolute: false, climbedAboveRoot: false)
            guard let target = readLink(candidate) else {
                resolved.append(part)
                continue
            }
            links += 1
            if links > 255 { throw .tooManyLinks(path: Self.join(root, relativePath)) }
            if target.hasPrefix("/") { resolved.removeAll() }
            for piece in target.split(separator: "/", omittingEmptySubsequences: true).reversed() {
                pending.append(String(piece))
            }
        }
        return SafePath(components: resolved, wasAbsolute: false, climbedAboveRoot: false)
    }

    /// `root` joined with a relative path, cleaned.
    static func join(_ root: String, _ relative: String) -> String {
        relative == "." ? GoPath.clean(root) : GoPath.clean(root + "/" + relative)
    }
}

/// Why an entry name or link target was refused, worded as docker words it.
public enum PathEscape: Error, Equatable, CustomStringConvertible {
    /// An absolute entry name, when absolute names are refused.
    case absolute(name: String)
    /// A name whose `..` climbs above the root (docker's breakout error).
    case outsideRoot(name: String, root: String)
    /// A symlink whose relative target climbs above the root.
    case symlink(path: String, target: String)
    /// A hard link naming something above the root.
    case hardLink(target: String, linkName: String)
    /// A chain of more than 255 symlinks.
    case tooManyLinks(path: String)

    public var description: String {
        switch self {
        case .absolute(let name): return "\(GoQuote.quote(name)) is an absolute path"
        case .outsideRoot(let name, let root): return "\(GoQuote.quote(name)) is outside of \(GoQuote.quote(root))"
        case .symlink(let path, let target): return "invalid symlink \(GoQuote.quote(path)) -> \(GoQuote.quote(target))"
        case .hardLink(let target, let linkName): return "invalid hardlink \(GoQuote.quote(target)) -> \(GoQuote.quote(linkName))"
        case .tooManyLinks(let path): return "evalSymlinksInScope: too many links in \(path)"
        }
    }
}

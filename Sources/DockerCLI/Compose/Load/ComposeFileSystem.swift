/// The file access the compose loader needs: read a file, ask what a path is.
///
/// The loader never touches the disk itself: the REPL gives it the sandbox host filesystem,
/// the `docker` link the real working directory (read only), tests an in-memory tree.
public protocol ComposeFileSystem: Sendable {
    /// What exists at an absolute path.
    func kind(of path: String) -> ComposeFileKind
    /// The contents of a regular file; throws compose's `open ...: no such file or directory` text otherwise.
    func read(_ path: String) throws(ComposeError) -> String
    /// Resolves symbolic links in `path`, or returns it unchanged.
    func resolvingSymlinks(_ path: String) -> String
}

/// What a path names.
public enum ComposeFileKind: Sendable, Equatable { case missing, file, directory }

extension ComposeFileSystem {
    public func resolvingSymlinks(_ path: String) -> String { path }
    func exists(_ path: String) -> Bool { kind(of: path) != .missing }
}

/// An in-memory tree of files, for tests and for lessons that ship their compose files.
///
/// It knows no permissions, symlinks or timestamps; directories exist implicitly above files.
public struct InMemoryComposeFileSystem: ComposeFileSystem {
    public var files: [String: String]

    public init(_ files: [String: String] = [:]) { self.files = files }

    public func kind(of path: String) -> ComposeFileKind {
        let p = ComposePaths.clean(path)
        if files[p] != nil { return .file }
        let prefix = p == "/" ? "/" : p + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    public func read(_ path: String) throws(ComposeError) -> String {
        let p = ComposePaths.clean(path)
        if let text = files[p] { return text }
        if kind(of: p) == .directory { throw .message("read \(p): is a directory") }
        throw .message("open \(p): no such file or directory")
    }
}

/// Go's `path/filepath` helpers for Unix paths.
public enum ComposePaths {
    /// `filepath.Clean`.
    public static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var out: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = out.last, last != ".." { out.removeLast() } else if !rooted { out.append(part) }
                continue
            }
            out.append(part)
        }
        let joined = out.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `filepath.Join`.
    public static func join(_ parts: String...) -> String { join(parts) }

    public static func join(_ parts: [String]) -> String {
        let nonEmpty = parts.filter { !$0.isEmpty }
        if nonEmpty.isEmpty { return "" }
        return clean(nonEmpty.joined(separator: "/"))
    }

    /// `filepath.Abs` against a working directory.
    public static func abs(_ path: String, cwd: String) -> String {
        path.hasPrefix("/") ? clean(path) : join(cwd, path)
    }

    /// `filepath.Dir`.
    public static func dir(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return clean(head.isEmpty ? "/" : head)
    }

    /// `filepath.Base`.
    public static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        if p == "/" { return "/" }
        if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
        return String(p)
    }

    /// `paths.ExpandUser`: a leading `~` becomes the home directory.
    static func expandUser(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }
}

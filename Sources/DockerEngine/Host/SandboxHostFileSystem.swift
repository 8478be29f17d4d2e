import DockerAPI

/// The REPL's host machine: an in-memory file tree that lives in the sandbox, never on the real disk.
///
/// `echo hi > notes.txt`, `docker save -o redis.tar`, a Dockerfile written for a build — all land
/// here, so a learner's session can never touch the real machine. Paths are POSIX, `/` is the
/// sandbox root; the tree is a value, saved with the rest of the sandbox.
public final class SandboxHostFileSystem: HostFileSystem {
    public var workingDirectory: String
    public private(set) var tree: SandboxFileTree

    public init(tree: SandboxFileTree = SandboxFileTree(), workingDirectory: String = "/home/learner") {
        self.tree = tree
        self.workingDirectory = workingDirectory
        if tree.node(at: workingDirectory) == nil {
            try? self.tree.makeDirectory(workingDirectory, intermediate: true, now: 0)
        }
    }

    /// The absolute, normalized form of a path (`..` and `.` resolved lexically).
    public func absolute(_ path: String) -> String {
        SandboxFileTree.normalize(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }

    public func entry(at path: String) -> HostFileEntry? {
        guard let node = tree.node(at: absolute(path)) else { return nil }
        switch node.content {
        case .file(let bytes): return HostFileEntry(kind: .file, size: Int64(bytes.count), mode: node.mode, modified: node.modified)
        case .directory: return HostFileEntry(kind: .directory, size: 4096, mode: node.mode, modified: node.modified)
        case .symlink(let target): return HostFileEntry(kind: .symlink, size: Int64(target.utf8.count), mode: node.mode, modified: node.modified)
        }
    }

    public func readFile(_ path: String) throws(HostFileError) -> [UInt8] {
        guard let node = tree.node(at: absolute(path)) else { throw .notFound("open", path) }
        guard case .file(let bytes) = node.content else { throw HostFileError("read", path, "is a directory") }
        return bytes
    }

    public func listDirectory(_ path: String) throws(HostFileError) -> [String] {
        guard let node = tree.node(at: absolute(path)) else { throw .notFound("open", path) }
        guard case .directory(let children) = node.content else { throw HostFileError("readdirent", path, "not a directory") }
        return children.keys.sorted()
    }

    public func writeFile(_ path: String, _ bytes: [UInt8]) throws(HostFileError) {
        try tree.writeFile(absolute(path), bytes, now: 0, displayPath: path)
    }

    public func createDirectory(_ path: String, intermediate: Bool) throws(HostFileError) {
        try tree.makeDirectory(absolute(path), intermediate: intermediate, now: 0, displayPath: path)
    }

    /// Removes a file or (with `recursive`) a directory tree.
    public func remove(_ path: String, recursive: Bool) throws(HostFileError) {
        try tree.remove(absolute(path), recursive: recursive, displayPath: path)
    }
}

/// A small POSIX-like file tree: directories, regular files and symlinks with modes and times.
public struct SandboxFileTree: Codable, Sendable, Equatable {
    public struct Node: Codable, Sendable, Equatable {
        public var content: Content
        public var mode: UInt32
        public var modified: Int64
    }

    public enum Content: Codable, Sendable, Equatable {
        case file([UInt8])
        case directory([String: Node])
        case symlink(String)
    }

    public private(set) var root = Node(content: .directory([:]), mode: 0o755, modified: 0)

    public init() {}

    /// Resolves `.` and `..` lexically; the result is absolute and has no trailing slash.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func components(_ absolute: String) -> [String] {
        absolute.split(separator: "/").map(String.init)
    }

    public func node(at absolute: String) -> Node? {
        var current = root
        for name in Self.components(absolute) {
            guard case .directory(let children) = current.content, let next = children[name] else { return nil }
            current = next
        }
        return current
    }

    /// Applies `change` to the directory at `components`, creating missing parents when asked.
    private mutating func withDirectory(_ components: ArraySlice<String>, create: Bool, displayPath: String, now: Int64,
                                        _ change: (inout [String: Node]) throws(HostFileError) -> Void) throws(HostFileError) {
        func descend(_ node: inout Node, _ rest: ArraySlice<String>) throws(HostFileError) {
            guard case .directory(var children) = node.content else {
                throw HostFileError("open", displayPath, "not a directory")
            }
            if let name = rest.first {
                var child: Node
                if let existing = children[name] {
                    child = existing
                } else if create {
                    child = Node(content: .directory([:]), mode: 0o755, modified: now)
                } else {
                    throw HostFileError.notFound("open", displayPath)
                }
                try descend(&child, rest.dropFirst())
                children[name] = child
            } else {
                try change(&children)
            }
            node.content = .directory(children)
        }
        try descend(&root, components)
    }

    public mutating func writeFile(_ absolute: String, _ bytes: [UInt8], now: Int64, displayPath: String? = nil) throws(HostFileError) {
        let parts = Self.components(absolute)
        let shown = displayPath ?? absolute
        guard let name = parts.last else { throw HostFileError("open", shown, "is a directory") }
        try withDirectory(parts.dropLast()[...], create: false, displayPath: shown, now: now) { (children: inout [String: Node]) throws(HostFileError) in
            if let existing = children[name], case .directory = existing.content {
                throw HostFileError("open", shown, "is a directory")
            }
            let mode = children[name]?.mode ?? 0o644
            children[name] = Node(content: .file(bytes), mode: mode, modified: now)
        }
    }

    public mutating func makeDirectory(_ absolute: String, intermediate: Bool, now: Int64, displayPath: String? = nil) throws(HostFileError) {
        let parts = Self.components(absolute)
        let shown = displayPath ?? absolute
        guard let name = parts.last else { return }
        try withDirectory(parts.dropLast()[...], create: intermediate, displayPath: shown, now: now) { (children: inout [String: Node]) throws(HostFileError) in
            if let existing = children[name] {
                if intermediate, case .directory = existing.content { return }
                throw HostFileError("mkdir", shown, "file exists")
            }
            children[name] = Node(content: .directory([:]), mode: 0o755, modified: now)
        }
    }

    public mutating func remove(_ absolute: String, recursive: Bool, displayPath: String? = nil) throws(HostFileError) {
        let parts = Self.components(absolute)
        let shown = displayPath ?? absolute
        guard let name = parts.last else { throw HostFileError("remove", shown, "device or resource busy") }
        try withDirectory(parts.dropLast()[...], create: false, displayPath: shown, now: 0) { (children: inout [String: Node]) throws(HostFileError) in
            guard let existing = children[name] else { throw HostFileError.notFound("remove", shown) }
            if case .directory(let inner) = existing.content, !inner.isEmpty, !recursive {
                throw HostFileError("remove", shown, "directory not empty")
            }
            children[name] = nil
        }
    }
}

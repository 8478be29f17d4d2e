/// An archive unpacked in memory the way docker unpacks `docker load` input into its
/// temporary directory (moby's `archive.Unpack` inside a chroot).
///
/// The loader then opens `manifest.json`, configs and layers by the paths the archive itself
/// names, through symlinks, so hostile archives must be handled exactly as docker handles
/// them: names confined to the root, later entries replacing earlier ones, implied parent
/// directories created, hard links copying an earlier entry, symlinks followed within the
/// root. Nothing touches the host filesystem.
struct ExtractedTree {
    enum Node: Equatable {
        case directory
        case file(ArraySlice<UInt8>)
        case symlink(String)
        /// A device or FIFO: present, with no readable contents here.
        case special
    }

    private(set) var nodes: [SafePath: Node] = [.root: .directory]
    /// The names in each directory, so replacing a directory costs its own size, not the tree's
    /// (a hostile archive alternating a directory and a file under one name stays linear).
    private var children: [SafePath: Set<String>] = [:]

    /// Unpacks `tar` (already decompressed). Errors are Go's tar errors or the filesystem
    /// errors docker's unpacker meets, with paths as seen inside its chroot.
    init(unpacking tar: [UInt8]) throws(ImageLoadError) {
        var reader = TarReader(tar)
        while true {
            let member: TarMember?
            do {
                member = try reader.next()
            } catch {
                throw ImageLoadError(.tar(error))
            }
            guard let member else { break }
            try add(member)
        }
    }

    private mutating func add(_ member: TarMember) throws(ImageLoadError) {
        let entry = member.entry
        if entry.kind == .globalExtendedHeader { return }
        let path = SafePath(confining: entry.name)
        guard let parentPath = path.parent else {
            // The root itself: a directory entry merges; docker cannot replace it with anything else.
            if entry.kind == .directory { return }
            throw ImageLoadError(.unpack("remove /: device or resource busy"))
        }
        try createImpliedDirectories(parentPath)
        // Where the entry lands: its directory resolved through symlinks, the name itself not.
        let parent = try resolve(parentPath)
        func failure(_ op: String) -> ImageLoadError {
            let why = nodes[parent] == nil ? "no such file or directory" : "not a directory"
            return ImageLoadError(.unpack(op.isEmpty ? why : "\(op): \(why)"))
        }
        guard nodes[parent] == .directory, let last = path.lastComponent else {
            switch entry.kind {
            case .directory: throw failure("mkdir \(path)")
            case .symbolicLink: throw failure("symlink \(entry.linkName) \(path)")
            case .hardLink: throw failure("link \(SafePath(confining: entry.linkName)) \(path)")
            case .characterDevice, .blockDevice, .fifo: throw failure("")
            case .regular: throw failure("open \(path)")
            default: throw ImageLoadError(.unpack("unhandled tar header type \(entry.kind.typeflag)"))
            }
        }
        let target = parent.appending(last)
        if let existing = nodes[target], !(existing == .directory && entry.kind == .directory) {
            removeAll(target)
        }
        switch entry.kind {
        case .directory:
            if nodes[target] == nil { set(target, .directory) }
        case .regular:
            set(target, .file(member.contents))
        case .symbolicLink:
            set(target, .symlink(entry.linkName))
        case .hardLink:
            let named = SafePath(confining: entry.linkName)
            let source = try resolveParents(named)
            guard let node = nodes[source], node != .directory else {
                let reason = nodes[source] == nil ? "no such file or directory" : "operation not permitted"
                throw ImageLoadError(.unpack("link \(named) \(path): \(reason)"))
            }
            set(target, node)
        case .characterDevice, .blockDevice, .fifo:
            set(target, .special)
        default:
            throw ImageLoadError(.unpack("unhandled tar header type \(entry.kind.typeflag)"))
        }
    }

    /// Docker's `createImpliedDirectories`: when the entry's directory does not exist (`Lstat`
    /// fails with "no such file"), it is created with its parents, following symlinks. When
    /// something else is in the way, nothing is created and the entry's own creation fails.
    private mutating func createImpliedDirectories(_ directory: SafePath) throws(ImageLoadError) {
        guard let last = directory.lastComponent, let above = directory.parent else { return }
        guard let resolvedAbove = try? resolve(above) else { return }
        if nodes[resolvedAbove.appending(last)] != nil { return }
        // Lstat reports "not a directory" (not "no such file") when a component is a file.
        var probe = SafePath.root
        for component in resolvedAbove.components {
            probe = probe.appending(component)
            if let node = nodes[probe], node != .directory { return }
        }
        var current = SafePath.root
        for component in directory.components {
            current = try resolve(current.appending(component))
            switch nodes[current] {
            case nil: set(current, .directory)
            case .directory?: continue
            default: throw ImageLoadError(.unpack("mkdir \(current): not a directory"))
            }
        }
    }

    /// `path` with symlinks followed in every component but the last.
    private func resolveParents(_ path: SafePath) throws(ImageLoadError) -> SafePath {
        guard let last = path.lastComponent, let parent = path.parent else { return path }
        return try resolve(parent).appending(last)
    }

    /// `path` with every symlink followed inside the root.
    func resolve(_ path: SafePath) throws(ImageLoadError) -> SafePath {
        do {
            return try path.resolvingSymlinks { candidate in
                if case .symlink(let target)? = nodes[candidate] { return target }
                return nil
            }
        } catch {
            throw ImageLoadError(.tooManyLinks(path.relativePath))
        }
    }

    private mutating func set(_ path: SafePath, _ node: Node) {
        nodes[path] = node
        if let parent = path.parent, let name = path.lastComponent { children[parent, default: []].insert(name) }
    }

    /// Removes `path` and everything below it.
    private mutating func removeAll(_ path: SafePath) {
        var pending = [path]
        while let next = pending.popLast() {
            nodes[next] = nil
            for name in children.removeValue(forKey: next) ?? [] { pending.append(next.appending(name)) }
        }
        if let parent = path.parent, let name = path.lastComponent { children[parent]?.remove(name) }
    }

    /// Reads a file the loader names by a path from the archive's own metadata (moby's
    /// `safePath` then `os.ReadFile`): joined to the root, cleaned, symlinks followed in scope.
    func readFile(_ name: String) throws(ImageLoadError) -> ArraySlice<UInt8> {
        let resolved = try resolveForScope(name)
        switch nodes[resolved] {
        case nil: throw ImageLoadError(.missingFile(resolved.relativePath))
        case .directory?: throw ImageLoadError(.isDirectory(resolved.relativePath))
        case .file(let data)?: return data
        case .symlink?: throw ImageLoadError(.tooManyLinks(resolved.relativePath))
        case .special?: return []
        }
    }

    /// Whether `name` exists (after following symlinks).
    func exists(_ name: String) -> Bool {
        guard let resolved = try? resolve(SafePath(confining: name)) else { return false }
        return nodes[resolved] != nil
    }

    /// The names of real directories directly under the root, sorted (Go's `os.ReadDir` + `IsDir`).
    var topLevelDirectories: [String] {
        nodes.compactMap { path, node in
            path.components.count == 1 && node == .directory ? path.components[0] : nil
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

extension ExtractedTree {
    /// moby's `safePath`: `Join(tmpDir, name)` must stay inside tmpDir (moby/sys/symlink's
    /// scope check); then symlinks are followed inside it.
    func resolveForScope(_ name: String) throws(ImageLoadError) -> SafePath {
        let path = SafePath(confining: name)
        if path.climbedAboveRoot { throw ImageLoadError(.notInScope(name)) }
        return try resolve(path)
    }
}

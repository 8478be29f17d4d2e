/// The overlay conventions docker's layer tars use for deletions.
///
/// A layer cannot store "this file is gone", so docker writes an empty `.wh.<name>` beside
/// where the file was, and `.wh..wh..opq` inside a directory whose lower-layer contents are
/// hidden (an opaque directory, left by `rm -rf dir && mkdir dir`). Other `.wh..wh.` names are
/// AUFS bookkeeping that docker skips. Layer builders and appliers on both sides of the
/// simulated daemon (commit, diff, export, load) read and write them through this type.
public enum Whiteout: Sendable, Hashable {
    /// `.wh.<name>`: the path `<dir>/<name>` is deleted.
    case removes(SafePath)
    /// `.wh..wh..opq`: the directory's lower contents are hidden.
    case opaque(directory: SafePath)
    /// Another `.wh..wh.` name: metadata to ignore.
    case metadata(SafePath)

    public static let prefix = ".wh."
    public static let metaPrefix = ".wh..wh."
    public static let opaqueName = ".wh..wh..opq"

    /// The whiteout an entry at `path` stands for; nil for an ordinary entry.
    public init?(entryPath path: SafePath) {
        guard let name = path.lastComponent, name.hasPrefix(Whiteout.prefix) else { return nil }
        let directory = path.parent ?? .root
        if name == Whiteout.opaqueName {
            self = .opaque(directory: directory)
        } else if name.hasPrefix(Whiteout.metaPrefix) {
            self = .metadata(path)
        } else {
            let original = String(name.dropFirst(Whiteout.prefix.count))
            guard !original.isEmpty, original != ".", original != ".." else {
                self = .metadata(path)
                return
            }
            self = .removes(directory.appending(original))
        }
    }

    /// The tar name (relative, as docker writes it) of the whiteout for this change.
    public var entryName: String {
        switch self {
        case .removes(let path):
            let directory = path.parent ?? .root
            let name = Whiteout.prefix + (path.lastComponent ?? "")
            return directory.isRoot ? name : directory.relativePath + "/" + name
        case .opaque(let directory):
            return directory.isRoot ? Whiteout.opaqueName : directory.relativePath + "/" + Whiteout.opaqueName
        case .metadata(let path):
            return path.relativePath
        }
    }
}

import DockerAPI
import Foundation

/// The real machine's files, as the `docker` link sees them: readable, and writable only where
/// the user named an output (`save -o`, `export -o`, `cp` to the host).
///
/// The client only calls `writeFile` for such outputs, so this type does not second-guess it;
/// it never deletes anything.
public final class RealHostFileSystem: HostFileSystem {
    public let workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }

    public func entry(at path: String) -> HostFileEntry? {
        var info = stat()
        guard stat(absolute(path), &info) == 0 else { return nil }
        let kind: HostFileEntry.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return HostFileEntry(kind: kind, size: Int64(info.st_size), mode: UInt32(info.st_mode & 0o7777),
                             modified: Int64(info.st_mtim.tv_sec))
    }

    public func readFile(_ path: String) throws(HostFileError) -> [UInt8] {
        guard let entry = entry(at: path) else { throw .notFound("open", path) }
        if entry.kind == .directory { throw HostFileError("read", path, "is a directory") }
        guard let data = FileManager.default.contents(atPath: absolute(path)) else {
            throw HostFileError("open", path, "permission denied")
        }
        return [UInt8](data)
    }

    public func listDirectory(_ path: String) throws(HostFileError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: absolute(path)).sorted()
        } catch {
            throw entry(at: path) == nil ? .notFound("open", path) : HostFileError("readdirent", path, "not a directory")
        }
    }

    public func writeFile(_ path: String, _ bytes: [UInt8]) throws(HostFileError) {
        let target = absolute(path)
        let directory = (target as NSString).deletingLastPathComponent
        guard entry(at: directory)?.kind == .directory else { throw .notFound("open", path) }
        if entry(at: target)?.kind == .directory { throw HostFileError("open", path, "is a directory") }
        guard FileManager.default.createFile(atPath: target, contents: Data(bytes)) else {
            throw HostFileError("open", path, "permission denied")
        }
    }

    public func createDirectory(_ path: String, intermediate: Bool) throws(HostFileError) {
        do {
            try FileManager.default.createDirectory(atPath: absolute(path), withIntermediateDirectories: intermediate)
        } catch {
            throw entry(at: path) != nil ? HostFileError("mkdir", path, "file exists") : .notFound("mkdir", path)
        }
    }
}

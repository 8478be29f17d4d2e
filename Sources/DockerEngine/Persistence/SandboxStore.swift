import DockerAPI
import Foundation

/// Where a learner's simulated daemon lives between commands: `EngineState` in a directory,
/// written atomically under an exclusive lock.
///
/// Each command opens the store, takes the lock (`flock` on `engine.lock`, so two terminals
/// cannot interleave commands), loads the state, runs, and saves by writing a temporary file,
/// `fsync`ing it and renaming it over the old one. A file that cannot be read — corrupt, or
/// written by a newer docker-tutor — is an error naming the file; it is never replaced, and is
/// only moved aside when `quarantine` is called on purpose.
public final class SandboxStore {
    public let directory: URL
    public var stateFile: URL { directory.appendingPathComponent("engine-state.bin") }
    public var lockFile: URL { directory.appendingPathComponent("engine.lock") }

    private var lockDescriptor: Int32 = -1

    public init(directory: URL) {
        self.directory = directory
    }

    /// `$DOCKER_TUTOR_HOME`, or `~/.docker-tutor`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["DOCKER_TUTOR_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".docker-tutor")
    }

    deinit { unlock() }

    /// Why the sandbox could not be opened or written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotCreate(path: String, reason: String)
        case cannotLock(path: String, reason: String)
        case corrupt(path: String, reason: String)
        case newerVersion(path: String, found: Int, supported: Int)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason): return "cannot create the sandbox directory \(path): \(reason)"
            case .cannotLock(let path, let reason): return "cannot lock \(path): \(reason)"
            case .corrupt(let path, let reason):
                return "the sandbox state \(path) is corrupt (\(reason)); it was left untouched — move it aside or reset the sandbox"
            case .newerVersion(let path, let found, let supported):
                return "the sandbox state \(path) was written by a newer docker-tutor (format \(found), this one reads up to \(supported))"
            case .cannotWrite(let path, let reason): return "cannot write the sandbox state \(path): \(reason)"
            }
        }
    }

    /// Takes the exclusive lock, waiting for another command to finish.
    public func lock() throws(Failure) {
        guard lockDescriptor < 0 else { return }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: directory.path, reason: error.localizedDescription)
        }
        let fd = open(lockFile.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotLock(path: lockFile.path, reason: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .cannotLock(path: lockFile.path, reason: reason)
        }
        lockDescriptor = fd
    }

    public func unlock() {
        guard lockDescriptor >= 0 else { return }
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
        lockDescriptor = -1
    }

    /// The saved state, or `nil` for a new sandbox.
    public func load() throws(Failure) -> EngineState? {
        let path = stateFile.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .corrupt(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .corrupt(path: path, reason: String(cString: strerror(errno))) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        var failure: String?
        bytes.withUnsafeMutableBytes { raw in
            while offset < raw.count {
                let n = read(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? String(cString: strerror(errno)) : "file shrank while reading"
                    return
                }
                offset += n
            }
        }
        if let failure { throw .corrupt(path: path, reason: failure) }
        let version: Int
        do {
            version = try StateCodec.formatVersion(of: bytes)
        } catch {
            throw .corrupt(path: path, reason: error.reason)
        }
        if version > EngineState.currentFormatVersion {
            throw .newerVersion(path: path, found: version, supported: EngineState.currentFormatVersion)
        }
        do {
            return try StateCodec.decode(bytes)
        } catch {
            throw .corrupt(path: path, reason: error.reason)
        }
    }

    /// Writes the state: temporary file, fsync, rename, fsync of the directory.
    public func save(_ state: EngineState) throws(Failure) {
        let bytes = StateCodec.encode(state)
        let path = stateFile.path
        let temporary = directory.appendingPathComponent(".engine-state.\(getpid()).tmp").path
        let fd = open(temporary, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        let dirfd = open(directory.path, O_RDONLY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Moves an unreadable state file aside (`engine-state.bin.corrupt-<seconds>`) and returns its new path.
    public func quarantine(now: Timestamp) throws(Failure) -> String {
        let target = stateFile.path + ".corrupt-\(now.seconds)"
        guard rename(stateFile.path, target) == 0 else {
            throw .cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
        return target
    }
}

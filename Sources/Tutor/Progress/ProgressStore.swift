import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes `progress.json` atomically, under a lock, and never throws away a file it cannot read.
///
/// Two docker-tutor processes (a REPL and `lesson check` from another shell) may save at once; the
/// lock serializes read-modify-write, and the atomic rename means a crash leaves the old file or the new one.
public struct ProgressStore: Sendable {
    /// `$DOCKER_TUTOR_HOME`.
    public var home: String

    public init(home: String) {
        self.home = home
    }

    public var path: String { (home as NSString).appendingPathComponent("progress.json") }
    var lockPath: String { path + ".lock" }

    /// `$DOCKER_TUTOR_HOME`, or `~/.docker-tutor`.
    public static func home(environment: [String: String]) -> String {
        if let home = environment["DOCKER_TUTOR_HOME"], !home.isEmpty { return home }
        let user = environment["HOME"] ?? NSHomeDirectory()
        return (user as NSString).appendingPathComponent(".docker-tutor")
    }

    /// The saved progress; no file yet means no progress.
    public func load() throws(ProgressError) -> Progress {
        guard FileManager.default.fileExists(atPath: path) else { return Progress() }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        do {
            let progress = try JSONDecoder().decode(Progress.self, from: data)
            guard progress.version <= Progress.formatVersion else { throw ProgressError.newerVersion(path, progress.version) }
            return progress
        } catch let error as ProgressError {
            throw error
        } catch {
            let keptAs = try keepAside()
            throw .corrupt(path, keptAs: keptAs)
        }
    }

    /// Writes the progress atomically.
    public func save(_ progress: Progress) throws(ProgressError) {
        do {
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            var data = try encoder.encode(progress)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path)
        }
    }

    /// Loads, changes and saves the progress while holding the lock.
    @discardableResult
    public func update<T>(_ change: (inout Progress) -> T) throws(ProgressError) -> T {
        try FileManager.default.createDirectoryIfPossible(home)
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .unwritable(lockPath) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .unwritable(lockPath) }
        defer { flock(fd, LOCK_UN) }
        var progress = try load()
        let result = change(&progress)
        try save(progress)
        return result
    }

    /// Renames an unreadable file to `progress.json.corrupt` (or `.corrupt-2`, ...) and returns the new path.
    private func keepAside() throws(ProgressError) -> String {
        var candidate = path + ".corrupt"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = path + ".corrupt-\(number)"
            number += 1
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: candidate)
        } catch {
            throw .unwritable(candidate)
        }
        return candidate
    }
}

/// Why progress could not be read or written; each case says what the learner can do about it.
public enum ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt(String, keptAs: String)
    case newerVersion(String, Int)
    case unreadable(String)
    case unwritable(String)

    public var description: String {
        switch self {
        case .corrupt(let path, let keptAs):
            return "\(path) is not a valid progress file; it was kept as \(keptAs) and progress starts afresh"
        case .newerVersion(let path, let version):
            return "\(path) was written by a newer docker-tutor (format \(version)); update docker-tutor to read it"
        case .unreadable(let path): return "cannot read \(path)"
        case .unwritable(let path): return "cannot write \(path)"
        }
    }
}

extension FileManager {
    fileprivate func createDirectoryIfPossible(_ path: String) throws(ProgressError) {
        do {
            try createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path)
        }
    }
}

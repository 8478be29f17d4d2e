/// Why `docker load` rejects an archive, worded as the daemon words it.
///
/// Many of docker's messages name files in its temporary directory
/// (`open /var/lib/docker/tmp/docker-import-4052201689/repositories: no such file or directory`),
/// whose random suffix the simulated daemon chooses; `message(temporaryDirectory:)` renders
/// them for a given directory, `description` for `defaultTemporaryDirectory`.
public struct ImageLoadError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The archive (or a layer) is compressed badly or in a format not read here.
        case decompression(GzipError)
        /// The archive is not a valid tar.
        case tar(TarError)
        /// Unpacking failed inside docker's chroot (paths as seen there: `/x/y`).
        case unpack(String)
        /// A file the metadata names is absent (path relative to the temporary directory).
        case missingFile(String)
        /// A file the metadata names is a directory.
        case isDirectory(String)
        /// A metadata path climbs out of the temporary directory (the raw path).
        case notInScope(String)
        /// A symlink chain of more than 255 links.
        case tooManyLinks(String)
        /// `manifest.json`, `repositories`, a config or a legacy `json` is not what docker decodes.
        case json(String)
        /// `manifest.json` is `null`.
        case nullManifest
        /// A config without `rootfs`.
        case noRootFS
        /// An image for another operating system.
        case unsupportedOS(String)
        /// `Layers` and `rootfs.diff_ids` differ in length.
        case layerCountMismatch(expected: Int, got: Int)
        /// A layer's digest is not the config's diff id.
        case diffIDMismatch(index: Int, expected: String, got: String)
        /// A layer is not a valid (possibly compressed) tar.
        case layer(String)
        /// `repositories` names a legacy image the archive does not contain.
        case invalidTargetID(String)
        /// Legacy parent links that loop or nest too deeply (docker would recurse without end).
        case parentChainTooDeep(String)
        /// A `manifest.json` parent whose history the child's does not extend by one entry.
        case invalidParent(parent: String, child: String)
    }

    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    /// A stand-in for the directory docker creates with `os.MkdirTemp` (it has a random suffix).
    public static let defaultTemporaryDirectory = "/var/lib/docker/tmp/docker-import-1234567890"

    public var description: String { message(temporaryDirectory: ImageLoadError.defaultTemporaryDirectory) }

    /// The daemon's message, with paths under `temporaryDirectory`.
    public func message(temporaryDirectory tmp: String) -> String {
        func full(_ relative: String) -> String { SafePath.join(tmp, relative) }
        switch reason {
        case .decompression(let error): return error.description
        case .tar(let error): return error.description
        case .unpack(let text): return text
        case .missingFile(let path): return "open \(full(path)): no such file or directory"
        case .isDirectory(let path): return "read \(full(path)): is a directory"
        case .notInScope(let path): return "evalSymlinksInScope: \(GoPath.clean(tmp + "/" + path)) is not in \(tmp)"
        case .tooManyLinks(let path): return "evalSymlinksInScope: too many links in \(full(path))"
        case .json(let text): return text
        case .nullManifest: return "invalid manifest, manifest cannot be null (but can be [])"
        case .noRootFS: return "invalid image JSON, no RootFS key"
        case .unsupportedOS(let os): return "cannot load \(os) image on linux"
        case .layerCountMismatch(let expected, let got):
            return "invalid manifest, layers length mismatch: expected \(expected), got \(got)"
        case .diffIDMismatch(let index, let expected, let got):
            return "invalid diffID for layer \(index): expected \(GoQuote.quote(expected)), got \(GoQuote.quote(got))"
        case .layer(let text): return text
        case .invalidTargetID(let id): return "invalid target ID: \(id)"
        case .parentChainTooDeep(let id): return "legacy image \(id): parent chain is cyclic or deeper than 1000 images"
        case .invalidParent(let parent, let child): return "image \(parent) is not a valid parent for \(child)"
        }
    }
}

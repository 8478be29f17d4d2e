/// Tar archives, gzip, SHA-256 digests and the docker image archive layout.
///
/// Its own module because both sides need it: the daemon writes and reads image archives
/// (`save`, `load`, `export`, `import`, `commit` layers, registry pushes) and the client streams
/// tars (`cp`, build contexts). It depends on nothing but zlib, so the API and engine modules
/// can both use it.
///
/// - Tar: `TarReader`, `TarWriter`, `TarEntry`, `TarMember`, `TarError`: Go `archive/tar`'s
///   formats and errors, byte for byte.
/// - Paths: `SafePath` confines entry names and link targets to a root as docker's chrooted
///   unpacker does; `Whiteout` names deletions in layers.
/// - Compression: `Compression.detect`, `Gzip` with an output limit.
/// - Digests: `SHA256`, `Digest` (`sha256:<hex>`, chain ids).
/// - Images: `ImageArchive` (the model), `ImageArchiveWriter` (`docker save`),
///   `ImageArchiveReader` (`docker load`), `RootFilesystemArchive` (`docker import`).
public enum ArchiveModule {}

/// Tar archives, gzip, SHA-256 digests and the docker image archive layout.
///
/// Its own module because both sides need it: the daemon writes and reads image archives
/// (`save`, `load`, `export`, `import`) and the client streams tars (`cp`, build contexts).
public enum ArchiveModule {}

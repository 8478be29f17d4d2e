/// Where `check` lints Dockerfiles: the hook the BuildKit module's parser and lint plug into.
///
/// `docker-tutor check Dockerfile` recognises the file by its name and hands it here instead of
/// looking for docker commands in it. The Dockerfile grammar and its lint rules live in the
/// `BuildKit` module (shared with the simulated daemon's builder), written separately; until they
/// land, this hook returns no findings, so a Dockerfile checks clean (exit status 0).
public enum DockerfileCheck {
    /// A finding in a Dockerfile, positioned like a command's.
    public struct Finding: Sendable, Equatable {
        public var rule: String
        public var message: String
        public var line: Int
        public var column: Int
        /// `true` for an error (the build would fail), `false` for a warning.
        public var isError: Bool

        public init(rule: String, message: String, line: Int, column: Int, isError: Bool) {
            self.rule = rule
            self.message = message
            self.line = line
            self.column = column
            self.isError = isError
        }
    }

    /// `true` for the names docker and BuildKit use for Dockerfiles: `Dockerfile`, `Dockerfile.dev`,
    /// `app.Dockerfile`, `dockerfile`, `Containerfile`.
    public static func isDockerfile(name: String) -> Bool {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let lower = base.lowercased()
        // `Dockerfile.md` or `dockerfile.sh` are documents about Dockerfiles, not Dockerfiles.
        if [".md", ".markdown", ".mdx", ".sh", ".bash", ".txt"].contains(where: { lower.hasSuffix($0) }) { return false }
        return lower == "dockerfile" || lower == "containerfile" || lower.hasPrefix("dockerfile.")
            || lower.hasSuffix(".dockerfile") || lower.hasPrefix("containerfile.")
    }

    /// The findings for a Dockerfile's source. None yet: the `BuildKit` module's parser and lint
    /// will be called from here.
    public static func findings(source: String, file: String) -> [Finding] {
        []
    }
}

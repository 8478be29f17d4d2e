/// A tag as the archive records it in three places: `manifest.json` (familiar, `redis:latest`),
/// `repositories` (familiar name and tag apart) and `index.json` (fully qualified,
/// `docker.io/library/redis:latest`, and the tag alone).
///
/// The normalization is distribution/reference's (`ParseNormalizedNamed`, `FamiliarName`) for
/// well-formed names; validating names is the daemon's job, before it asks for an archive.
struct RepoTag: Equatable {
    /// `docker.io/library/redis`.
    let fullName: String
    /// `redis`.
    let familiarName: String
    /// `latest`.
    let tag: String

    /// nil for digest references, which docker never records as tags.
    init?(_ reference: String) {
        if reference.contains("@") { return nil }
        var name = reference
        var tag = "latest"
        if let colon = reference.lastIndex(of: ":"), !reference[colon...].contains("/") {
            name = String(reference[..<colon])
            tag = String(reference[reference.index(after: colon)...])
        }
        guard !name.isEmpty, !tag.isEmpty else { return nil }
        var domain = "docker.io"
        var remainder = name
        if let slash = name.firstIndex(of: "/") {
            let first = String(name[..<slash])
            if first.contains(".") || first.contains(":") || first == "localhost" || first.lowercased() != first {
                domain = first == "index.docker.io" ? "docker.io" : first
                remainder = String(name[name.index(after: slash)...])
            }
        }
        if domain == "docker.io" && !remainder.contains("/") { remainder = "library/" + remainder }
        fullName = domain + "/" + remainder
        if domain == "docker.io" {
            let parts = remainder.split(separator: "/", omittingEmptySubsequences: false)
            familiarName = parts.count == 2 && parts[0] == "library" ? String(parts[1]) : remainder
        } else {
            familiarName = fullName
        }
        self.tag = tag
    }

    /// `redis:latest`.
    var familiar: String { familiarName + ":" + tag }
    /// `docker.io/library/redis:latest`.
    var full: String { fullName + ":" + tag }
}

import DockerAPI

/// Decides whether an image reference written in a goal names a given image, the way the docker client resolves names.
///
/// `redis`, `redis:latest` and `docker.io/library/redis:latest` are the same image to docker, so goals
/// compare normalized references, and accept image ids (`sha256:...` or a short id) as well.
enum ImageMatching {
    /// The fully qualified form (`docker.io/library/redis:latest`), or `nil` when `reference` is not a valid reference.
    static func normalized(_ reference: String) -> String? {
        guard let parsed = try? ImageReference.parseDockerRef(reference) else { return nil }
        return parsed.description
    }

    /// `true` when `reference` is an image id or a prefix of one (`sha256:4f0c...`, `4f0c5a`).
    static func isIDPrefix(_ reference: String, of id: String) -> Bool {
        let bare = reference.hasPrefix("sha256:") ? String(reference.dropFirst(7)) : reference
        let idHex = id.hasPrefix("sha256:") ? String(id.dropFirst(7)) : id
        guard !bare.isEmpty, bare.allSatisfy(\.isHexDigit) else { return false }
        return idHex.hasPrefix(bare.lowercased())
    }

    /// `true` when the image carries `reference` as a tag or has it as (a prefix of) its id.
    static func image(_ image: ImageSnapshot, matches reference: String) -> Bool {
        if let wanted = normalized(reference), image.references.contains(where: { normalized($0) == wanted }) {
            return true
        }
        return isIDPrefix(reference, of: image.id)
    }

    /// The images `reference` names.
    static func images(matching reference: String, in world: any LessonWorld) -> [ImageSnapshot] {
        world.images().filter { image($0, matches: reference) }
    }

    /// `true` when the container was created from the image `reference` names.
    static func container(_ container: ContainerSnapshot, uses reference: String, in world: any LessonWorld) -> Bool {
        if let wanted = normalized(reference), normalized(container.image) == wanted { return true }
        if isIDPrefix(reference, of: container.imageID) && !container.imageID.isEmpty { return true }
        return images(matching: reference, in: world).contains { !$0.id.isEmpty && $0.id == container.imageID }
    }
}

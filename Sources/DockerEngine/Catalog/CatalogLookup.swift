import DockerAPI

extension Catalog {
    /// The catalog's key for a repository name: its familiar form (`redis` for `library/redis`,
    /// `docker.io/library/redis` and `index.docker.io/redis`; `bitnami/redis` stays as written).
    ///
    /// A name that is not a valid reference (uppercase, empty) is its own key, so such a name
    /// finds nothing rather than something else.
    public static func repositoryKey(_ name: String) -> String {
        guard let reference = try? ImageReference.parseNormalized(name), reference.isNameOnly else { return name }
        return reference.familiarName
    }

    /// The repository with this name, written any way `docker pull` accepts (`redis`, `library/redis`,
    /// `docker.io/library/redis`); `nil` when the simulated Hub has no such repository.
    public func repository(named name: String) -> CatalogRepository? {
        let key = Self.repositoryKey(name)
        return repositories.first { Self.repositoryKey($0.name) == key }
    }

    /// The linux/amd64 image a tag of a repository points at; `nil` for an unknown repository or tag
    /// (the engine turns those into `pull access denied` and `manifest unknown`).
    public func image(repository: String, tag: String) -> CatalogImage? {
        self.repository(named: repository)?.image(tag: tag)
    }

    /// The image a digest names inside a repository (`redis@sha256:...`): the index digest `docker pull`
    /// prints, the amd64 manifest digest, or the image id.
    public func image(repository: String, digest: String) -> CatalogImage? {
        self.repository(named: repository)?.image(digest: digest)
    }

    /// The image a parsed reference names: by digest when it has one, else by tag (`latest` when it has neither).
    public func image(reference: ImageReference) -> CatalogImage? {
        if let digest = reference.digest {
            return image(repository: reference.familiarName, digest: digest)
        }
        return image(repository: reference.familiarName, tag: reference.tag ?? ImageReference.defaultTag)
    }

    /// This catalog with `other` laid over it, the way a lesson extends the bundled Hub.
    ///
    /// A repository only in `other` is added at the end. For a repository in both, `other`'s description,
    /// stars and official flag win; `other`'s images are added, and a tag `other` assigns moves to
    /// `other`'s image (as a push moves a tag). An image with the same id as one of `other`'s is replaced by
    /// it, which keeps the tags nobody moved; an image left with no tag is dropped, since the simulated Hub
    /// resolves only tagged images.
    public func merging(_ other: Catalog) -> Catalog {
        var merged = self
        merged.merge(other)
        return merged
    }

    /// Lays `other` over this catalog in place; see ``merging(_:)``.
    public mutating func merge(_ other: Catalog) {
        for incoming in other.repositories {
            let key = Self.repositoryKey(incoming.name)
            if let index = repositories.firstIndex(where: { Self.repositoryKey($0.name) == key }) {
                repositories[index].merge(incoming)
            } else {
                repositories.append(incoming)
            }
        }
    }
}

extension CatalogRepository {
    /// The image this tag points at, or `nil`.
    public func image(tag: String) -> CatalogImage? {
        images.first { $0.tags.contains(tag) }
    }

    /// The image whose index digest, amd64 manifest digest or image id is `digest`, or `nil`.
    public func image(digest: String) -> CatalogImage? {
        images.first { $0.repoDigest == digest || $0.manifestDigest == digest || $0.id == digest }
    }

    /// Every tag of the repository, in catalog order.
    public var allTags: [String] {
        images.flatMap(\.tags)
    }

    /// Lays another entry for the same repository over this one; see ``Catalog/merging(_:)``.
    mutating func merge(_ other: CatalogRepository) {
        description = other.description
        stars = other.stars
        official = other.official
        let movedTags = Set(other.images.flatMap(\.tags))
        var incoming = other.images
        var kept: [CatalogImage] = []
        for var image in images {
            image.tags.removeAll { movedTags.contains($0) }
            if let replacement = incoming.firstIndex(where: { $0.id == image.id }) {
                incoming[replacement].tags += image.tags
            } else if !image.tags.isEmpty {
                kept.append(image)
            }
        }
        images = kept + incoming
    }
}

import DockerAPI

/// One problem ``Catalog/validate()`` found in a catalog.
///
/// Lesson catalogs are hand-written JSON; decoding catches a wrong type but not a repeated tag,
/// a truncated digest or a history that disagrees with the layers, which would surface much later
/// as a confusing `docker pull` or `docker history`. Validation names them up front.
public struct CatalogIssue: Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Equatable {
        /// Two repositories with the same name (`redis` and `library/redis` count as the same).
        case duplicateRepository
        /// One tag on two images of a repository, or twice on one image.
        case duplicateTag
        /// Two images of a repository with the same image id.
        case duplicateImage
        /// A required value is empty or absent.
        case missingField
        /// A digest that is not `sha256:` followed by 64 lowercase hex digits.
        case malformedDigest
        /// A value of the wrong shape: a tag docker would reject, a time that is not RFC 3339, a negative size.
        case malformedValue
        /// The history's layer-adding entries do not match the layer count.
        case historyLayerMismatch
    }

    public var kind: Kind
    /// The repository concerned, as written in the catalog.
    public var repository: String
    /// The image concerned (its first tag, or its id when it has none); `nil` for the repository itself.
    public var image: String?
    /// One sentence saying what is wrong.
    public var message: String

    public init(kind: Kind, repository: String, image: String? = nil, message: String) {
        self.kind = kind
        self.repository = repository
        self.image = image
        self.message = message
    }

    public var description: String {
        let place = image.map { "\(repository) (\($0))" } ?? repository
        return "\(place): \(message)"
    }
}

extension Catalog {
    /// Checks the catalog for what decoding cannot: duplicates, missing values, malformed digests and times,
    /// and histories that disagree with the layers. An empty result means the catalog is sound.
    public func validate() -> [CatalogIssue] {
        var issues: [CatalogIssue] = []
        var seenRepositories: Set<String> = []
        for repository in repositories {
            let key = Self.repositoryKey(repository.name)
            if !seenRepositories.insert(key).inserted {
                issues.append(CatalogIssue(kind: .duplicateRepository, repository: repository.name,
                                           message: "repository '\(key)' appears more than once"))
            }
            issues += repository.validate()
        }
        return issues
    }

    /// `true` for `sha256:` followed by exactly 64 lowercase hex digits, the only digest form the Hub serves.
    public static func isDigest(_ value: String) -> Bool {
        let prefix = "sha256:"
        guard value.hasPrefix(prefix) else { return false }
        return ImageReference.isHexIdentifier(String(value.dropFirst(prefix.count)))
    }

    /// `true` for a tag docker accepts: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`.
    public static func isValidTag(_ tag: String) -> Bool {
        let bytes = Array(tag.utf8)
        guard let first = bytes.first, bytes.count <= 128 else { return false }
        func isWord(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
        }
        return isWord(first) && bytes.dropFirst().allSatisfy { isWord($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// `true` for an RFC 3339 time as image configs carry it (`2025-05-29T16:02:07Z`,
    /// `2021-09-15T18:20:05.184694267Z`, `2024-01-02T03:04:05+02:00`).
    public static func isRFC3339(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func byte(_ index: Int, is expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue
        }
        guard digits(0..<4), byte(4, is: "-"), digits(5..<7), byte(7, is: "-"), digits(8..<10),
              byte(10, is: "T"), digits(11..<13), byte(13, is: ":"), digits(14..<16), byte(16, is: ":"),
              digits(17..<19) else { return false }
        var index = 19
        if byte(index, is: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            if index == start { return false }
        }
        if byte(index, is: "Z") { return index + 1 == bytes.count }
        guard byte(index, is: "+") || byte(index, is: "-") else { return false }
        return digits(index + 1..<index + 3) && byte(index + 3, is: ":") && digits(index + 4..<index + 6)
            && index + 6 == bytes.count
    }
}

extension CatalogRepository {
    /// The issues of this repository alone (see ``Catalog/validate()``).
    func validate() -> [CatalogIssue] {
        var issues: [CatalogIssue] = []
        func report(_ kind: CatalogIssue.Kind, _ image: String? = nil, _ message: String) {
            issues.append(CatalogIssue(kind: kind, repository: name, image: image, message: message))
        }
        if name.isEmpty {
            report(.missingField, nil, "the repository has no name")
        } else if (try? ImageReference.parseNormalized(name))?.isNameOnly != true {
            report(.malformedValue, nil, "'\(name)' is not a repository name docker accepts")
        }
        if description.isEmpty { report(.missingField, nil, "the repository has no description") }
        if stars < 0 { report(.malformedValue, nil, "stars is negative (\(stars))") }
        if images.isEmpty { report(.missingField, nil, "the repository has no images") }

        var tagOwners: [String: String] = [:]
        var seenIDs: Set<String> = []
        for image in images {
            let label = image.tags.first ?? image.id
            for tag in image.tags {
                if let owner = tagOwners[tag] {
                    report(.duplicateTag, label, "tag '\(tag)' is already on the image tagged '\(owner)'")
                } else {
                    tagOwners[tag] = label
                }
                if !Catalog.isValidTag(tag) { report(.malformedValue, label, "'\(tag)' is not a tag docker accepts") }
            }
            if !seenIDs.insert(image.id).inserted {
                report(.duplicateImage, label, "image id \(image.id) appears more than once")
            }
            for issue in image.validate() { report(issue.kind, label, issue.message) }
        }
        return issues
    }
}

/// `1 layer`, `3 layers`.
private func layerCount(_ count: Int) -> String {
    count == 1 ? "1 layer" : "\(count) layers"
}

extension CatalogImage {
    /// This image's own issues, as (kind, message) pairs the repository labels.
    func validate() -> [(kind: CatalogIssue.Kind, message: String)] {
        var issues: [(kind: CatalogIssue.Kind, message: String)] = []
        func require(_ value: String?, _ field: String) {
            if (value ?? "").isEmpty { issues.append((.missingField, "\(field) is missing")) }
        }
        func digest(_ value: String, _ field: String) {
            if value.isEmpty {
                issues.append((.missingField, "\(field) is missing"))
            } else if !Catalog.isDigest(value) {
                issues.append((.malformedDigest, "\(field) '\(value)' is not sha256: and 64 hex digits"))
            }
        }
        if tags.isEmpty { issues.append((.missingField, "the image has no tags")) }
        digest(repoDigest, "repoDigest")
        digest(id, "id")
        if let manifestDigest { digest(manifestDigest, "manifestDigest") }
        require(created, "created")
        if !created.isEmpty && !Catalog.isRFC3339(created) {
            issues.append((.malformedValue, "created '\(created)' is not an RFC 3339 time"))
        }
        require(architecture, "architecture")
        require(os, "os")
        require(process, "process")
        require(rootfs, "rootfs")
        if config.cmd == nil && config.entrypoint == nil {
            issues.append((.missingField, "the config has neither Cmd nor Entrypoint"))
        }
        if layers.isEmpty { issues.append((.missingField, "the image has no layers")) }
        for (index, layer) in layers.enumerated() {
            digest(layer.digest, "layer \(index + 1) digest")
            if layer.size < 0 || layer.compressedSize < 0 {
                issues.append((.malformedValue, "layer \(index + 1) has a negative size"))
            }
        }
        if history.isEmpty { issues.append((.missingField, "the image has no history")) }
        if let bad = history.first(where: { !Catalog.isRFC3339($0.created) }) {
            issues.append((.malformedValue, "history time '\(bad.created)' is not an RFC 3339 time"))
        }
        let adding = history.filter { !$0.emptyLayer }.count
        if !history.isEmpty && adding != layers.count {
            issues.append((.historyLayerMismatch,
                           "the history adds \(layerCount(adding)) but the image has \(layerCount(layers.count))"))
        }
        return issues
    }
}

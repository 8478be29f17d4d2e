import DockerAPI

/// `docker pull` against the catalog (the simulated Docker Hub).
extension DockerDaemon {
    /// moby's distribution `notFoundError` texts (distribution/errors.go).
    enum PullMessages {
        static func accessDenied(_ name: String) -> String {
            "pull access denied for \(name), repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
        }
        static func manifestUnknown(_ ref: String) -> String { "manifest for \(ref) not found: manifest unknown: manifest unknown" }
        /// A registry host that does not resolve (net/http's error through the registry client).
        static func noSuchHost(_ domain: String) -> String {
            "Get \"https://\(domain)/v2/\": dial tcp: lookup \(domain): no such host"
        }
        static func noMatchingManifest(_ platform: String) -> String {
            "no matching manifest for \(platform) in the manifest list entries: no match for platform in manifest: not found"
        }
    }

    public func imagePull(_ reference: String, allTags: Bool, platform: String) throws(EngineError) -> [PullProgress] {
        begin()
        let ref: ImageReference
        do { ref = try ImageReference.parseNormalized(reference) } catch { throw .invalidParameter(error.description) }
        if !platform.isEmpty {
            let normalized = platform.lowercased()
            if !["linux/amd64", "linux/x86_64", "amd64", "linux/amd64/v1", "linux/amd64/v2", "linux/amd64/v3"].contains(normalized) {
                throw .notFound(PullMessages.noMatchingManifest(normalized))
            }
        }
        guard ref.domain == ImageReference.defaultDomain else { throw .system(PullMessages.noSuchHost(ref.domain)) }
        guard let repo = catalog.repositories.first(where: { $0.name == ref.familiarName }) else {
            throw .notFound(PullMessages.accessDenied(ref.familiarName))
        }
        var events: [PullProgress] = []
        var downloaded = false
        if allTags && ref.tag == nil && ref.digest == nil {
            let tags = repo.images.flatMap(\.tags).sorted()
            for tag in tags {
                var tagged = ref
                tagged.tag = tag
                guard let image = repo.images.first(where: { $0.tags.contains(tag) }) else { continue }
                downloaded = pullOne(tagged, image: image, repo: repo, into: &events) || downloaded
            }
            let status = downloaded ? "Downloaded newer image for " : "Image is up to date for "
            events.append(PullProgress(id: nil, status: "Status: " + status + ref.familiarString))
            return events
        }
        let target = ref.tag != nil && ref.digest != nil ? ImageReference(domain: ref.domain, path: ref.path, digest: ref.digest) : ref.withDefaultTag
        let image: CatalogImage
        if let digest = target.digest {
            guard let match = repo.images.first(where: { $0.repoDigest == digest }) else {
                throw .notFound(PullMessages.manifestUnknown(target.familiarString))
            }
            image = match
        } else {
            guard let tag = target.tag, let match = repo.images.first(where: { $0.tags.contains(tag) }) else {
                throw .notFound(PullMessages.manifestUnknown(target.familiarString))
            }
            image = match
        }
        downloaded = pullOne(target, image: image, repo: repo, into: &events)
        let status = downloaded ? "Downloaded newer image for " : "Image is up to date for "
        events.append(PullProgress(id: nil, status: "Status: " + status + target.familiarString))
        return events
    }

    /// Pulls one tag or digest: the progress of each layer, then the digest line. Returns whether
    /// anything changed (new layers, or a tag now pointing at the image): moby's `pulledNew`.
    private func pullOne(_ ref: ImageReference, image: CatalogImage, repo: CatalogRepository,
                         into events: inout [PullProgress]) -> Bool {
        let header = ref.digest ?? ref.tag ?? "latest"
        events.append(PullProgress(id: header, status: "Pulling from " + ref.path))
        let id = image.id
        if state.images[id] == nil {
            events += downloadLayers(image.layers)
            state.images[id] = Self.imageRecord(from: image, repository: ref.name)
        }
        events.append(PullProgress(id: nil, status: "Digest: " + image.repoDigest))
        let previous = state.references[ref.description]
        let digestRef = ImageReference(domain: ref.domain, path: ref.path, digest: image.repoDigest)
        state.references[digestRef.description] = id
        state.references[ref.description] = id
        emitImage("pull", actor: ref.familiarString, name: ref.familiarString, image: id)
        return previous != id
    }

    /// The layer-by-layer progress: `Already exists` for the chain the store has, then
    /// `Pulling fs layer`, `Waiting`, `Downloading`, `Verifying Checksum`, `Download complete`,
    /// `Extracting`, `Pull complete` (distribution/xfer/download.go, distribution/pull_v2.go).
    private func downloadLayers(_ layers: [CatalogLayer]) -> [PullProgress] {
        var events: [PullProgress] = []
        var parent = ""
        var missing: [(CatalogLayer, String, String)] = []  // layer, chain id, diff id
        var stillPresent = true
        for layer in layers {
            let diff = Self.diffID(of: layer)
            let chain = parent.isEmpty ? diff : SHA256.digest(parent + " " + diff)
            let short = Self.shortDigest(layer.digest)
            if stillPresent, state.layers[chain] != nil {
                events.append(PullProgress(id: short, status: "Already exists"))
            } else {
                stillPresent = false
                missing.append((layer, chain, diff))
                state.layers[chain] = LayerRecord(chainID: chain, diffID: diff, parent: parent, blobDigest: layer.digest,
                                                  size: layer.size, cacheID: newID())
            }
            parent = chain
        }
        for item in missing {
            events.append(PullProgress(id: Self.shortDigest(item.0.digest), status: "Pulling fs layer"))
        }
        for item in missing.dropFirst(3) {
            events.append(PullProgress(id: Self.shortDigest(item.0.digest), status: "Waiting"))
        }
        for item in missing {
            let short = Self.shortDigest(item.0.digest)
            let total = item.0.compressedSize
            if total > 512 * 1024 {
                for fraction in [4, 2] {
                    events.append(PullProgress(id: short, status: "Downloading", current: total / Int64(fraction), total: total))
                }
                events.append(PullProgress(id: short, status: "Downloading", current: total, total: total))
            }
            events.append(PullProgress(id: short, status: "Verifying Checksum"))
            events.append(PullProgress(id: short, status: "Download complete"))
        }
        for item in missing {
            let short = Self.shortDigest(item.0.digest)
            let total = item.0.compressedSize
            let step = max(Int64(32_768), total / 2)
            var done: Int64 = 0
            repeat {
                done = min(total, done + step)
                events.append(PullProgress(id: short, status: "Extracting", current: done, total: total))
            } while done < total
            events.append(PullProgress(id: short, status: "Pull complete"))
        }
        return events
    }

    /// The layer's diff id: the digest of its uncompressed tar. The catalog records registry blobs
    /// only, so the simulation derives a stable stand-in from the blob digest.
    static func diffID(of layer: CatalogLayer) -> String { SHA256.digest("diff-id " + layer.digest) }

    /// `stringid.TruncateID` of a digest: the first 12 hex characters.
    static func shortDigest(_ digest: String) -> String {
        let hex = digest.split(separator: ":").last.map(String.init) ?? digest
        return String(hex.prefix(12))
    }

    /// An image store record for a catalog image.
    static func imageRecord(from image: CatalogImage, repository: String) -> ImageRecord {
        let spec = image.config
        var config = ImageConfig()
        config.user = spec.user ?? ""
        config.exposedPorts = spec.exposedPorts
        config.env = spec.env
        config.entrypoint = spec.entrypoint
        config.cmd = spec.cmd
        config.volumes = spec.volumes
        config.workingDir = spec.workingDir ?? ""
        config.labels = spec.labels
        config.stopSignal = spec.stopSignal ?? ""
        config.healthcheck = spec.healthcheck
        config.onBuild = spec.onBuild
        config.shell = spec.shell
        let history = image.history.map {
            ImageHistoryRecord(created: Timestamp.parseRFC3339($0.created), createdBy: $0.createdBy,
                               comment: $0.comment ?? "", emptyLayer: $0.emptyLayer)
        }
        var record = ImageRecord(id: image.id, config: config, created: Timestamp.parseRFC3339(image.created),
                                 architecture: image.architecture, os: image.os,
                                 diffIDs: image.layers.map(diffID(of:)), history: history,
                                 provenance: .pulled(repository: repository, digest: image.repoDigest),
                                 process: image.process, rootfs: image.rootfs)
        record.comment = image.history.last?.comment ?? ""
        return record
    }
}

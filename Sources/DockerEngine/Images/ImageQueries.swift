import DockerAPI

/// `docker tag`, `images`, `image inspect` and `history` (daemon/images/image_tag.go,
/// image_list.go, image_inspect.go, image_history.go).
extension DockerDaemon {
    public func imageTag(source: String, target: String) throws(EngineError) {
        let now = begin()
        var ref: ImageReference
        do { ref = try ImageReference.parseNormalized(target) } catch { throw .invalidParameter(error.description) }
        if ref.digest != nil { throw .invalidParameter("refusing to create a tag with a digest reference") }
        if ref.familiarName == "sha256" {
            throw .invalidParameter("refusing to create an ambiguous tag using digest algorithm as name")
        }
        let image: ImageRecord
        do { image = try resolveImage(source) } catch { throw .notFound(error.message) }
        ref = ref.withDefaultTag
        state.references[ref.description] = image.id
        state.images[image.id]?.lastTagTime = now
        emitImage("tag", actor: image.id, name: ref.familiarString, image: image.id)
    }

    public func imageList(_ options: ImageListOptions) throws(EngineError) -> [ImageSummary] {
        let now = begin()
        let filters = options.filters
        try filters.validate(["dangling", "label", "before", "since", "reference", "until"])
        let danglingOnly = try filters.bool("dangling", default: false)
        var before: Timestamp?
        for value in filters.values("before") {
            let image = try resolveImage(value)
            if let created = image.created, before.map({ $0 > created }) ?? true { before = created }
        }
        for value in filters.values("until") {
            guard let t = TimeFilters.timestamp(value, now: now) else {
                throw .invalidParameter("failed to parse value as time or duration: \"\(value)\"")
            }
            if before.map({ $0 > t }) ?? true { before = t }
        }
        var since: Timestamp?
        for value in filters.values("since") {
            let image = try resolveImage(value)
            if let created = image.created, since.map({ $0 < created }) ?? true { since = created }
        }
        var summaries: [ImageSummary] = []
        for image in state.images.values {
            if danglingOnly && !children(of: image.id).isEmpty { continue }
            if let before, image.created.map({ !($0 < before) }) ?? true { continue }
            if let since, image.created.map({ !($0 > since) }) ?? true { continue }
            if filters.contains("label") && !filters.matchKVList("label", image.config.labels) { continue }
            var tags: [String] = []
            var digests: [String] = []
            for ref in references(to: image.id) {
                if filters.contains("reference") {
                    let patterns = filters.values("reference")
                    let matched = patterns.contains {
                        TimeFilters.globMatch($0, ref.familiarString) || TimeFilters.globMatch($0, ref.familiarName)
                    }
                    if !matched { continue }
                }
                if ref.digest != nil { digests.append(ref.familiarString) } else { tags.append(ref.familiarString) }
            }
            if tags.isEmpty && digests.isEmpty {
                if options.all || children(of: image.id).isEmpty {
                    if filters.contains("dangling") && !danglingOnly { continue }
                    if filters.contains("reference") { continue }
                } else {
                    continue
                }
            } else if danglingOnly && !tags.isEmpty {
                continue
            }
            var summary = ImageSummary(created: image.created?.seconds ?? 0, id: image.id, labels: image.config.labels,
                                       parentID: image.parent, repoDigests: digests, repoTags: tags, size: imageSize(image))
            if options.containerCount {
                summary.containers = Int64(state.containers.values.filter { $0.imageID == image.id }.count)
            }
            if options.sharedSize { summary.sharedSize = sharedSize(image) }
            summaries.append(summary)
        }
        summaries.sort { ($0.created, $0.id) > ($1.created, $1.id) }
        return summaries
    }

    /// Bytes of the image's layers that other images share.
    func sharedSize(_ image: ImageRecord) -> Int64 {
        var refs: [String: Int] = [:]
        for other in state.images.values { for chain in chainIDs(other) { refs[chain, default: 0] += 1 } }
        return chainIDs(image).reduce(0) { $0 + ((refs[$1] ?? 0) > 1 ? (state.layers[$1]?.size ?? 0) : 0) }
    }

    public func imageInspect(_ reference: String) throws(EngineError) -> ImageInspect {
        begin()
        let image = try resolveImage(reference)
        let comment = image.comment.isEmpty ? (image.history.last?.comment ?? "") : image.comment
        return ImageInspect(
            id: image.id, repoTags: repoTags(image.id), repoDigests: repoDigests(image.id), parent: image.parent,
            comment: comment, created: image.created?.rfc3339Nano ?? "", dockerVersion: image.dockerVersion,
            author: image.author, config: image.config, architecture: image.architecture, variant: image.variant,
            os: image.os, size: imageSize(image), graphDriver: graphDriverData(layers: chainIDs(image)),
            rootFSLayers: image.diffIDs, lastTagTime: image.lastTagTime.goText)
    }

    public func imageHistory(_ reference: String) throws(EngineError) -> [ImageHistoryItem] {
        begin()
        let image = try resolveImage(reference)
        var items: [ImageHistoryItem] = []
        var layerIndex = 0
        let chains = chainIDs(image)
        for entry in image.history {
            var size: Int64 = 0
            if !entry.emptyLayer, layerIndex < chains.count {
                size = state.layers[chains[layerIndex]]?.size ?? 0
                layerIndex += 1
            }
            items.insert(ImageHistoryItem(id: "<missing>", created: entry.created?.seconds ?? 0, createdBy: entry.createdBy,
                                          tags: nil, size: size, comment: entry.comment), at: 0)
        }
        var current: ImageRecord? = image
        for index in items.indices {
            guard let img = current else { break }
            items[index].id = img.id
            let tags = repoTags(img.id)
            items[index].tags = tags.isEmpty ? nil : tags
            current = img.parent.isEmpty ? nil : state.images[img.parent]
            if current == nil { break }
        }
        return items
    }
}

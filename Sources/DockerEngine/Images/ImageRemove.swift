import DockerAPI

/// `docker rmi` and `docker image prune`: untag versus delete, conflicts, layer release
/// (daemon/images/image_delete.go, image_prune.go).
extension DockerDaemon {
    /// Why an image cannot be deleted (moby's `conflictType`).
    struct DeleteConflictMask: OptionSet {
        let rawValue: Int
        static let dependentChild = DeleteConflictMask(rawValue: 1)
        static let runningContainer = DeleteConflictMask(rawValue: 2)
        static let activeReference = DeleteConflictMask(rawValue: 4)
        static let stoppedContainer = DeleteConflictMask(rawValue: 8)
        static let hard: DeleteConflictMask = [.dependentChild, .runningContainer]
        static let soft: DeleteConflictMask = [.activeReference, .stoppedContainer]
    }

    /// moby's `imageDeleteConflict`.
    struct DeleteConflict {
        var hard: Bool
        var used: Bool
        var imageID: String
        var message: String

        var error: EngineError {
            .conflict("conflict: unable to delete \(shortID(imageID)) (\(hard ? "cannot be forced" : "must be forced")) - \(message)")
        }
    }

    public func imageRemove(_ reference: String, force: Bool, noPrune: Bool) throws(EngineError) -> [ImageDeleteResponseItem] {
        begin()
        return try deleteImage(reference, force: force, prune: !noPrune)
    }

    func deleteImage(_ reference: String, force: Bool, prune: Bool) throws(EngineError) -> [ImageDeleteResponseItem] {
        let image = try resolveImage(reference)
        let imageID = image.id
        var records: [ImageDeleteResponseItem] = []
        var repoRefs = references(to: imageID)
        var removedRepositoryRef = false
        if !Self.isImageIDPrefix(imageID, reference) {
            if !force && Self.isSingleReference(repoRefs), let user = firstContainer(where: { $0.imageID == imageID }) {
                throw .conflict("conflict: unable to remove repository reference \"\(reference)\" (must force) - container \(shortID(user.id)) is using its referenced image \(shortID(imageID))")
            }
            var parsed: ImageReference
            do { parsed = try ImageReference.parseNormalized(reference) } catch { throw .invalidParameter(error.description) }
            parsed = parsed.withDefaultTag
            state.references[parsed.description] = nil
            emitImage("untag", actor: imageID, name: imageID, image: imageID)
            records.append(.untagged(parsed.familiarString))
            repoRefs = references(to: imageID)
            if parsed.digest == nil {
                let sameRepoTag = repoRefs.contains { $0.digest == nil && $0.name == parsed.name }
                if !sameRepoTag {
                    var remaining: [ImageReference] = []
                    for ref in repoRefs {
                        if ref.digest != nil && ref.name == parsed.name {
                            state.references[ref.description] = nil
                            records.append(.untagged(ref.familiarString))
                        } else {
                            remaining.append(ref)
                        }
                    }
                    repoRefs = remaining
                }
            }
            if !repoRefs.isEmpty { return records }
            removedRepositoryRef = true
        } else if Self.isSingleReference(repoRefs) {
            var mask = DeleteConflictMask.hard
            if !force { mask.formUnion(DeleteConflictMask.soft.subtracting(.activeReference)) }
            if let conflict = deleteConflict(imageID, mask) { throw conflict.error }
            for ref in repoRefs {
                state.references[ref.description] = nil
                emitImage("untag", actor: imageID, name: imageID, image: imageID)
                records.append(.untagged(ref.withDefaultTag.familiarString))
            }
        }
        try deleteImageHelper(imageID, records: &records, force: force, prune: prune, quiet: removedRepositoryRef)
        return records
    }

    /// moby's `imageDeleteHelper`: deletes the image and the layers nothing else uses, then its
    /// untagged parents.
    private func deleteImageHelper(_ imageID: String, records: inout [ImageDeleteResponseItem], force: Bool,
                                   prune: Bool, quiet: Bool) throws(EngineError) {
        var mask = DeleteConflictMask.hard
        if !force { mask.formUnion(.soft) }
        if let conflict = deleteConflict(imageID, mask) {
            if quiet && (!isDangling(imageID) || conflict.used) { return }
            throw conflict.error
        }
        guard let image = state.images[imageID] else { return }
        for ref in references(to: imageID) {
            state.references[ref.description] = nil
            emitImage("untag", actor: imageID, name: imageID, image: imageID)
            records.append(.untagged(ref.familiarString))
        }
        let chains = chainIDs(image)
        emitImage("delete", actor: imageID, name: imageID, image: imageID)
        state.images[imageID] = nil
        records.append(.deleted(imageID))
        for chain in releaseLayers(chains) { records.append(.deleted(chain)) }
        if prune && !image.parent.isEmpty {
            try deleteImageHelper(image.parent, records: &records, force: false, prune: true, quiet: true)
        }
    }

    /// Drops the layers of a chain that no image and no container still uses, top first.
    func releaseLayers(_ chains: [String]) -> [String] {
        var used = Set<String>()
        for image in state.images.values { used.formUnion(chainIDs(image)) }
        for c in state.containers.values {
            if let image = state.images[c.imageID] { used.formUnion(chainIDs(image)) }
        }
        var removed: [String] = []
        for chain in chains.reversed() where !used.contains(chain) && state.layers[chain] != nil {
            state.layers[chain] = nil
            removed.append(chain)
        }
        return removed
    }

    /// moby's `checkImageDeleteConflict`.
    func deleteConflict(_ imageID: String, _ mask: DeleteConflictMask) -> DeleteConflict? {
        if mask.contains(.dependentChild) && !children(of: imageID).isEmpty {
            return DeleteConflict(hard: true, used: false, imageID: imageID, message: "image has dependent child images")
        }
        if mask.contains(.runningContainer), let c = firstContainer(where: { $0.imageID == imageID && $0.running }) {
            return DeleteConflict(hard: true, used: true, imageID: imageID,
                                  message: "image is being used by running container \(shortID(c.id))")
        }
        if mask.contains(.activeReference) && !references(to: imageID).isEmpty {
            return DeleteConflict(hard: false, used: false, imageID: imageID, message: "image is referenced in multiple repositories")
        }
        if mask.contains(.stoppedContainer), let c = firstContainer(where: { $0.imageID == imageID && !$0.running }) {
            return DeleteConflict(hard: false, used: true, imageID: imageID,
                                  message: "image is being used by stopped container \(shortID(c.id))")
        }
        return nil
    }

    func isDangling(_ imageID: String) -> Bool { references(to: imageID).isEmpty && children(of: imageID).isEmpty }

    /// The oldest container matching, standing in for the daemon's store iteration.
    func firstContainer(where predicate: (ContainerRecord) -> Bool) -> ContainerRecord? {
        state.containers.values.filter(predicate).min { ($0.created, $0.id) < ($1.created, $1.id) }
    }

    static func isImageIDPrefix(_ imageID: String, _ candidate: String) -> Bool {
        if imageID.hasPrefix(candidate) { return true }
        if let colon = imageID.firstIndex(of: ":") { return imageID[imageID.index(after: colon)...].hasPrefix(candidate) }
        return false
    }

    /// moby's `isSingleReference`: one tag, possibly with digests of the same repository.
    static func isSingleReference(_ refs: [ImageReference]) -> Bool {
        if refs.count <= 1 { return refs.count == 1 }
        var single: ImageReference?
        var canonicalNames = Set<String>()
        for ref in refs {
            if ref.digest != nil {
                canonicalNames.insert(ref.name)
            } else if single == nil {
                single = ref
            } else {
                return false
            }
        }
        let chosen = single ?? refs[0]
        return canonicalNames.count == 1 && canonicalNames.contains(chosen.name)
    }

    public func imagesPrune(_ filters: FilterArgs) throws(EngineError) -> ImagesPruneReport {
        let now = begin()
        try filters.validate(["dangling", "label", "label!", "until"])
        let danglingOnly = try filters.bool("dangling", default: true)
        let until = try untilFilter(filters, now: now)
        var candidates = state.images.values.filter { danglingOnly ? children(of: $0.id).isEmpty : true }
        candidates = candidates.filter { image in
            if references(to: image.id).isEmpty && !children(of: image.id).isEmpty { return false }
            if let until, image.created.map({ $0 > until }) ?? true { return false }
            return Self.matchLabels(filters, image.config.labels)
        }
        let layerSizes = state.layers.mapValues(\.size)
        var deleted: [ImageDeleteResponseItem] = []
        for image in candidates.sorted(by: { $0.id < $1.id }) where state.images[image.id] != nil {
            let refs = references(to: image.id)
            if !refs.isEmpty {
                let shouldDelete = !danglingOnly || !refs.contains { $0.tag != nil && $0.digest == nil }
                guard shouldDelete else { continue }
                for ref in refs {
                    if let items = try? deleteImage(ref.description, force: false, prune: true) { deleted += items }
                }
            } else if let items = try? deleteImage(String(image.id.dropFirst(7)), force: false, prune: true) {
                deleted += items
            }
        }
        var reclaimed: UInt64 = 0
        for case .deleted(let id) in deleted { reclaimed += UInt64(max(0, layerSizes[id] ?? 0)) }
        emit("image", "prune", actor: "", ["reclaimed": String(reclaimed)])
        return ImagesPruneReport(imagesDeleted: deleted, spaceReclaimed: reclaimed)
    }

    /// `matchLabels` of the prune filters: `label` must match, `label!` must not.
    static func matchLabels(_ filters: FilterArgs, _ labels: [String: String]?) -> Bool {
        if !filters.matchKVList("label", labels) { return false }
        if filters.contains("label!") && filters.matchKVList("label!", labels) { return false }
        return true
    }

    /// The `until` prune filter: one value, a timestamp or a duration before now.
    func untilFilter(_ filters: FilterArgs, now: Timestamp) throws(EngineError) -> Timestamp? {
        let values = filters.values("until")
        if values.isEmpty { return nil }
        if values.count > 1 { throw .system("more than one until filter specified") }
        guard let t = TimeFilters.timestamp(values[0], now: now) else {
            throw .invalidParameter("failed to parse value as time or duration: \"\(values[0])\"")
        }
        return t
    }
}

/// `stringid.TruncateID`: the hex part, cut to 12 characters.
func shortID(_ id: String) -> String {
    var s = Substring(id)
    if let colon = s.firstIndex(of: ":") { s = s[s.index(after: colon)...] }
    return String(s.prefix(12))
}

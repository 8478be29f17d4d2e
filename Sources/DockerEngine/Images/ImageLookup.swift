import DockerAPI

/// How the daemon finds an image from what a user typed, and what it calls it.
extension DockerDaemon {
    /// The three shapes `reference.ParseAnyReference` gives.
    enum AnyReference {
        /// A bare 64-hex id or a `sha256:` digest.
        case digest(String)
        case named(ImageReference)
    }

    /// `reference.ParseAnyReference`: a full id reads as a digest, anything else as a name.
    static func parseAnyReference(_ text: String) throws(EngineError) -> AnyReference {
        if ImageReference.isHexIdentifier(text) { return .digest("sha256:" + text) }
        if text.hasPrefix("sha256:"), ImageReference.isHexIdentifier(String(text.dropFirst(7))) { return .digest(text) }
        do {
            return .named(try ImageReference.parseNormalized(text))
        } catch {
            throw .invalidParameter(error.description)
        }
    }

    /// moby's `ImageService.GetImage` (daemon/images/image.go): tag or digest reference, then id or id prefix.
    func resolveImage(_ refOrID: String) throws(EngineError) -> ImageRecord {
        let parsed = try Self.parseAnyReference(refOrID)
        switch parsed {
        case .digest(let digest):
            if let image = state.images[digest] { return image }
            throw .notFound("No such image: \(digest)")
        case .named(let ref):
            let tagged = ref.tag == nil && ref.digest == nil ? ref.withDefaultTag : ref
            if let id = state.references[tagged.description], let image = state.images[id] { return image }
            if let id = imageIDByPrefix(refOrID), let image = state.images[id] { return image }
            throw .notFound("No such image: \(tagged.familiarString)")
        }
    }

    /// The image store's `Search`: a unique prefix of the hex id, with or without `sha256:`.
    func imageIDByPrefix(_ prefix: String) -> String? {
        var hex = Substring(prefix)
        if hex.hasPrefix("sha256:") { hex = hex.dropFirst(7) }
        guard !hex.isEmpty, hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else { return nil }
        let full = "sha256:" + hex
        let matches = state.images.keys.filter { $0.hasPrefix(full) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Every reference to an image, sorted as the reference store sorts them (by full string).
    func references(to imageID: String) -> [ImageReference] {
        state.references.filter { $0.value == imageID }.keys.sorted()
            .compactMap { try? ImageReference.parseNormalized($0) }
    }

    /// `RepoTags` as docker lists them: `redis:latest`.
    func repoTags(_ imageID: String) -> [String] {
        references(to: imageID).filter { $0.tag != nil && $0.digest == nil }.map(\.familiarString)
    }

    /// `RepoDigests`: `redis@sha256:...`.
    func repoDigests(_ imageID: String) -> [String] {
        references(to: imageID).filter { $0.digest != nil }.map(\.familiarString)
    }

    /// Images whose parent is this one (committed or built from it).
    func children(of imageID: String) -> [String] {
        state.images.values.filter { $0.parent == imageID }.map(\.id).sorted()
    }

    /// Layer chain ids of an image, bottom first.
    func chainIDs(_ image: ImageRecord) -> [String] {
        var chains: [String] = []
        for diff in image.diffIDs {
            chains.append(chains.last.map { SHA256.digest($0 + " " + diff) } ?? diff)
        }
        return chains
    }

    /// The image's size: the sum of its layers (moby's layer `Size()` of the top chain).
    func imageSize(_ image: ImageRecord) -> Int64 {
        chainIDs(image).reduce(0) { $0 + (state.layers[$1]?.size ?? 0) }
    }

    /// overlay2's `GetMetadata` for the image's top layer.
    func graphDriverData(layers chains: [String], topCacheID: String? = nil, initLayer: Bool = false) -> GraphDriverData {
        let root = "/var/lib/docker/overlay2/"
        var lowers = chains.reversed().compactMap { state.layers[$0].map { root + $0.cacheID + "/diff" } }
        let top: String
        if let topCacheID {
            top = topCacheID
            if initLayer { lowers.insert(root + topCacheID + "-init/diff", at: 0) }
        } else if let first = lowers.first {
            top = String(first.dropFirst(root.count).dropLast("/diff".count))
            lowers.removeFirst()
        } else {
            return GraphDriverData(name: "overlay2", data: nil)
        }
        var data = [
            "MergedDir": root + top + "/merged",
            "UpperDir": root + top + "/diff",
            "WorkDir": root + top + "/work",
        ]
        if !lowers.isEmpty { data["LowerDir"] = lowers.joined(separator: ":") }
        return GraphDriverData(name: "overlay2", data: data)
    }

    /// Emits an image event with the image's labels (moby's `LogImageEvent`).
    func emitImage(_ action: String, actor: String, name: String, image: String) {
        var attributes = state.images[image]?.config.labels ?? [:]
        if !name.isEmpty { attributes["name"] = name }
        emit("image", action, actor: actor, attributes)
    }
}

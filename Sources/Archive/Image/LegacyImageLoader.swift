/// Loads archives without `manifest.json`, as moby's `legacyLoad` does.
///
/// Docker before 1.10 saved one directory per layer (`<id>/json`, `<id>/layer.tar`) with
/// parents named in the JSON, and tags in `repositories`. Few such archives remain, but this is
/// also the path every archive without `manifest.json` takes, so it is what produces docker's
/// errors for a `docker export` tar or a random tar given to `docker load`
/// (`open …/dev/json: no such file or directory`, `open …/repositories: no such file or directory`).
enum LegacyImageLoader {
    static func load(_ tree: ExtractedTree, options: ImageArchiveReader.Options, into result: inout ImageLoadResult) throws(ImageLoadError) {
        var session = Session(tree: tree, options: options)
        for directory in tree.topLevelDirectories {
            try session.loadImage(directory, depth: 0)
            result.images = session.images
        }
        let repositories: ArchiveJSON
        do {
            repositories = try ArchiveJSONParser.decodeFirst(Array(try tree.readFile("repositories")))
        } catch let error as ImageLoadError {
            throw error
        } catch let error as ArchiveJSONError {
            throw ImageLoadError(.json(error.description))
        } catch {
            throw ImageLoadError(.json("\(error)"))
        }
        guard case .object(let names) = repositories else {
            if repositories.isNull { return }
            throw ImageLoadError(.json(ArchiveJSONError.type(repositories, goType: "map[string]map[string]string").description))
        }
        for name in names {
            guard case .object(let tags) = name.value else {
                if name.value.isNull { continue }
                throw ImageLoadError(.json(ArchiveJSONError.type(name.value, goType: "map[string]string").description))
            }
            for tag in tags {
                guard let oldID = tag.value.stringValue else {
                    throw ImageLoadError(.json(ArchiveJSONError.type(tag.value, goType: "string").description))
                }
                guard let index = session.loaded[oldID] else { throw ImageLoadError(.invalidTargetID(oldID)) }
                session.images[index].repoTags.append(name.key + ":" + tag.key)
            }
        }
        result.images = session.images
    }

    private struct Session {
        let tree: ExtractedTree
        let options: ImageArchiveReader.Options
        var images: [ImageArchive.Image] = []
        /// Legacy id to index in `images`.
        var loaded: [String: Int] = [:]
        /// Ids whose parents are being loaded: meeting one again is a cycle (docker recurses forever).
        var inProgress: Set<String> = []

        /// moby's `legacyLoadImage`: parents first, then this layer and a config converted from the v1 JSON.
        mutating func loadImage(_ oldID: String, depth: Int) throws(ImageLoadError) {
            if loaded[oldID] != nil { return }
            if depth > 1000 || inProgress.contains(oldID) { throw ImageLoadError(.parentChainTooDeep(oldID)) }
            inProgress.insert(oldID)
            defer { inProgress.remove(oldID) }
            let imageJSON = Array(try tree.readFile(oldID + "/json"))
            let v1: ArchiveJSON
            do {
                v1 = try ArchiveJSONParser.unmarshal(imageJSON)
            } catch {
                throw ImageLoadError(.json(error.description))
            }
            let os = v1["OS"]?.stringValue ?? ""
            if !(os.isEmpty ? "linux" : os).lowercased().elementsEqual("linux") {
                throw ImageLoadError(.unsupportedOS(os))
            }
            var diffIDs: [Digest] = []
            var history: [ArchiveJSON] = []
            var layers: [ImageArchive.Layer] = []
            var parentID: Digest?
            if let parent = v1["Parent"]?.stringValue, !parent.isEmpty {
                try loadImage(parent, depth: depth + 1)
                guard let index = loaded[parent] else { throw ImageLoadError(.invalidTargetID(parent)) }
                let parentImage = images[index]
                parentID = parentImage.id
                layers = parentImage.layers
                diffIDs = parentImage.layers.map(\.diffID)
                if let config = try? ArchiveJSONParser.unmarshal(parentImage.config) {
                    history = config["history"]?.arrayValue ?? []
                }
            }
            let layer = try ImageArchiveReader.readLayer(oldID + "/layer.tar", from: tree, options: options)
            layers.append(layer)
            diffIDs.append(layer.diffID)
            history.append(LegacyConfigConversion.history(from: v1))
            let config = LegacyConfigConversion.config(from: v1, diffIDs: diffIDs, history: history)
            loaded[oldID] = images.count
            images.append(ImageArchive.Image(config: config, repoTags: [], layers: layers, parent: parentID))
        }
    }
}

/// moby's `v1.MakeConfigFromV1Config` and `v1.HistoryFromConfig`.
enum LegacyConfigConversion {
    /// The v1 JSON minus its legacy keys, plus `rootfs` and `history`, keys sorted (a Go map).
    static func config(from v1: ArchiveJSON, diffIDs: [Digest], history: [ArchiveJSON]) -> [UInt8] {
        var source = v1
        if isOlderThan183(v1["docker_version"]?.stringValue ?? "") {
            // Very old configs are first normalized through the V1Image struct.
            var members: [ArchiveJSON.Member] = []
            if let id = v1["id"]?.stringValue, !id.isEmpty { members.append(.init("id", .string(id))) }
            if let parent = v1["parent"]?.stringValue, !parent.isEmpty { members.append(.init("parent", .string(parent))) }
            source = .object(members + LegacyImageConfig.v1Members(of: v1))
        }
        guard case .object(let members) = source else { return [] }
        var map: [String: ArchiveJSON] = [:]
        for member in members { map[member.key] = member.value }
        for key in ["id", "parent", "Size", "parent_id", "layer_id", "throwaway"] { map[key] = nil }
        map["rootfs"] = .object([
            .init("type", .string("layers")),
            .init("diff_ids", .array(diffIDs.map { .string($0.description) })),
        ])
        map["history"] = .array(history)
        return ArchiveJSON.sortedObject(map.map { ($0.key, $0.value) }).encodedBytes
    }

    /// The history entry for a legacy layer: created, author, the container command, comment.
    static func history(from v1: ArchiveJSON) -> ArchiveJSON {
        var members: [ArchiveJSON.Member] = []
        if let created = v1["created"]?.stringValue, let time = RFC3339Time(parsing: created) {
            members.append(.init("created", .string(time.formatted)))
        }
        let command = (v1["container_config"]?["Cmd"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: " ")
        if !command.isEmpty { members.append(.init("created_by", .string(command))) }
        if let author = v1["author"]?.stringValue, !author.isEmpty { members.append(.init("author", .string(author))) }
        if let comment = v1["comment"]?.stringValue, !comment.isEmpty { members.append(.init("comment", .string(comment))) }
        return .object(members)
    }

    /// `versions.LessThan(v, "1.8.3")`, numerically per dotted part (non-numbers count as 0).
    static func isOlderThan183(_ version: String) -> Bool {
        if version == "1.8.3" { return false }
        let mine = version.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        let other = [1, 8, 3]
        for i in 0..<max(mine.count, other.count) {
            let a = i < mine.count ? mine[i] : 0
            let b = i < other.count ? other[i] : 0
            if a != b { return a < b }
        }
        return false
    }
}

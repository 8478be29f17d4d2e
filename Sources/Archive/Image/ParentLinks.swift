/// Parent links between loaded images, kept and checked as moby's `Load` does at its end.
///
/// `manifest.json` may name a parent for an image (docker sets one for committed and built
/// images). Docker keeps the link only when the parent is in the same archive, and then
/// refuses it unless the child's history is the parent's plus one entry; the images stay
/// loaded either way, so the error comes after the "Loaded image" lines.
enum ParentLinks {
    static func apply(to images: inout [ImageArchive.Image]) throws(ImageLoadError) {
        let ids = images.map(\.id)
        for index in images.indices {
            guard let parent = images[index].parent else { continue }
            guard parent != images[index].id, let parentIndex = ids.firstIndex(of: parent) else {
                images[index].parent = nil
                continue
            }
            if !isValidParent(child: images[index].config, parent: images[parentIndex].config) {
                throw ImageLoadError(.invalidParent(parent: parent.description, child: images[index].id.description))
            }
        }
    }

    /// moby's `checkValidParent`: the child's history is the parent's plus one entry.
    static func isValidParent(child: [UInt8], parent: [UInt8]) -> Bool {
        let childHistory = history(child)
        let parentHistory = history(parent)
        if childHistory.isEmpty && parentHistory.isEmpty { return true }
        if childHistory.count - parentHistory.count != 1 { return false }
        return zip(parentHistory, childHistory).allSatisfy { $0 == $1 }
    }

    /// The fields of `image.History` docker compares; `created` as an instant.
    private struct Entry: Equatable {
        var created: RFC3339Time?
        var createdBy: String
        var author: String
        var comment: String
        var emptyLayer: Bool

        static func == (a: Entry, b: Entry) -> Bool {
            (a.created.map { ($0.unixSeconds, $0.nanoseconds) } ?? (Int64.min, 0)) == (b.created.map { ($0.unixSeconds, $0.nanoseconds) } ?? (Int64.min, 0))
                && a.createdBy == b.createdBy && a.author == b.author && a.comment == b.comment && a.emptyLayer == b.emptyLayer
        }
    }

    private static func history(_ config: [UInt8]) -> [Entry] {
        guard let json = try? ArchiveJSONParser.unmarshal(config), let items = json["history"]?.arrayValue else { return [] }
        return items.map { item in
            Entry(created: item["created"]?.stringValue.flatMap(RFC3339Time.init(parsing:)),
                  createdBy: item["created_by"]?.stringValue ?? "",
                  author: item["author"]?.stringValue ?? "",
                  comment: item["comment"]?.stringValue ?? "",
                  emptyLayer: item["empty_layer"] == .bool(true))
        }
    }
}

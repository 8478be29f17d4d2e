import DockerAPI
import DockerEngine

/// Hub images the lesson uses exist in the simulated Hub's catalog, with the tag asked for.
///
/// Checked: `setup.catalog`, `setup.images`, setup containers' images, and the image of each
/// `docker pull` in a solution. Images of other registries (`localhost:5000/...`) are the lesson's own.
extension LintRule {
    public static let unknownImage = LintRule(name: "unknown-image") { lesson, context in
        guard let catalog = context.linter.catalog else { return [] }
        var references = lesson.setup.catalog + lesson.setup.images
        references += lesson.setup.containers.map { Marked($0.image, at: $0.mark) }
        for step in lesson.steps {
            for command in step.solution {
                let words = command.line.split(separator: " ").map(String.init)
                let arguments = KnownCommands.dockerArguments(words)
                guard words.first == "docker" else { continue }
                let pulled: String?
                if arguments.first == "pull" {
                    pulled = arguments.dropFirst().first { !$0.hasPrefix("-") }
                } else if arguments.starts(with: ["image", "pull"]) {
                    pulled = arguments.dropFirst(2).first { !$0.hasPrefix("-") }
                } else {
                    pulled = nil
                }
                if let pulled { references.append(Marked(pulled, at: command.mark)) }
            }
        }
        return references.compactMap { reference in
            UnknownImageMessage.problem(reference.value, catalog: catalog).map { context.error(reference.mark, $0) }
        }
    }
}

/// The unknown-image rule's messages, and the catalog lookup they come from.
enum UnknownImageMessage {
    /// Why the catalog cannot serve `reference`, or `nil` when it can (or it belongs to another registry).
    static func problem(_ reference: String, catalog: Catalog) -> String? {
        guard let parsed = try? ImageReference.parseNormalized(reference), parsed.domain == ImageReference.defaultDomain else {
            return nil
        }
        let name = parsed.familiarName
        guard let repository = catalog.repositories.first(where: { $0.name == name || "library/" + $0.name == parsed.path }) else {
            let suggestion = Suggestion.closest(to: name, in: catalog.repositories.map(\.name))
            return "image '\(reference)' is not in the catalog" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        }
        let tag = parsed.tag ?? ImageReference.defaultTag
        guard parsed.digest == nil else { return nil }
        let tags = repository.images.flatMap(\.tags)
        if tags.contains(tag) { return nil }
        return "the catalog has no tag '\(tag)' for \(name) (it has: " + tags.joined(separator: ", ") + ")"
    }
}

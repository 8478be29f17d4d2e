/// Finds files by path in any of the sandbox's file trees (image, volume, container, host), with `*` and `?` globs.
///
/// Some files have names a lesson cannot know in advance (Redis numbers its append-only files), so goal
/// paths may use shell globs in any component; a glob matches when any file it expands to does.
enum FileMatching {
    typealias Lookup = (String) -> FileEntry?

    /// Every existing path the pattern expands to, with what is there, in directory order.
    static func find(_ pattern: String, lookup: Lookup) -> [(path: String, entry: FileEntry)] {
        guard hasGlob(pattern) else {
            return lookup(pattern).map { [(pattern, $0)] } ?? []
        }
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/").map(String.init)
        var prefixes: [String] = [absolute ? "/" : ""]
        for (index, component) in components.enumerated() {
            var next: [String] = []
            for prefix in prefixes {
                if hasGlob(component) {
                    let directory = prefix.isEmpty ? "." : prefix
                    guard case .directory(let names)? = lookup(directory) else { continue }
                    next += names.filter { matches(component, $0) }.map { join(prefix, $0) }
                } else {
                    next.append(join(prefix, component))
                }
            }
            if index < components.count - 1 {
                next = next.filter { if case .directory? = lookup($0) { return true } else { return false } }
            }
            prefixes = next
        }
        return prefixes.compactMap { path in lookup(path).map { (path, $0) } }
    }

    private static func join(_ prefix: String, _ name: String) -> String {
        if prefix.isEmpty { return name }
        return prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name
    }

    static func hasGlob(_ s: String) -> Bool { s.contains("*") || s.contains("?") }

    /// Shell glob matching of one name: `*` any run of characters, `?` one character.
    static func matches(_ pattern: String, _ name: String) -> Bool {
        matches(Array(pattern), 0, Array(name), 0)
    }

    private static func matches(_ p: [Character], _ i: Int, _ s: [Character], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" {
            var k = j
            while k <= s.count {
                if matches(p, i + 1, s, k) { return true }
                k += 1
            }
            return false
        }
        guard j < s.count, p[i] == "?" || p[i] == s[j] else { return false }
        return matches(p, i + 1, s, j + 1)
    }
}

/// A file a goal expects in some file tree, optionally holding a text.
public struct FileExpectation: Sendable, Equatable {
    public var path: String
    public var contains: String?

    public init(path: String, contains: String? = nil) {
        self.path = path
        self.contains = contains
    }

    /// "has a file /x" or "has a file /x containing "t"".
    var description: LocalizedText {
        guard let contains else { return GoalText.text("has a file \(path)", "包含文件 \(path)") }
        let q = GoalText.quoted(contains)
        return GoalText.text("has a file \(path) containing \(q.en)", "包含文件 \(path)，其内容包含\(q.zh)")
    }

    /// What is wrong with the tree, or `nil` when the file is there and holds the text.
    /// `rooted` makes a relative path start at the tree's root (`todo.txt` in a volume is `/todo.txt`).
    func problem(rooted: Bool = false, lookup: FileMatching.Lookup) -> LocalizedText? {
        let found = FileMatching.find(rooted && !path.hasPrefix("/") ? "/" + path : path, lookup: lookup)
        guard !found.isEmpty else { return GoalText.text("it has no file \(path)", "其中没有文件 \(path)") }
        guard let contains else { return nil }
        let files = found.compactMap { item -> String? in
            if case .file(let text) = item.entry { return text }
            return nil
        }
        guard !files.isEmpty else { return GoalText.text("\(path) is a directory, not a file", "\(path) 是目录，不是文件") }
        if files.contains(where: { $0.contains(contains) }) { return nil }
        let q = GoalText.quoted(contains)
        return GoalText.text("its file \(path) does not contain \(q.en)", "其中的文件 \(path) 不包含\(q.zh)")
    }
}

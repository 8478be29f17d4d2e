/// Go's `path.Clean` and `filepath.Abs` for slash-separated paths.
///
/// Docker cleans container paths in `--device` specs and turns `./dir` bind sources into absolute
/// host paths before sending them; the simulation must produce the same strings.
public enum GoPath {
    /// `path.Clean`: the shortest equivalent path, `.` for an empty one.
    public static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(component)
                }
            default:
                parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path.IsAbs`.
    public static func isAbs(_ path: String) -> Bool { path.hasPrefix("/") }

    /// `filepath.Abs` relative to `workingDirectory`.
    public static func abs(_ path: String, workingDirectory: String) -> String {
        if isAbs(path) { return clean(path) }
        return clean(workingDirectory + "/" + path)
    }

    /// `path.Split`: everything up to and including the last slash, and the rest.
    public static func split(_ path: String) -> (dir: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

/// Which `ClientCommand` implements each canonical command path.
public enum CommandRegistry {
    /// Every implemented command. Each area lists its own in `Commands/<Area>/<Area>Commands.swift`,
    /// so work on different areas never touches the same list.
    static let all: [any ClientCommand.Type] =
        containerCommands + imageCommands + volumeCommands + networkCommands + systemCommands + otherCommands

    private static let byPath: [String: any ClientCommand.Type] = {
        var table: [String: any ClientCommand.Type] = [:]
        for command in all {
            for path in command.paths { table[path] = command }
        }
        return table
    }()

    /// The implementation of a canonical path (`"container ls"`), or `nil` when it is not simulated.
    public static func command(for canonicalPath: String) -> (any ClientCommand.Type)? {
        byPath[canonicalPath]
    }

    /// Canonical paths that have an implementation, sorted.
    public static var implementedPaths: [String] { byPath.keys.sorted() }
}

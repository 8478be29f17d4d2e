/// Messages the compose commands print about the loaded project, kept beside the loader so
/// the commands (built later) raise them with compose's exact words.
public enum ComposeCommandMessages {
    /// `up` when profiles or selection leave no service (`cmd/compose/up.go`).
    public static let noServiceSelected = "no service selected"
    /// A service named on the command line that the project does not have (`types/project.go`).
    public static func noSuchService(_ name: String) -> String { "no such service: \(name)" }
}

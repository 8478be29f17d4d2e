/// `docker rename CONTAINER NEW_NAME` (`cli/command/container/rename.go`).
enum RenameCommand: ClientCommand {
    static let paths = ["container rename"]

    static func run(_ context: CommandContext) throws(CLIFailure) -> Int32 {
        let oldName = context.invocation.arguments[0].trimmingSpaces
        let newName = context.invocation.arguments[1].trimmingSpaces
        if oldName.isEmpty || newName.isEmpty {
            throw CLIFailure(Messages.emptyName)
        }
        do {
            try context.engine.containerRename(oldName, newName: newName)
        } catch {
            throw CLIFailure(Messages.failed(oldName: oldName, daemon: error.description))
        }
        return 0
    }

    private enum Messages {
        static let emptyName = "Error: Neither old nor new names may be empty"
        static func failed(oldName: String, daemon: String) -> String {
            "\(daemon)\nError: failed to rename container named \(oldName)"
        }
    }
}

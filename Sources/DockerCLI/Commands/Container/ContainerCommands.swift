extension CommandRegistry {
    /// The container commands implemented so far.
    static let containerCommands: [any ClientCommand.Type] = [
        RenameCommand.self,
    ]
}

extension CommandRegistry {
    /// The volume commands implemented so far.
    static let volumeCommands: [any ClientCommand.Type] = []
}

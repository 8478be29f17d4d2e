extension CommandRegistry {
    /// The system commands implemented so far.
    static let systemCommands: [any ClientCommand.Type] = []
}

extension CommandRegistry {
    /// The image commands implemented so far.
    static let imageCommands: [any ClientCommand.Type] = []
}

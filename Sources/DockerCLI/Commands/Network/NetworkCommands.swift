extension CommandRegistry {
    /// The network commands implemented so far.
    static let networkCommands: [any ClientCommand.Type] = []
}

extension CommandRegistry {
    /// Commands outside the container, image, volume, network and system areas (login, compose, build...).
    static let otherCommands: [any ClientCommand.Type] = []
}

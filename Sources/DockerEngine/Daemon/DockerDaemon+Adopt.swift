extension DockerDaemon {
    /// Takes over a state saved by another command (another terminal) while this one was waiting,
    /// so a `logs -f` in one terminal sees the `docker stop` typed in another.
    public func adopt(_ newState: EngineState) {
        state = newState
    }
}

import DockerAPI

/// The simulated daemon answers the whole Engine API seam; each endpoint lives beside the store it uses.
extension DockerDaemon: Engine {}

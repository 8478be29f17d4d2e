import DockerAPI

/// The simulated Docker daemon. Filled in by the engine issue.
public enum DockerEngineModule {}

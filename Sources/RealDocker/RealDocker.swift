/// Replay against a real daemon. Filled in by the replay issue.
public enum RealDockerModule {}

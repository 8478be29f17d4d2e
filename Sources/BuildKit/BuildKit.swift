/// The Dockerfile frontend: BuildKit's Dockerfile grammar, instructions and lint rules.
///
/// A module of its own because both sides need it: the simulated daemon builds images from
/// parsed Dockerfiles, and `docker-tutor check` lints Dockerfiles without any engine.
public enum BuildKitModule {}

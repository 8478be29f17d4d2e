import DockerAPI

/// How the client commands that take an image reference check it, and how they word the failure.
///
/// All use distribution/reference, but through different doors: `pull` and `push` call
/// `ParseNormalizedNamed` and print its error bare; `tag` checks the source with
/// `ParseAnyReference` (so image ids work) and the target with `ParseNormalizedNamed`, wrapping
/// both as `Error parsing reference: "X" is not a valid repository/tag: ...`; `run` and `create`
/// use `ParseAnyReference` (see `ContainerOptions.plan` for their framing).
public enum ReferenceChecks {
    /// `docker pull NAME`: the reference to pull (with `latest` added when untagged), or the error text (exit 1).
    public static func pull(_ name: String) -> Result<ImageReference, ValueError> {
        do {
            return .success(try ImageReference.parseNormalized(name).withDefaultTag)
        } catch {
            return .failure(ValueError(error.description))
        }
    }

    /// `docker tag SOURCE TARGET` (the API client's checks): the target reference to create, or the
    /// error text docker prints (exit 1).
    public static func tag(source: String, target: String) -> Result<ImageReference, ValueError> {
        do {
            _ = try ImageReference.parseAny(source)
        } catch {
            return .failure(ValueError("Error parsing reference: \(GoQuote.quote(source)) is not a valid repository/tag: \(error.description)"))
        }
        let ref: ImageReference
        do {
            ref = try ImageReference.parseNormalized(target)
        } catch {
            return .failure(ValueError("Error parsing reference: \(GoQuote.quote(target)) is not a valid repository/tag: \(error.description)"))
        }
        if ref.digest != nil { return .failure(ValueError("refusing to create a tag with a digest reference")) }
        return .success(ref.withDefaultTag)
    }
}

import Testing
@testable import DockerCLI

/// The reference checks of `docker pull` and `docker tag`.
@Suite struct ValuesReferenceChecksTests {
    /// `docker tag` texts, from the docker 28.2.2 client.
    @Test func tagChecksBothSides() {
        let digest = "a@sha256:" + String(repeating: "0", count: 64)
        #expect(ReferenceChecks.tag(source: "ok", target: digest).failure?.message == "refusing to create a tag with a digest reference")
        #expect(ReferenceChecks.tag(source: "Redis", target: "ok").failure?.message
            == "Error parsing reference: \"Redis\" is not a valid repository/tag: invalid reference format: repository name (library/Redis) must be lowercase")
        #expect(ReferenceChecks.tag(source: "ok", target: "a..b").failure?.message
            == "Error parsing reference: \"a..b\" is not a valid repository/tag: invalid reference format")
        let id = String(repeating: "0", count: 64)
        #expect(ReferenceChecks.tag(source: id, target: "ok").failure == nil)
        #expect(ReferenceChecks.tag(source: "ok", target: id).failure?.message
            == "Error parsing reference: \"\(id)\" is not a valid repository/tag: invalid repository name (\(id)), cannot specify 64-byte hexadecimal strings")
        #expect(ReferenceChecks.pull("Redis").failure?.message == "invalid reference format: repository name (library/Redis) must be lowercase")
    }
}

import Testing
@testable import DockerAPI

/// Image references as distribution/reference reads them. The error texts were printed by the
/// docker 28.2.2 client: `pull` rows by `docker pull REF`, `run` rows by `docker run REF` (after
/// its `docker: ` prefix); `nil` means the client accepted the reference and went on to connect.
/// `pull` uses `ParseNormalizedNamed`, `run` uses `ParseAnyReference`.
@Suite struct ImageReferenceTests {
    struct RefCase: Sendable, CustomStringConvertible {
        var ref: String
        var pull: String?
        var run: String?
        init(_ ref: String, pull: String?, run: String?) {
            self.ref = ref
            self.pull = pull
            self.run = run
        }
        var description: String { ref.count > 40 ? String(ref.prefix(40)) + "…" : ref }
    }

    @Test(arguments: cases)
    func parseNormalizedLikePull(_ c: RefCase) {
        var message: String? = nil
        do { _ = try ImageReference.parseNormalized(c.ref) } catch { message = error.description }
        #expect(message == c.pull)
    }

    @Test(arguments: cases)
    func parseAnyLikeRun(_ c: RefCase) {
        var message: String? = nil
        do { _ = try ImageReference.parseAny(c.ref) } catch { message = error.description }
        #expect(message == c.run)
    }

    struct Normalized: Sendable, CustomStringConvertible {
        var input: String
        var full: String
        var familiar: String
        var description: String { input }
    }

    /// distribution/reference's normalisation (what `docker pull` asks the registry for).
    static let normalized: [Normalized] = [
        Normalized(input: "redis", full: "docker.io/library/redis:latest", familiar: "redis:latest"),
        Normalized(input: "redis:7", full: "docker.io/library/redis:7", familiar: "redis:7"),
        Normalized(input: "library/redis", full: "docker.io/library/redis:latest", familiar: "redis:latest"),
        Normalized(input: "docker.io/redis", full: "docker.io/library/redis:latest", familiar: "redis:latest"),
        Normalized(input: "index.docker.io/library/redis", full: "docker.io/library/redis:latest", familiar: "redis:latest"),
        Normalized(input: "bitnami/redis", full: "docker.io/bitnami/redis:latest", familiar: "bitnami/redis:latest"),
        Normalized(input: "Bitnami/redis", full: "Bitnami/redis:latest", familiar: "Bitnami/redis:latest"),
        Normalized(input: "localhost/app", full: "localhost/app:latest", familiar: "localhost/app:latest"),
        Normalized(input: "localhost:5000/app:1.0", full: "localhost:5000/app:1.0", familiar: "localhost:5000/app:1.0"),
        Normalized(input: "ghcr.io/owner/repo:tag", full: "ghcr.io/owner/repo:tag", familiar: "ghcr.io/owner/repo:tag"),
        Normalized(input: "[::1]:5000/app", full: "[::1]:5000/app:latest", familiar: "[::1]:5000/app:latest"),
        Normalized(input: "foo:5000", full: "docker.io/library/foo:5000", familiar: "foo:5000"),
        Normalized(input: "sha256:abc", full: "docker.io/library/sha256:abc", familiar: "sha256:abc"),
        Normalized(input: "docker.io/library/a/b", full: "docker.io/library/a/b:latest", familiar: "library/a/b:latest"),
        Normalized(input: "a:1@sha256:" + String(repeating: "0", count: 64),
                   full: "docker.io/library/a@sha256:" + String(repeating: "0", count: 64),
                   familiar: "a@sha256:" + String(repeating: "0", count: 64)),
    ]

    @Test(arguments: normalized)
    func normalizes(_ n: Normalized) throws {
        let ref = try ImageReference.parseDockerRef(n.input)
        #expect(ref.description == n.full)
        #expect(ref.familiarString == n.familiar)
    }

    @Test func anyReferenceTreatsIDsAsDigests() throws {
        let id = String(repeating: "ab", count: 32)
        #expect(try ImageReference.parseAny(id) == .digest("sha256:" + id))
        #expect(try ImageReference.parseAny("sha256:" + id) == .digest("sha256:" + id))
        #expect(try ImageReference.parseAny("redis").withDefaultTag.description == "redis:latest")
    }

    static let cases: [RefCase] = [
        RefCase("redis", pull: nil, run: nil),
        RefCase("redis:7", pull: nil, run: nil),
        RefCase("Redis", pull: "invalid reference format: repository name (library/Redis) must be lowercase", run: "invalid reference format: repository name (library/Redis) must be lowercase"),
        RefCase("library/redis", pull: nil, run: nil),
        RefCase("docker.io/redis", pull: nil, run: nil),
        RefCase("index.docker.io/library/redis", pull: nil, run: nil),
        RefCase("docker.io/library/redis:7", pull: nil, run: nil),
        RefCase("bitnami/redis", pull: nil, run: nil),
        RefCase("Bitnami/redis", pull: nil, run: nil),
        RefCase("localhost/app", pull: nil, run: nil),
        RefCase("localhost:5000/app", pull: nil, run: nil),
        RefCase("localhost:5000/App", pull: "invalid reference format: repository name (App) must be lowercase", run: "invalid reference format: repository name (App) must be lowercase"),
        RefCase("LOCALHOST/app", pull: nil, run: nil),
        RefCase("example.com/a/b/c:1.0", pull: nil, run: nil),
        RefCase("Example.com/app", pull: nil, run: nil),
        RefCase("example.com:abc/app", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("[::1]:5000/app", pull: nil, run: nil),
        RefCase("[::1]/app", pull: nil, run: nil),
        RefCase("[fe80::1%eth0]/app", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a..b", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a__b", pull: nil, run: nil),
        RefCase("a___b", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a--b", pull: nil, run: nil),
        RefCase("a-", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("_a", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a.b", pull: nil, run: nil),
        RefCase("a_b", pull: nil, run: nil),
        RefCase("a:", pull: "invalid reference format", run: "invalid reference format"),
        RefCase(":tag", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:-x", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:_x", pull: nil, run: nil),
        RefCase("a:.x", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:" + String(repeating: "x", count: 128), pull: nil, run: nil),
        RefCase("a:" + String(repeating: "x", count: 129), pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a@sha256:" + String(repeating: "0", count: 64), pull: nil, run: nil),
        RefCase("a@sha256:" + String(repeating: "0", count: 63), pull: "invalid checksum digest length", run: "invalid checksum digest length"),
        RefCase("a@sha256:" + String(repeating: "0", count: 65), pull: "invalid checksum digest length", run: "invalid checksum digest length"),
        RefCase("a@sha256:" + String(repeating: "A", count: 64), pull: "invalid checksum digest format", run: "invalid checksum digest format"),
        RefCase("a@sha512:" + String(repeating: "0", count: 128), pull: nil, run: nil),
        RefCase("a@sha384:" + String(repeating: "0", count: 96), pull: nil, run: nil),
        RefCase("a@md5:" + String(repeating: "0", count: 32), pull: "unsupported digest algorithm", run: "unsupported digest algorithm"),
        RefCase("a@sha256:" + String(repeating: "0", count: 31), pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:1@sha256:" + String(repeating: "0", count: 64), pull: nil, run: nil),
        RefCase("a@", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a@b", pull: "invalid reference format", run: "invalid reference format"),
        RefCase(String(repeating: "0", count: 64), pull: "invalid repository name (" + String(repeating: "0", count: 64) + "), cannot specify 64-byte hexadecimal strings", run: nil),
        RefCase(String(repeating: "a", count: 64), pull: "invalid repository name (" + String(repeating: "a", count: 64) + "), cannot specify 64-byte hexadecimal strings", run: nil),
        RefCase(String(repeating: "A", count: 64), pull: "invalid reference format: repository name (library/" + String(repeating: "A", count: 64) + ") must be lowercase", run: "invalid reference format: repository name (library/" + String(repeating: "A", count: 64) + ") must be lowercase"),
        RefCase("sha256:" + String(repeating: "0", count: 64), pull: nil, run: nil),
        RefCase("sha256:abc", pull: nil, run: nil),
        RefCase(String(repeating: "x", count: 256), pull: "repository name must not be more than 255 characters", run: "repository name must not be more than 255 characters"),
        RefCase("a/" + String(repeating: "b", count: 254), pull: "repository name must not be more than 255 characters", run: "repository name must not be more than 255 characters"),
        RefCase("a/" + String(repeating: "b", count: 255), pull: "repository name must not be more than 255 characters", run: "repository name must not be more than 255 characters"),
        RefCase("", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("/", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a/", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("/a", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a//b", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a b", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a\tb", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("redis:latest", pull: nil, run: nil),
        RefCase("ubuntu:22.04", pull: nil, run: nil),
        RefCase("ghcr.io/owner/repo:tag", pull: nil, run: nil),
        RefCase("quay.io/prometheus/node-exporter", pull: nil, run: nil),
        RefCase("registry:2", pull: nil, run: nil),
        RefCase("a/b:c/d", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:b:c", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("UPPER:lower", pull: "invalid reference format: repository name (library/UPPER) must be lowercase", run: "invalid reference format: repository name (library/UPPER) must be lowercase"),
        RefCase("lower:UPPER", pull: nil, run: nil),
        RefCase("a/B", pull: "invalid reference format: repository name (a/B) must be lowercase", run: "invalid reference format: repository name (a/B) must be lowercase"),
        RefCase("foo.bar/Baz", pull: "invalid reference format: repository name (Baz) must be lowercase", run: "invalid reference format: repository name (Baz) must be lowercase"),
        RefCase("foo:5000", pull: nil, run: nil),
        RefCase("foo:5000/bar", pull: nil, run: nil),
        RefCase("127.0.0.1:5000/x", pull: nil, run: nil),
        RefCase("host.docker.internal:5000/x:1", pull: nil, run: nil),
        RefCase("éa", pull: "invalid reference format", run: "invalid reference format"),
        RefCase("a:é", pull: "invalid reference format", run: "invalid reference format"),
    ]
}

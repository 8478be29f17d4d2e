import Testing
import DockerAPI
@testable import DockerEngine

/// The bundled catalog as a whole: it decodes, holds the 22 repositories lessons rely on, and every
/// tag, digest and history in it is consistent.
@Suite struct CatalogBundledTests {
    struct RepositoryCase: Sendable, CustomStringConvertible {
        var name: String
        var process: String
        var rootfs: Set<String>
        var description: String { name }
    }

    /// Every repository the tutor ships, with the behaviour model and root filesystem families of its images.
    static let repositories: [RepositoryCase] = [
        RepositoryCase(name: "hello-world", process: "hello-world", rootfs: ["scratch"]),
        RepositoryCase(name: "busybox", process: "shell", rootfs: ["busybox"]),
        RepositoryCase(name: "alpine", process: "shell", rootfs: ["alpine"]),
        RepositoryCase(name: "ubuntu", process: "shell", rootfs: ["ubuntu"]),
        RepositoryCase(name: "debian", process: "shell", rootfs: ["debian"]),
        RepositoryCase(name: "centos", process: "shell", rootfs: ["centos"]),
        RepositoryCase(name: "nginx", process: "nginx", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "httpd", process: "httpd", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "redis", process: "redis", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "mysql", process: "mysql", rootfs: ["centos"]),
        RepositoryCase(name: "mariadb", process: "mariadb", rootfs: ["ubuntu"]),
        RepositoryCase(name: "postgres", process: "postgres", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "mongo", process: "mongo", rootfs: ["ubuntu"]),
        RepositoryCase(name: "rabbitmq", process: "rabbitmq", rootfs: ["ubuntu"]),
        RepositoryCase(name: "registry", process: "registry", rootfs: ["alpine"]),
        RepositoryCase(name: "python", process: "python", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "node", process: "node", rootfs: ["debian", "alpine"]),
        RepositoryCase(name: "eclipse-temurin", process: "java", rootfs: ["ubuntu"]),
        RepositoryCase(name: "golang", process: "go", rootfs: ["debian"]),
        RepositoryCase(name: "tomcat", process: "tomcat", rootfs: ["ubuntu"]),
        RepositoryCase(name: "wordpress", process: "wordpress", rootfs: ["debian"]),
        RepositoryCase(name: "memcached", process: "memcached", rootfs: ["debian", "alpine"]),
    ]

    @Test func holdsExactlyTheShippedRepositories() throws {
        let catalog = try Catalog.bundled()
        #expect(catalog.repositories.map(\.name).sorted() == Self.repositories.map(\.name).sorted())
    }

    @Test(arguments: repositories)
    func repositoryResolvesLatestAndUsesItsModels(_ c: RepositoryCase) throws {
        let catalog = try Catalog.bundled()
        let repository = try #require(catalog.repository(named: c.name))
        #expect(repository.official)
        #expect(!repository.description.isEmpty)
        #expect(catalog.image(repository: c.name, tag: "latest") != nil)
        #expect(Set(repository.images.compactMap(\.process)) == [c.process])
        #expect(Set(repository.images.compactMap(\.rootfs)).isSubset(of: c.rootfs))
    }

    @Test func everyTagResolvesToTheImageThatListsIt() throws {
        let catalog = try Catalog.bundled()
        var wrong: [String] = []
        for repository in catalog.repositories {
            for image in repository.images {
                for tag in image.tags where catalog.image(repository: repository.name, tag: tag)?.id != image.id {
                    wrong.append("\(repository.name):\(tag)")
                }
            }
        }
        #expect(wrong == [])
    }

    @Test func everyDigestIsSha256AndSixtyFourHexDigits() throws {
        let catalog = try Catalog.bundled()
        var malformed: [String] = []
        for repository in catalog.repositories {
            for image in repository.images {
                let digests = [image.repoDigest, image.id] + [image.manifestDigest].compactMap { $0 }
                    + image.layers.map(\.digest)
                malformed += digests.filter { !Self.isWellFormed($0) }.map { "\(repository.name): \($0)" }
            }
        }
        #expect(malformed == [])
    }

    @Test func historyAddsOneEntryPerLayer() throws {
        let catalog = try Catalog.bundled()
        var mismatched: [String] = []
        for repository in catalog.repositories {
            for image in repository.images {
                let adding = image.history.filter { !$0.emptyLayer }.count
                if adding != image.layers.count || image.layers.isEmpty {
                    mismatched.append("\(repository.name):\(image.tags.first ?? image.id) \(adding)/\(image.layers.count)")
                }
            }
        }
        #expect(mismatched == [])
    }

    @Test func validatesWithoutIssues() throws {
        #expect(try Catalog.bundled().validate().map(\.description) == [])
    }

    @Test func everyImageNamesItsSource() throws {
        let catalog = try Catalog.bundled()
        let unsourced = catalog.repositories.flatMap { repository in
            repository.images.filter { ($0.provenance?.source ?? "").isEmpty }.map { "\(repository.name):\($0.tags[0])" }
        }
        #expect(unsourced == [])
    }

    /// The digest shape, checked independently of ``Catalog/isDigest(_:)``.
    static func isWellFormed(_ digest: String) -> Bool {
        guard digest.hasPrefix("sha256:") else { return false }
        let hex = digest.dropFirst("sha256:".count)
        return hex.count == 64 && hex.allSatisfy { "0123456789abcdef".contains($0) }
    }
}

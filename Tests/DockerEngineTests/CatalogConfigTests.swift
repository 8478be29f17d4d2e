import Testing
import DockerAPI
@testable import DockerEngine

/// Known facts about popular images, checked against the bundled catalog: the runtime config
/// (from the images' Dockerfiles and `docker inspect`), and which tags share one image.
@Suite struct CatalogConfigTests {
    struct ConfigCase: Sendable, CustomStringConvertible {
        var reference: String
        var entrypoint: [String]?
        var cmd: [String]?
        var exposedPorts: [String]? = nil
        var volumes: [String]? = nil
        var workingDir: String? = nil
        var stopSignal: String? = nil
        var user: String? = nil
        /// Entries the Env must contain (the full Env is long and version-specific).
        var env: [String] = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
        var description: String { reference }
    }

    static let configs: [ConfigCase] = [
        ConfigCase(reference: "hello-world:latest", entrypoint: nil, cmd: ["/hello"]),
        ConfigCase(reference: "alpine:latest", entrypoint: nil, cmd: ["/bin/sh"]),
        ConfigCase(reference: "alpine:3.21", entrypoint: nil, cmd: ["/bin/sh"]),
        ConfigCase(reference: "ubuntu:24.04", entrypoint: nil, cmd: ["/bin/bash"]),
        ConfigCase(reference: "debian:bookworm", entrypoint: nil, cmd: ["bash"]),
        ConfigCase(reference: "busybox:latest", entrypoint: nil, cmd: ["sh"], env: []),
        ConfigCase(reference: "redis:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["redis-server"],
                   exposedPorts: ["6379/tcp"], volumes: ["/data"], workingDir: "/data"),
        ConfigCase(reference: "redis:7.4", entrypoint: ["docker-entrypoint.sh"], cmd: ["redis-server"],
                   exposedPorts: ["6379/tcp"], volumes: ["/data"], workingDir: "/data",
                   env: ["REDIS_VERSION=7.4.4"]),
        ConfigCase(reference: "redis:alpine", entrypoint: ["docker-entrypoint.sh"], cmd: ["redis-server"],
                   exposedPorts: ["6379/tcp"], volumes: ["/data"], workingDir: "/data"),
        ConfigCase(reference: "nginx:latest", entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"],
                   exposedPorts: ["80/tcp"], stopSignal: "SIGQUIT", env: ["NGINX_VERSION=1.27.5"]),
        ConfigCase(reference: "nginx:stable", entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"],
                   exposedPorts: ["80/tcp"], stopSignal: "SIGQUIT", env: ["NGINX_VERSION=1.28.0"]),
        ConfigCase(reference: "postgres:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["postgres"],
                   exposedPorts: ["5432/tcp"], volumes: ["/var/lib/postgresql/data"], stopSignal: "SIGINT",
                   env: ["PG_MAJOR=17", "PGDATA=/var/lib/postgresql/data"]),
        ConfigCase(reference: "postgres:14-alpine", entrypoint: ["docker-entrypoint.sh"], cmd: ["postgres"],
                   exposedPorts: ["5432/tcp"], volumes: ["/var/lib/postgresql/data"], stopSignal: "SIGINT",
                   env: ["PG_MAJOR=14", "PGDATA=/var/lib/postgresql/data"]),
        ConfigCase(reference: "mysql:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["mysqld"],
                   exposedPorts: ["3306/tcp", "33060/tcp"], volumes: ["/var/lib/mysql"],
                   env: ["MYSQL_MAJOR=innovation", "MYSQL_VERSION=9.3.0-1.el9"]),
        ConfigCase(reference: "memcached:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["memcached"],
                   exposedPorts: ["11211/tcp"], user: "memcache"),
        ConfigCase(reference: "httpd:latest", entrypoint: nil, cmd: ["httpd-foreground"],
                   exposedPorts: ["80/tcp"], workingDir: "/usr/local/apache2", stopSignal: "SIGWINCH",
                   env: ["PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                         "HTTPD_PREFIX=/usr/local/apache2"]),
        ConfigCase(reference: "python:latest", entrypoint: nil, cmd: ["python3"],
                   env: ["PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                         "PYTHON_VERSION=3.13.4"]),
        ConfigCase(reference: "python:slim", entrypoint: nil, cmd: ["python3"],
                   env: ["PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                         "PYTHON_VERSION=3.13.5"]),
        ConfigCase(reference: "node:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["node"],
                   env: ["NODE_VERSION=24.2.0", "YARN_VERSION=1.22.22"]),
        ConfigCase(reference: "node:lts-alpine", entrypoint: ["docker-entrypoint.sh"], cmd: ["node"],
                   env: ["NODE_VERSION=22.16.0"]),
        ConfigCase(reference: "tomcat:latest", entrypoint: nil, cmd: ["catalina.sh", "run"],
                   exposedPorts: ["8080/tcp"], workingDir: "/usr/local/tomcat",
                   env: ["CATALINA_HOME=/usr/local/tomcat", "TOMCAT_VERSION=11.0.8"]),
        ConfigCase(reference: "wordpress:latest", entrypoint: ["docker-entrypoint.sh"], cmd: ["apache2-foreground"],
                   exposedPorts: ["80/tcp"], volumes: ["/var/www/html"], workingDir: "/var/www/html",
                   stopSignal: "SIGWINCH"),
    ]

    @Test(arguments: configs)
    func configMatchesTheRealImage(_ c: ConfigCase) throws {
        let catalog = try Catalog.bundled()
        let image = try #require(catalog.image(reference: ImageReference.parseDockerRef(c.reference)))
        #expect(image.config.entrypoint == c.entrypoint)
        #expect(image.config.cmd == c.cmd)
        #expect(image.config.exposedPorts == c.exposedPorts)
        #expect(image.config.volumes == c.volumes)
        #expect(image.config.workingDir == c.workingDir)
        #expect(image.config.stopSignal == c.stopSignal)
        #expect(image.config.user == c.user)
        let env = image.config.env ?? []
        #expect(c.env.filter { !env.contains($0) } == [])
        if c.env.isEmpty { #expect(image.config.env == nil) }
    }

    struct SharedTagsCase: Sendable, CustomStringConvertible {
        var repository: String
        var tags: [String]
        /// The image id all the tags point at.
        var id: String
        var description: String { "\(repository):\(tags.joined(separator: ","))" }
    }

    static let sharedTags: [SharedTagsCase] = [
        SharedTagsCase(repository: "redis", tags: ["latest", "8", "8.0", "8.0.2", "bookworm"],
                       id: "sha256:ed3a2af6d0d46ba343b13c99d5f410d5b5db5470712ec6f404fb3442665f7490"),
        SharedTagsCase(repository: "redis", tags: ["7", "7.4", "7.4.4"],
                       id: "sha256:17c1c1b96fd1685968790c7fcab311e5bc49c809efe9744af262640a559c4cf2"),
        SharedTagsCase(repository: "nginx", tags: ["latest", "mainline", "1", "1.27", "1.27.5"],
                       id: "sha256:1e5f3c5b981a9f91ca91cf13ce87c2eedfc7a083f4f279552084dd08fc477512"),
        SharedTagsCase(repository: "nginx", tags: ["stable", "1.28", "1.28.0"],
                       id: "sha256:7e2dd24abce21cd256091445aca4b7eb00774264c2b0a8714701dd7091509efa"),
        SharedTagsCase(repository: "alpine", tags: ["latest", "3", "3.22", "3.22.0"],
                       id: "sha256:cea2ff433c610f5363017404ce989632e12b953114fefc6f597a58e813c15d61"),
        SharedTagsCase(repository: "ubuntu", tags: ["latest", "24.04", "noble"],
                       id: "sha256:bf16bdcff9c96b76a6d417bd8f0a3abe0e55c0ed9bdb3549e906834e2592fd5f"),
        SharedTagsCase(repository: "registry", tags: ["latest", "3", "3.0", "3.0.0"],
                       id: "sha256:3dec7d02aaeabc6faad1421be2570b4666be359853098ac7836ad0aa51b52d79"),
        SharedTagsCase(repository: "registry", tags: ["2", "2.8", "2.8.3"],
                       id: "sha256:a8781fe3b7a280475ac394dc1754b4c08a39cdd400e05869d0da3586ffb82f7f"),
        SharedTagsCase(repository: "hello-world", tags: ["latest", "linux"],
                       id: "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602"),
        SharedTagsCase(repository: "postgres", tags: ["latest", "17", "17.5", "bookworm"],
                       id: "sha256:7fb32a7ac3a99e06ee5b81950278662ff78ea518a9fb18866bb8a02a215b78d1"),
    ]

    @Test(arguments: sharedTags)
    func tagsShareOneImage(_ c: SharedTagsCase) throws {
        let catalog = try Catalog.bundled()
        #expect(c.tags.map { catalog.image(repository: c.repository, tag: $0)?.id } == c.tags.map { _ in c.id })
    }
}

import DockerAPI
@testable import DockerEngine

/// A small catalog for tests, independent of the shipped one: images share a debian base layer
/// (so pulls show `Already exists`), and configs follow the official images.
enum Fixtures {
    static func digest(_ seed: String) -> String { "sha256:" + SHA256.hex("fixture " + seed) }

    static func layer(_ seed: String, compressed: Int64, size: Int64) -> CatalogLayer {
        CatalogLayer(digest: digest("layer " + seed), compressedSize: compressed, size: size)
    }

    static let debianBase = layer("debian-bookworm", compressed: 28_231_123, size: 74_800_000)
    static let alpineBase = layer("alpine-3.22", compressed: 3_796_000, size: 8_600_000)

    static func history(_ steps: [(String, Bool)], created: String) -> [CatalogHistoryEntry] {
        steps.map { CatalogHistoryEntry(created: created, createdBy: $0.0, comment: "buildkit.dockerfile.v0", emptyLayer: $0.1) }
    }

    static let catalog = Catalog(repositories: [
        CatalogRepository(name: "hello-world", description: "Hello World! (an example of minimal Dockerization)", official: true, stars: 2400, images: [
            CatalogImage(tags: ["latest", "linux"], repoDigest: digest("hello-world index"), id: digest("hello-world config"),
                         created: "2025-08-13T22:18:30.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], cmd: ["/hello"]),
                         layers: [layer("hello", compressed: 2_380, size: 10_072)],
                         history: [CatalogHistoryEntry(created: "2025-08-13T22:18:30.000000000Z", createdBy: "COPY hello / # buildkit", comment: "buildkit.dockerfile.v0"),
                                   CatalogHistoryEntry(created: "2025-08-13T22:18:30.000000000Z", createdBy: "CMD [\"/hello\"]", comment: "buildkit.dockerfile.v0", emptyLayer: true)],
                         process: "hello-world", rootfs: "scratch"),
        ]),
        CatalogRepository(name: "busybox", description: "Busybox base image.", official: true, stars: 3300, images: [
            CatalogImage(tags: ["latest", "1.37"], repoDigest: digest("busybox index"), id: digest("busybox config"),
                         created: "2024-09-26T21:31:42.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], cmd: ["sh"]),
                         layers: [layer("busybox", compressed: 2_150_000, size: 4_270_000)],
                         history: history([("BusyBox 1.37.0 (glibc), Debian 12", false), ("CMD [\"sh\"]", true)], created: "2024-09-26T21:31:42.000000000Z"),
                         process: "shell", rootfs: "busybox"),
        ]),
        CatalogRepository(name: "alpine", description: "A minimal Docker image based on Alpine Linux", official: true, stars: 11000, images: [
            CatalogImage(tags: ["latest", "3.22", "3"], repoDigest: digest("alpine index"), id: digest("alpine config"),
                         created: "2025-07-15T11:01:16.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], cmd: ["/bin/sh"]),
                         layers: [alpineBase],
                         history: history([("ADD alpine-minirootfs-3.22.1-x86_64.tar.gz / # buildkit", false), ("CMD [\"/bin/sh\"]", true)], created: "2025-07-15T11:01:16.000000000Z"),
                         process: "shell", rootfs: "alpine"),
        ]),
        CatalogRepository(name: "redis", description: "Redis is the world’s fastest data platform.", official: true, stars: 13000, images: [
            CatalogImage(tags: ["latest", "7", "7.4", "7.4.2"], repoDigest: digest("redis 7.4.2 index"), id: digest("redis 7.4.2 config"),
                         created: "2025-01-06T17:30:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "GOSU_VERSION=1.17", "REDIS_VERSION=7.4.2"],
                                                 cmd: ["redis-server"], entrypoint: ["docker-entrypoint.sh"], exposedPorts: ["6379/tcp"],
                                                 volumes: ["/data"], workingDir: "/data"),
                         layers: [debianBase, layer("redis gosu", compressed: 1_100, size: 4_100), layer("redis build", compressed: 16_400_000, size: 42_000_000),
                                  layer("redis data", compressed: 97, size: 0), layer("redis entrypoint", compressed: 575, size: 1_600)],
                         history: history([("# debian.sh --arch 'amd64' out/ 'bookworm' '@1736121600'", false),
                                           ("RUN /bin/sh -c set -eux; groupadd -r -g 999 redis # buildkit", false),
                                           ("ENV REDIS_VERSION=7.4.2", true),
                                           ("RUN /bin/sh -c set -eux; make install # buildkit", false),
                                           ("RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit", false),
                                           ("VOLUME [/data]", true), ("WORKDIR /data", true),
                                           ("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", false),
                                           ("ENTRYPOINT [\"docker-entrypoint.sh\"]", true), ("EXPOSE map[6379/tcp:{}]", true),
                                           ("CMD [\"redis-server\"]", true)], created: "2025-01-06T17:30:00.000000000Z"),
                         process: "redis", rootfs: "debian"),
            CatalogImage(tags: ["6", "6.2"], repoDigest: digest("redis 6.2 index"), id: digest("redis 6.2 config"),
                         created: "2024-10-02T10:00:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "REDIS_VERSION=6.2.16"],
                                                 cmd: ["redis-server"], entrypoint: ["docker-entrypoint.sh"], exposedPorts: ["6379/tcp"],
                                                 volumes: ["/data"], workingDir: "/data"),
                         layers: [debianBase, layer("redis6 build", compressed: 12_000_000, size: 30_000_000)],
                         history: history([("# debian.sh", false), ("RUN make install # buildkit", false), ("CMD [\"redis-server\"]", true)],
                                          created: "2024-10-02T10:00:00.000000000Z"),
                         process: "redis", rootfs: "debian"),
        ]),
        CatalogRepository(name: "nginx", description: "Official build of Nginx.", official: true, stars: 20000, images: [
            CatalogImage(tags: ["latest", "1.27", "1.27.5"], repoDigest: digest("nginx index"), id: digest("nginx config"),
                         created: "2025-04-16T16:10:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NGINX_VERSION=1.27.5"],
                                                 cmd: ["nginx", "-g", "daemon off;"], entrypoint: ["/docker-entrypoint.sh"],
                                                 exposedPorts: ["80/tcp"], labels: ["maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"],
                                                 stopSignal: "SIGQUIT"),
                         layers: [debianBase, layer("nginx build", compressed: 43_900_000, size: 113_000_000), layer("nginx entrypoint", compressed: 628, size: 1_620)],
                         history: history([("# debian.sh", false), ("RUN /bin/sh -c set -x && apt-get install nginx # buildkit", false),
                                           ("COPY docker-entrypoint.sh / # buildkit", false), ("ENTRYPOINT [\"/docker-entrypoint.sh\"]", true),
                                           ("EXPOSE map[80/tcp:{}]", true), ("STOPSIGNAL SIGQUIT", true), ("CMD [\"nginx\" \"-g\" \"daemon off;\"]", true)],
                                          created: "2025-04-16T16:10:00.000000000Z"),
                         process: "nginx", rootfs: "debian"),
        ]),
        CatalogRepository(name: "ubuntu", description: "Ubuntu is a Debian-based Linux operating system", official: true, stars: 17000, images: [
            CatalogImage(tags: ["latest", "24.04", "noble"], repoDigest: digest("ubuntu index"), id: digest("ubuntu config"),
                         created: "2025-05-29T07:25:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], cmd: ["/bin/bash"]),
                         layers: [layer("ubuntu noble", compressed: 29_700_000, size: 78_100_000)],
                         history: history([("ADD file:... in / ", false), ("CMD [\"/bin/bash\"]", true)], created: "2025-05-29T07:25:00.000000000Z"),
                         process: "shell", rootfs: "ubuntu"),
        ]),
        CatalogRepository(name: "postgres", description: "The PostgreSQL object-relational database system", official: true, stars: 14000, images: [
            CatalogImage(tags: ["latest", "17"], repoDigest: digest("postgres index"), id: digest("postgres config"),
                         created: "2025-05-09T18:00:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "PG_MAJOR=17", "PG_VERSION=17.5-1.pgdg120+1", "PGDATA=/var/lib/postgresql/data"],
                                                 cmd: ["postgres"], entrypoint: ["docker-entrypoint.sh"], exposedPorts: ["5432/tcp"],
                                                 volumes: ["/var/lib/postgresql/data"], stopSignal: "SIGINT"),
                         layers: [debianBase, layer("postgres build", compressed: 100_000_000, size: 360_000_000)],
                         history: history([("# debian.sh", false), ("RUN apt-get install postgresql # buildkit", false), ("CMD [\"postgres\"]", true)],
                                          created: "2025-05-09T18:00:00.000000000Z"),
                         process: "postgres", rootfs: "debian"),
        ]),
        CatalogRepository(name: "mysql", description: "MySQL is a widely used, open-source relational database management system (RDBMS).", official: true, stars: 15000, images: [
            CatalogImage(tags: ["latest", "8.4"], repoDigest: digest("mysql index"), id: digest("mysql config"),
                         created: "2025-04-15T00:00:00.000000000Z",
                         config: ImageConfigSpec(env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "MYSQL_VERSION=8.4.5-1.el9"],
                                                 cmd: ["mysqld"], entrypoint: ["docker-entrypoint.sh"], exposedPorts: ["3306/tcp", "33060/tcp"],
                                                 volumes: ["/var/lib/mysql"]),
                         layers: [layer("oraclelinux9", compressed: 48_000_000, size: 120_000_000), layer("mysql build", compressed: 140_000_000, size: 480_000_000)],
                         history: history([("ADD oraclelinux", false), ("RUN microdnf install mysql # buildkit", false), ("CMD [\"mysqld\"]", true)],
                                          created: "2025-04-15T00:00:00.000000000Z"),
                         process: "mysql", rootfs: "debian"),
        ]),
    ])

    /// A fresh, seeded daemon on a virtual clock that starts at 2025-01-01T00:00:00Z.
    static func daemon(seed: UInt64 = 42) -> (DockerDaemon, VirtualClock) {
        let clock = VirtualClock()
        return (DockerDaemon.fresh(catalog: catalog, clock: clock, seed: seed), clock)
    }

    /// A daemon with these images already pulled.
    static func daemon(pulled refs: [String], seed: UInt64 = 42) -> (DockerDaemon, VirtualClock) {
        let (d, clock) = daemon(seed: seed)
        for ref in refs { _ = try? d.imagePull(ref, allTags: false, platform: "") }
        return (d, clock)
    }
}

extension DockerDaemon {
    /// `docker create` with just an image, a name and a command, for tests.
    func create(_ image: String, name: String = "", cmd: [String]? = nil, configure: (inout ContainerCreateRequest) -> Void = { _ in })
        throws(EngineError) -> String {
        var request = ContainerCreateRequest()
        request.config.image = image
        request.config.cmd = cmd
        request.name = name
        configure(&request)
        return try containerCreate(request).id
    }

    /// `docker run -d`: create and start.
    func run(_ image: String, name: String = "", cmd: [String]? = nil, configure: (inout ContainerCreateRequest) -> Void = { _ in })
        throws(EngineError) -> String {
        let id = try create(image, name: name, cmd: cmd, configure: configure)
        try containerStart(id)
        return id
    }

    /// Everything the container wrote so far, as one string.
    func output(_ id: String) throws(EngineError) -> String {
        try containerLogs(id, options: LogsOptions()).entries.map(\.text).joined()
    }
}

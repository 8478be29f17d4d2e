import DockerAPI
@testable import Tutor

/// Small sandboxes the goal tables are checked against.
enum Worlds {
    static let redisID = "sha256:" + String(repeating: "a", count: 64)
    static let nginxID = "sha256:" + String(repeating: "b", count: 64)
    static let siteID = "sha256:" + String(repeating: "d", count: 64)
    static let anonymousVolume = String(repeating: "f", count: 64)

    /// `docker run --name redis -p 6379:6379 -d redis redis-server --appendonly yes`, plus an exited hello-world
    /// and a web server with a bind mount.
    static var services: FakeWorld {
        var world = FakeWorld()
        world.imageList = [
            ImageSnapshot(id: redisID, references: ["redis:latest"], origin: .pull, layerCount: 8),
            ImageSnapshot(id: nginxID, references: ["nginx:latest"], origin: .pull, layerCount: 7),
            ImageSnapshot(id: "sha256:" + String(repeating: "e", count: 64), references: ["hello-world:latest"], origin: .pull),
        ]
        world.containerList = [
            .make("redis", image: "redis", imageID: redisID, command: ["docker-entrypoint.sh", "redis-server", "--appendonly", "yes"],
                  ports: ["6379/tcp": [PortBinding(hostPort: "6379")]],
                  mounts: [ContainerMount(type: .volume, name: anonymousVolume, source: "/var/lib/docker/volumes/x/_data", destination: "/data")],
                  env: ["PATH=/usr/bin", "REDIS_VERSION=7.4.1"], labels: ["team": "cache"],
                  restart: RestartPolicy(name: .unlessStopped), networks: ["bridge", "backend"], health: .healthy),
            .make("web", image: "nginx", imageID: nginxID, command: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"],
                  ports: ["80/tcp": [PortBinding(hostPort: "8081")]],
                  mounts: [ContainerMount(type: .bind, source: "/home/learner/site", destination: "/usr/share/nginx/html", readWrite: false)]),
            .make("eager_turing", image: "hello-world", state: .exited, exitCode: 0, command: ["/hello"]),
        ]
        world.volumeList = [VolumeSnapshot(name: anonymousVolume, anonymous: true), VolumeSnapshot(name: "notes")]
        world.volumeFiles = ["notes": ["/todo.txt": "remember the milk\n"]]
        world.networkList.append(NetworkSnapshot(name: "backend", containers: ["redis"]))
        world.volumeFiles[anonymousVolume] = [
            "/appendonlydir/appendonly.aof.1.base.rdb": "REDIS0011",
            "/appendonlydir/appendonly.aof.1.incr.aof": "*3\r\n$3\r\nset\r\n$8\r\ngreeting\r\n$5\r\nhello\r\n",
            "/appendonlydir/appendonly.aof.manifest": "file appendonly.aof.1.base.rdb seq 1 type b\n",
        ]
        world.redis = [anonymousVolume: ["greeting": "hello"]]
        world.hostFiles = ["/home/learner/site/index.html": "<h1>Hello</h1>\n",
                           "/home/learner/Dockerfile": "FROM nginx:alpine\nEXPOSE 80\n",
                           "/home/learner/my-nginx.tar": "(tar)", "/home/learner/notes.txt": "plain text\n"]
        world.archives = ["/home/learner/my-nginx.tar": ["my-nginx:1.0"]]
        var siteConfig = ContainerConfig()
        siteConfig.cmd = ["nginx", "-g", "daemon off;"]
        siteConfig.env = ["PATH=/usr/bin", "SITE_VERSION=1.0"]
        siteConfig.exposedPorts = ["80/tcp"]
        siteConfig.workingDir = "/usr/share/nginx/html"
        siteConfig.labels = ["org.opencontainers.image.title": "site"]
        siteConfig.volumes = ["/cache"]
        world.imageList.append(ImageSnapshot(id: siteID, references: ["my-site:1.0"], origin: .build, config: siteConfig, layerCount: 9))
        world.imageFiles = [siteID: ["/usr/share/nginx/html/index.html": "<h1>My site</h1>", "/usr/share/nginx/html/version.txt": "version 1.0\n"]]
        world.registries = ["localhost:5000": RegistrySnapshot(address: "localhost:5000", repositories: ["my-nginx": ["1.0"]])]
        world.commandsRun = ["docker ps", "docker logs -f redis", "docker exec web sh -c 'echo hi > /tmp/x'"]
        return world
    }
}

import DockerAPI
import Foundation
@testable import Tutor

/// What each command of the shipped lessons' solutions does to a `FakeWorld`, keyed by the exact line.
///
/// The lessons' goals are checked against the state these scripts leave, so a goal that asks for
/// something the solution does not do fails here long before the real engine replays the lesson.
enum ShippedLessonScripts {
    typealias Script = FakeRunner.Script

    static let ok = CommandOutcome(exitCode: 0)

    static func effect(_ change: @escaping @Sendable (inout FakeWorld) -> Void) -> Script {
        { world in
            change(&world)
            return ok
        }
    }

    static let readOnly: [String] = [
        "docker images", "docker ps", "docker ps -a", "curl http://localhost:8080", "docker logs web",
        "curl http://localhost:8080/hello.html", "docker inspect web", "docker inspect --format '{{.State.Status}}' web",
        "docker volume ls", "docker diff web", "ls -l", "cat Dockerfile", "curl http://localhost:8080/version.txt",
        "docker history my-site:1.0", "cat compose.yaml", "docker compose ps", "docker compose logs redis",
        "docker compose exec redis redis-cli GET visits", "curl http://localhost:5000/v2/_catalog", "docker logs redis",
        "redis-cli -h 127.0.0.1 -p 6379 GET greeting", "docker exec redis ls -l /data/appendonlydir",
        "docker exec redis cat /data/appendonlydir/appendonly.aof.1.incr.aof", "ls aof-backup", "docker inspect redis",
        "docker version", "docker info", "docker top sleeper",
    ]

    static var scripts: [String: Script] {
        var scripts: [String: Script] = [:]
        for line in readOnly { scripts[line] = { _ in ok } }
        scripts.merge(lesson1) { a, _ in a }
        scripts.merge(lessons2to4) { a, _ in a }
        scripts.merge(lessons5to7) { a, _ in a }
        scripts.merge(lessons8and9) { a, _ in a }
        return scripts
    }

    static let lesson1: [String: Script] = [
        "docker pull hello-world": effect { $0.pull("hello-world") },
        "docker run --name hello hello-world": effect { $0.run("hello", image: "hello-world", state: .exited) },
        "docker rmi hello-world": { world in
            if world.containerList.contains(where: { ImageMatching.container($0, uses: "hello-world", in: world) }) {
                return CommandOutcome(exitCode: 1, errorOutput: "Error response from daemon: conflict: unable to remove repository reference \"hello-world\" (must force)\n")
            }
            world.removeImage("hello-world")
            return ok
        },
        "docker rm hello": effect { $0.removeContainer("hello") },
    ]

    static let lessons2to4: [String: Script] = [
        "docker run -d --name web -p 8080:80 nginx": effect { $0.run("web", image: "nginx", ports: ["8080:80"]) },
        "docker exec web sh -c 'echo \"<h1>Hello from inside</h1>\" > /usr/share/nginx/html/hello.html'": effect {
            $0.writeContainerFile("web", "/usr/share/nginx/html/hello.html", "<h1>Hello from inside</h1>\n")
        },
        "docker stop web": effect { $0.setState("web", .exited) },
        "docker start web": effect { $0.setState("web", .running) },
        "docker restart web": effect { $0.setState("web", .running) },
        "docker rm -f web": effect { $0.removeContainer("web") },
        "docker run -d --name web -p 8080:80 -v ./site:/usr/share/nginx/html nginx": effect {
            $0.run("web", image: "nginx", ports: ["8080:80"], volumes: ["./site:/usr/share/nginx/html"])
        },
        "echo '<h1>Edited on the host</h1>' > site/index.html": effect {
            $0.hostFiles[$0.hostPath("site/index.html")] = "<h1>Edited on the host</h1>\n"
        },
        "docker volume create notes": effect { $0.volumeList.append(VolumeSnapshot(name: "notes")) },
        "docker run --rm -v notes:/data alpine sh -c 'echo \"remember the milk\" > /data/todo.txt'": effect {
            $0.run("tmp", image: "alpine", remove: true)
            $0.volumeFiles["notes", default: [:]]["/todo.txt"] = "remember the milk\n"
        },
        "docker run --name reader -v notes:/data alpine cat /data/todo.txt": effect {
            $0.run("reader", image: "alpine", command: ["cat", "/data/todo.txt"], volumes: ["notes:/data"], state: .exited)
        },
        "docker rm -f web reader": effect {
            $0.removeContainer("web")
            $0.removeContainer("reader")
        },
        "docker run -d --name web nginx:alpine": effect { $0.run("web", image: "nginx:alpine") },
        "docker exec web sh -c 'echo \"<h1>Made by hand</h1>\" > /usr/share/nginx/html/index.html'": effect {
            $0.writeContainerFile("web", "/usr/share/nginx/html/index.html", "<h1>Made by hand</h1>\n")
        },
        "docker commit web my-nginx:1.0": effect { $0.commit("web", "my-nginx:1.0") },
        "docker save -o my-nginx.tar my-nginx:1.0": effect { $0.save("my-nginx:1.0", to: "my-nginx.tar") },
        "docker rmi my-nginx:1.0": effect { $0.removeImage("my-nginx:1.0") },
        "docker load -i my-nginx.tar": effect { $0.load(from: "my-nginx.tar") },
        "docker run -d --name web2 -p 8080:80 my-nginx:1.0": effect { $0.run("web2", image: "my-nginx:1.0", ports: ["8080:80"]) },
    ]

    static let lessons5to7: [String: Script] = [
        "echo 'ENV SITE_VERSION=1.0' >> Dockerfile": effect { $0.appendHostFile("Dockerfile", "ENV SITE_VERSION=1.0") },
        "echo 'RUN echo \"version 1.0\" > version.txt' >> Dockerfile": effect {
            $0.appendHostFile("Dockerfile", "RUN echo \"version 1.0\" > version.txt")
        },
        "echo 'EXPOSE 80' >> Dockerfile": effect { $0.appendHostFile("Dockerfile", "EXPOSE 80") },
        "echo 'CMD [\"nginx\", \"-g\", \"daemon off;\"]' >> Dockerfile": effect {
            $0.appendHostFile("Dockerfile", "CMD [\"nginx\", \"-g\", \"daemon off;\"]")
        },
        "docker build -t my-site:1.0 .": effect { $0.build("my-site:1.0") },
        "docker run -d --name site -p 8080:80 my-site:1.0": effect { $0.run("site", image: "my-site:1.0", ports: ["8080:80"]) },
        "echo '<h1>Version 1.1</h1>' > site/index.html": effect {
            $0.hostFiles[$0.hostPath("site/index.html")] = "<h1>Version 1.1</h1>\n"
        },
        "docker build -t my-site:1.1 .": effect { $0.build("my-site:1.1") },
        "docker compose up -d": effect { world in
            if !world.volumeList.contains(where: { $0.name == "shop_redis-data" }) {
                world.volumeList.append(VolumeSnapshot(name: "shop_redis-data"))
            }
            world.run("shop-redis-1", image: "redis", command: ["redis-server", "--appendonly", "yes"], volumes: ["shop_redis-data:/data"])
            world.run("shop-web-1", image: "nginx:alpine", ports: ["8080:80"])
            world.networkList.append(NetworkSnapshot(name: "shop_default", containers: ["shop-redis-1", "shop-web-1"]))
        },
        "docker compose exec redis redis-cli INCR visits": effect { world in
            let count = Int(world.redisValue(container: "shop-redis-1", key: "visits") ?? "0") ?? 0
            world.redisSet("shop-redis-1", "visits", String(count + 1))
        },
        "docker compose down": effect { world in
            world.removeContainer("shop-web-1")
            world.removeContainer("shop-redis-1")
            world.networkList.removeAll { $0.name == "shop_default" }
        },
        "docker run -d -p 5000:5000 --name registry registry:2": effect { world in
            world.run("registry", image: "registry:2", ports: ["5000:5000"])
            world.registries["localhost:5000"] = RegistrySnapshot(address: "localhost:5000")
        },
        "docker tag nginx:alpine localhost:5000/my-nginx:1.0": effect { $0.tag("nginx:alpine", "localhost:5000/my-nginx:1.0") },
        "docker push localhost:5000/my-nginx:1.0": effect { $0.registries["localhost:5000"]?.repositories["my-nginx"] = ["1.0"] },
        "docker rmi localhost:5000/my-nginx:1.0 nginx:alpine": effect { world in
            world.removeImage("localhost:5000/my-nginx:1.0")
            world.removeImage("nginx:alpine")
        },
        "docker pull localhost:5000/my-nginx:1.0": effect { $0.pull("localhost:5000/my-nginx:1.0") },
        "docker run -d --name from-registry -p 8080:80 localhost:5000/my-nginx:1.0": effect {
            $0.run("from-registry", image: "localhost:5000/my-nginx:1.0", ports: ["8080:80"])
        },
    ]

    static let lessons8and9: [String: Script] = [
        "docker run --name redis -p 6379:6379 -d redis redis-server --appendonly yes": effect {
            $0.run("redis", image: "redis", command: ["redis-server", "--appendonly", "yes"], ports: ["6379:6379"])
        },
        "redis-cli -h 127.0.0.1 -p 6379 SET greeting hello": effect { $0.redisSet("redis", "greeting", "hello") },
        "docker cp redis:/data/appendonlydir ./aof-backup": effect { $0.copyOut("redis", "/data/appendonlydir", to: "aof-backup") },
        "docker rm -f redis": effect { $0.removeContainer("redis") },
        "docker run --name redis -p 6379:6379 -d -v redis-data:/data redis redis-server --appendonly yes": effect {
            $0.run("redis", image: "redis", command: ["redis-server", "--appendonly", "yes"], ports: ["6379:6379"],
                   volumes: ["redis-data:/data"])
        },
        "docker run --rm -v redis-data:/data redis ls /data/appendonlydir": effect { $0.run("tmp", image: "redis", remove: true) },
        "docker run -d --name sleeper alpine sleep 3600": effect { $0.run("sleeper", image: "alpine", command: ["sleep", "3600"]) },
        "docker run --rm alpine uname -r": effect { $0.run("tmp", image: "alpine", remove: true) },
        "docker rm -f sleeper": effect { $0.removeContainer("sleeper") },
    ]
}

extension FakeWorld {
    /// `docker build -t REF .` of the Dockerfile in the working directory, for the instructions lesson 5 uses.
    mutating func build(_ reference: String) {
        let lines = (hostFiles[hostPath("Dockerfile")] ?? "").split(separator: "\n").map(String.init)
        var files: [String: String] = [:]
        var config = ContainerConfig()
        var layers = 0
        var workdir = "/"
        for line in lines where !line.hasPrefix("#") {
            let (instruction, argument) = line.split(separator: " ", maxSplits: 1).map(String.init).pair
            switch instruction {
            case "FROM":
                if image(argument) == nil { pull(argument) }
                guard let base = image(argument) else { return }
                files = imageFiles[base.id] ?? [:]
                config = base.config
                layers = base.layerCount
            case "WORKDIR":
                workdir = argument
                config.workingDir = argument
            case "COPY":
                let source = hostPath(String(argument.split(separator: " ")[0]))
                for (path, text) in hostFiles where path.hasPrefix(source.hasSuffix("/") ? source : source + "/") {
                    files[workdir + "/" + path.dropFirst(source.hasSuffix("/") ? source.count : source.count + 1)] = text
                }
                layers += 1
            case "ENV":
                config.env = (config.env ?? []) + [argument]
            case "RUN":
                // `echo "TEXT" > FILE`
                let parts = argument.split(separator: "\"")
                if parts.count >= 3, let target = parts[2].split(separator: ">").last {
                    files[workdir + "/" + target.trimmingCharacters(in: .whitespaces)] = String(parts[1]) + "\n"
                }
                layers += 1
            case "EXPOSE":
                config.exposedPorts = (config.exposedPorts ?? []) + [argument + "/tcp"]
            case "CMD":
                config.cmd = (try? JSONDecoder().decode([String].self, from: Data(argument.utf8))) ?? config.cmd
            default:
                break
            }
        }
        let id = Self.imageID(reference)
        imageFiles[id] = files
        imageList.removeAll { $0.id == id }
        imageList.append(ImageSnapshot(id: id, references: [reference], origin: .build, config: config, layerCount: layers))
    }
}

extension Array where Element == String {
    fileprivate var pair: (String, String) { (first ?? "", count > 1 ? self[1] : "") }
}

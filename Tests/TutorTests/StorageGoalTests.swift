import Testing
@testable import Tutor

@Suite struct HostFileGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("exists", "host_file: Dockerfile"),
        GoalCase("absolute", "host_file: /home/learner/Dockerfile\ncontains: EXPOSE 80"),
        GoalCase("glob", "host_file: site/*.html\ncontains: Hello"),
        GoalCase("missing", "host_file: compose.yaml", en: "there is no file compose.yaml on the host", zh: "主机上没有文件 compose.yaml"),
        GoalCase("lacks text", "host_file: Dockerfile\ncontains: CMD",
                 en: "host file Dockerfile exists, but it does not contain \"CMD\"", zh: "主机文件 Dockerfile 已存在，但其中不包含“CMD”"),
        GoalCase("directory", "host_file: site\ncontains: x",
                 en: "host file site exists, but it is a directory", zh: "主机文件 site 已存在，但它是一个目录"),
        GoalCase("archive", "host_file: my-nginx.tar\narchive_holds: [docker.io/library/my-nginx:1.0]"),
        GoalCase("not an archive", "host_file: notes.txt\narchive_holds: [my-nginx:1.0]",
                 en: "host file notes.txt exists, but it is not a docker image archive",
                 zh: "主机文件 notes.txt 已存在，但它不是 docker 镜像归档文件"),
        GoalCase("archive lacks a reference", "host_file: my-nginx.tar\narchive_holds: [my-nginx:1.0, my-nginx:2.0]",
                 en: "host file my-nginx.tar exists, but the archive does not hold my-nginx:2.0",
                 zh: "主机文件 my-nginx.tar 已存在，但归档文件中没有 my-nginx:2.0"),
        GoalCase("removed", "host_file: backup.tar\nexists: false"),
        GoalCase("still there", "host_file: notes.txt\nexists: false",
                 en: "host file notes.txt still exists", zh: "主机文件 notes.txt 仍然存在"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }
}

@Suite struct VolumeAndNetworkGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("volume with file", "volume: notes\nfile: todo.txt\nfile_contains: milk"),
        GoalCase("volume file by glob", "volume: notes\nfile: '*.txt'"),
        GoalCase("volume, absolute path", "volume: notes\nfile: /todo.txt"),
        GoalCase("volume missing", "volume: redis-data", en: "there is no volume redis-data", zh: "没有卷 redis-data"),
        GoalCase("volume used by", "volume: ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\nused_by: [redis]"),
        GoalCase("volume not used", "volume: notes\nused_by: [redis]",
                 en: "volume notes exists, but container redis does not use it", zh: "卷 notes 已存在，但容器 redis 没有使用它"),
        GoalCase("volume user missing", "volume: notes\nused_by: [db]",
                 en: "volume notes exists, but there is no container named db", zh: "卷 notes 已存在，但没有名为 db 的容器"),
        GoalCase("volume lacks file", "volume: notes\nfile: done.txt",
                 en: "volume notes exists, but it has no file done.txt", zh: "卷 notes 已存在，但其中没有文件 done.txt"),
        GoalCase("volume removed", "volume: old\nexists: false"),
        GoalCase("volume still there", "volume: notes\nexists: false", en: "volume notes still exists", zh: "卷 notes 仍然存在"),
        GoalCase("network", "network: backend\nattached: [redis]\ndriver: bridge"),
        GoalCase("network missing", "network: frontend", en: "there is no network frontend", zh: "没有网络 frontend"),
        GoalCase("not attached", "network: backend\nattached: [web]",
                 en: "network backend exists, but container web is not connected to it", zh: "网络 backend 已存在，但容器 web 没有连接到它"),
        GoalCase("driver differs", "network: backend\ndriver: overlay",
                 en: "network backend exists, but its driver is bridge, not overlay", zh: "网络 backend 已存在，但它的驱动是 bridge，而不是 overlay"),
        GoalCase("network still there", "network: backend\nexists: false", en: "network backend still exists", zh: "网络 backend 仍然存在"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }
}

@Suite struct ServiceGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("pushed", "registry: localhost:5000\nholds: [my-nginx:1.0]"),
        GoalCase("running", "registry: localhost:5000"),
        GoalCase("not pushed", "registry: localhost:5000\nholds: [my-nginx:1.0, my-nginx]",
                 en: "the registry at localhost:5000 is running, but my-nginx has not been pushed to it",
                 zh: "localhost:5000 上的镜像仓库正在运行，但还没有把 my-nginx 推送到其中"),
        GoalCase("no registry", "registry: localhost:5001\nholds: [my-nginx:1.0]",
                 en: "no registry is running at localhost:5001", zh: "localhost:5001 上没有运行中的镜像仓库"),
        GoalCase("container file by glob", "container_file: /data/appendonlydir/*.incr.aof\nin: redis\ncontains: greeting"),
        GoalCase("container directory", "container_file: /data/appendonlydir\nin: redis"),
        GoalCase("container file missing", "container_file: /data/dump.rdb\nin: redis",
                 en: "container redis has no file /data/dump.rdb", zh: "容器 redis 中没有文件 /data/dump.rdb"),
        GoalCase("container file lacks text", "container_file: /data/appendonlydir/appendonly.aof.manifest\nin: redis\ncontains: incr",
                 en: "/data/appendonlydir/appendonly.aof.manifest in container redis does not contain \"incr\"",
                 zh: "容器 redis 中的 /data/appendonlydir/appendonly.aof.manifest 不包含“incr”"),
        GoalCase("container file is a directory", "container_file: /data/appendonlydir\nin: redis\ncontains: x",
                 en: "/data/appendonlydir in container redis is a directory, not a file",
                 zh: "容器 redis 中的 /data/appendonlydir 是目录，不是文件"),
        GoalCase("container file, no container", "container_file: /x\nin: db",
                 en: "there is no container named db", zh: "没有名为 db 的容器"),
        GoalCase("container file still there", "container_file: /data/appendonlydir\nin: redis\nexists: false",
                 en: "container redis still has /data/appendonlydir", zh: "容器 redis 中仍然有 /data/appendonlydir"),
        GoalCase("redis value", "redis_key: greeting\nin: redis\nvalue: hello"),
        GoalCase("redis value differs", "redis_key: greeting\nin: redis\nvalue: hi",
                 en: "key greeting holds \"hello\", not \"hi\"", zh: "键 greeting 的值是“hello”，而不是“hi”"),
        GoalCase("redis key missing", "redis_key: visits\nin: redis",
                 en: "key visits is not set in the Redis of container redis", zh: "容器 redis 的 Redis 中没有设置键 visits"),
        GoalCase("redis not running", "redis_key: greeting\nin: eager_turing",
                 en: "container eager_turing is not running, so its Redis cannot answer", zh: "容器 eager_turing 没有在运行，其中的 Redis 无法应答"),
        GoalCase("redis no container", "redis_key: greeting\nin: cache",
                 en: "there is no container named cache", zh: "没有名为 cache 的容器"),
        GoalCase("redis key deleted", "redis_key: visits\nin: redis\nexists: false"),
        GoalCase("redis key still set", "redis_key: greeting\nin: redis\nexists: false",
                 en: "key greeting is still set", zh: "键 greeting 仍然存在"),
        GoalCase("ran", "ran: docker logs*redis"),
        GoalCase("ran, quotes removed", "ran: docker exec web sh -c echo hi*"),
        GoalCase("not ran", "ran: [docker version, docker info]",
                 en: "you have not run a command matching `docker version` or `docker info` yet",
                 zh: "还没有运行过匹配 `docker version` 或 `docker info` 的命令"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }
}

@Suite struct CombinatorGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("all", "all: [{container: redis, state: running}, {image: redis}]"),
        GoalCase("all, one fails", "all:\n  - container: redis\n    state: running\n  - image: my-nginx:1.0",
                 en: "there is no image my-nginx:1.0", zh: "没有镜像 my-nginx:1.0"),
        GoalCase("any", "any: [{image: a:1}, {image: redis}]"),
        GoalCase("any, none holds", "any: [{image: a:1}, {image: b:1}]",
                 en: "none of these holds: there is no image a:1; there is no image b:1",
                 zh: "以下各项都不成立：没有镜像 a:1；没有镜像 b:1"),
        GoalCase("not", "not: {container: db}"),
        GoalCase("not, but it holds", "not: {container: redis}",
                 en: "this should not be true, but it is: container redis exists", zh: "这一条不应成立，但现在成立：容器 redis 存在"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }
}

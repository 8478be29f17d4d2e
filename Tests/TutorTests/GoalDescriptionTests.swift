import Testing
@testable import Tutor

/// What the goal list shows for a goal, in both languages.
@Suite struct GoalDescriptionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var yaml: String
        var en: String
        var zh: String
        var testDescription: String { yaml }
    }

    static let cases: [Case] = [
        Case(yaml: "container: redis\nstate: running\nports: ['6379:6379']",
             en: "container redis is running and publishes port 6379:6379", zh: "容器 redis 正在运行，发布端口 6379:6379"),
        Case(yaml: "container: {image: hello-world}\nstate: exited\nexit_code: 0",
             en: "a container from image hello-world has exited and has exit code 0", zh: "从镜像 hello-world 创建的容器已退出，退出码为 0"),
        Case(yaml: "container: redis\ncommand_contains: --appendonly yes\nmounts: [redis-data:/data]\nrestart: always",
             en: "container redis runs a command containing `--appendonly yes`, mounts volume redis-data at /data and has restart policy always",
             zh: "容器 redis 运行的命令包含 `--appendonly yes`，把卷 redis-data 挂载到 /data，重启策略为 always"),
        Case(yaml: "container: web\nmounts: ['./site:/usr/share/nginx/html:ro']",
             en: "container web mounts host path ./site at /usr/share/nginx/html read-only",
             zh: "容器 web 把主机路径 ./site 挂载到 /usr/share/nginx/html（只读）"),
        Case(yaml: "container: web", en: "container web exists", zh: "容器 web 存在"),
        Case(yaml: "container: web\nexists: false", en: "there is no container web", zh: "不存在容器 web"),
        Case(yaml: "image: my-nginx:1.0\ncreated_by: commit", en: "image my-nginx:1.0 was committed from a container",
             zh: "镜像 my-nginx:1.0 是从容器提交的"),
        Case(yaml: "image: my-site:1.0\nconfig: {exposed_ports: ['80']}\nfile: /v.txt\nfile_contains: '1.0'",
             en: "image my-site:1.0 has a file /v.txt containing \"1.0\" and exposes port 80/tcp",
             zh: "镜像 my-site:1.0 包含文件 /v.txt，其内容包含“1.0”，声明暴露端口 80/tcp"),
        Case(yaml: "host_file: my-nginx.tar\narchive_holds: [my-nginx:1.0]",
             en: "host file my-nginx.tar is an image archive holding my-nginx:1.0", zh: "主机文件 my-nginx.tar 是包含 my-nginx:1.0 的镜像归档文件"),
        Case(yaml: "volume: notes\nfile: todo.txt", en: "volume notes has a file todo.txt", zh: "卷 notes 包含文件 todo.txt"),
        Case(yaml: "network: shop_default\nattached: [shop-web-1, shop-redis-1]",
             en: "network shop_default has container shop-web-1 attached and has container shop-redis-1 attached",
             zh: "网络 shop_default 连接了容器 shop-web-1，连接了容器 shop-redis-1"),
        Case(yaml: "registry: localhost:5000\nholds: [my-nginx:1.0]", en: "the registry at localhost:5000 holds my-nginx:1.0",
             zh: "localhost:5000 上的镜像仓库中有 my-nginx:1.0"),
        Case(yaml: "container_file: /data/appendonlydir\nin: redis", en: "container redis has a file /data/appendonlydir",
             zh: "容器 redis 中有文件 /data/appendonlydir"),
        Case(yaml: "redis_key: greeting\nin: redis\nvalue: hello", en: "key greeting in the Redis of container redis holds \"hello\"",
             zh: "容器 redis 的 Redis 中键 greeting 的值为“hello”"),
        Case(yaml: "ran: docker version", en: "you ran `docker version`", zh: "运行过 `docker version`"),
        Case(yaml: "any: [{image: a}, {image: b}]", en: "one of: image a exists; image b exists", zh: "以下任意一项成立：镜像 a 存在；镜像 b 存在"),
        Case(yaml: "not: {volume: notes}", en: "it is not true that volume notes exists", zh: "并非卷 notes 存在"),
        Case(yaml: "container: redis\ntext: {en: Start Redis, zh: 启动 Redis}", en: "Start Redis", zh: "启动 Redis"),
    ]

    @Test(arguments: cases) func describes(_ c: Case) throws {
        let result = GoalEvaluator().evaluate(try parseGoal(c.yaml), in: FakeWorld())
        #expect(result.description.en == c.en)
        #expect(result.description.zh == c.zh)
    }

    @Test func exclusiveStepNamesTheOtherContainers() throws {
        let step = LessonStep(title: LocalizedText(en: "t", zh: "t"), text: LocalizedText(en: "t", zh: "t"),
                              goals: [try parseGoal("container: redis\nstate: running")], exclusive: true)
        let results = GoalEvaluator().evaluate(step: step, in: Worlds.services)
        #expect(results.map(\.met) == [true, false])
        #expect(results.last?.problem == LocalizedText(en: "other containers are running: web", zh: "还有其他容器在运行：web"))
    }

    @Test func exclusiveStepAllowsContainersTheGoalsName() throws {
        let step = LessonStep(title: LocalizedText(en: "t", zh: "t"), text: LocalizedText(en: "t", zh: "t"),
                              goals: [try parseGoal("container: redis"), try parseGoal("container: {image: nginx}")], exclusive: true)
        let results = GoalEvaluator().evaluate(step: step, in: Worlds.services)
        #expect(results.allSatisfy { $0.met })
    }
}

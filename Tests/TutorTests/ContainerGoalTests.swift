import Testing
@testable import Tutor

/// A goal, the sandbox it is checked in, and what the learner is told (English, Chinese) when it is not met.
struct GoalCase: CustomTestStringConvertible, Sendable {
    var label: String
    var yaml: String
    /// `nil` when the goal must hold.
    var en: String?
    var zh: String?

    init(_ label: String, _ yaml: String, met: Void = ()) {
        self.label = label
        self.yaml = yaml
    }

    init(_ label: String, _ yaml: String, en: String, zh: String) {
        self.label = label
        self.yaml = yaml
        self.en = en
        self.zh = zh
    }

    var testDescription: String { label }

    func check(in world: FakeWorld = Worlds.services) throws {
        let result = GoalEvaluator().evaluate(try parseGoal(yaml), in: world)
        #expect(result.met == (en == nil))
        #expect(result.problem?.en == en)
        #expect(result.problem?.zh == zh)
    }
}

@Suite struct ContainerGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("running", "container: redis\nstate: running"),
        GoalCase("missing", "container: db\nstate: running",
                 en: "there is no container named db", zh: "没有名为 db 的容器"),
        GoalCase("wrong state", "container: eager_turing\nstate: running",
                 en: "container eager_turing has exited, but it should be running", zh: "容器 eager_turing 已退出，但它应该正在运行"),
        GoalCase("published", "container: redis\nports: ['6379:6379']"),
        GoalCase("port not published", "container: redis\nstate: running\nports: ['6380']",
                 en: "container redis is running, but port 6380 is not published", zh: "容器 redis 正在运行，但没有发布端口 6380"),
        GoalCase("port on another host port", "container: web\nports: ['8080:80']",
                 en: "container web is running, but port 80 is published on host port 8081, not 8080",
                 zh: "容器 web 正在运行，但端口 80 发布到了主机端口 8081，而不是 8080"),
        GoalCase("udp port", "container: redis\nports: ['53/udp']",
                 en: "container redis is running, but port 53/udp is not published", zh: "容器 redis 正在运行，但没有发布端口 53/udp"),
        GoalCase("image, normalized", "container: redis\nimage: docker.io/library/redis:latest"),
        GoalCase("image by id prefix", "container: redis\nimage: aaaaaaaaaaaa"),
        GoalCase("wrong image", "container: web\nimage: redis",
                 en: "container web is running, but it was created from nginx, not redis",
                 zh: "容器 web 正在运行，但它是从镜像 nginx 创建的，而不是 redis"),
        GoalCase("command contains", "container: redis\ncommand_contains: redis-server --appendonly yes"),
        GoalCase("command lacks words", "container: web\ncommand_contains: [redis-server]",
                 en: "container web is running, but its command is `/docker-entrypoint.sh nginx -g daemon off;`, without `redis-server`",
                 zh: "容器 web 正在运行，但它的命令是 `/docker-entrypoint.sh nginx -g daemon off;`，其中没有 `redis-server`"),
        GoalCase("anonymous volume where a named one is wanted", "container: redis\nmounts: ['redis-data:/data']",
                 en: "container redis is running, but /data is mounted from an anonymous volume, not from volume redis-data",
                 zh: "容器 redis 正在运行，但 /data 挂载的是匿名卷，而不是卷 redis-data"),
        GoalCase("nothing mounted", "container: web\nmounts: [/data]",
                 en: "container web is running, but nothing is mounted at /data", zh: "容器 web 正在运行，但 /data 上没有挂载任何东西"),
        GoalCase("bind mount, relative source, read-only", "container: web\nmounts: ['./site:/usr/share/nginx/html/:ro']"),
        GoalCase("bind mount from elsewhere", "container: web\nmounts: ['/srv/www:/usr/share/nginx/html']",
                 en: "container web is running, but /usr/share/nginx/html is mounted from host path /home/learner/site, not from host path /srv/www",
                 zh: "容器 web 正在运行，但 /usr/share/nginx/html 挂载的是主机路径 /home/learner/site，而不是主机路径 /srv/www"),
        GoalCase("read-only where read-write is wanted", "container: web\nmounts: ['./site:/usr/share/nginx/html:rw']",
                 en: "container web is running, but /usr/share/nginx/html is mounted read-only, not read-write",
                 zh: "容器 web 正在运行，但 /usr/share/nginx/html 是以只读方式挂载的，而不是读写"),
        GoalCase("any volume", "container: redis\nmounts: [{type: volume, target: /data}]"),
        GoalCase("a volume where a bind mount is", "container: web\nmounts: [{type: volume, target: /usr/share/nginx/html}]",
                 en: "container web is running, but /usr/share/nginx/html is mounted from host path /home/learner/site, not from a volume",
                 zh: "容器 web 正在运行，但 /usr/share/nginx/html 挂载的是主机路径 /home/learner/site，而不是一个卷"),
        GoalCase("env set", "container: redis\nenv: [REDIS_VERSION=7.4.1, PATH]"),
        GoalCase("env missing", "container: redis\nenv: [GREETING]",
                 en: "container redis is running, but it does not set GREETING", zh: "容器 redis 正在运行，但它没有设置环境变量 GREETING"),
        GoalCase("env value", "container: redis\nenv: [REDIS_VERSION=8.0]",
                 en: "container redis is running, but it sets REDIS_VERSION=7.4.1, not REDIS_VERSION=8.0",
                 zh: "容器 redis 正在运行，但它设置的是 REDIS_VERSION=7.4.1，而不是 REDIS_VERSION=8.0"),
        GoalCase("restart policy", "container: redis\nrestart: unless-stopped"),
        GoalCase("restart policy differs", "container: web\nrestart: always",
                 en: "container web is running, but its restart policy is no, not always",
                 zh: "容器 web 正在运行，但它的重启策略是 no，而不是 always"),
        GoalCase("network", "container: redis\nnetworks: [backend]"),
        GoalCase("not on network", "container: web\nnetworks: [backend]",
                 en: "container web is running, but it is not connected to network backend",
                 zh: "容器 web 正在运行，但它没有连接到网络 backend"),
        GoalCase("label value", "container: redis\nlabels: [team=web]",
                 en: "container redis is running, but its label team is cache, not web",
                 zh: "容器 redis 正在运行，但它的标签 team 是 cache，而不是 web"),
        GoalCase("label missing", "container: web\nlabels: [team]",
                 en: "container web is running, but it has no label team", zh: "容器 web 正在运行，但它没有标签 team"),
        GoalCase("health", "container: redis\nhealth: healthy"),
        GoalCase("health differs", "container: redis\nhealth: unhealthy",
                 en: "container redis is running, but its health is healthy, not unhealthy",
                 zh: "容器 redis 正在运行，但它的健康状态是 healthy，而不是 unhealthy"),
        GoalCase("no health check", "container: web\nhealth: healthy",
                 en: "container web is running, but it has no health check", zh: "容器 web 正在运行，但它没有健康检查"),
        GoalCase("health check where none is wanted", "container: redis\nhealth: none",
                 en: "container redis is running, but it has a health check", zh: "容器 redis 正在运行，但它配置了健康检查"),
        GoalCase("exit code of a running container", "container: redis\nexit_code: 0",
                 en: "container redis is running, but it has not exited yet", zh: "容器 redis 正在运行，但它还没有退出"),
        GoalCase("exit code differs", "container: eager_turing\nexit_code: 1",
                 en: "container eager_turing has exited, but it exited with code 0, not 1",
                 zh: "容器 eager_turing 已退出，但它的退出码是 0，而不是 1"),
        GoalCase("by image", "container: {image: hello-world}\nstate: exited\nexit_code: 0"),
        GoalCase("by image, none", "container: {image: busybox}",
                 en: "no container was created from image busybox", zh: "没有从镜像 busybox 创建的容器"),
        GoalCase("by image, wrong state", "container: {image: hello-world}\nstate: running",
                 en: "container eager_turing has exited, but it should be running", zh: "容器 eager_turing 已退出，但它应该正在运行"),
        GoalCase("removed", "container: db\nexists: false"),
        GoalCase("still there", "container: web\nexists: false", en: "container web still exists", zh: "容器 web 仍然存在"),
        GoalCase("still there, by image", "container: {image: hello-world}\nexists: false",
                 en: "container eager_turing (from image hello-world) still exists", zh: "容器 eager_turing（来自镜像 hello-world）仍然存在"),
        GoalCase("first failing property is explained", "container: web\nstate: running\nports: ['8081:80']\nimage: redis\nrestart: always",
                 en: "container web is running, but it was created from nginx, not redis",
                 zh: "容器 web 正在运行，但它是从镜像 nginx 创建的，而不是 redis"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }
}

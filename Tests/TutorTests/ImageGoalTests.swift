import Testing
@testable import Tutor

@Suite struct ImageGoalTests {
    static let cases: [GoalCase] = [
        GoalCase("exists", "image: redis"),
        GoalCase("exists by id prefix", "image: aaaaaaaaaaaa"),
        GoalCase("missing", "image: my-nginx:1.0", en: "there is no image my-nginx:1.0", zh: "没有镜像 my-nginx:1.0"),
        GoalCase("removed", "image: my-nginx:1.0\nexists: false"),
        GoalCase("still there", "image: hello-world\nexists: false", en: "image hello-world still exists", zh: "镜像 hello-world 仍然存在"),
        GoalCase("created by", "image: my-site:1.0\ncreated_by: build"),
        GoalCase("created another way", "image: redis\ncreated_by: load",
                 en: "image redis exists, but it was pulled from a registry, not loaded from an archive",
                 zh: "镜像 redis 已存在，但它是从镜像仓库拉取的，而不是从归档文件加载的"),
        GoalCase("file", "image: my-site:1.0\nfile: /usr/share/nginx/html/index.html\nfile_contains: My site"),
        GoalCase("file by glob", "image: my-site:1.0\nfile: /usr/share/nginx/html/*.txt\nfile_contains: version 1.0"),
        GoalCase("file missing", "image: my-site:1.0\nfile: /etc/nginx/conf.d/site.conf",
                 en: "image my-site:1.0 exists, but it has no file /etc/nginx/conf.d/site.conf",
                 zh: "镜像 my-site:1.0 已存在，但其中没有文件 /etc/nginx/conf.d/site.conf"),
        GoalCase("file lacks text", "image: my-site:1.0\nfile: /usr/share/nginx/html/index.html\nfile_contains: Hello",
                 en: "image my-site:1.0 exists, but its file /usr/share/nginx/html/index.html does not contain \"Hello\"",
                 zh: "镜像 my-site:1.0 已存在，但其中的文件 /usr/share/nginx/html/index.html 不包含“Hello”"),
        GoalCase("file is a directory", "image: my-site:1.0\nfile: /usr/share/nginx\nfile_contains: x",
                 en: "image my-site:1.0 exists, but /usr/share/nginx is a directory, not a file",
                 zh: "镜像 my-site:1.0 已存在，但 /usr/share/nginx 是目录，不是文件"),
        GoalCase("config", """
            image: my-site:1.0
            config:
              cmd: [nginx, -g, daemon off;]
              env: [SITE_VERSION=1.0]
              exposed_ports: ['80']
              workdir: /usr/share/nginx/html
              labels: [org.opencontainers.image.title=site]
              volumes: [/cache]
            """),
        GoalCase("cmd differs", "image: my-site:1.0\nconfig: {cmd: [nginx]}",
                 en: "image my-site:1.0 exists, but its Cmd is [\"nginx\",\"-g\",\"daemon off;\"], not [\"nginx\"]",
                 zh: "镜像 my-site:1.0 已存在，但它的 Cmd 是 [\"nginx\",\"-g\",\"daemon off;\"]，而不是 [\"nginx\"]"),
        GoalCase("entrypoint differs", "image: my-site:1.0\nconfig: {entrypoint: [/docker-entrypoint.sh]}",
                 en: "image my-site:1.0 exists, but its Entrypoint is [], not [\"/docker-entrypoint.sh\"]",
                 zh: "镜像 my-site:1.0 已存在，但它的 Entrypoint 是 []，而不是 [\"/docker-entrypoint.sh\"]"),
        GoalCase("env not in config", "image: my-site:1.0\nconfig: {env: [DEBUG=1]}",
                 en: "image my-site:1.0 exists, but its config does not set DEBUG",
                 zh: "镜像 my-site:1.0 已存在，但它的配置没有设置环境变量 DEBUG"),
        GoalCase("env value differs", "image: my-site:1.0\nconfig: {env: [SITE_VERSION=2.0]}",
                 en: "image my-site:1.0 exists, but it sets SITE_VERSION=1.0, not SITE_VERSION=2.0",
                 zh: "镜像 my-site:1.0 已存在，但它设置的是 SITE_VERSION=1.0，而不是 SITE_VERSION=2.0"),
        GoalCase("port not exposed", "image: my-site:1.0\nconfig: {exposed_ports: ['443']}",
                 en: "image my-site:1.0 exists, but it does not expose port 443/tcp",
                 zh: "镜像 my-site:1.0 已存在，但它没有声明暴露端口 443/tcp"),
        GoalCase("working directory differs", "image: my-site:1.0\nconfig: {workdir: /app}",
                 en: "image my-site:1.0 exists, but its working directory is /usr/share/nginx/html, not /app",
                 zh: "镜像 my-site:1.0 已存在，但它的工作目录是 /usr/share/nginx/html，而不是 /app"),
        GoalCase("user differs", "image: my-site:1.0\nconfig: {user: nginx}",
                 en: "image my-site:1.0 exists, but it runs as user root, not nginx",
                 zh: "镜像 my-site:1.0 已存在，但它以用户 root 运行，而不是 nginx"),
        GoalCase("label differs", "image: my-site:1.0\nconfig: {labels: [org.opencontainers.image.title=blog]}",
                 en: "image my-site:1.0 exists, but its label org.opencontainers.image.title is site, not blog",
                 zh: "镜像 my-site:1.0 已存在，但它的标签 org.opencontainers.image.title 是 site，而不是 blog"),
        GoalCase("volume not declared", "image: my-site:1.0\nconfig: {volumes: [/data]}",
                 en: "image my-site:1.0 exists, but it does not declare volume /data",
                 zh: "镜像 my-site:1.0 已存在，但它没有声明卷 /data"),
        GoalCase("layers", "image: my-site:1.0\nlayers: 9"),
        GoalCase("layers differ", "image: my-site:1.0\nlayers: 3",
                 en: "image my-site:1.0 exists, but it has 9 layers, not 3", zh: "镜像 my-site:1.0 已存在，但它有 9 层，而不是 3 层"),
        GoalCase("too few layers", "image: redis\nlayers_at_least: 10",
                 en: "image redis exists, but it has only 8 layers, fewer than 10", zh: "镜像 redis 已存在，但它只有 8 层，少于 10 层"),
    ]

    @Test(arguments: cases) func evaluates(_ c: GoalCase) throws { try c.check() }

    @Test func unknownOriginIsNotAssumed() throws {
        var world = Worlds.services
        world.imageList[0].origin = nil
        let result = GoalEvaluator().evaluate(try parseGoal("image: redis\ncreated_by: pull"), in: world)
        #expect(result.problem == LocalizedText(en: "image redis exists, but it was not pulled from a registry",
                                                zh: "镜像 redis 已存在，但它不是从镜像仓库拉取的"))
    }
}

extension Translations {
    /// Chinese for the compose v2 plugin.
    static let compose: [String: String] = [
        "Docker Compose":
            "Docker Compose",
        "Include all resources, even those not used by services":
            "包含所有资源，即使没有被服务使用",
        "Control when to print ANSI control characters (\"never\"|\"always\"|\"auto\")":
            "控制何时输出 ANSI 控制字符（\"never\"|\"always\"|\"auto\"）",
        "Run compose in backward compatibility mode":
            "以向后兼容模式运行 compose",
        "Execute command in dry run mode":
            "以演练（dry run）模式执行命令",
        "Specify an alternate environment file":
            "指定另一个环境变量文件",
        "Compose configuration files":
            "Compose 配置文件",
        "Control max parallelism, -1 for unlimited":
            "控制最大并行度，-1 表示不限制",
        "Specify a profile to enable":
            "指定要启用的 profile",
        "Set type of progress output (auto, tty, plain, json, quiet)":
            "设置进度输出的类型（auto、tty、plain、json、quiet）",
        "Specify an alternate working directory\n(default: the path of the, first specified, Compose file)":
            "指定另一个工作目录\n（默认：第一个指定的 Compose 文件所在的路径）",
        "Project name":
            "项目名称",
        "Attach local standard input, output, and error streams to a service's running container\n":
            "将本地的标准输入、输出和错误流连接到服务正在运行的容器\n",
        "Override the key sequence for detaching from a container.":
            "覆盖用于脱离容器的按键序列。",
        "index of the container if service has multiple replicas.":
            "服务有多个副本时容器的序号。",
        "Build or rebuild services":
            "构建或重新构建服务",
        "Set build-time variables for services":
            "为服务设置构建时变量",
        "Set builder to use":
            "设置要使用的构建器",
        "Check build configuration":
            "检查构建配置",
        "Set memory limit for the build container. Not supported by BuildKit.":
            "设置构建容器的内存限制。BuildKit 不支持。",
        "Print equivalent bake file":
            "打印等效的 bake 文件",
        "Push service images":
            "推送服务镜像",
        "Don't print anything to STDOUT":
            "不向 STDOUT 输出任何内容",
        "Set SSH authentications used when building service images. (use 'default' for using your default SSH Agent)":
            "设置构建服务镜像时使用的 SSH 认证。（用 'default' 表示使用默认的 SSH Agent）",
        "Also build dependencies (transitively)":
            "同时构建依赖（递归）",
        "Create a new image from a service container's changes":
            "根据服务容器的改动创建一个新镜像",
        "Parse, resolve and render compose file in canonical format":
            "解析、求值并以规范格式渲染 compose 文件",
        "Print environment used for interpolation.":
            "打印变量替换时使用的环境变量。",
        "Format the output. Values: [yaml | json]":
            "输出格式。可选值：[yaml | json]",
        "Print the service config hash, one per line.":
            "打印服务配置的哈希，每行一个。",
        "Print the image names, one per line.":
            "打印镜像名称，每行一个。",
        "Produces an override file with image digests":
            "生成一个带镜像摘要的覆盖（override）文件",
        "Don't check model consistency - warning: may produce invalid Compose output":
            "不检查模型一致性——警告：可能产生无效的 Compose 输出",
        "Don't resolve service env files":
            "不解析服务的环境变量文件",
        "Don't interpolate environment variables":
            "不替换环境变量",
        "Don't normalize compose model":
            "不规范化 compose 模型",
        "Don't resolve file paths":
            "不解析文件路径",
        "Save to file (default to stdout)":
            "保存到文件（默认输出到 stdout）",
        "Print the profile names, one per line.":
            "打印 profile 名称，每行一个。",
        "Only validate the configuration, don't print anything":
            "只校验配置，不输出任何内容",
        "Pin image tags to digests":
            "把镜像标签固定为摘要",
        "Print the service names, one per line.":
            "打印服务名称，每行一个。",
        "Print model variables and default values.":
            "打印模型变量及其默认值。",
        "Print the volume names, one per line.":
            "打印卷名，每行一个。",
        "Copy files/folders between a service container and the local filesystem":
            "在服务容器和本地文件系统之间复制文件或文件夹",
        "Include containers created by the run command":
            "包含由 run 命令创建的容器",
        "Index of the container if service has multiple replicas":
            "服务有多个副本时容器的序号",
        "Creates containers for a service":
            "为服务创建容器",
        "Build images before starting containers":
            "启动容器前先构建镜像",
        "Recreate containers even if their configuration and image haven't changed":
            "即使配置和镜像都没有变化也重新创建容器",
        "Don't build an image, even if it's policy":
            "不构建镜像，即使构建策略要求构建",
        "If containers already exist, don't recreate them. Incompatible with --force-recreate.":
            "如果容器已存在，不重新创建。与 --force-recreate 不兼容。",
        "Pull image before running (\"always\"|\"missing\"|\"never\"|\"build\")":
            "运行前拉取镜像（\"always\"|\"missing\"|\"never\"|\"build\"）",
        "Pull without printing progress information":
            "拉取时不显示进度信息",
        "Remove containers for services not defined in the Compose file":
            "删除 Compose 文件中未定义的服务的容器",
        "Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.":
            "把 SERVICE 扩缩为 NUM 个实例。会覆盖 Compose 文件中的 `scale` 设置（如果有）。",
        "Assume \"yes\" as answer to all prompts and run non-interactively":
            "对所有提示都回答 \"yes\"，以非交互方式运行",
        "Stop and remove containers, networks":
            "停止并删除容器、网络",
        "Remove images used by services. \"local\" remove only images that don't have a custom tag (\"local\"|\"all\")":
            "删除服务使用的镜像。\"local\" 只删除没有自定义标签的镜像（\"local\"|\"all\"）",
        "Specify a shutdown timeout in seconds":
            "指定关闭超时时间（秒）",
        "Remove named volumes declared in the \"volumes\" section of the Compose file and anonymous volumes attached to containers":
            "删除 Compose 文件 \"volumes\" 部分声明的命名卷，以及挂载在容器上的匿名卷",
        "Receive real time events from containers":
            "接收容器的实时事件",
        "Output events as a stream of json objects":
            "以 JSON 对象流的形式输出事件",
        "Detached mode: Run command in the background":
            "分离模式：在后台运行命令",
        "Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY.":
            "禁用伪终端分配。`docker compose exec` 默认会分配 TTY。",
        "Give extended privileges to the process":
            "给予该进程扩展权限",
        "Run the command as this user":
            "以此用户身份运行命令",
        "Path to workdir directory for this command":
            "该命令的工作目录路径",
        "Export a service container's filesystem as a tar archive":
            "将服务容器的文件系统导出为 tar 归档",
        "List images used by the created containers":
            "列出已创建的容器所使用的镜像",
        "Format the output. Values: [table | json]":
            "输出格式。可选值：[table | json]",
        "Force stop service containers":
            "强制停止服务容器",
        "SIGNAL to send to the container":
            "要发送给容器的信号（SIGNAL）",
        "View output from containers":
            "查看容器的输出",
        "index of the container if service has multiple replicas":
            "服务有多个副本时容器的序号",
        "Produce monochrome output":
            "输出单色（不带颜色）",
        "Don't print prefix in logs":
            "日志中不打印前缀",
        "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)":
            "显示某个时间戳之后的日志（例如 2013-01-02T13:23:37Z）或相对时间（例如 42m 表示 42 分钟）",
        "Number of lines to show from the end of the logs for each container":
            "每个容器从日志末尾开始显示的行数",
        "Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)":
            "显示某个时间戳之前的日志（例如 2013-01-02T13:23:37Z）或相对时间（例如 42m 表示 42 分钟）",
        "List running compose projects":
            "列出正在运行的 compose 项目",
        "Show all stopped Compose projects":
            "显示所有已停止的 Compose 项目",
        "Only display project names":
            "只显示项目名称",
        "Pause services":
            "暂停服务",
        "Print the public port for a port binding":
            "打印某个端口绑定对应的公开端口",
        "tcp or udp":
            "tcp 或 udp",
        "Show all stopped containers (including those created by the run command)":
            "显示所有已停止的容器（包括由 run 命令创建的）",
        "Filter services by a property (supported filters: status)":
            "按属性过滤服务（支持的过滤条件：status）",
        "Include orphaned services (not declared by project)":
            "包含孤立的服务（项目中未声明的）",
        "Display services":
            "显示服务",
        "Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]":
            "按状态过滤服务。可选值：[paused | restarting | removing | running | dead | created | exited]",
        "Publish compose application":
            "发布 compose 应用",
        "OCI image/artifact specification version (automatically determined by default)":
            "OCI 镜像/制品规范版本（默认自动确定）",
        "Include environment variables in the published OCI artifact":
            "在发布的 OCI 制品中包含环境变量",
        "Assume \"yes\" as answer to all prompts":
            "对所有提示都回答 \"yes\"",
        "Pull service images":
            "拉取服务镜像",
        "Ignore images that can be built":
            "忽略可以构建的镜像",
        "Pull what it can and ignores images with pull failures":
            "尽量拉取，忽略拉取失败的镜像",
        "Also pull services declared as dependencies":
            "同时拉取作为依赖声明的服务",
        "Apply pull policy (\"missing\"|\"always\")":
            "应用拉取策略（\"missing\"|\"always\"）",
        "Push what it can and ignores images with push failures":
            "尽量推送，忽略推送失败的镜像",
        "Also push images of services declared as dependencies":
            "同时推送作为依赖声明的服务的镜像",
        "Push without printing progress information":
            "推送时不显示进度信息",
        "Restart service containers":
            "重启服务容器",
        "Don't restart dependent services":
            "不重启依赖的服务",
        "Removes stopped service containers":
            "删除已停止的服务容器",
        "Don't ask to confirm removal":
            "删除前不要求确认",
        "Stop the containers, if required, before removing":
            "必要时先停止容器再删除",
        "Remove any anonymous volumes attached to containers":
            "删除挂载在容器上的所有匿名卷",
        "Run a one-off command on a service":
            "在服务上运行一次性命令",
        "Build image before starting container":
            "启动容器前先构建镜像",
        "Override the entrypoint of the image":
            "覆盖镜像的 entrypoint",
        "Set environment variables from file":
            "从文件设置环境变量",
        "Add or override a label":
            "添加或覆盖标签",
        "Disable pseudo-TTY allocation (default: auto-detected)":
            "禁用伪终端分配（默认：自动检测）",
        "Don't start linked services":
            "不启动关联的服务",
        "Pull image before running (\"always\"|\"missing\"|\"never\")":
            "运行前拉取镜像（\"always\"|\"missing\"|\"never\"）",
        "Suppress progress output from the build process":
            "不显示构建过程的进度输出",
        "Automatically remove the container when it exits":
            "容器退出时自动删除容器",
        "Run command with all service's ports enabled and mapped to the host":
            "运行命令，并启用服务的所有端口、映射到宿主机",
        "Use the service's network useAliases in the network(s) the container connects to":
            "在容器连接的网络中使用服务的网络别名（useAliases）",
        "Run as specified username or uid":
            "以指定的用户名或 uid 运行",
        "Scale services":
            "扩缩服务",
        "Start services":
            "启动服务",
        "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/engine/cli/formatting/ for more information about formatting output with templates":
            "使用自定义模板格式化输出：\n'table'：            以带列标题的表格格式输出（默认）\n'table TEMPLATE'：   使用给定的 Go 模板以表格格式输出\n'json'：             以 JSON 格式输出\n'TEMPLATE'：         使用给定的 Go 模板输出。\n关于用模板格式化输出的更多信息，请参阅 https://docs.docker.com/engine/cli/formatting/",
        "Stop services":
            "停止服务",
        "Display the running processes":
            "显示正在运行的进程",
        "Unpause services":
            "恢复服务",
        "Create and start containers":
            "创建并启动容器",
        "Stops all containers if any container was stopped. Incompatible with -d":
            "只要有任何容器停止就停止所有容器。与 -d 不兼容",
        "Stops all containers if any container exited with failure. Incompatible with -d":
            "只要有任何容器以失败退出就停止所有容器。与 -d 不兼容",
        "Recreate dependent containers. Incompatible with --no-recreate.":
            "重新创建依赖的容器。与 --no-recreate 不兼容。",
        "Restrict attaching to the specified services. Incompatible with --attach-dependencies.":
            "只连接到指定服务的输出。与 --attach-dependencies 不兼容。",
        "Automatically attach to log output of dependent services":
            "自动连接到依赖服务的日志输出",
        "Detached mode: Run containers in the background":
            "分离模式：在后台运行容器",
        "Return the exit code of the selected service container. Implies --abort-on-container-exit":
            "返回所选服务容器的退出码。隐含 --abort-on-container-exit",
        "Enable interactive shortcuts when running attached. Incompatible with --detach. Can also be enable/disable by setting COMPOSE_MENU environment var.":
            "前台运行时启用交互式快捷键。与 --detach 不兼容。也可以通过 COMPOSE_MENU 环境变量启用或禁用。",
        "Do not attach (stream logs) to the specified services":
            "不连接（不输出日志）指定的服务",
        "Don't start the services after creating them":
            "创建服务后不启动",
        "Recreate anonymous volumes instead of retrieving data from the previous containers":
            "重新创建匿名卷，而不是沿用之前容器中的数据",
        "Use this timeout in seconds for container shutdown when attached or when containers are already running":
            "前台运行或容器已在运行时，关闭容器使用的超时时间（秒）",
        "Wait for services to be running|healthy. Implies detached mode.":
            "等待服务进入 running|healthy 状态。隐含分离模式。",
        "Maximum duration in seconds to wait for the project to be running|healthy":
            "等待项目进入 running|healthy 状态的最长时间（秒）",
        "Watch source code and rebuild/refresh containers when files are updated.":
            "监视源代码，在文件更新时重新构建或刷新容器。",
        "Show the Docker Compose version information":
            "显示 Docker Compose 的版本信息",
        "Format the output. Values: [pretty | json]. (Default: pretty)":
            "输出格式。可选值：[pretty | json]。（默认：pretty）",
        "Shows only Compose's version number":
            "只显示 Compose 的版本号",
        "Block until containers of all (or specified) services stop.":
            "阻塞直到所有（或指定）服务的容器停止。",
        "Drops project when the first container stops":
            "第一个容器停止时结束项目",
        "Watch build context for service and rebuild/refresh containers when files are updated\n":
            "监视服务的构建上下文，在文件更新时重新构建或刷新容器\n",
        "Do not build & start services before watching":
            "不在开始监视前构建并启动服务",
        "Prune dangling images on rebuild":
            "重新构建时清理悬空镜像",
        "hide build output":
            "隐藏构建输出",
    ]
}

extension Translations {
    /// Chinese for container commands.
    static let container: [String: String] = [
        "Attach local standard input, output, and error streams to a running container":
            "将本地的标准输入、输出和错误流连接到正在运行的容器",
        "Override the key sequence for detaching a container":
            "覆盖用于脱离容器的按键序列",
        "Do not attach STDIN":
            "不连接 STDIN",
        "Proxy all received signals to the process":
            "将收到的所有信号转发给进程",
        "Create a new image from a container's changes":
            "根据容器的改动创建一个新镜像",
        "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")":
            "作者（例如 \"John Hannibal Smith <hannibal@a-team.com>\"）",
        "Apply Dockerfile instruction to the created image":
            "对创建的镜像应用 Dockerfile 指令",
        "Commit message":
            "提交信息",
        "Pause container during commit":
            "提交期间暂停容器",
        "Manage containers":
            "管理容器",
        "Copy files/folders between a container and the local filesystem":
            "在容器和本地文件系统之间复制文件或文件夹",
        "Archive mode (copy all uid/gid information)":
            "归档模式（复制所有 uid/gid 信息）",
        "Always follow symbol link in SRC_PATH":
            "总是跟随 SRC_PATH 中的符号链接",
        "Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached":
            "复制时不显示进度输出。未连接终端时会自动不显示进度",
        "Create a new container":
            "创建一个新容器",
        "Add a custom host-to-IP mapping (host:ip)":
            "添加自定义的主机名到 IP 的映射（host:ip）",
        "Add an annotation to the container (passed through to the OCI runtime)":
            "为容器添加注解（传递给 OCI 运行时）",
        "Attach to STDIN, STDOUT or STDERR":
            "连接到 STDIN、STDOUT 或 STDERR",
        "Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)":
            "块 IO 权重（相对权重），取值 10 到 1000，0 表示禁用（默认 0）",
        "Block IO weight (relative device weight)":
            "块 IO 权重（按设备设置的相对权重）",
        "Add Linux capabilities":
            "添加 Linux capabilities",
        "Drop Linux capabilities":
            "去掉 Linux capabilities",
        "Optional parent cgroup for the container":
            "容器可选的父 cgroup",
        "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)":
            "要使用的 cgroup 命名空间（host|private）\n'host'：    在 Docker 宿主机的 cgroup 命名空间中运行容器\n'private'： 在容器自己的私有 cgroup 命名空间中运行容器\n''：        使用守护进程 default-cgroupns-mode 选项配置的\n           cgroup 命名空间（默认）",
        "Write the container ID to the file":
            "把容器 ID 写入文件",
        "CPU count (Windows only)":
            "CPU 数量（仅限 Windows）",
        "CPU percent (Windows only)":
            "CPU 百分比（仅限 Windows）",
        "Limit CPU CFS (Completely Fair Scheduler) period":
            "限制 CPU CFS（完全公平调度器）周期",
        "Limit CPU CFS (Completely Fair Scheduler) quota":
            "限制 CPU CFS（完全公平调度器）配额",
        "Limit CPU real-time period in microseconds":
            "以微秒为单位限制 CPU 实时周期",
        "Limit CPU real-time runtime in microseconds":
            "以微秒为单位限制 CPU 实时运行时间",
        "Number of CPUs":
            "CPU 数量",
        "Add a host device to the container":
            "向容器添加宿主机设备",
        "Add a rule to the cgroup allowed devices list":
            "向 cgroup 允许的设备列表添加规则",
        "Limit read rate (bytes per second) from a device":
            "限制从设备读取的速率（每秒字节数）",
        "Limit read rate (IO per second) from a device":
            "限制从设备读取的速率（每秒 IO 次数）",
        "Limit write rate (bytes per second) to a device":
            "限制向设备写入的速率（每秒字节数）",
        "Limit write rate (IO per second) to a device":
            "限制向设备写入的速率（每秒 IO 次数）",
        "Set custom DNS servers":
            "设置自定义 DNS 服务器",
        "Set DNS options":
            "设置 DNS 选项",
        "Set custom DNS search domains":
            "设置自定义 DNS 搜索域",
        "Container NIS domain name":
            "容器的 NIS 域名",
        "Overwrite the default ENTRYPOINT of the image":
            "覆盖镜像默认的 ENTRYPOINT",
        "Set environment variables":
            "设置环境变量",
        "Read in a file of environment variables":
            "从文件读取环境变量",
        "Expose a port or a range of ports":
            "暴露一个端口或一段端口范围",
        "GPU devices to add to the container ('all' to pass all GPUs)":
            "要添加到容器的 GPU 设备（'all' 表示传入所有 GPU）",
        "Add additional groups to join":
            "加入额外的用户组",
        "Command to run to check health":
            "用于检查健康状态的命令",
        "Time between running the check (ms|s|m|h) (default 0s)":
            "两次检查之间的间隔（ms|s|m|h）（默认 0s）",
        "Consecutive failures needed to report unhealthy":
            "连续失败多少次后报告为 unhealthy",
        "Time between running the check during the start period (ms|s|m|h) (default 0s)":
            "启动期内两次检查之间的间隔（ms|s|m|h）（默认 0s）",
        "Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)":
            "容器初始化的启动期，结束后才开始计算 health-retries 失败次数（ms|s|m|h）（默认 0s）",
        "Maximum time to allow one check to run (ms|s|m|h) (default 0s)":
            "单次检查允许运行的最长时间（ms|s|m|h）（默认 0s）",
        "Print usage":
            "打印用法",
        "Container host name":
            "容器的主机名",
        "Run an init inside the container that forwards signals and reaps processes":
            "在容器内运行一个 init 进程，负责转发信号和回收子进程",
        "Keep STDIN open even if not attached":
            "即使未连接也保持 STDIN 打开",
        "Maximum IO bandwidth limit for the system drive (Windows only)":
            "系统盘的最大 IO 带宽限制（仅限 Windows）",
        "Maximum IOps limit for the system drive (Windows only)":
            "系统盘的最大 IOps 限制（仅限 Windows）",
        "IPv4 address (e.g., 172.30.100.104)":
            "IPv4 地址（例如 172.30.100.104）",
        "IPv6 address (e.g., 2001:db8::33)":
            "IPv6 地址（例如 2001:db8::33）",
        "IPC mode to use":
            "要使用的 IPC 模式",
        "Kernel memory limit":
            "内核内存限制",
        "Set meta data on a container":
            "为容器设置元数据",
        "Read in a line delimited file of labels":
            "从按行分隔的文件中读取标签",
        "Add link to another container":
            "添加到另一个容器的链接",
        "Container IPv4/IPv6 link-local addresses":
            "容器的 IPv4/IPv6 链路本地地址",
        "Logging driver for the container":
            "容器的日志驱动",
        "Log driver options":
            "日志驱动选项",
        "Container MAC address (e.g., 92:d0:c6:0a:29:33)":
            "容器的 MAC 地址（例如 92:d0:c6:0a:29:33）",
        "Memory soft limit":
            "内存软限制",
        "Swap limit equal to memory plus swap: '-1' to enable unlimited swap":
            "交换空间上限，等于内存加交换空间：'-1' 表示不限制交换空间",
        "Tune container memory swappiness (0 to 100)":
            "调整容器的内存交换倾向（0 到 100）",
        "Attach a filesystem mount to the container":
            "向容器挂载一个文件系统",
        "Assign a name to the container":
            "为容器指定名称",
        "Connect a container to a network":
            "将容器连接到网络",
        "Add network-scoped alias for the container":
            "为容器添加网络范围内的别名",
        "Disable any container-specified HEALTHCHECK":
            "禁用容器指定的任何 HEALTHCHECK",
        "Disable OOM Killer":
            "禁用 OOM Killer",
        "Tune host's OOM preferences (-1000 to 1000)":
            "调整宿主机的 OOM 偏好（-1000 到 1000）",
        "PID namespace to use":
            "要使用的 PID 命名空间",
        "Tune container pids limit (set -1 for unlimited)":
            "调整容器的 pids 上限（设为 -1 表示不限制）",
        "Give extended privileges to this container":
            "给予此容器扩展权限",
        "Publish a container's port(s) to the host":
            "将容器的端口发布到宿主机",
        "Publish all exposed ports to random ports":
            "将所有暴露的端口发布到随机端口",
        "Pull image before creating (\"always\", \"|missing\", \"never\")":
            "创建前拉取镜像（\"always\"、\"|missing\"、\"never\"）",
        "Suppress the pull output":
            "不显示拉取输出",
        "Mount the container's root filesystem as read only":
            "以只读方式挂载容器的根文件系统",
        "Restart policy to apply when a container exits":
            "容器退出时采用的重启策略",
        "Automatically remove the container and its associated anonymous volumes when it exits":
            "容器退出时自动删除容器及其关联的匿名卷",
        "Runtime to use for this container":
            "此容器使用的运行时",
        "Security Options":
            "安全选项",
        "Size of /dev/shm":
            "/dev/shm 的大小",
        "Signal to stop the container":
            "停止容器时发送的信号",
        "Timeout (in seconds) to stop a container":
            "停止容器的超时时间（秒）",
        "Storage driver options for the container":
            "容器的存储驱动选项",
        "Sysctl options":
            "Sysctl 选项",
        "Mount a tmpfs directory":
            "挂载一个 tmpfs 目录",
        "Allocate a pseudo-TTY":
            "分配一个伪终端（TTY）",
        "Bind mount Docker API socket and required auth":
            "绑定挂载 Docker API 套接字及所需的认证信息",
        "Username or UID (format: <name|uid>[:<group|gid>])":
            "用户名或 UID（格式：<name|uid>[:<group|gid>]）",
        "User namespace to use":
            "要使用的用户命名空间",
        "UTS namespace to use":
            "要使用的 UTS 命名空间",
        "Bind mount a volume":
            "绑定挂载一个卷",
        "Optional volume driver for the container":
            "容器可选的卷驱动",
        "Mount volumes from the specified container(s)":
            "挂载指定容器的卷",
        "Working directory inside the container":
            "容器内的工作目录",
        "Inspect changes to files or directories on a container's filesystem":
            "查看容器文件系统中文件或目录的改动",
        "Execute a command in a running container":
            "在正在运行的容器中执行命令",
        "Detached mode: run command in the background":
            "分离模式：在后台运行命令",
        "Give extended privileges to the command":
            "给予该命令扩展权限",
        "Username or UID (format: \"<name|uid>[:<group|gid>]\")":
            "用户名或 UID（格式：\"<name|uid>[:<group|gid>]\"）",
        "Export a container's filesystem as a tar archive":
            "将容器的文件系统导出为 tar 归档",
        "Write to a file, instead of STDOUT":
            "写入文件，而不是 STDOUT",
        "Display detailed information on one or more containers":
            "显示一个或多个容器的详细信息",
        "Display total file sizes":
            "显示文件总大小",
        "Kill one or more running containers":
            "杀死一个或多个正在运行的容器",
        "Signal to send to the container":
            "要发送给容器的信号",
        "Fetch the logs of a container":
            "获取容器的日志",
        "Show extra details provided to logs":
            "显示提供给日志的额外详细信息",
        "Follow log output":
            "持续跟踪日志输出",
        "Show logs since timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)":
            "显示某个时间戳之后的日志（例如 \"2013-01-02T13:23:37Z\"）或相对时间（例如 \"42m\" 表示 42 分钟）",
        "Number of lines to show from the end of the logs":
            "从日志末尾开始显示的行数",
        "Show timestamps":
            "显示时间戳",
        "Show logs before a timestamp (e.g. \"2013-01-02T13:23:37Z\") or relative (e.g. \"42m\" for 42 minutes)":
            "显示某个时间戳之前的日志（例如 \"2013-01-02T13:23:37Z\"）或相对时间（例如 \"42m\" 表示 42 分钟）",
        "List containers":
            "列出容器",
        "Show all containers (default shows just running)":
            "显示所有容器（默认只显示正在运行的）",
        "Show n last created containers (includes all states)":
            "显示最近创建的 n 个容器（包含所有状态）",
        "Show the latest created container (includes all states)":
            "显示最近创建的一个容器（包含所有状态）",
        "Don't truncate output":
            "不截断输出",
        "Only display container IDs":
            "只显示容器 ID",
        "Pause all processes within one or more containers":
            "暂停一个或多个容器内的所有进程",
        "List port mappings or a specific mapping for the container":
            "列出容器的端口映射，或某个指定的映射",
        "Remove all stopped containers":
            "删除所有已停止的容器",
        "Provide filter values (e.g. \"until=<timestamp>\")":
            "提供过滤值（例如 \"until=<timestamp>\"）",
        "Rename a container":
            "重命名容器",
        "Restart one or more containers":
            "重启一个或多个容器",
        "Seconds to wait before killing the container":
            "杀死容器前等待的秒数",
        "Remove one or more containers":
            "删除一个或多个容器",
        "Force the removal of a running container (uses SIGKILL)":
            "强制删除正在运行的容器（使用 SIGKILL）",
        "Remove the specified link":
            "删除指定的链接",
        "Remove anonymous volumes associated with the container":
            "删除与容器关联的匿名卷",
        "Create and run a new container from an image":
            "从镜像创建并运行一个新容器",
        "Run container in background and print container ID":
            "在后台运行容器并打印容器 ID",
        "Pull image before running (\"always\", \"missing\", \"never\")":
            "运行前拉取镜像（\"always\"、\"missing\"、\"never\"）",
        "Proxy received signals to the process":
            "将收到的信号转发给进程",
        "Start one or more stopped containers":
            "启动一个或多个已停止的容器",
        "Attach STDOUT/STDERR and forward signals":
            "连接 STDOUT/STDERR 并转发信号",
        "Restore from this checkpoint":
            "从这个检查点恢复",
        "Attach container's STDIN":
            "连接容器的 STDIN",
        "Display a live stream of container(s) resource usage statistics":
            "实时显示容器资源使用情况的统计信息",
        "Disable streaming stats and only pull the first result":
            "禁用统计信息流，只获取第一次的结果",
        "Do not truncate output":
            "不截断输出",
        "Stop one or more running containers":
            "停止一个或多个正在运行的容器",
        "Display the running processes of a container":
            "显示容器中正在运行的进程",
        "Unpause all processes within one or more containers":
            "恢复一个或多个容器内的所有进程",
        "Update configuration of one or more containers":
            "更新一个或多个容器的配置",
        "Limit the CPU real-time period in microseconds":
            "以微秒为单位限制 CPU 实时周期",
        "Limit the CPU real-time runtime in microseconds":
            "以微秒为单位限制 CPU 实时运行时间",
        "Block until one or more containers stop, then print their exit codes":
            "阻塞直到一个或多个容器停止，然后打印它们的退出码",
    ]
}

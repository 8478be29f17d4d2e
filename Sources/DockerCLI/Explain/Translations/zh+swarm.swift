extension Translations {
    /// Chinese for swarm, service, node, stack, secret and config commands.
    static let swarm: [String: String] = [
        "Manage Swarm configs":
            "管理 Swarm 配置（config）",
        "Create a config from a file or STDIN":
            "从文件或 STDIN 创建配置",
        "Config labels":
            "配置的标签",
        "Template driver":
            "模板驱动",
        "Display detailed information on one or more configs":
            "显示一个或多个配置的详细信息",
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates":
            "使用自定义模板格式化输出：\n'json'：             以 JSON 格式输出\n'TEMPLATE'：         使用给定的 Go 模板输出。\n关于用模板格式化输出的更多信息，请参阅 https://docs.docker.com/go/formatting/",
        "Print the information in a human friendly format":
            "以人类易读的格式打印信息",
        "List configs":
            "列出配置",
        "Filter output based on conditions provided":
            "根据给定的条件过滤输出",
        "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates":
            "使用自定义模板格式化输出：\n'table'：            以带列标题的表格格式输出（默认）\n'table TEMPLATE'：   使用给定的 Go 模板以表格格式输出\n'json'：             以 JSON 格式输出\n'TEMPLATE'：         使用给定的 Go 模板输出。\n关于用模板格式化输出的更多信息，请参阅 https://docs.docker.com/go/formatting/",
        "Only display IDs":
            "只显示 ID",
        "Remove one or more configs":
            "删除一个或多个配置",
        "Manage Swarm nodes":
            "管理 Swarm 节点",
        "Demote one or more nodes from manager in the swarm":
            "把一个或多个节点从 swarm 管理节点降级",
        "Display detailed information on one or more nodes":
            "显示一个或多个节点的详细信息",
        "List nodes in the swarm":
            "列出 swarm 中的节点",
        "Promote one or more nodes to manager in the swarm":
            "把一个或多个节点提升为 swarm 管理节点",
        "List tasks running on one or more nodes, defaults to current node":
            "列出在一个或多个节点上运行的任务，默认为当前节点",
        "Pretty-print tasks using a Go template":
            "使用 Go 模板美化任务输出",
        "Do not map IDs to Names":
            "不把 ID 映射为名称",
        "Only display task IDs":
            "只显示任务 ID",
        "Remove one or more nodes from the swarm":
            "从 swarm 中删除一个或多个节点",
        "Force remove a node from the swarm":
            "强制从 swarm 中删除节点",
        "Update a node":
            "更新节点",
        "Availability of the node (\"active\", \"pause\", \"drain\")":
            "节点的可用性（\"active\"、\"pause\"、\"drain\"）",
        "Add or update a node label (\"key=value\")":
            "添加或更新节点标签（\"key=value\"）",
        "Remove a node label if exists":
            "删除节点标签（如果存在）",
        "Role of the node (\"worker\", \"manager\")":
            "节点的角色（\"worker\"、\"manager\"）",
        "Manage Swarm secrets":
            "管理 Swarm 机密（secret）",
        "Create a secret from a file or STDIN as content":
            "从文件或 STDIN 读取内容创建机密",
        "Secret driver":
            "机密驱动",
        "Secret labels":
            "机密的标签",
        "Display detailed information on one or more secrets":
            "显示一个或多个机密的详细信息",
        "List secrets":
            "列出机密",
        "Remove one or more secrets":
            "删除一个或多个机密",
        "Manage Swarm services":
            "管理 Swarm 服务",
        "Create a new service":
            "创建一个新服务",
        "Specify configurations to expose to the service":
            "指定要提供给服务的配置",
        "Placement constraints":
            "放置约束",
        "Container labels":
            "容器标签",
        "Credential spec for managed service account (Windows only)":
            "托管服务账户的凭据规范（仅限 Windows）",
        "Exit immediately instead of waiting for the service to converge":
            "立即退出，而不是等待服务收敛",
        "Endpoint mode (vip or dnsrr)":
            "端点模式（vip 或 dnsrr）",
        "User defined resources":
            "用户定义的资源",
        "Set one or more supplementary user groups for the container":
            "为容器设置一个或多个附加用户组",
        "Time between running the check (ms|s|m|h)":
            "两次检查之间的间隔（ms|s|m|h）",
        "Time between running the check during the start period (ms|s|m|h)":
            "启动期内两次检查之间的间隔（ms|s|m|h）",
        "Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)":
            "容器初始化的启动期，结束后才开始把失败计入重试次数（ms|s|m|h）",
        "Maximum time to allow one check to run (ms|s|m|h)":
            "单次检查允许运行的最长时间（ms|s|m|h）",
        "Set one or more custom host-to-IP mappings (host:ip)":
            "设置一个或多个自定义的主机名到 IP 的映射（host:ip）",
        "Container hostname":
            "容器的主机名",
        "Use an init inside each service container to forward signals and reap processes":
            "在每个服务容器内使用 init 进程来转发信号和回收子进程",
        "Service container isolation mode":
            "服务容器的隔离模式",
        "Service labels":
            "服务的标签",
        "Limit CPUs":
            "限制 CPU",
        "Limit Memory":
            "限制内存",
        "Limit maximum number of processes (default 0 = unlimited)":
            "限制最大进程数（默认 0 = 不限制）",
        "Logging driver for service":
            "服务的日志驱动",
        "Logging driver options":
            "日志驱动选项",
        "Number of job tasks to run concurrently (default equal to --replicas)":
            "并发运行的作业任务数（默认等于 --replicas）",
        "Service mode (\"replicated\", \"global\", \"replicated-job\", \"global-job\")":
            "服务模式（\"replicated\"、\"global\"、\"replicated-job\"、\"global-job\"）",
        "Attach a filesystem mount to the service":
            "向服务挂载一个文件系统",
        "Service name":
            "服务名称",
        "Network attachments":
            "网络连接",
        "Do not query the registry to resolve image digest and supported platforms":
            "不查询镜像仓库来解析镜像摘要和支持的平台",
        "Tune host's OOM preferences (-1000 to 1000) ":
            "调整宿主机的 OOM 偏好（-1000 到 1000）",
        "Add a placement preference":
            "添加放置偏好",
        "Publish a port as a node port":
            "把端口发布为节点端口",
        "Suppress progress output":
            "不显示进度输出",
        "Number of tasks":
            "任务数量",
        "Maximum number of tasks per node (default 0 = unlimited)":
            "每个节点的最大任务数（默认 0 = 不限制）",
        "Reserve CPUs":
            "预留 CPU",
        "Reserve Memory":
            "预留内存",
        "Restart when condition is met (\"none\", \"on-failure\", \"any\") (default \"any\")":
            "满足条件时重启（\"none\"、\"on-failure\"、\"any\"）（默认 \"any\"）",
        "Delay between restart attempts (ns|us|ms|s|m|h) (default 5s)":
            "两次重启尝试之间的延迟（ns|us|ms|s|m|h）（默认 5s）",
        "Maximum number of restarts before giving up":
            "放弃前的最大重启次数",
        "Window used to evaluate the restart policy (ns|us|ms|s|m|h)":
            "用于评估重启策略的时间窗口（ns|us|ms|s|m|h）",
        "Delay between task rollbacks (ns|us|ms|s|m|h) (default 0s)":
            "任务回滚之间的延迟（ns|us|ms|s|m|h）（默认 0s）",
        "Action on rollback failure (\"pause\", \"continue\") (default \"pause\")":
            "回滚失败时的动作（\"pause\"、\"continue\"）（默认 \"pause\"）",
        "Failure rate to tolerate during a rollback (default 0)":
            "回滚期间容忍的失败率（默认 0）",
        "Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h) (default 5s)":
            "每个任务回滚后监测失败的时长（ns|us|ms|s|m|h）（默认 5s）",
        "Rollback order (\"start-first\", \"stop-first\") (default \"stop-first\")":
            "回滚顺序（\"start-first\"、\"stop-first\"）（默认 \"stop-first\"）",
        "Maximum number of tasks rolled back simultaneously (0 to roll back all at once)":
            "同时回滚的最大任务数（0 表示一次全部回滚）",
        "Specify secrets to expose to the service":
            "指定要提供给服务的机密",
        "Time to wait before force killing a container (ns|us|ms|s|m|h) (default 10s)":
            "强制杀死容器前的等待时间（ns|us|ms|s|m|h）（默认 10s）",
        "Delay between updates (ns|us|ms|s|m|h) (default 0s)":
            "两次更新之间的延迟（ns|us|ms|s|m|h）（默认 0s）",
        "Action on update failure (\"pause\", \"continue\", \"rollback\") (default \"pause\")":
            "更新失败时的动作（\"pause\"、\"continue\"、\"rollback\"）（默认 \"pause\"）",
        "Failure rate to tolerate during an update (default 0)":
            "更新期间容忍的失败率（默认 0）",
        "Duration after each task update to monitor for failure (ns|us|ms|s|m|h) (default 5s)":
            "每个任务更新后监测失败的时长（ns|us|ms|s|m|h）（默认 5s）",
        "Update order (\"start-first\", \"stop-first\") (default \"stop-first\")":
            "更新顺序（\"start-first\"、\"stop-first\"）（默认 \"stop-first\"）",
        "Maximum number of tasks updated simultaneously (0 to update all at once)":
            "同时更新的最大任务数（0 表示一次全部更新）",
        "Send registry authentication details to swarm agents":
            "把镜像仓库的认证信息发送给 swarm 代理",
        "Display detailed information on one or more services":
            "显示一个或多个服务的详细信息",
        "Fetch the logs of a service or task":
            "获取服务或任务的日志",
        "Do not map IDs to Names in output":
            "输出中不把 ID 映射为名称",
        "Do not include task IDs in output":
            "输出中不包含任务 ID",
        "Do not neatly format logs":
            "不整齐格式化日志",
        "List services":
            "列出服务",
        "List the tasks of one or more services":
            "列出一个或多个服务的任务",
        "Remove one or more services":
            "删除一个或多个服务",
        "Revert changes to a service's configuration":
            "撤销对服务配置的修改",
        "Scale one or multiple replicated services":
            "扩缩一个或多个副本服务",
        "Update a service":
            "更新服务",
        "Service command args":
            "服务命令的参数",
        "Add or update a config file on a service":
            "在服务上添加或更新配置文件",
        "Remove a configuration file":
            "删除一个配置文件",
        "Add or update a placement constraint":
            "添加或更新放置约束",
        "Remove a constraint":
            "删除一个约束",
        "Add or update a container label":
            "添加或更新容器标签",
        "Remove a container label by its key":
            "按键删除容器标签",
        "Add or update a custom DNS server":
            "添加或更新自定义 DNS 服务器",
        "Add or update a DNS option":
            "添加或更新 DNS 选项",
        "Remove a DNS option":
            "删除一个 DNS 选项",
        "Remove a custom DNS server":
            "删除一个自定义 DNS 服务器",
        "Add or update a custom DNS search domain":
            "添加或更新自定义 DNS 搜索域",
        "Remove a DNS search domain":
            "删除一个 DNS 搜索域",
        "Add or update an environment variable":
            "添加或更新环境变量",
        "Remove an environment variable":
            "删除一个环境变量",
        "Force update even if no changes require it":
            "即使没有需要更新的改动也强制更新",
        "Add a Generic resource":
            "添加一个通用资源",
        "Remove a Generic resource":
            "删除一个通用资源",
        "Add an additional supplementary user group to the container":
            "为容器添加一个附加用户组",
        "Remove a previously added supplementary user group from the container":
            "从容器中删除之前添加的附加用户组",
        "Remove a custom host-to-IP mapping (\"host:ip\")":
            "删除一个自定义的主机名到 IP 的映射（\"host:ip\"）",
        "Service image tag":
            "服务的镜像标签",
        "Add or update a service label":
            "添加或更新服务标签",
        "Remove a label by its key":
            "按键删除标签",
        "Add or update a mount on a service":
            "在服务上添加或更新挂载",
        "Remove a mount by its target path":
            "按目标路径删除挂载",
        "Add a network":
            "添加一个网络",
        "Remove a network":
            "删除一个网络",
        "Remove a placement preference":
            "删除一个放置偏好",
        "Add or update a published port":
            "添加或更新发布的端口",
        "Remove a published port by its target port":
            "按目标端口删除发布的端口",
        "Restart when condition is met (\"none\", \"on-failure\", \"any\")":
            "满足条件时重启（\"none\"、\"on-failure\"、\"any\"）",
        "Delay between restart attempts (ns|us|ms|s|m|h)":
            "两次重启尝试之间的延迟（ns|us|ms|s|m|h）",
        "Rollback to previous specification":
            "回滚到之前的规格",
        "Delay between task rollbacks (ns|us|ms|s|m|h)":
            "任务回滚之间的延迟（ns|us|ms|s|m|h）",
        "Action on rollback failure (\"pause\", \"continue\")":
            "回滚失败时的动作（\"pause\"、\"continue\"）",
        "Failure rate to tolerate during a rollback":
            "回滚期间容忍的失败率",
        "Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)":
            "每个任务回滚后监测失败的时长（ns|us|ms|s|m|h）",
        "Rollback order (\"start-first\", \"stop-first\")":
            "回滚顺序（\"start-first\"、\"stop-first\"）",
        "Add or update a secret on a service":
            "在服务上添加或更新机密",
        "Remove a secret":
            "删除一个机密",
        "Time to wait before force killing a container (ns|us|ms|s|m|h)":
            "强制杀死容器前的等待时间（ns|us|ms|s|m|h）",
        "Add or update a Sysctl option":
            "添加或更新 Sysctl 选项",
        "Remove a Sysctl option":
            "删除一个 Sysctl 选项",
        "Add or update a ulimit option":
            "添加或更新 ulimit 选项",
        "Remove a ulimit option":
            "删除一个 ulimit 选项",
        "Delay between updates (ns|us|ms|s|m|h)":
            "两次更新之间的延迟（ns|us|ms|s|m|h）",
        "Action on update failure (\"pause\", \"continue\", \"rollback\")":
            "更新失败时的动作（\"pause\"、\"continue\"、\"rollback\"）",
        "Failure rate to tolerate during an update":
            "更新期间容忍的失败率",
        "Duration after each task update to monitor for failure (ns|us|ms|s|m|h)":
            "每个任务更新后监测失败的时长（ns|us|ms|s|m|h）",
        "Update order (\"start-first\", \"stop-first\")":
            "更新顺序（\"start-first\"、\"stop-first\"）",
        "Manage Swarm stacks":
            "管理 Swarm 栈（stack）",
        "Outputs the final config file, after doing merges and interpolations":
            "输出合并和变量替换之后的最终配置文件",
        "Path to a Compose file, or \"-\" to read from stdin":
            "Compose 文件的路径，\"-\" 表示从 stdin 读取",
        "Skip interpolation and output only merged config":
            "跳过变量替换，只输出合并后的配置",
        "Deploy a new stack or update an existing stack":
            "部署一个新栈或更新已有的栈",
        "Exit immediately instead of waiting for the stack services to converge":
            "立即退出，而不是等待栈中的服务收敛",
        "Prune services that are no longer referenced":
            "清理不再被引用的服务",
        "Query the registry to resolve image digest and supported platforms (\"always\", \"changed\", \"never\")":
            "查询镜像仓库来解析镜像摘要和支持的平台（\"always\"、\"changed\"、\"never\"）",
        "Send registry authentication details to Swarm agents":
            "把镜像仓库的认证信息发送给 Swarm 代理",
        "List stacks":
            "列出栈",
        "List the tasks in the stack":
            "列出栈中的任务",
        "Remove one or more stacks":
            "删除一个或多个栈",
        "Do not wait for stack removal":
            "不等待栈删除完成",
        "List the services in the stack":
            "列出栈中的服务",
        "Manage Swarm":
            "管理 Swarm",
        "Display and rotate the root CA":
            "显示并轮换根 CA",
        "Path to the PEM-formatted root CA certificate to use for the new cluster":
            "新集群使用的 PEM 格式根 CA 证书的路径",
        "Path to the PEM-formatted root CA key to use for the new cluster":
            "新集群使用的 PEM 格式根 CA 密钥的路径",
        "Validity period for node certificates (ns|us|ms|s|m|h)":
            "节点证书的有效期（ns|us|ms|s|m|h）",
        "Exit immediately instead of waiting for the root rotation to converge":
            "立即退出，而不是等待根证书轮换收敛",
        "Specifications of one or more certificate signing endpoints":
            "一个或多个证书签发端点的规格",
        "Rotate the swarm CA - if no certificate or key are provided, new ones will be generated":
            "轮换 swarm CA：如果没有提供证书或密钥，会生成新的",
        "Initialize a swarm":
            "初始化一个 swarm",
        "Advertised address (format: \"<ip|interface>[:port]\")":
            "对外通告的地址（格式：\"<ip|interface>[:port]\"）",
        "Enable manager autolocking (requiring an unlock key to start a stopped manager)":
            "启用管理节点自动锁定（启动已停止的管理节点需要解锁密钥）",
        "Address or interface to use for data path traffic (format: \"<ip|interface>\")":
            "数据路径流量使用的地址或网络接口（格式：\"<ip|interface>\"）",
        "Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.":
            "数据路径流量使用的端口号（1024 - 49151）。未设置或设为 0 时使用默认端口（4789）。",
        "default address pool in CIDR format":
            "CIDR 格式的默认地址池",
        "default address pool subnet mask length":
            "默认地址池的子网掩码长度",
        "Dispatcher heartbeat period (ns|us|ms|s|m|h)":
            "调度器心跳周期（ns|us|ms|s|m|h）",
        "Force create a new cluster from current state":
            "从当前状态强制创建新集群",
        "Listen address (format: \"<ip|interface>[:port]\")":
            "监听地址（格式：\"<ip|interface>[:port]\"）",
        "Number of additional Raft snapshots to retain":
            "保留的额外 Raft 快照数量",
        "Number of log entries between Raft snapshots":
            "两次 Raft 快照之间的日志条目数",
        "Task history retention limit":
            "任务历史的保留上限",
        "Join a swarm as a node and/or manager":
            "以节点和/或管理节点身份加入 swarm",
        "Token for entry into the swarm":
            "加入 swarm 的令牌",
        "Manage join tokens":
            "管理加入令牌",
        "Only display token":
            "只显示令牌",
        "Rotate join token":
            "轮换加入令牌",
        "Leave the swarm":
            "离开 swarm",
        "Force this node to leave the swarm, ignoring warnings":
            "强制此节点离开 swarm，忽略警告",
        "Unlock swarm":
            "解锁 swarm",
        "Manage the unlock key":
            "管理解锁密钥",
        "Rotate unlock key":
            "轮换解锁密钥",
        "Update the swarm":
            "更新 swarm",
        "Change manager autolocking setting (true|false)":
            "修改管理节点自动锁定设置（true|false）",
    ]
}

extension Translations {
    /// Chinese for system, context, events and checkpoint commands.
    static let system: [String: String] = [
        "Build from a file":
            "从文件构建",
        "Manage checkpoints":
            "管理检查点",
        "Create a checkpoint from a running container":
            "为正在运行的容器创建检查点",
        "Use a custom checkpoint storage directory":
            "使用自定义的检查点存储目录",
        "Leave the container running after checkpoint":
            "创建检查点后让容器继续运行",
        "List checkpoints for a container":
            "列出容器的检查点",
        "Remove a checkpoint":
            "删除一个检查点",
        "Manage contexts":
            "管理上下文",
        "Create a context":
            "创建一个上下文",
        "Description of the context":
            "上下文的描述",
        "set the docker endpoint":
            "设置 docker 端点",
        "create context from a named context":
            "从已命名的上下文创建上下文",
        "Export a context to a tar archive FILE or a tar stream on STDOUT.":
            "把上下文导出为 tar 归档文件 FILE，或以 tar 流输出到 STDOUT。",
        "Import a context from a tar or zip file":
            "从 tar 或 zip 文件导入上下文",
        "Display detailed information on one or more contexts":
            "显示一个或多个上下文的详细信息",
        "List contexts":
            "列出上下文",
        "Only show context names":
            "只显示上下文名称",
        "Remove one or more contexts":
            "删除一个或多个上下文",
        "Force the removal of a context in use":
            "强制删除正在使用的上下文",
        "Print the name of the current context":
            "打印当前上下文的名称",
        "Update a context":
            "更新一个上下文",
        "Set the current docker context":
            "设置当前的 docker 上下文",
        "Get real time events from the server":
            "从服务器获取实时事件",
        "Show all events created since timestamp":
            "显示某个时间戳之后产生的所有事件",
        "Stream events until this timestamp":
            "持续输出事件直到这个时间戳",
        "Help about the command":
            "关于该命令的帮助",
        "Display system-wide information":
            "显示系统范围的信息",
        "Return low-level information on Docker objects":
            "返回 Docker 对象的底层信息",
        "Display total file sizes if the type is container":
            "当类型是容器时显示文件总大小",
        "Only inspect objects of the given type":
            "只查看给定类型的对象",
        "Manage Docker":
            "管理 Docker",
        "Show docker disk usage":
            "显示 docker 的磁盘使用情况",
        "Show detailed information on space usage":
            "显示空间使用的详细信息",
        "Remove unused data":
            "删除未使用的数据",
        "Remove all unused images not just dangling ones":
            "删除所有未使用的镜像，而不仅是悬空的",
        "Provide filter values (e.g. \"label=<key>=<value>\")":
            "提供过滤值（例如 \"label=<key>=<value>\"）",
        "Prune anonymous volumes":
            "清理匿名卷",
        "Show the Docker version information":
            "显示 Docker 的版本信息",
    ]
}

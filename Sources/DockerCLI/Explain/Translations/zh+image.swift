extension Translations {
    /// Chinese for image, build and registry commands.
    static let image: [String: String] = [
        "Build an image from a Dockerfile":
            "根据 Dockerfile 构建镜像",
        "Add a custom host-to-IP mapping (\"host:ip\")":
            "添加自定义的主机名到 IP 的映射（\"host:ip\"）",
        "Set build-time variables":
            "设置构建时变量",
        "Images to consider as cache sources":
            "作为缓存来源的镜像",
        "Set the parent cgroup for the \"RUN\" instructions during build":
            "为构建期间的 \"RUN\" 指令设置父 cgroup",
        "Compress the build context using gzip":
            "使用 gzip 压缩构建上下文",
        "Limit the CPU CFS (Completely Fair Scheduler) period":
            "限制 CPU CFS（完全公平调度器）周期",
        "Limit the CPU CFS (Completely Fair Scheduler) quota":
            "限制 CPU CFS（完全公平调度器）配额",
        "CPU shares (relative weight)":
            "CPU 份额（相对权重）",
        "CPUs in which to allow execution (0-3, 0,1)":
            "允许执行的 CPU（0-3、0,1）",
        "MEMs in which to allow execution (0-3, 0,1)":
            "允许执行的内存节点（0-3、0,1）",
        "Skip image verification":
            "跳过镜像验证",
        "Name of the Dockerfile (Default is \"PATH/Dockerfile\")":
            "Dockerfile 的名称（默认为 \"PATH/Dockerfile\"）",
        "Always remove intermediate containers":
            "总是删除中间容器",
        "Write the image ID to the file":
            "把镜像 ID 写入文件",
        "Container isolation technology":
            "容器隔离技术",
        "Set metadata for an image":
            "为镜像设置元数据",
        "Memory limit":
            "内存限制",
        "Swap limit equal to memory plus swap: -1 to enable unlimited swap":
            "交换空间上限，等于内存加交换空间：-1 表示不限制交换空间",
        "Set the networking mode for the RUN instructions during build":
            "为构建期间的 RUN 指令设置网络模式",
        "Do not use cache when building the image":
            "构建镜像时不使用缓存",
        "Set platform if server is multi-platform capable":
            "在服务器支持多平台时设置平台",
        "Always attempt to pull a newer version of the image":
            "总是尝试拉取更新版本的镜像",
        "Suppress the build output and print image ID on success":
            "不显示构建输出，成功后打印镜像 ID",
        "Remove intermediate containers after a successful build":
            "构建成功后删除中间容器",
        "Security options":
            "安全选项",
        "Size of \"/dev/shm\"":
            "\"/dev/shm\" 的大小",
        "Squash newly built layers into a single new layer":
            "把新构建的层压缩成一个新层",
        "Name and optionally a tag in the \"name:tag\" format":
            "名称，以及可选的标签，格式为 \"name:tag\"",
        "Set the target build stage to build.":
            "设置要构建的目标构建阶段。",
        "Ulimit options":
            "Ulimit 选项",
        "Manage builds":
            "管理构建",
        "Remove build cache":
            "删除构建缓存",
        "Remove all unused build cache, not just dangling ones":
            "删除所有未使用的构建缓存，而不仅是悬空的",
        "Provide filter values (e.g. \"until=24h\")":
            "提供过滤值（例如 \"until=24h\"）",
        "Do not prompt for confirmation":
            "不提示确认",
        "Amount of disk space to keep for cache":
            "为缓存保留的磁盘空间",
        "Show the history of an image":
            "显示镜像的历史",
        "Print sizes and dates in human readable format":
            "以人类易读的格式显示大小和日期",
        "Show history for the given platform. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")":
            "显示指定平台的历史，格式为 \"os[/arch[/variant]]\"（例如 \"linux/amd64\"）",
        "Only show image IDs":
            "只显示镜像 ID",
        "Manage images":
            "管理镜像",
        "Import the contents from a tarball to create a filesystem image":
            "从 tar 包导入内容来创建文件系统镜像",
        "Set commit message for imported image":
            "为导入的镜像设置提交信息",
        "Display detailed information on one or more images":
            "显示一个或多个镜像的详细信息",
        "Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)":
            "查看多平台镜像中的某个平台。\n如果镜像或服务器不支持多平台，平台不匹配时命令会报错。\n'os[/arch[/variant]]'：明确指定平台（例如 linux/amd64）",
        "Load an image from a tar archive or STDIN":
            "从 tar 归档或 STDIN 加载镜像",
        "Read from tar archive file, instead of STDIN":
            "从 tar 归档文件读取，而不是 STDIN",
        "Load only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")":
            "只加载指定的平台变体，格式为 \"os[/arch[/variant]]\"（例如 \"linux/amd64\"）",
        "Suppress the load output":
            "不显示加载输出",
        "List images":
            "列出镜像",
        "Show all images (default hides intermediate images)":
            "显示所有镜像（默认隐藏中间镜像）",
        "Show digests":
            "显示摘要（digest）",
        "List multi-platform images as a tree (EXPERIMENTAL)":
            "以树状形式列出多平台镜像（实验性）",
        "Remove unused images":
            "删除未使用的镜像",
        "Remove all unused images, not just dangling ones":
            "删除所有未使用的镜像，而不仅是悬空的",
        "Download an image from a registry":
            "从镜像仓库下载镜像",
        "Download all tagged images in the repository":
            "下载仓库中所有打了标签的镜像",
        "Suppress verbose output":
            "不显示详细输出",
        "Upload an image to a registry":
            "把镜像上传到镜像仓库",
        "Push all tags of an image to the repository":
            "把镜像的所有标签推送到仓库",
        "Skip image signing":
            "跳过镜像签名",
        "Push a platform-specific manifest as a single-platform image to the registry.\nImage index won't be pushed, meaning that other manifests, including attestations won't be preserved.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)":
            "把某个平台的清单作为单平台镜像推送到镜像仓库。\n不会推送镜像索引，因此其他清单（包括证明信息）不会保留。\n'os[/arch[/variant]]'：明确指定平台（例如 linux/amd64）",
        "Remove one or more images":
            "删除一个或多个镜像",
        "Force removal of the image":
            "强制删除镜像",
        "Do not delete untagged parents":
            "不删除没有标签的父镜像",
        "Remove only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")":
            "只删除指定的平台变体，格式为 \"os[/arch[/variant]]\"（例如 \"linux/amd64\"）",
        "Save one or more images to a tar archive (streamed to STDOUT by default)":
            "把一个或多个镜像保存为 tar 归档（默认输出到 STDOUT）",
        "Save only the given platform variant. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")":
            "只保存指定的平台变体，格式为 \"os[/arch[/variant]]\"（例如 \"linux/amd64\"）",
        "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE":
            "创建一个指向 SOURCE_IMAGE 的标签 TARGET_IMAGE",
        "Authenticate to a registry":
            "登录到镜像仓库",
        "Password or Personal Access Token (PAT)":
            "密码或个人访问令牌（PAT）",
        "Take the Password or Personal Access Token (PAT) from stdin":
            "从 stdin 读取密码或个人访问令牌（PAT）",
        "Username":
            "用户名",
        "Log out from a registry":
            "从镜像仓库登出",
        "Search Docker Hub for images":
            "在 Docker Hub 上搜索镜像",
        "Pretty-print search using a Go template":
            "使用 Go 模板美化搜索结果",
        "Max number of search results":
            "搜索结果的最大数量",
    ]
}

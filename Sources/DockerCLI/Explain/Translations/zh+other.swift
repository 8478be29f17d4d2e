extension Translations {
    /// Chinese for plugin, manifest and trust commands.
    static let other: [String: String] = [
        "Manage Docker image manifests and manifest lists":
            "管理 Docker 镜像清单（manifest）和清单列表",
        "Add additional information to a local image manifest":
            "为本地镜像清单添加附加信息",
        "Set architecture":
            "设置架构",
        "Set operating system":
            "设置操作系统",
        "Set operating system feature":
            "设置操作系统特性",
        "Set operating system version":
            "设置操作系统版本",
        "Set architecture variant":
            "设置架构变体",
        "Create a local manifest list for annotating and pushing to a registry":
            "创建本地清单列表，用于添加注解并推送到镜像仓库",
        "Amend an existing manifest list":
            "修改已有的清单列表",
        "Allow communication with an insecure registry":
            "允许与不安全的镜像仓库通信",
        "Display an image manifest, or manifest list":
            "显示镜像清单或清单列表",
        "Output additional info including layers and platform":
            "输出包括镜像层和平台在内的附加信息",
        "Push a manifest list to a repository":
            "把清单列表推送到仓库",
        "Allow push to an insecure registry":
            "允许推送到不安全的镜像仓库",
        "Remove the local manifest list after push":
            "推送后删除本地清单列表",
        "Delete one or more manifest lists from local storage":
            "从本地存储中删除一个或多个清单列表",
        "Manage plugins":
            "管理插件",
        "Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.":
            "从 rootfs 和配置创建插件。插件数据目录中必须包含 config.json 和 rootfs 目录。",
        "Compress the context using gzip":
            "使用 gzip 压缩上下文",
        "Disable a plugin":
            "禁用插件",
        "Force the disable of an active plugin":
            "强制禁用正在使用的插件",
        "Enable a plugin":
            "启用插件",
        "HTTP client timeout (in seconds)":
            "HTTP 客户端超时时间（秒）",
        "Display detailed information on one or more plugins":
            "显示一个或多个插件的详细信息",
        "Install a plugin":
            "安装插件",
        "Local name for plugin":
            "插件的本地名称",
        "Do not enable the plugin on install":
            "安装时不启用插件",
        "Grant all permissions necessary to run the plugin":
            "授予运行插件所需的全部权限",
        "List plugins":
            "列出插件",
        "Provide filter values (e.g. \"enabled=true\")":
            "提供过滤值（例如 \"enabled=true\"）",
        "Only display plugin IDs":
            "只显示插件 ID",
        "Push a plugin to a registry":
            "把插件推送到镜像仓库",
        "Remove one or more plugins":
            "删除一个或多个插件",
        "Force the removal of an active plugin":
            "强制删除正在使用的插件",
        "Change settings for a plugin":
            "修改插件的设置",
        "Upgrade an existing plugin":
            "升级已有的插件",
        "Do not check if specified remote plugin matches existing plugin image":
            "不检查指定的远程插件是否与已有插件的镜像相符",
        "Manage trust on Docker images":
            "管理 Docker 镜像的信任",
        "Return low-level information about keys and signatures":
            "返回密钥和签名的底层信息",
        "Manage keys for signing Docker images":
            "管理用于签名 Docker 镜像的密钥",
        "Generate and load a signing key-pair":
            "生成并加载签名密钥对",
        "Directory to generate key in, defaults to current directory":
            "生成密钥的目录，默认为当前目录",
        "Load a private key file for signing":
            "加载用于签名的私钥文件",
        "Name for the loaded key":
            "加载的密钥名称",
        "Remove trust for an image":
            "撤销镜像的信任",
        "Sign an image":
            "为镜像签名",
        "Sign a locally tagged image":
            "为本地打了标签的镜像签名",
        "Manage entities who can sign Docker images":
            "管理可以为 Docker 镜像签名的实体",
        "Add a signer":
            "添加签名者",
        "Path to the signer's public key file":
            "签名者公钥文件的路径",
        "Remove a signer":
            "删除签名者",
        "Do not prompt for confirmation before removing the most recent signer":
            "删除最后一个签名者前不提示确认",
    ]
}

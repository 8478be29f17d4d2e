extension Translations {
    /// Chinese for network and volume commands.
    static let network: [String: String] = [
        "Manage networks":
            "管理网络",
        "driver options for the network":
            "网络的驱动选项",
        "Highest gw-priority provides the default gateway. Accepts positive and negative values.":
            "gw-priority 最高的网络提供默认网关。可以是正数或负数。",
        "IPv4 address (e.g., \"172.30.100.104\")":
            "IPv4 地址（例如 \"172.30.100.104\"）",
        "IPv6 address (e.g., \"2001:db8::33\")":
            "IPv6 地址（例如 \"2001:db8::33\"）",
        "Add a link-local address for the container":
            "为容器添加一个链路本地地址",
        "Create a network":
            "创建一个网络",
        "Enable manual container attachment":
            "允许手动连接容器",
        "Auxiliary IPv4 or IPv6 addresses used by Network driver":
            "网络驱动使用的辅助 IPv4 或 IPv6 地址",
        "The network from which to copy the configuration":
            "从哪个网络复制配置",
        "Create a configuration only network":
            "创建仅含配置的网络",
        "Driver to manage the Network":
            "管理该网络的驱动",
        "IPv4 or IPv6 Gateway for the master subnet":
            "主子网的 IPv4 或 IPv6 网关",
        "Create swarm routing-mesh network":
            "创建 swarm 路由网格网络",
        "Restrict external access to the network":
            "限制对该网络的外部访问",
        "Allocate container ip from a sub-range":
            "从子范围中为容器分配 IP",
        "IP Address Management Driver":
            "IP 地址管理（IPAM）驱动",
        "Set IPAM driver specific options":
            "设置 IPAM 驱动专用的选项",
        "Enable or disable IPv4 address assignment":
            "启用或禁用 IPv4 地址分配",
        "Enable or disable IPv6 address assignment":
            "启用或禁用 IPv6 地址分配",
        "Set metadata on a network":
            "为网络设置元数据",
        "Set driver specific options":
            "设置驱动专用的选项",
        "Control the network's scope":
            "控制网络的作用范围",
        "Subnet in CIDR format that represents a network segment":
            "以 CIDR 格式表示网段的子网",
        "Disconnect a container from a network":
            "断开容器与网络的连接",
        "Force the container to disconnect from a network":
            "强制断开容器与网络的连接",
        "Display detailed information on one or more networks":
            "显示一个或多个网络的详细信息",
        "Verbose output for diagnostics":
            "输出详细的诊断信息",
        "List networks":
            "列出网络",
        "Provide filter values (e.g. \"driver=bridge\")":
            "提供过滤值（例如 \"driver=bridge\"）",
        "Do not truncate the output":
            "不截断输出",
        "Only display network IDs":
            "只显示网络 ID",
        "Remove all unused networks":
            "删除所有未使用的网络",
        "Remove one or more networks":
            "删除一个或多个网络",
        "Do not error if the network does not exist":
            "网络不存在时不报错",
        "Manage volumes":
            "管理卷",
        "Create a volume":
            "创建一个卷",
        "Cluster Volume availability (\"active\", \"pause\", \"drain\")":
            "集群卷的可用性（\"active\"、\"pause\"、\"drain\"）",
        "Specify volume driver name":
            "指定卷驱动名称",
        "Cluster Volume group (cluster volumes)":
            "集群卷的分组（仅集群卷）",
        "Set metadata for a volume":
            "为卷设置元数据",
        "Minimum size of the Cluster Volume in bytes":
            "集群卷的最小容量（字节）",
        "Maximum size of the Cluster Volume in bytes":
            "集群卷的最大容量（字节）",
        "Cluster Volume access scope (\"single\", \"multi\")":
            "集群卷的访问范围（\"single\"、\"multi\"）",
        "Cluster Volume secrets":
            "集群卷的 secrets",
        "Cluster Volume access sharing (\"none\", \"readonly\", \"onewriter\", \"all\")":
            "集群卷的访问共享方式（\"none\"、\"readonly\"、\"onewriter\"、\"all\"）",
        "A topology that the Cluster Volume would be preferred in":
            "集群卷优先放置的拓扑",
        "A topology that the Cluster Volume must be accessible from":
            "集群卷必须能够访问的拓扑",
        "Cluster Volume access type (\"mount\", \"block\")":
            "集群卷的访问类型（\"mount\"、\"block\"）",
        "Display detailed information on one or more volumes":
            "显示一个或多个卷的详细信息",
        "List volumes":
            "列出卷",
        "Display only cluster volumes, and use cluster volume list formatting":
            "只显示集群卷，并使用集群卷的列表格式",
        "Provide filter values (e.g. \"dangling=true\")":
            "提供过滤值（例如 \"dangling=true\"）",
        "Only display volume names":
            "只显示卷名",
        "Remove unused local volumes":
            "删除未使用的本地卷",
        "Remove all unused volumes, not just anonymous ones":
            "删除所有未使用的卷，而不仅是匿名卷",
        "Provide filter values (e.g. \"label=<label>\")":
            "提供过滤值（例如 \"label=<label>\"）",
        "Remove one or more volumes":
            "删除一个或多个卷",
        "Force the removal of one or more volumes":
            "强制删除一个或多个卷",
        "Update a volume (cluster volumes only)":
            "更新卷（仅限集群卷）",
    ]
}

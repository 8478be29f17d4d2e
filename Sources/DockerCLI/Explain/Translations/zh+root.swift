extension Translations {
    /// Chinese for the client's global flags.
    static let root: [String: String] = [
        "A self-sufficient runtime for containers":
            "一个自给自足的容器运行时",
        "Location of client config files":
            "客户端配置文件的位置",
        "Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with \"docker context use\")":
            "连接守护进程时使用的上下文名称（会覆盖 DOCKER_HOST 环境变量以及用 \"docker context use\" 设置的默认上下文）",
        "Enable debug mode":
            "启用调试模式",
        "Daemon socket to connect to":
            "要连接的守护进程套接字",
        "Set the logging level (\"debug\", \"info\", \"warn\", \"error\", \"fatal\")":
            "设置日志级别（\"debug\"、\"info\"、\"warn\"、\"error\"、\"fatal\"）",
        "Use TLS; implied by --tlsverify":
            "使用 TLS；--tlsverify 隐含此选项",
        "Trust certs signed only by this CA":
            "只信任由此 CA 签发的证书",
        "Path to TLS certificate file":
            "TLS 证书文件的路径",
        "Path to TLS key file":
            "TLS 密钥文件的路径",
        "Use TLS and verify the remote":
            "使用 TLS 并验证远端",
        "Print version information and quit":
            "打印版本信息并退出",
    ]
}

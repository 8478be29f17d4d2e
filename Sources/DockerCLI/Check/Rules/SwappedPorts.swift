/// `-p` written CONTAINER:HOST: the numbers say the container's port is on the left.
///
/// `-p HOST:CONTAINER` is easy to write backwards. When the image is a well-known one whose
/// port is on the left of the colon and not on the right (`-p 6379:80` with redis), the learner
/// most likely meant the reverse, and the service will not answer on the port they expect.
public struct SwappedPorts: LintRule {
    public static let id = "DT003"
    public static let name = "swapped-ports"
    public static let title = LocalizedText(
        en: "-p looks written CONTAINER:HOST",
        zh: "-p 的端口顺序像是写反了")
    public static let explanation = LocalizedText(
        en: """
            `-p` takes the host port first and the container port second: `-p 8080:80` makes container port 80 \
            reachable on host port 8080. When the port on the right is not one the image listens on, but the \
            port on the left is, the two are probably swapped: nothing in the container listens on the \
            published port. Write `-p HOST:CONTAINER`, for example `-p 6379:6379` for redis.
            """,
        zh: """
            `-p` 先写宿主机端口，再写容器端口：`-p 8080:80` 表示通过宿主机的 8080 端口访问容器的 80 端口。\
            如果冒号右边的端口不是镜像监听的端口，而左边的却是，那很可能写反了：容器里没有进程监听被发布的端口。\
            请按 `-p 宿主机端口:容器端口` 书写，例如 redis 用 `-p 6379:6379`。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        guard command.createsContainer, let imageWord = command.anatomy.argumentWords.first,
              let image = command.knownText(imageWord), let ports = Self.listeningPorts(of: image)
        else { return [] }
        return command.anatomy.occurrences(ofFlag: "publish").compactMap { occurrence in
            let word = occurrence.use.valueWord ?? occurrence.word
            guard !command.words[word].isOpaque, let parts = PortWords.parts(occurrence.use.value),
                  let host = parts.host.flatMap({ Int($0) }), let container = Int(parts.container),
                  !ports.contains(container), ports.contains(host)
            else { return nil }
            return RuleFinding(rule: Self.id, message: Self.message(image: image, host: host, container: container), word: word)
        }
    }

    /// The ports a well-known image listens on, by its repository's last path component.
    static func listeningPorts(of image: String) -> Set<Int>? {
        var name = Substring(image)
        if let at = name.firstIndex(of: "@") { name = name[..<at] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
        return knownPorts[String(name)]
    }

    static let knownPorts: [String: Set<Int>] = [
        "redis": [6379], "valkey": [6379], "nginx": [80], "httpd": [80], "caddy": [80, 443], "traefik": [80, 8080],
        "postgres": [5432], "mysql": [3306, 33060], "mariadb": [3306], "mongo": [27017], "memcached": [11211],
        "rabbitmq": [5672, 15672], "elasticsearch": [9200, 9300], "registry": [5000], "grafana": [3000],
        "prometheus": [9090], "jenkins": [8080, 50000], "tomcat": [8080], "adminer": [8080], "wordpress": [80],
        "ghost": [2368], "minio": [9000, 9001], "consul": [8500], "vault": [8200], "etcd": [2379, 2380],
        "influxdb": [8086], "neo4j": [7474, 7687], "cassandra": [9042], "couchdb": [5984], "zookeeper": [2181],
        "sonarqube": [9000], "nextcloud": [80], "phpmyadmin": [80], "portainer": [9000, 9443], "kibana": [5601],
    ]

    static func message(image: String, host: Int, container: Int) -> String {
        "-p \(host):\(container) maps host port \(host) to container port \(container), but \(image) listens on \(host); did you mean -p \(container):\(host)?"
    }
}

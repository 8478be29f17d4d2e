/// A password, secret or token written on the command line.
///
/// Command lines end up in shell history, in `ps` output, in CI logs, and (for `-e` and
/// `--build-arg`) in `docker inspect` and the image history. `docker login -p` even makes docker
/// print a warning.
public struct SecretOnCommandLine: LintRule {
    public static let id = "DT008"
    public static let name = "secret-on-command-line"
    public static let title = LocalizedText(
        en: "secret written on the command line",
        zh: "在命令行中写入了密码或密钥")
    public static let explanation = LocalizedText(
        en: """
            Everything on a command line is visible to others: shell history, the process list, CI logs. \
            Values passed with `-e` stay readable with `docker inspect`, and `--build-arg` values stay in the \
            image history. Use `docker login --password-stdin` (for example `echo "$TOKEN" | docker login -u me \
            --password-stdin`), `--env-file` with a protected file, Docker secrets, or `docker build --secret`.
            """,
        zh: """
            命令行上的内容别人都看得到：shell 历史、进程列表、CI 日志。通过 `-e` 传入的值可以用 `docker inspect` 读出，\
            `--build-arg` 的值会留在镜像历史里。请使用 `docker login --password-stdin`（例如 \
            `echo "$TOKEN" | docker login -u me --password-stdin`）、权限受保护的 `--env-file` 文件、Docker secrets，\
            或者 `docker build --secret`。
            """)

    public init() {}

    public func findings(in command: RuleContext) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        if command.path == "login" {
            for occurrence in command.anatomy.occurrences(ofFlag: "password") {
                let word = occurrence.use.valueWord ?? occurrence.word
                if !command.words[word].isOpaque, !occurrence.use.value.isEmpty {
                    findings.append(RuleFinding(rule: Self.id, message: Self.loginMessage, word: word))
                }
            }
        }
        let flag: String?
        switch command.path {
        case "container run", "container create", "container exec", "service create", "service update": flag = "env"
        case "image build", "buildx build": flag = "build-arg"
        default: flag = nil
        }
        guard let flag else { return findings }
        for occurrence in command.anatomy.occurrences(ofFlag: flag) {
            let word = occurrence.use.valueWord ?? occurrence.word
            let (key, value, hasValue) = ListValidators.cut(occurrence.use.value, "=")
            guard hasValue, !value.isEmpty, !command.words[word].isOpaque, Self.namesSecret(key) else { continue }
            findings.append(RuleFinding(rule: Self.id, message: Self.envMessage(key, flag: flag), word: word))
        }
        return findings
    }

    /// `true` for variable names that say they hold a secret (`DB_PASSWORD`, `API_TOKEN`, `SECRET_KEY`).
    static func namesSecret(_ key: String) -> Bool {
        let upper = key.uppercased()
        return ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY"].contains { upper.contains($0) }
    }

    static let loginMessage = "the password is visible in shell history and the process list; use --password-stdin"

    static func envMessage(_ key: String, flag: String) -> String {
        flag == "build-arg"
            ? "\(key) is stored in the image history; pass secrets with docker build --secret"
            : "\(key) is written on the command line and readable with docker inspect; use --env-file or a secret"
    }
}

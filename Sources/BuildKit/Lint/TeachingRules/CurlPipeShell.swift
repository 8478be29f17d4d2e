/// Reports a download piped straight into a shell (`curl ... | sh`, `wget -O- ... | bash`).
public enum CurlPipeShell: TeachingRule {
    public static let info = LintRuleInfo(
        id: "CurlPipeShell", origin: .tutor, summary: summary,
        explanation: """
            `curl https://example.com/install.sh | sh` runs whatever the server sends that day, \
            unchecked, and a dropped connection can run half a script. Download the file, check \
            it (`sha256sum -c`), then run it — or install a packaged version.
            """,
        explanationZH: """
            `curl https://example.com/install.sh | sh` 会不加检查地执行服务器当天返回的任何内容，\
            连接中断时甚至可能只执行半个脚本。请先下载文件、校验它（`sha256sum -c`），再执行；\
            或者安装打包好的版本。
            """)

    static let downloaders: Set<String> = ["curl", "wget"]
    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ash", "ksh"]

    public static func check(_ context: TeachingContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (_, commands) in context.runs {
            for (i, command) in commands.enumerated() where i + 1 < commands.count && command.separator == "|" {
                guard let name = command.programName, downloaders.contains(name), let program = command.program,
                      let shell = commands[i + 1].programName, shells.contains(shell) else { continue }
                findings.append(finding(message(name, shell), at: program))
            }
        }
        return findings
    }

    static func message(_ downloader: String, _ shell: String) -> String {
        "Piping '\(downloader)' into '\(shell)' runs unverified code; download, verify, then run the script"
    }

    static let summary = "Don't pipe downloads into a shell"
}

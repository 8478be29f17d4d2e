import DockerAPI
import Testing
@testable import DockerEngine

/// What containers print and how they exit, per process model and for the shell commands.
@Suite struct ProcessTests {
    struct Case: Sendable, CustomStringConvertible {
        var image: String
        var cmd: [String]?
        var configure: @Sendable (inout ContainerCreateRequest) -> Void = { _ in }
        var stdout: String
        var stderr: String = ""
        var exitCode: Int
        var description: String { "\(image) \((cmd ?? []).joined(separator: " "))" }
    }

    static let cases: [Case] = [
        Case(image: "alpine", cmd: ["echo", "hello", "world"], stdout: "hello world\n", exitCode: 0),
        Case(image: "alpine", cmd: ["echo", "-n", "no newline"], stdout: "no newline", exitCode: 0),
        Case(image: "alpine", cmd: ["true"], stdout: "", exitCode: 0),
        Case(image: "alpine", cmd: ["false"], stdout: "", exitCode: 1),
        Case(image: "alpine", cmd: ["sh", "-c", "exit 42"], stdout: "", exitCode: 42),
        Case(image: "alpine", cmd: ["sh", "-c", "echo a; echo b >&2; echo c"], stdout: "a\nc\n", stderr: "b\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "false && echo no || echo yes"], stdout: "yes\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "for i in 1 2 3; do echo $i; done"], stdout: "1\n2\n3\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo n$i; done"], stdout: "n1\nn2\nn3\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "if [ \"$GREETING\" = hi ]; then echo set; else echo unset; fi"],
             configure: { $0.config.env = ["GREETING=hi"] }, stdout: "set\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "echo \"$HOME-${MISSING:-default}-$(echo sub)\""], stdout: "/root-default-sub\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "echo 'single $HOSTNAME' \"double $HOSTNAME\""],
             configure: { $0.config.hostname = "box" }, stdout: "single $HOSTNAME double box\n", exitCode: 0),
        Case(image: "alpine", cmd: ["hostname"], configure: { $0.config.hostname = "myhost" }, stdout: "myhost\n", exitCode: 0),
        Case(image: "alpine", cmd: ["printenv", "FOO"], configure: { $0.config.env = ["FOO=bar"] }, stdout: "bar\n", exitCode: 0),
        Case(image: "alpine", cmd: ["env"], configure: { $0.config.env = ["FOO=bar"]; $0.config.hostname = "h1" },
             stdout: "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=h1\nFOO=bar\nHOME=/root\n", exitCode: 0),
        Case(image: "alpine", cmd: ["uname"], stdout: "Linux\n", exitCode: 0),
        Case(image: "alpine", cmd: ["uname", "-r"], stdout: "6.8.0-60-generic\n", exitCode: 0),
        Case(image: "alpine", cmd: ["date", "+%Y-%m-%d"], stdout: "2025-01-01\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh", "-c", "nosuch"], stdout: "", stderr: "sh: nosuch: not found\n", exitCode: 127),
        Case(image: "ubuntu", cmd: ["sh", "-c", "nosuch"], stdout: "", stderr: "sh: 1: nosuch: not found\n", exitCode: 127),
        Case(image: "ubuntu", cmd: ["bash", "-c", "nosuch"], stdout: "", stderr: "bash: line 1: nosuch: command not found\n", exitCode: 127),
        Case(image: "alpine", cmd: ["cat", "/etc/hostname"], configure: { $0.config.hostname = "c1" }, stdout: "c1\n", exitCode: 0),
        Case(image: "alpine", cmd: ["cat", "/nope"], stdout: "", stderr: "cat: /nope: No such file or directory\n", exitCode: 1),
        Case(image: "alpine", cmd: ["sh", "-c", "echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f"], stdout: "one\ntwo\n", exitCode: 0),
        Case(image: "alpine", cmd: ["ls", "/"], stdout: "bin\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n", exitCode: 0),
        Case(image: "alpine", cmd: ["sh"], stdout: "", exitCode: 0),
        Case(image: "alpine", cmd: nil, stdout: "", exitCode: 0),
        Case(image: "redis", cmd: ["echo", "through the entrypoint"], stdout: "through the entrypoint\n", exitCode: 0),
        Case(image: "nginx", cmd: ["echo", "quiet entrypoint"], stdout: "quiet entrypoint\n", exitCode: 0),
        Case(image: "postgres", cmd: nil, stdout: "", stderr: PostgresModel.missingPassword.map { $0 + "\n" }.joined(), exitCode: 1),
        Case(image: "mysql", cmd: nil,
             stdout: "2025-01-01 00:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.5-1.el9 started.\n"
                + "2025-01-01 00:00:00+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n"
                + "2025-01-01 00:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.5-1.el9 started.\n",
             stderr: "2025-01-01 00:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n"
                + "    You need to specify one of the following as an environment variable:\n"
                + "    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n",
             exitCode: 1),
    ]

    @Test(arguments: cases)
    func output(_ c: Case) throws {
        let (d, _) = Fixtures.daemon(pulled: [c.image], step: 0)
        let id = try d.run(c.image, cmd: c.cmd, configure: c.configure)
        let wait = try d.containerWait(id, condition: .notRunning)
        #expect(wait.statusCode == c.exitCode)
        #expect(try d.containerLogs(id, options: LogsOptions(stderr: false)).entries.map(\.text).joined() == c.stdout)
        #expect(try d.containerLogs(id, options: LogsOptions(stdout: false)).entries.map(\.text).joined() == c.stderr)
    }

    @Test func helloWorldPrintsItsMessage() throws {
        let (d, _) = Fixtures.daemon(pulled: ["hello-world"])
        let id = try d.run("hello-world")
        #expect(try d.containerWait(id, condition: .notRunning).statusCode == 0)
        let text = try d.output(id)
        #expect(text.hasPrefix("\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n"))
        #expect(text.hasSuffix(" https://docs.docker.com/get-started/\n\n"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 23)
    }

    @Test func aTTYTurnsNewlinesIntoCRLFOnStdout() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "echo out; echo err >&2"]) { $0.config.tty = true }
        _ = try d.containerWait(id, condition: .notRunning)
        let entries = try d.containerLogs(id, options: LogsOptions()).entries
        #expect(entries.map(\.text) == ["out\r\n", "err\r\n"])
        #expect(entries.map(\.stream) == [.stdout, .stdout])
    }

    struct NotFoundCase: Sendable, CustomStringConvertible {
        var image: String
        var cmd: [String]
        var detail: String
        var description: String { "\(image) \(cmd.joined(separator: " "))" }
    }

    static let notFound: [NotFoundCase] = [
        NotFoundCase(image: "alpine", cmd: ["foo"], detail: "exec: \"foo\": executable file not found in $PATH"),
        NotFoundCase(image: "alpine", cmd: ["bash"], detail: "exec: \"bash\": executable file not found in $PATH"),
        NotFoundCase(image: "alpine", cmd: ["/bin/nope"], detail: "exec: \"/bin/nope\": stat /bin/nope: no such file or directory"),
        NotFoundCase(image: "hello-world", cmd: ["echo", "hi"], detail: "exec: \"echo\": executable file not found in $PATH"),
        NotFoundCase(image: "alpine", cmd: ["exit", "3"], detail: "exec: \"exit\": executable file not found in $PATH"),
    ]

    @Test(arguments: notFound)
    func anUnknownExecutableFailsTheStart(_ c: NotFoundCase) throws {
        let (d, _) = Fixtures.daemon(pulled: [c.image])
        let id = try d.create(c.image, cmd: c.cmd)
        let message = "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: \(c.detail): unknown"
        #expect(throws: EngineError.invalidParameter(message)) { try d.containerStart(id) }
        let state = try d.containerInspect(id, size: false).state
        #expect(state.status == "created")
        #expect(state.exitCode == 127)
        #expect(state.error == message)
    }

    @Test func redisKeepsItsAppendOnlyFileInItsVolumeAcrossContainers() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["redis"])
        let first = try d.run("redis", cmd: ["redis-server", "--appendonly", "yes"]) { $0.hostConfig.binds = ["redis-data:/data"] }
        var log = try d.output(first)
        #expect(log.contains("1:C 01 Jan 2025 00:00:00.300 * Configuration loaded\n"))
        #expect(log.contains("1:M 01 Jan 2025 00:00:00.302 * Creating AOF base file appendonly.aof.1.base.rdb on server start\n"))
        #expect(log.hasSuffix("1:M 01 Jan 2025 00:00:00.302 * Ready to accept connections tcp\n"))
        try d.containerStop(first, options: StopOptions())
        try d.containerRemove(first, options: ContainerRemoveOptions(removeVolumes: true))
        #expect(d.state.volumes["redis-data"]?.content.list("/") == ["appendonlydir", "dump.rdb"])
        clock.advance(seconds: 30)
        let second = try d.run("redis", cmd: ["redis-server", "--appendonly", "yes"]) { $0.hostConfig.binds = ["redis-data:/data"] }
        log = try d.output(second)
        #expect(log.contains("* DB loaded from append only file: 0.000 seconds\n"))
    }

    @Test func postgresInitialisesOnceAndFindsItsDataNextTime() throws {
        let (d, _) = Fixtures.daemon(pulled: ["postgres"])
        let configure: @Sendable (inout ContainerCreateRequest) -> Void = {
            $0.config.env = ["POSTGRES_PASSWORD=secret"]
            $0.hostConfig.binds = ["pgdata:/var/lib/postgresql/data"]
        }
        let first = try d.run("postgres", cmd: nil, configure: configure)
        #expect(try d.output(first).contains("PostgreSQL init process complete; ready for start up.\n"))
        try d.containerRemove(first, options: ContainerRemoveOptions(force: true))
        let second = try d.run("postgres", cmd: nil, configure: configure)
        let log = try d.output(second)
        #expect(log.contains("PostgreSQL Database directory appears to contain a database; Skipping initialization\n"))
        #expect(!log.contains("init process complete"))
    }

    @Test func outputThatLiesInTheFutureAppearsWhenItsTimeComes() throws {
        let (d, clock) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sh", "-c", "while true; do echo tick; sleep 1; done"])
        clock.advance(seconds: 3)
        #expect(try d.output(id) == "tick\ntick\ntick\ntick\n")
        try d.containerKill(id, signal: "KILL")
        clock.advance(seconds: 10)
        #expect(try d.output(id).split(separator: "\n").count == 4)
    }

    @Test func execRunsInTheRunningContainer() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis", "alpine"])
        let redis = try d.run("redis", name: "cache")
        let exec = try d.execCreate("cache", config: ExecCreateConfig(cmd: ["redis-cli", "ping"]))
        let result = try d.execStart(exec, detach: false)
        #expect(result.output.map(\.text) == ["PONG\n"])
        #expect(result.exitCode == 0)
        #expect(try d.execInspect(exec).exitCode == 0)
        let missing = try d.execCreate("cache", config: ExecCreateConfig(cmd: ["bogus"]))
        #expect(throws: EngineError.invalidParameter("OCI runtime exec failed: exec failed: unable to start container process: exec: \"bogus\": executable file not found in $PATH: unknown")) {
            try d.execStart(missing, detach: false)
        }
        #expect(try d.execInspect(missing).exitCode == 127)
        #expect(try d.containerInspect(redis, size: false).execIDs?.count == 2)
        let alpine = try d.run("alpine", cmd: ["sleep", "100"]) { $0.config.env = ["A=1"] }
        let shell = try d.execCreate(alpine, config: ExecCreateConfig(cmd: ["sh", "-c", "echo $A $B"], env: ["B=2"]))
        #expect(try d.execStart(shell, detach: false).output.map(\.text) == ["1 2\n"])
        #expect(throws: EngineError.conflict("exec command \(shell) has already run")) { try d.execStart(shell, detach: false) }
    }
}

extension ProcessTests {
    @Test(arguments: [("redis", "/usr/local/bin/docker-entrypoint.sh"), ("nginx", "/docker-entrypoint.sh")])
    func anEntrypointScriptThatCannotExecItsCommand(_ image: String, _ script: String) throws {
        let (d, _) = Fixtures.daemon(pulled: [image])
        let id = try d.run(image, cmd: ["nosuchprogram"])
        #expect(try d.containerWait(id, condition: .notRunning).statusCode == 127)
        #expect(try d.output(id) == "\(script): line 24: exec: nosuchprogram: not found\n")
    }
}

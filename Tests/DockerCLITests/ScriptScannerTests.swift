import Testing
@testable import DockerCLI

@Suite struct ScriptScannerTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var kind: ScriptKind
        var source: String
        /// `line:column text` for every command found.
        var found: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "joined commands", kind: .shell, source: "docker pull redis && docker run -d redis || echo no; docker ps | grep x",
             found: ["1:1 docker pull redis", "1:22 docker run -d redis", "1:54 docker ps"]),
        Case(name: "sudo and env", kind: .shell, source: "sudo -E docker ps\nFOO=1 docker images\nsudo -u root docker info",
             found: ["1:9 docker ps", "2:7 docker images", "3:14 docker info"]),
        Case(name: "continuations", kind: .shell, source: "docker run \\\n  -d \\\n  redis\necho done",
             found: ["1:1 docker run -d redis"]),
        Case(name: "nested substitution", kind: .shell, source: "docker rm -f $(docker ps -aq)",
             found: ["1:1 docker rm -f $(docker ps -aq)", "1:16 docker ps -aq"]),
        Case(name: "redirections dropped", kind: .shell, source: "docker save redis > redis.tar 2>&1",
             found: ["1:1 docker save redis"]),
        Case(name: "heredoc skipped", kind: .shell, source: "cat <<EOF\ndocker ps\nEOF\ndocker images",
             found: ["4:1 docker images"]),
        Case(name: "comments", kind: .shell, source: "# docker ps\ndocker info # docker ps",
             found: ["2:1 docker info"]),
        Case(name: "absolute docker path", kind: .shell, source: "/usr/bin/docker version",
             found: ["1:1 /usr/bin/docker version"]),
        Case(name: "markdown fences", kind: .markdown,
             source: "Text docker ps\n\n```bash\ndocker run hello-world\n```\n\n```python\ndocker = 1\n```\n\n```\ndocker ps\n```",
             found: ["4:1 docker run hello-world", "12:1 docker ps"]),
        Case(name: "markdown prompts and output", kind: .markdown,
             source: "```console\n$ docker ps\nCONTAINER ID   IMAGE\n$ docker run \\\n> -d redis\nabc123\n```",
             found: ["2:3 docker ps", "4:3 docker run -d redis"]),
        Case(name: "console root prompt", kind: .markdown, source: "```console\n# docker info\n```",
             found: ["2:3 docker info"]),
        Case(name: "tilde fence", kind: .markdown, source: "~~~sh\ndocker version\n~~~",
             found: ["2:1 docker version"]),
        Case(name: "plain list", kind: .list, source: "docker ps\n\ndocker images -a\n",
             found: ["1:1 docker ps", "3:1 docker images -a"]),
    ]

    @Test(arguments: cases)
    func findsCommands(_ c: Case) {
        let result = ScriptScanner(kind: c.kind).scan(c.source)
        #expect(result.commands.map { "\($0.line):\($0.column) \($0.text)" } == c.found)
        #expect(result.problems.isEmpty)
    }

    @Test func unterminatedQuoteIsAProblemAndEarlierLinesStillCount() {
        let result = ScriptScanner(kind: .shell).scan("docker ps\necho 'oops\ndocker info")
        #expect(result.commands.map(\.text) == ["docker ps"])
        #expect(result.problems == [ScanProblem(line: 2, column: 6, message: "unexpected EOF while looking for matching `''")])
    }

    @Test(arguments: [
        ("x.md", "", ScriptKind.markdown), ("run.sh", "", .shell), ("script", "#!/bin/bash", .shell),
        ("cmds.txt", "docker ps", .list),
    ])
    func detectsKind(_ name: String, _ first: String, _ kind: ScriptKind) {
        #expect(ScriptKind.detect(fileName: name, firstLine: first) == kind)
    }
}

import Foundation
import Testing

/// `docker-tutor check` as a user runs it: files, standard input, formats and exit statuses.
@Suite(.enabled(if: DockerTutorBinary.url != nil, "the docker-tutor binary is not built next to the tests"))
struct CheckEndToEndTests {
    static let script = """
        #!/bin/sh
        docker run -d --name cache -p 6379:6379 redis:7
        docker run -p foo redis:7
        docker stop cache
        """

    @Test func textOutputReadsLikeACompilerAndExitsOneOnInvalidCommands() throws {
        let dir = try DockerTutorBinary.directory(["deploy.sh": Self.script])
        let result = try DockerTutorBinary.run(["check", "deploy.sh"], in: dir)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            deploy.sh:3:15: error: docker: invalid containerPort: foo [exit 125]
            docker run -p foo redis:7
                          ^~~
            checked 3 docker commands: 1 invalid

            """)
    }

    @Test func jsonOutput() throws {
        let dir = try DockerTutorBinary.directory(["deploy.sh": Self.script])
        let result = try DockerTutorBinary.run(["check", "--format", "json", "deploy.sh"], in: dir)
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
            [
              {"file":"deploy.sh","line":2,"column":1,"command":"docker run -d --name cache -p 6379:6379 redis:7","valid":true,"error":null,"exitCode":0,"warnings":[]},
              {"file":"deploy.sh","line":3,"column":1,"command":"docker run -p foo redis:7","valid":false,"error":"docker: invalid containerPort: foo","exitCode":125,"warnings":[]},
              {"file":"deploy.sh","line":4,"column":1,"command":"docker stop cache","valid":true,"error":null,"exitCode":0,"warnings":[]}
            ]

            """)
    }

    @Test func githubOutput() throws {
        let dir = try DockerTutorBinary.directory(["deploy.sh": Self.script + "\ndocker run redis -p 1:1\n"])
        let result = try DockerTutorBinary.run(["check", "--format=github", "deploy.sh"], in: dir)
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
            ::error file=deploy.sh,line=3,col=15,title=docker (exit 125)::docker: invalid containerPort: foo
            ::warning file=deploy.sh,line=5,col=12,title=DT006::redis has no tag, so docker uses redis:latest, which changes over time; pin a version (redis:TAG)
            ::warning file=deploy.sh,line=5,col=18,title=DT001::-p comes after the image redis, so docker passes it to the container's command; move it before redis

            """)
    }

    @Test func standardInputAndACleanListExitZero() throws {
        let result = try DockerTutorBinary.run(["check", "-"], input: "docker ps -a\ndocker images\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "checked 2 docker commands: all valid\n")
    }

    @Test func unreadableInputExitsTwoWithAClearMessage() throws {
        let dir = try DockerTutorBinary.directory(["ok.sh": "docker ps\n"])
        let result = try DockerTutorBinary.run(["check", "ok.sh", "missing.sh"], in: dir)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "docker-tutor check: cannot read missing.sh: no such file or directory\n")
        #expect(result.stdout == "checked 1 docker command: all valid\n")
    }

    @Test func unknownVerdictsDoNotFailTheCheck() throws {
        let result = try DockerTutorBinary.run(["check", "--format", "json", "-"], input: "docker $CMD\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("\"valid\":null,\"error\":null,\"exitCode\":null,\"warnings\":[{\"rule\":\"DT000\""))
    }

    @Test func markdownAndDockerfilesAreRecognisedByName() throws {
        let dir = try DockerTutorBinary.directory([
            "README.md": "Run it:\n\n```console\n$ docker run --rm hello-world\nHello from Docker!\n$ docker ps --bogus\n```\n",
            "Dockerfile": "FROM busybox\nRUN echo hi\n",
        ])
        let result = try DockerTutorBinary.run(["check", "README.md", "Dockerfile"], in: dir)
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
            README.md:6:13: error: unknown flag: --bogus [exit 125]
            $ docker ps --bogus
                        ^~~~~~~
            checked 2 docker commands: 1 invalid

            """)
    }
}

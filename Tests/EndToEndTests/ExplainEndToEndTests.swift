import Foundation
import Testing

/// `docker-tutor explain` as a user runs it, in both languages.
@Suite(.enabled(if: DockerTutorBinary.url != nil, "the docker-tutor binary is not built next to the tests"))
struct ExplainEndToEndTests {
    @Test func explainsInEnglish() throws {
        let result = try DockerTutorBinary.run(["explain", "docker run -d -p 8080:80 nginx:1.27"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            docker run -d -p 8080:80 nginx:1.27

            docker run  Create and run a new container from an image (short for docker container run)
            -d          --detach: Run container in background and print container ID
            -p 8080:80  --publish: Publish a container's port(s) to the host
                          host port 8080 (all host addresses) → container port 80/tcp
            nginx:1.27  IMAGE: the image nginx:1.27
                          registry:   docker.io (Docker Hub), implied
                          repository: library/nginx (no namespace written: docker adds "library/", where Docker Hub keeps its official images)
                          tag:        1.27

            ✓ docker accepts this command.

            """)
    }

    @Test(arguments: [(["--lang", "zh"], [String: String]()), ([], ["LANG": "zh_CN.UTF-8"]), ([], ["LC_ALL": "zh_CN.UTF-8"])])
    func explainsInChinese(_ options: [String], _ environment: [String: String]) throws {
        let result = try DockerTutorBinary.run(["explain"] + options + ["docker volume rm"], environment: environment)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            docker volume rm

            docker volume rm  删除一个或多个卷

            ✗ docker: 'docker volume rm' requires at least 1 argument
              docker 拒绝执行这条命令（退出码 1）。

            """)
    }

    @Test func unquotedWordsAreJoined() throws {
        let result = try DockerTutorBinary.run(["explain", "--lang", "en", "docker", "ps", "-q"])
        #expect(result.stdout.hasPrefix("docker ps -q\n\ndocker ps  List containers (short for docker container ls)\n-q         --quiet: Only display container IDs\n"))
    }

    @Test func aBrokenLineExitsTwo() throws {
        let result = try DockerTutorBinary.run(["explain", "docker run 'x"])
        #expect(result.exitCode == 2)
        #expect(result.stderr == "docker-tutor explain: unexpected EOF while looking for matching `''\n")
    }
}

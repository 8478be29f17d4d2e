import Testing
@testable import RealDocker

@Suite struct DestructiveActionTests {
    static let webID = "4f66ad9a0b2e4d2f8e1f0c3b5a6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d"
    static let created: Set<String> = ["web", "cache", webID]

    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var action: DestructiveAction?
        var description: String { line }
        init(_ line: String, _ action: DestructiveAction?) {
            self.line = line
            self.action = action
        }
    }

    static let cases: [Case] = [
        // Containers the replay created are its own.
        Case("docker rm web", nil),
        Case("docker rm -f web cache", nil),
        Case("docker container rm -fv /web", nil),
        Case("docker stop web", nil),
        Case("docker kill -s KILL web", nil),
        Case("docker stop 4f66ad9a0b2e", nil),
        Case("docker rm 4F66AD9A0B2E4D2F", nil),
        // Anyone else's are not.
        Case("docker rm db", .removeContainers(["db"], force: false)),
        Case("docker rm -f web db", .removeContainers(["db"], force: true)),
        Case("rm --force db", .removeContainers(["db"], force: true)),
        Case("docker container remove -vf db", .removeContainers(["db"], force: true)),
        Case("docker rm --volumes=true db", .removeContainers(["db"], force: false)),
        Case("docker rm 4f66", .removeContainers(["4f66"], force: false)),
        Case("docker stop -t 5 db", .stopContainers(["db"])),
        Case("docker stop -t5 web db", .stopContainers(["db"])),
        Case("docker stop --timeout 5 --signal SIGINT db", .stopContainers(["db"])),
        Case("docker container stop --time=3 db", .stopContainers(["db"])),
        Case("docker kill --signal HUP db web", .killContainers(["db"])),
        Case("docker kill -s HUP db", .killContainers(["db"])),
        Case("docker restart -t 0 db", .restartContainers(["db"])),
        Case("docker rm -- -weird", .removeContainers(["-weird"], force: false)),
        // Root options before the command.
        Case("docker -H tcp://10.0.0.1:2375 --context prod -D stop db", .stopContainers(["db"])),
        Case("docker --host=unix:///x.sock -l debug rm web", nil),
        Case("/usr/local/bin/docker rm db", .removeContainers(["db"], force: false)),
        // Images, volumes, networks: always.
        Case("docker rmi redis", .removeImages(["redis"])),
        Case("docker rmi -f --platform linux/amd64 redis busybox:latest", .removeImages(["redis", "busybox:latest"])),
        Case("docker image rm alpine", .removeImages(["alpine"])),
        Case("docker image remove alpine", .removeImages(["alpine"])),
        Case("docker volume rm data", .removeVolumes(["data"])),
        Case("docker volume remove -f data logs", .removeVolumes(["data", "logs"])),
        Case("docker network rm front", .removeNetworks(["front"])),
        // Any prune.
        Case("docker system prune -af --volumes", .prune("system")),
        Case("docker container prune", .prune("container")),
        Case("docker image prune -a --filter until=24h", .prune("image")),
        Case("docker volume prune -f", .prune("volume")),
        Case("docker network prune", .prune("network")),
        Case("docker builder prune --keep-storage 1g", .prune("builder")),
        // Other removals.
        Case("docker context rm prod", .remove(kind: "context", ["prod"])),
        Case("docker stack down app", .remove(kind: "stack", ["app"])),
        Case("docker service remove api", .remove(kind: "service", ["api"])),
        Case("docker compose -f a.yml -p app down -v", .compose("down")),
        Case("docker compose stop", .compose("stop")),
        Case("docker swarm leave --force", .leaveSwarm),
        // Harmless, help, or nothing to act on.
        Case("docker run -d --name web redis", nil),
        Case("docker ps -a", nil),
        Case("docker start db", nil),
        Case("docker compose up -d", nil),
        Case("docker volume ls", nil),
        Case("docker rm --help", nil),
        Case("docker rm -h db", nil),
        Case("docker system prune --help", nil),
        Case("docker --help", nil),
        Case("docker -v", nil),
        Case("docker", nil),
        Case("docker rmi", nil),
        Case("docker volume rm", nil),
        Case("docker image", nil),
    ]

    @Test(arguments: cases)
    func classifies(_ c: Case) {
        let words = c.line.split(separator: " ").map(String.init)
        #expect(DestructiveAction(arguments: words, createdByReplay: Self.created) == c.action)
    }

    struct ReasonCase: Sendable, CustomStringConvertible {
        var action: DestructiveAction
        var reason: String
        var description: String { reason }
    }

    static let reasons: [ReasonCase] = [
        ReasonCase(action: .removeContainers(["db"], force: true),
                   reason: "force-removes containers this replay did not create, even running ones: db"),
        ReasonCase(action: .removeContainers(["db", "api"], force: false),
                   reason: "removes containers this replay did not create: db, api"),
        ReasonCase(action: .stopContainers(["db"]), reason: "stops containers this replay did not create: db"),
        ReasonCase(action: .killContainers(["db"]), reason: "kills containers this replay did not create: db"),
        ReasonCase(action: .restartContainers(["db"]), reason: "restarts containers this replay did not create: db"),
        ReasonCase(action: .removeImages(["redis", "alpine"]), reason: "removes images: redis, alpine"),
        ReasonCase(action: .removeVolumes(["data"]), reason: "deletes volumes and the data in them: data"),
        ReasonCase(action: .removeNetworks(["front"]), reason: "removes networks: front"),
        ReasonCase(action: .prune("system"),
                   reason: "deletes all stopped containers, unused networks, unused images and build cache"),
        ReasonCase(action: .prune("volume"), reason: "deletes unused volumes and the data in them"),
        ReasonCase(action: .prune("widget"), reason: "deletes unused widget objects"),
        ReasonCase(action: .remove(kind: "context", ["prod"]), reason: "removes contexts: prod"),
        ReasonCase(action: .compose("down"), reason: "stops and removes a compose project's containers and networks"),
        ReasonCase(action: .leaveSwarm, reason: "makes this engine leave its swarm"),
    ]

    @Test(arguments: reasons)
    func explains(_ c: ReasonCase) {
        #expect(c.action.reason == c.reason)
    }
}

import DockerAPI
import Testing
@testable import DockerEngine

/// Publishing ports: allocation, conflicts, release (libnetwork portallocator, the bridge driver).
@Suite struct PortTests {
    static func publish(_ spec: [String: [PortBinding]], all: Bool = false) -> @Sendable (inout ContainerCreateRequest) -> Void {
        { r in
            for (port, bindings) in spec.sorted(by: { $0.key < $1.key }) { r.hostConfig.portBindings[port] = bindings }
            r.hostConfig.publishAllPorts = all
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var image: String
        var spec: [String: [PortBinding]]
        var all = false
        var ports: [String]
        var description: String { name }
    }

    static func text(_ p: PortSummary) -> String {
        p.publicPort == 0 ? "\(p.privatePort)/\(p.type)" : "\(p.ip):\(p.publicPort)->\(p.privatePort)/\(p.type)"
    }

    static let cases: [Case] = [
        Case(name: "exposed only", image: "redis", spec: [:], ports: ["6379/tcp"]),
        Case(name: "-p 8080:6379", image: "redis", spec: ["6379/tcp": [PortBinding(hostPort: "8080")]],
             ports: ["0.0.0.0:8080->6379/tcp", ":::8080->6379/tcp"]),
        Case(name: "-p 127.0.0.1:8080:6379", image: "redis", spec: ["6379/tcp": [PortBinding(hostIP: "127.0.0.1", hostPort: "8080")]],
             ports: ["127.0.0.1:8080->6379/tcp"]),
        Case(name: "-p 6379 (random)", image: "redis", spec: ["6379/tcp": [PortBinding()]],
             ports: ["0.0.0.0:32768->6379/tcp", ":::32768->6379/tcp"]),
        Case(name: "-P", image: "nginx", spec: [:], all: true, ports: ["0.0.0.0:32768->80/tcp", ":::32768->80/tcp"]),
        Case(name: "-p 53:53/udp and exposed", image: "redis", spec: ["53/udp": [PortBinding(hostPort: "53")]],
             ports: ["0.0.0.0:53->53/udp", ":::53->53/udp", "6379/tcp"]),
        Case(name: "a range", image: "redis", spec: ["6379/tcp": [PortBinding(hostPort: "7000-7005")]],
             ports: ["0.0.0.0:7000->6379/tcp", ":::7000->6379/tcp"]),
    ]

    @Test(arguments: cases)
    func allocation(_ c: Case) throws {
        let (d, _) = Fixtures.daemon(pulled: [c.image])
        let id = try d.run(c.image, configure: Self.publish(c.spec, all: c.all))
        let row = try d.containerList(ContainerListOptions()).first { $0.id == id }
        #expect(row?.ports.map(Self.text) == c.ports)
    }

    @Test func randomPortsContinueAfterTheLastOne() throws {
        let (d, _) = Fixtures.daemon(pulled: ["nginx"])
        var ports: [UInt16] = []
        for _ in 0..<3 {
            let id = try d.run("nginx", configure: Self.publish([:], all: true))
            ports.append(try d.containerList(ContainerListOptions()).first { $0.id == id }?.ports.first?.publicPort ?? 0)
        }
        #expect(ports == [32768, 32769, 32770])
    }

    @Test func aTakenHostPortFailsTheStartAndIsFreedOnStop() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let first = try d.run("redis", name: "one", configure: Self.publish(["6379/tcp": [PortBinding(hostPort: "6379")]]))
        let second = try d.create("redis", name: "two", configure: Self.publish(["6379/tcp": [PortBinding(hostPort: "6379")]]))
        do {
            try d.containerStart(second)
            Issue.record("the start should fail")
        } catch {
            let endpoint = try d.containerInspect(second, size: false).networkSettings.networks["bridge"]?.endpointID ?? "?"
            #expect(error.statusCode == 500)
            #expect(error.message.hasPrefix("failed to set up container networking: driver failed programming external connectivity on endpoint two ("))
            #expect(error.message.hasSuffix("): Bind for 0.0.0.0:6379 failed: port is already allocated"))
            #expect(endpoint == "")
        }
        let state = try d.containerInspect(second, size: false).state
        #expect(state.status == "created")
        #expect(state.exitCode == 128)
        #expect(state.error.hasSuffix("port is already allocated"))
        try d.containerStop(first, options: StopOptions())
        #expect(try d.containerInspect(first, size: false).networkSettings.ports.isEmpty)
        try d.containerStart(second)
        #expect(try d.containerInspect(second, size: false).state.status == "running")
    }

    @Test func inspectShowsBindingsWhileRunning() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let id = try d.run("redis", configure: Self.publish(["6379/tcp": [PortBinding(hostPort: "6380")]]))
        let json = GoJSON.encode(try d.containerInspect(id, size: false).networkSettings.ports.json)
        #expect(json == #"{"6379/tcp":[{"HostIp":"0.0.0.0","HostPort":"6380"},{"HostIp":"::","HostPort":"6380"}]}"#)
    }
}

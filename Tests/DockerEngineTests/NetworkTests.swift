import DockerAPI
import Testing
@testable import DockerEngine

/// Networks: the predefined three, user bridges, addresses, DNS, connect and disconnect (libnetwork, daemon/network.go).
@Suite struct NetworkTests {
    @Test func thePredefinedNetworks() throws {
        let (d, _) = Fixtures.daemon()
        let list = try d.networkList(FilterArgs())
        #expect(list.map { "\($0.name) \($0.driver) \($0.scope)" } == ["bridge bridge local", "host host local", "none null local"])
        let bridge = try d.networkInspect("bridge", verbose: false)
        #expect(GoJSON.encode(JSONValue.ordered([("IPAM", bridge.json["IPAM"])])) == #"{"IPAM":{"Driver":"default","Options":null,"Config":[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]}}"#)
        #expect(throws: EngineError.forbidden("bridge is a pre-defined network and cannot be removed")) { try d.networkRemove("bridge") }
        #expect(throws: EngineError.forbidden("operation is not permitted on predefined host network ")) {
            try d.networkCreate(NetworkCreateOptions(name: "host"))
        }
    }

    @Test func userNetworksTakeTheNextPoolAndAddressesInOrder() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.networkCreate(NetworkCreateOptions(name: "front"))
        _ = try d.networkCreate(NetworkCreateOptions(name: "back"))
        #expect(try d.networkInspect("back", verbose: false).ipamConfig == [IPAMConfig(subnet: "172.19.0.0/16", gateway: "172.19.0.1")])
        #expect(throws: EngineError.conflict("network with name front already exists")) { try d.networkCreate(NetworkCreateOptions(name: "front")) }
        var ips: [String] = []
        for name in ["a1", "a2", "a3"] {
            let id = try d.run("alpine", name: name, cmd: ["sleep", "100"]) { $0.hostConfig.networkMode = "front" }
            ips.append(try d.containerInspect(id, size: false).networkSettings.networks["front"]?.ipAddress ?? "")
        }
        #expect(ips == ["172.18.0.2", "172.18.0.3", "172.18.0.4"])
        try d.containerStop("a2", options: StopOptions(timeout: 0))
        let next = try d.run("alpine", name: "a4", cmd: ["sleep", "100"]) { $0.hostConfig.networkMode = "front" }
        #expect(try d.containerInspect(next, size: false).networkSettings.networks["front"]?.ipAddress == "172.18.0.3")
        let requested = try d.run("alpine", name: "fixed", cmd: ["sleep", "100"]) { r in
            var ep = EndpointSettings()
            ep.ipv4Address = "172.18.0.99"
            r.hostConfig.networkMode = "front"
            r.networkingConfig = NetworkingConfig(endpoints: [("front", ep)])
        }
        #expect(try d.containerInspect(requested, size: false).networkSettings.networks["front"]?.ipAddress == "172.18.0.99")
        let endpoints = try d.networkInspect("front", verbose: false).containers.values.map(\.ipv4Address).sorted()
        #expect(endpoints == ["172.18.0.2/16", "172.18.0.3/16", "172.18.0.4/16", "172.18.0.99/16"])
    }

    @Test func theDefaultBridgeFillsTheTopLevelNetworkSettings() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.run("alpine", cmd: ["sleep", "100"])
        let s = try d.containerInspect(id, size: false).networkSettings
        #expect(s.ipAddress == "172.17.0.2")
        #expect(s.gateway == "172.17.0.1")
        #expect(s.ipPrefixLen == 16)
        #expect(s.macAddress.count == 17)
        #expect(s.sandboxKey == "/var/run/docker/netns/" + s.sandboxID.prefix(12))
        #expect(s.networks["bridge"]?.dnsNames == nil)
    }

    @Test func namesResolveOnUserNetworksOnly() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.networkCreate(NetworkCreateOptions(name: "app"))
        let db = try d.run("alpine", name: "db", cmd: ["sleep", "100"]) { r in
            var ep = EndpointSettings()
            ep.aliases = ["database"]
            r.hostConfig.networkMode = "app"
            r.networkingConfig = NetworkingConfig(endpoints: [("app", ep)])
        }
        let web = try d.run("alpine", name: "web", cmd: ["sleep", "100"]) { $0.hostConfig.networkMode = "app" }
        let loner = try d.run("alpine", name: "loner", cmd: ["sleep", "100"])
        let dbIP = try d.containerInspect(db, size: false).networkSettings.networks["app"]?.ipAddress ?? ""
        #expect(d.resolve("db", from: web) == [dbIP])
        #expect(d.resolve("database", from: web) == [dbIP])
        #expect(d.resolve(String(db.prefix(12)), from: web) == [dbIP])
        #expect(d.resolve("db", from: loner).isEmpty)
        #expect(d.resolve("loner", from: web).isEmpty)
        #expect(try d.containerInspect(db, size: false).networkSettings.networks["app"]?.dnsNames == ["db", "database", String(db.prefix(12))])
        try d.containerRename("db", newName: "store")
        #expect(d.resolve("store", from: web) == [dbIP])
        #expect(d.resolve("db", from: web).isEmpty)
    }

    @Test func connectAndDisconnect() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.networkCreate(NetworkCreateOptions(name: "extra"))
        let id = try d.run("alpine", name: "web", cmd: ["sleep", "100"])
        try d.networkConnect("extra", container: "web", settings: EndpointSettings())
        #expect(try d.containerInspect(id, size: false).networkSettings.networks.keys.sorted() == ["bridge", "extra"])
        #expect(throws: EngineError.forbidden("endpoint with name web already exists in network extra")) {
            try d.networkConnect("extra", container: "web", settings: EndpointSettings())
        }
        #expect(throws: EngineError.forbidden("error while removing network: network extra has active endpoints (name:\"web\" id:\"\(shortID(try d.containerInspect(id, size: false).networkSettings.networks["extra"]?.endpointID ?? ""))\")")) {
            try d.networkRemove("extra")
        }
        try d.networkDisconnect("extra", container: "web", force: false)
        #expect(throws: EngineError.system("container \(id) is not connected to network extra")) {
            try d.networkDisconnect("extra", container: "web", force: false)
        }
        #expect(throws: EngineError.notFound("network nope not found")) {
            try d.networkConnect("nope", container: "web", settings: EndpointSettings())
        }
        try d.networkRemove("extra")
        let actions = try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["type": ["network"], "network": ["extra"]]))).map(\.action)
        #expect(actions == ["create", "connect", "disconnect", "destroy"])
    }

    @Test func aMissingNetworkFailsTheStart() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.create("alpine", cmd: ["true"]) { $0.hostConfig.networkMode = "ghost" }
        #expect(throws: EngineError.notFound("failed to set up container networking: network ghost not found")) { try d.containerStart(id) }
        #expect(try d.containerInspect(id, size: false).state.exitCode == 128)
    }

    @Test func overlappingSubnetsAreRefused() throws {
        let (d, _) = Fixtures.daemon()
        _ = try d.networkCreate(NetworkCreateOptions(name: "one", ipamConfig: [IPAMConfig(subnet: "10.10.0.0/16")]))
        #expect(try d.networkInspect("one", verbose: false).ipamConfig == [IPAMConfig(subnet: "10.10.0.0/16", gateway: "10.10.0.1")])
        #expect(throws: EngineError.forbidden("invalid pool request: Pool overlaps with other one on this address space")) {
            try d.networkCreate(NetworkCreateOptions(name: "two", ipamConfig: [IPAMConfig(subnet: "10.10.5.0/24")]))
        }
    }

    @Test func pruneRemovesUnusedUserNetworks() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        _ = try d.networkCreate(NetworkCreateOptions(name: "idle"))
        _ = try d.networkCreate(NetworkCreateOptions(name: "busy"))
        _ = try d.run("alpine", cmd: ["sleep", "100"]) { $0.hostConfig.networkMode = "busy" }
        #expect(try d.networksPrune(FilterArgs()).networksDeleted == ["idle"])
    }
}

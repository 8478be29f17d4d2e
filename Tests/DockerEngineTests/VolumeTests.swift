import DockerAPI
import Testing
@testable import DockerEngine

/// Volumes: creation, mounts, data that outlives containers, in-use errors, prune (volume/service, daemon/volumes.go).
@Suite struct VolumeTests {
    @Test func createInspectListRemove() throws {
        let (d, _) = Fixtures.daemon()
        let v = try d.volumeCreate(VolumeCreateOptions(name: "data", labels: ["team": "a"]))
        #expect(GoJSON.encodeIndented(v.json) == """
        {
            "CreatedAt": "2025-01-01T00:00:00Z",
            "Driver": "local",
            "Labels": {
                "team": "a"
            },
            "Mountpoint": "/var/lib/docker/volumes/data/_data",
            "Name": "data",
            "Options": {},
            "Scope": "local"
        }
        """)
        #expect(try d.volumeCreate(VolumeCreateOptions(name: "data")) == v)
        #expect(try d.volumeList(FilterArgs()).volumes.map(\.name) == ["data"])
        #expect(try d.volumeList(FilterArgs(["label": ["team=b"]])).volumes.isEmpty)
        try d.volumeRemove("data", force: false)
        #expect(throws: EngineError.notFound("get data: no such volume")) { try d.volumeInspect("data") }
        #expect(throws: EngineError.notFound("get data: no such volume")) { try d.volumeRemove("data", force: false) }
        try d.volumeRemove("data", force: true)
    }

    @Test(arguments: [("a", "create a: volume name is too short, names should be at least two alphanumeric characters"),
                      ("my vol", "create my vol: \"my vol\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path")])
    func badNames(_ name: String, _ message: String) {
        let (d, _) = Fixtures.daemon()
        #expect(throws: EngineError.invalidParameter(message)) { try d.volumeCreate(VolumeCreateOptions(name: name)) }
    }

    @Test func mountsOfEveryKindAsInspectShowsThem() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let id = try d.create("redis") { r in
            r.hostConfig.binds = ["named:/named", "/srv/site:/site:ro"]
            r.hostConfig.mounts = [Mount(type: .volume, source: "viamount", target: "/m"), Mount(type: .tmpfs, target: "/run/x")]
            r.config.volumes = ["/extra"]
        }
        let mounts = try d.containerInspect(id, size: false).mounts
        let anonymous = mounts.filter { $0.destination == "/data" || $0.destination == "/extra" }.map(\.name)
        #expect(anonymous.count == 2 && anonymous.allSatisfy { $0.count == 64 })
        #expect(mounts.map { "\($0.type) \($0.name.count == 64 ? "<anon>" : $0.name) \($0.source) \($0.destination) \($0.mode) \($0.rw) \($0.propagation)" } == [
            "volume <anon> /var/lib/docker/volumes/\(anonymous[0])/_data /data  true ",
            "volume <anon> /var/lib/docker/volumes/\(anonymous[1])/_data /extra  true ",
            "volume viamount /var/lib/docker/volumes/viamount/_data /m z true ",
            "volume named /var/lib/docker/volumes/named/_data /named z true ",
            "tmpfs   /run/x  true ",
            "bind  /srv/site /site ro false rprivate",
        ])
        #expect(d.state.volumes[anonymous[0]]?.labels == ["com.docker.volume.anonymous": ""])
        #expect(d.state.volumes["named"]?.labels == nil)
    }

    @Test func dataOutlivesTheContainerAndIsSharedByVolumesFrom() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let writer = try d.run("alpine", name: "writer", cmd: ["sh", "-c", "echo persisted > /data/note"]) { $0.hostConfig.binds = ["notes:/data"] }
        _ = try d.containerWait(writer, condition: .notRunning)
        try d.containerRemove(writer, options: ContainerRemoveOptions(removeVolumes: true))
        #expect(d.state.volumes["notes"]?.content.file("/note") == "persisted\n")
        let reader = try d.run("alpine", name: "reader", cmd: ["cat", "/data/note"]) { $0.hostConfig.binds = ["notes:/data"] }
        _ = try d.containerWait(reader, condition: .notRunning)
        #expect(try d.output(reader) == "persisted\n")
        let borrower = try d.run("alpine", cmd: ["ls", "/data"]) { $0.hostConfig.volumesFrom = ["reader:ro"] }
        _ = try d.containerWait(borrower, condition: .notRunning)
        #expect(try d.output(borrower) == "note\n")
        #expect(try d.containerInspect(borrower, size: false).mounts.map(\.rw) == [false])
    }

    @Test func aVolumeInUseCannotBeRemoved() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let one = try d.create("alpine", cmd: ["true"]) { $0.hostConfig.binds = ["shared:/s"] }
        let two = try d.create("alpine", cmd: ["true"]) { $0.hostConfig.binds = ["shared:/s"] }
        #expect(throws: EngineError.conflict("remove shared: volume is in use - [\(one), \(two)]")) { try d.volumeRemove("shared", force: false) }
        #expect(throws: EngineError.conflict("remove shared: volume is in use - [\(one), \(two)]")) { try d.volumeRemove("shared", force: true) }
        try d.containerRemove(one, options: ContainerRemoveOptions())
        try d.containerRemove(two, options: ContainerRemoveOptions())
        try d.volumeRemove("shared", force: false)
    }

    @Test func rmVRemovesOnlyAnonymousVolumes() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let id = try d.create("redis") { $0.hostConfig.binds = ["keep:/keep"] }
        #expect(d.state.volumes.count == 2)
        try d.containerRemove(id, options: ContainerRemoveOptions(removeVolumes: true))
        #expect(d.state.volumes.keys.sorted() == ["keep"])
    }

    @Test func pruneTakesAnonymousUnusedVolumesUnlessAll() throws {
        let (d, _) = Fixtures.daemon(pulled: ["redis"])
        let id = try d.create("redis")
        _ = try d.volumeCreate(VolumeCreateOptions(name: "named"))
        try d.containerRemove(id, options: ContainerRemoveOptions())
        let anonymous = d.state.volumes.values.first { $0.anonymous }?.name ?? ""
        let kept = try d.create("redis")
        _ = kept
        let report = try d.volumesPrune(FilterArgs())
        #expect(report.volumesDeleted == [anonymous])
        #expect(try d.volumesPrune(FilterArgs(["all": ["true"]])).volumesDeleted == ["named"])
        #expect(throws: EngineError.invalidParameter("invalid filter 'dangling'")) { try d.volumesPrune(FilterArgs(["dangling": ["true"]])) }
    }
}

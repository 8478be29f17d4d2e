import DockerAPI
import Testing
@testable import DockerEngine

/// Container state transitions and the daemon's error texts for the ones that are refused.
@Suite struct LifecycleTests {
    /// A container in a given state, made the way a user would.
    enum Start: String, Sendable, CaseIterable {
        case created, running, paused, exited

        func make(_ d: DockerDaemon) throws -> String {
            let id = try d.create("alpine", name: "web", cmd: ["sleep", "1000"])
            switch self {
            case .created: break
            case .running: try d.containerStart(id)
            case .paused:
                try d.containerStart(id)
                try d.containerPause(id)
            case .exited:
                try d.containerStart(id)
                try d.containerKill(id, signal: "")
            }
            return id
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        var from: Start
        var action: String
        /// `nil` when the action succeeds; `{id}` stands for the container id.
        var error: String?
        var status: Int = 0
        /// The state afterwards, `nil` when removed.
        var after: String?
        var description: String { "\(action) on \(from)" }
    }

    static let cases: [Case] = [
        Case(from: .created, action: "start", after: "running"),
        Case(from: .running, action: "start", after: "running"),
        Case(from: .paused, action: "start", error: "cannot start a paused container, try unpause instead", status: 409, after: "paused"),
        Case(from: .exited, action: "start", after: "running"),
        Case(from: .created, action: "stop", after: "created"),
        Case(from: .running, action: "stop", after: "exited"),
        Case(from: .paused, action: "stop", after: "exited"),
        Case(from: .exited, action: "stop", after: "exited"),
        Case(from: .created, action: "kill", error: "cannot kill container: web: container {id} is not running", status: 409, after: "created"),
        Case(from: .running, action: "kill", after: "exited"),
        Case(from: .paused, action: "kill", after: "exited"),
        Case(from: .exited, action: "kill", error: "cannot kill container: web: container {id} is not running", status: 409, after: "exited"),
        Case(from: .created, action: "pause", error: "container {id} is not running", status: 409, after: "created"),
        Case(from: .running, action: "pause", after: "paused"),
        Case(from: .paused, action: "pause", error: "Container {id} is already paused", status: 409, after: "paused"),
        Case(from: .exited, action: "pause", error: "container {id} is not running", status: 409, after: "exited"),
        Case(from: .created, action: "unpause", error: "Container {id} is not paused", status: 500, after: "created"),
        Case(from: .running, action: "unpause", error: "Container {id} is not paused", status: 500, after: "running"),
        Case(from: .paused, action: "unpause", after: "running"),
        Case(from: .exited, action: "unpause", error: "Container {id} is not paused", status: 500, after: "exited"),
        Case(from: .created, action: "restart", after: "running"),
        Case(from: .running, action: "restart", after: "running"),
        Case(from: .exited, action: "restart", after: "running"),
        Case(from: .created, action: "rm", after: nil),
        Case(from: .running, action: "rm", error: "cannot remove container \"web\": container is running: stop the container before removing or force remove", status: 409, after: "running"),
        Case(from: .paused, action: "rm", error: "cannot remove container \"web\": container is paused and must be unpaused first", status: 409, after: "paused"),
        Case(from: .exited, action: "rm", after: nil),
        Case(from: .running, action: "rm -f", after: nil),
        Case(from: .paused, action: "rm -f", after: nil),
        Case(from: .created, action: "exec", error: "container {id} is not running", status: 409, after: "created"),
        Case(from: .paused, action: "exec", error: "Container {id} is paused, unpause the container before exec", status: 409, after: "paused"),
        Case(from: .running, action: "exec", after: "running"),
    ]

    @Test(arguments: cases)
    func transition(_ c: Case) throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try c.from.make(d)
        do {
            switch c.action {
            case "start": try d.containerStart("web")
            case "stop": try d.containerStop("web", options: StopOptions(timeout: 1))
            case "kill": try d.containerKill("web", signal: "")
            case "pause": try d.containerPause("web")
            case "unpause": try d.containerUnpause("web")
            case "restart": try d.containerRestart("web", options: StopOptions(timeout: 1))
            case "rm": try d.containerRemove("web", options: ContainerRemoveOptions())
            case "rm -f": try d.containerRemove("web", options: ContainerRemoveOptions(force: true))
            case "exec": _ = try d.execCreate("web", config: ExecCreateConfig(cmd: ["true"]))
            default: Issue.record("unknown action")
            }
            #expect(c.error == nil, "expected an error")
        } catch {
            #expect(error.message == c.error?.replacingOccurrences(of: "{id}", with: id))
            #expect(error.statusCode == c.status)
        }
        #expect(d.state.containers[id]?.status == c.after)
    }

    @Test func unknownContainersAreNamedInTheError() {
        let (d, _) = Fixtures.daemon()
        #expect(throws: EngineError.notFound("No such container: nope")) { try d.containerStart("nope") }
        #expect(throws: EngineError.notFound("No such container: nope")) { try d.containerInspect("nope", size: false) }
        #expect(throws: EngineError(404, "cannot kill container: nope: No such container: nope")) { try d.containerKill("nope", signal: "") }
        #expect(throws: EngineError.notFound("No such container: nope")) { try d.containerRemove("nope", options: ContainerRemoveOptions()) }
    }

    @Test func containersAreFoundByIdPrefixAndName() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.create("alpine", name: "web", cmd: ["true"])
        #expect(try d.containerInspect(String(id.prefix(5)), size: false).id == id)
        #expect(try d.containerInspect("/web", size: false).id == id)
        #expect(try d.containerInspect("web", size: false).name == "/web")
    }

    struct NameCase: Sendable, CustomStringConvertible {
        var name: String
        var error: String
        var description: String { name }
    }

    static let badNames: [NameCase] = [
        NameCase(name: "a", error: "Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
        NameCase(name: "-web", error: "Invalid container name (-web), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
        NameCase(name: "my web", error: "Invalid container name (my web), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"),
    ]

    @Test(arguments: badNames)
    func invalidNamesAreRefused(_ c: NameCase) {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        #expect(throws: EngineError.invalidParameter(c.error)) { try d.create("alpine", name: c.name, cmd: ["true"]) }
    }

    @Test func aNameInUseIsAConflictNamingTheHolder() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let first = try d.create("alpine", name: "web", cmd: ["true"])
        #expect(throws: EngineError.conflict("Conflict. The container name \"/web\" is already in use by container \"\(first)\". You have to remove (or rename) that container to be able to reuse that name.")) {
            try d.create("alpine", name: "web", cmd: ["true"])
        }
    }

    @Test func createNeedsTheImageAndACommand() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        #expect(throws: EngineError.notFound("No such image: redis:latest")) { try d.create("redis") }
        #expect(throws: EngineError.notFound("No such image: redis:7")) { try d.create("redis:7") }
        #expect(throws: EngineError.invalidParameter("no command specified")) {
            try d.create("alpine") { $0.config.cmd = nil; $0.config.entrypoint = [""] }
        }
    }

    @Test func renameUpdatesTheNameIndex() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        let id = try d.create("alpine", name: "old", cmd: ["true"])
        let other = try d.create("alpine", name: "taken", cmd: ["true"])
        try d.containerRename("old", newName: "new")
        #expect(try d.containerInspect("new", size: false).id == id)
        #expect(throws: EngineError.notFound("No such container: old")) { try d.containerInspect("old", size: false) }
        _ = try d.create("alpine", name: "old", cmd: ["true"])
        #expect(throws: EngineError.conflict("Error when allocating new name: Conflict. The container name \"/taken\" is already in use by container \"\(other)\". You have to remove (or rename) that container to be able to reuse that name.")) {
            try d.containerRename("new", newName: "taken")
        }
        #expect(throws: EngineError.invalidParameter("Renaming a container with the same name as its current name")) {
            try d.containerRename("new", newName: "new")
        }
        let renamed = try d.events(EventsOptions(since: Timestamp(nanoseconds: 0), filters: FilterArgs(["event": ["rename"]])))
        #expect(renamed.map { $0.attributes["oldName"] } == ["/old"])
    }

    @Test func generatedNamesFollowTheNamesGeneratorRule() throws {
        let (d, _) = Fixtures.daemon(pulled: ["alpine"])
        var names = Set<String>()
        for _ in 0..<200 {
            let id = try d.create("alpine", cmd: ["true"])
            let name = try d.containerInspect(id, size: false).name
            names.insert(name)
            let parts = name.dropFirst().split(separator: "_")
            #expect(parts.count == 2)
            #expect(NameWords.left.contains(String(parts[0])))
            #expect(name != "/boring_wozniak")
        }
        #expect(names.count == 200)
    }

    @Test func aSeededDaemonIsDeterministic() throws {
        func run() throws -> [String] {
            let (d, _) = Fixtures.daemon(pulled: ["alpine"], seed: 7)
            let a = try d.run("alpine", cmd: ["true"])
            let b = try d.run("alpine", cmd: ["true"])
            return [a, b, try d.containerInspect(a, size: false).name, try d.containerInspect(b, size: false).name]
        }
        let first = try run()
        #expect(try run() == first)
        #expect(first[0].count == 64)
    }

    @Test func retriedNamesGetADigitAndTheIdIsTheLastResort() {
        var random = RandomSource.seeded(SplitMix64(seed: 1))
        let name = NameGenerator.name(retry: 3, random: &random)
        #expect(name.last?.isNumber == true)
    }
}

import Foundation
import Testing
@testable import DockerAPI
@testable import DockerCLI

/// The run/create conversion against what the docker 28.2.2 client really does.
///
/// `Golden/ValuesCreateRequests.json` was recorded by running each command line with the real
/// client against a fake daemon that stores the body of `POST /containers/create` (see its
/// `note`): for accepted lines the test compares our request, field for field, with the body and
/// query docker sent; for refused lines it compares the full stderr text and the exit code.
@Suite struct ValuesCreateRequestTests {
    struct Capture: Decodable, Sendable, CustomStringConvertible {
        var command: String
        var args: [String]
        var exitCode: Int32
        var stderr: String
        var path: String?
        var after: String?
        var bodyJSON: String?

        var description: String { "docker \(command) " + args.joined(separator: " ") }

        enum CodingKeys: String, CodingKey { case command, args, exitCode, stderr, path, after, body }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            command = try c.decode(String.self, forKey: .command)
            args = try c.decode([String].self, forKey: .args)
            exitCode = try c.decode(Int32.self, forKey: .exitCode)
            stderr = try c.decode(String.self, forKey: .stderr)
            path = try c.decodeIfPresent(String.self, forKey: .path)
            after = try c.decodeIfPresent(String.self, forKey: .after)
            bodyJSON = try c.decodeIfPresent(AnyJSON.self, forKey: .body).map { $0.canonical }
        }
    }

    struct Golden: Decodable {
        var files: [String: String?]
        var cases: [Capture]
    }

    static let golden: Golden = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/ValuesCreateRequests.json")
        // swiftlint:disable:next force_try
        return try! JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
    }()

    static let workingDirectory = "/tmp/gen/cwd"

    static var context: ContainerOptionsContext {
        var files: [String: [UInt8]] = [:]
        for (name, content) in golden.files {
            files[workingDirectory + "/" + name] = content.map { Array($0.utf8) }
        }
        files[workingDirectory + "/badutf8.env"] = Array("A=1\nB=".utf8) + [0xFF, 0xFE, 0x0A]
        let snapshot = files
        return ContainerOptionsContext(
            environment: { $0 == "HOSTVAR" ? "fromhost" : nil },
            readFile: { path in snapshot[path].map { .success($0) } ?? .failure(.notFound) },
            workingDirectory: workingDirectory,
            stdinIsTerminal: false)
    }

    static let accepted = golden.cases.filter { $0.bodyJSON != nil }
    static let refused = golden.cases.filter { $0.bodyJSON == nil && $0.after == nil }

    /// Lines the client sends but moby refuses with values our request types cannot carry; the
    /// conversion answers for the daemon. Texts from moby v28.2.2 (`ValidateRestartPolicy`,
    /// `errMountConfig`), since the fake daemon accepted everything.
    static let daemonRefusals: [String: String] = [
        "docker create --restart foo redis":
            "invalid restart policy: unknown policy 'foo'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
        "docker run --restart foo redis":
            "invalid restart policy: unknown policy 'foo'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
        "docker create --mount type=foo,dst=/x redis": "invalid mount config for type \"foo\": mount type unknown",
        "docker run --mount type=foo,dst=/x redis": "invalid mount config for type \"foo\": mount type unknown",
    ]

    @Test(arguments: accepted)
    func sendsWhatDockerSends(_ c: Capture) throws {
        let line = try RunCommandLine.read(c.args)
        let command = ContainerCommand(rawValue: c.command) ?? .create
        let result = ContainerOptions.plan(command: command, flags: line.flags, image: line.image, args: line.args,
                                           context: Self.context)
        if let daemonMessage = Self.daemonRefusals[c.description] {
            #expect(result.failure == ContainerOptionsError(.daemon, daemonMessage))
            let expected = command == .run
                ? "docker: Error response from daemon: \(daemonMessage)\n\nRun 'docker run --help' for more information\n"
                : "Error response from daemon: \(daemonMessage)\n"
            #expect(result.failure?.rendered(for: command) == expected)
            #expect(result.failure?.exitCode(for: command) == (command == .run ? 125 : 1))
            return
        }
        guard case .success(let plan) = result else {
            Issue.record("refused: \(result)")
            return
        }
        #expect(Self.createBody(plan.request) == c.bodyJSON)
        #expect(Self.createPath(plan.request) == c.path)
    }

    @Test(arguments: refused)
    func refusesAsDockerRefuses(_ c: Capture) throws {
        let line = try RunCommandLine.read(c.args)
        let command = ContainerCommand(rawValue: c.command) ?? .create
        let result = ContainerOptions.plan(command: command, flags: line.flags, image: line.image, args: line.args,
                                           context: Self.context)
        guard case .failure(let error) = result else {
            Issue.record("accepted, docker said: \(c.stderr)")
            return
        }
        #expect(error.rendered(for: command) == c.stderr)
        #expect(error.exitCode(for: command) == c.exitCode)
    }

    /// The JSON body of `POST /containers/create`: the config's fields, then `HostConfig` and `NetworkingConfig`.
    static func createBody(_ request: ContainerCreateRequest) -> String? {
        guard case .object(var members) = request.config.json else { return nil }
        members.append(JSONMember("HostConfig", request.hostConfig.json))
        let endpoints = JSONValue.object(request.networkingConfig.endpoints.map { JSONMember($0.name, $0.settings.json) })
        members.append(JSONMember("NetworkingConfig", .object([JSONMember("EndpointsConfig", endpoints)])))
        let text = GoJSON.encode(.object(members))
        return (try? JSONDecoder().decode(AnyJSON.self, from: Data(text.utf8)))?.canonical
    }

    /// The request path with the query docker builds (`platform` before `name`, URL-encoded).
    static func createPath(_ request: ContainerCreateRequest) -> String {
        var query: [String] = []
        if !request.platform.isEmpty { query.append("platform=" + encode(request.platform)) }
        if !request.name.isEmpty { query.append("name=" + encode(request.name)) }
        return "/v1.50/containers/create" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")) ?? s
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}

/// Any JSON document, re-encoded with sorted keys so two documents compare as text.
struct AnyJSON: Decodable {
    var canonical: String

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            canonical = "null"
        } else if let b = try? value.decode(Bool.self) {
            canonical = b ? "true" : "false"
        } else if let i = try? value.decode(Int64.self) {
            canonical = String(i)
        } else if let d = try? value.decode(Double.self) {
            canonical = String(d)
        } else if let s = try? value.decode(String.self) {
            canonical = GoJSON.encode(.string(s))
        } else if let a = try? value.decode([AnyJSON].self) {
            canonical = "[" + a.map(\.canonical).joined(separator: ",") + "]"
        } else {
            let o = try value.decode([String: AnyJSON].self)
            canonical = "{" + o.keys.sorted().map { GoJSON.encode(.string($0)) + ":" + (o[$0]?.canonical ?? "") }
                .joined(separator: ",") + "}"
        }
    }
}

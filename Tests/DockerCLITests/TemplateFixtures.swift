import DockerAPI
@testable import DockerCLI

/// Template data shaped like what the docker 28.2.2 client hands its templates, so that
/// outputs and errors recorded from the real client can be compared with this engine's.
enum TemplateFixtures {
    /// `docker version`'s `versionInfo` when no daemon answers: the client's
    /// `system.clientVersion` and a nil `*types.Version` server (`docker version --format`
    /// prints its template's output before failing to connect).
    static let versionInfo: TemplateValue = {
        let fields: [(String, String, String?)] = [
            ("Version", "28.2.2", "Version"), ("APIVersion", "1.50", "ApiVersion"), ("DefaultAPIVersion", "1.50", "DefaultAPIVersion"),
            ("GitCommit", "e6534b4", "GitCommit"), ("GoVersion", "go1.24.3", "GoVersion"), ("Os", "linux", "Os"),
            ("Arch", "amd64", "Arch"), ("BuildTime", "Fri May 30 12:07:14 2025", "BuildTime"), ("Context", "default", "Context"),
        ]
        let platform = TemplateValue.nilValue(of: .pointer(.namedStruct("system.platformInfo", fields: ["Name"])))
        let json: JSONValue = .object(fields.map { JSONMember($0.2 ?? $0.0, .string($0.1)) })
        let client = TemplateValue.structure(
            "system.clientVersion",
            fields: [GoField("Platform", platform)] + fields.map { GoField($0.0, .string($0.1)) },
            marshalJSON: { json }
        )
        let server = TemplateValue.nilValue(of: .pointer(.namedStruct("types.Version", fields: ["Platform", "Components", "Version"])))
        return .structure("system.versionInfo", fields: [GoField("Client", client), GoField("Server", server)])
    }()

    /// The `*formatter.ContainerContext` docker ps executes a `--format` template on before
    /// contacting the daemon (`NewContainerContext()` over a zero `container.Summary`).
    static let emptyContainerContext: TemplateValue = {
        let label = GoFunction(parameters: [.typed(.string)], result: .string) { _ in .string("") }
        let platform = TemplateValue.nilValue(of: .pointer(.namedStruct("formatter.Platform", fields: ["Platform"])))
        let header = TemplateValue.headerContext(["ID": "CONTAINER ID", "Names": "NAMES", "Image": "IMAGE"])
        return .formatterContext(
            "formatter.ContainerContext",
            getters: [
                ("ID", .string("")), ("Names", .string("")), ("Image", .string("<no image>")), ("Command", .string("\"\"")),
                ("CreatedAt", .string("1970-01-01 00:00:00 +0000 UTC")), ("RunningFor", .string("56 years ago")),
                ("Platform", platform), ("Ports", .string("")), ("State", .string("")), ("Status", .string("")),
                ("Size", .string("0B")), ("Labels", .string("")), ("Mounts", .string("")), ("LocalVolumes", .string("0")),
                ("Networks", .string("")),
            ],
            methods: ["Label": label, "FullHeader": .getter(header)],
            fields: [
                GoField("Header", header), GoField("trunc", .bool(false)),
                GoField("FieldsUsed", .nilValue(of: .map(.string, .emptyInterface))),
            ]
        )
    }()

    /// A container inspect document as the Engine API returns it (trimmed), for templates over decoded JSON.
    static let inspectJSON: JSONValue = .object([
        JSONMember("Id", "4f66ad9a0b2e5e0f1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899"),
        JSONMember("Name", "/web"),
        JSONMember("State", .object([
            JSONMember("Status", "running"), JSONMember("Running", true), JSONMember("Pid", 4242), JSONMember("ExitCode", 0),
        ])),
        JSONMember("SizeRw", 1_234_567),
        JSONMember("Config", .object([
            JSONMember("Hostname", "4f66ad9a0b2e"), JSONMember("Image", "nginx:latest"),
            JSONMember("Env", ["PATH=/usr/bin", "NGINX_VERSION=1.27.0"]),
            JSONMember("Cmd", ["nginx", "-g", "daemon off;"]),
            JSONMember("Labels", .object([JSONMember("com.example.vendor", "ACME"), JSONMember("app", "web")])),
            JSONMember("Healthcheck", .null),
        ])),
        JSONMember("Mounts", .array([
            .object([JSONMember("Type", "volume"), JSONMember("Name", "data"), JSONMember("Destination", "/data")]),
            .object([JSONMember("Type", "bind"), JSONMember("Source", "/srv"), JSONMember("Destination", "/srv")]),
        ])),
        JSONMember("NetworkSettings", .object([
            JSONMember("Networks", .object([
                JSONMember("bridge", .object([JSONMember("IPAddress", "172.17.0.2"), JSONMember("Gateway", "172.17.0.1")])),
            ])),
        ])),
    ])
}

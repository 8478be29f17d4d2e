/// The values docker runs a `--format` template over before contacting the daemon, to find
/// templates that would fail (a field the type does not have) without any data to show.
///
/// Only the types matter for errors (`can't evaluate field Foo in type *events.Message`); the
/// values are the zero values docker uses.
enum FormatProbes {
    /// `formatter.NewContainerContext()` over a zero `container.Summary`: what `docker ps` probes.
    static let containerContext: TemplateValue = {
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

    /// `&events.Message{}`: what `docker events --format` is run over before the API call.
    static let eventsMessage: TemplateValue = {
        let actor = TemplateValue.structure("events.Actor", fields: [
            GoField("ID", .string("")),
            GoField("Attributes", .nilValue(of: .map(.string, .string))),
        ])
        return .pointer(to: .structure("events.Message", fields: [
            GoField("Status", .string("")), GoField("ID", .string("")), GoField("From", .string("")),
            GoField("Type", TemplateValue(type: .named("events.Type", .string), storage: .string(""))),
            GoField("Action", TemplateValue(type: .named("events.Action", .string), storage: .string(""))),
            GoField("Actor", actor), GoField("Scope", .string("")),
            GoField("Time", .int(0, type: .int64)), GoField("TimeNano", .int(0, type: .int64)),
        ]))
    }()

    /// A `*formatter.clientContextContext` row of `docker context ls`.
    static let clientContext: TemplateValue = .formatterContext(
        "formatter.clientContextContext",
        getters: [
            ("Current", .bool(true)), ("Name", .string("default")),
            ("Description", .string("Current DOCKER_HOST based configuration")),
            ("DockerEndpoint", .string("unix:///var/run/docker.sock")), ("Error", .string("")),
        ],
        methods: ["FullHeader": .getter(TemplateValue.headerContext([
            "Name": "NAME", "Description": "DESCRIPTION", "DockerEndpoint": "DOCKER ENDPOINT", "Error": "ERROR",
        ]))],
        fields: [GoField("Header", TemplateValue.headerContext([:]))]
    )
}

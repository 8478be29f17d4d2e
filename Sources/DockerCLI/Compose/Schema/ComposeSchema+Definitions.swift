/// The shared `definitions` of compose-spec.json (compose-go v2.6.4), written out by hand.
///
/// Kept in the spec's own property order so that, where Go's random map order would pick any
/// error, ours picks the first one the spec lists.
enum ComposeSchema {
    static let bs = S.t("boolean", "string")
    static let isS = S.t("integer", "string")
    static let nsS = S.t("number", "string")
    static let str = S.t("string")

    static let listOfStrings = S.array(str, unique: true)
    static let stringOrList = S.oneOf(str, listOfStrings)
    static let listOrDict = S.oneOf(
        S.map(".+", S.t("string", "number", "boolean", "null")),
        S.array(str, unique: true)
    )
    static let extraHosts = S.oneOf(
        S.map(".+", S.oneOf(str, S.array(str))),
        S.array(str, unique: true)
    )
    static let command = S.oneOf(S.t("null"), str, S.array(str))
    static let envFile = S.oneOf(
        str,
        S.array(S.oneOf(str, S.object([("path", str), ("format", str), ("required", bs)], required: ["path"], extensions: false)))
    )
    static let labelFile = S.oneOf(str, S.array(str))
    static let blkioLimit = S.object([("path", str), ("rate", isS)], extensions: false)
    static let blkioWeight = S.object([("path", str), ("weight", isS)], extensions: false)
    static let serviceConfigOrSecret = S.array(S.oneOf(
        str,
        S.object([("source", str), ("target", str), ("uid", str), ("gid", str), ("mode", nsS)])
    ))
    static let ulimits = S.map("^[a-z]+$", S.oneOf(
        isS,
        S.object([("hard", isS), ("soft", isS)], required: ["soft", "hard"])
    ), closed: false)
    static let serviceHook = S.object([
        ("command", command), ("user", str), ("privileged", bs), ("working_dir", str), ("environment", listOrDict),
    ], required: ["command"])

    static let healthcheck = S.object([
        ("disable", bs), ("interval", str), ("retries", nsS), ("test", S.oneOf(str, S.array(str))),
        ("timeout", str), ("start_period", str), ("start_interval", str),
    ])

    static let development = S.object([
        ("watch", S.array(S.object([
            ("ignore", stringOrList), ("include", stringOrList), ("path", str),
            ("action", S.string(enum: ["rebuild", "sync", "restart", "sync+restart", "sync+exec"])),
            ("target", str), ("exec", serviceHook),
        ], required: ["path", "action"]))),
    ], types: ["object", "null"])

    static let devices = S.array(S.object([
        ("capabilities", listOfStrings), ("count", S.t("string", "integer")), ("device_ids", listOfStrings),
        ("driver", str), ("options", listOrDict),
    ], required: ["capabilities"]))

    static let gpus = S.oneOf(
        S.string(enum: ["all"]),
        SchemaNode(types: ["array"], additional: .forbidden, items: SchemaNode(types: ["object"], properties: [
            ("capabilities", listOfStrings), ("count", S.t("string", "integer")), ("device_ids", listOfStrings),
            ("driver", str), ("options", listOrDict),
        ], patternProperties: [("^x-", S.anything)]))
    )

    static let genericResources = S.array(S.object([
        ("discrete_resource_spec", S.object([("kind", str), ("value", nsS)])),
    ]))

    static let updateConfig = S.object([
        ("parallelism", isS), ("delay", str), ("failure_action", str), ("monitor", str),
        ("max_failure_ratio", nsS), ("order", S.string(enum: ["start-first", "stop-first"])),
    ])

    static let deployment = S.object([
        ("mode", str), ("endpoint_mode", str), ("replicas", isS), ("labels", listOrDict),
        ("rollback_config", updateConfig), ("update_config", updateConfig),
        ("resources", S.object([
            ("limits", S.object([("cpus", nsS), ("memory", str), ("pids", isS)])),
            ("reservations", S.object([
                ("cpus", nsS), ("memory", str), ("generic_resources", genericResources), ("devices", devices),
            ])),
        ])),
        ("restart_policy", S.object([("condition", str), ("delay", str), ("max_attempts", isS), ("window", str)])),
        ("placement", S.object([
            ("constraints", S.array(str)),
            ("preferences", S.array(S.object([("spread", str)]))),
            ("max_replicas_per_node", isS),
        ])),
    ], types: ["object", "null"])

    static let include = S.oneOf(
        str,
        S.object([("path", stringOrList), ("env_file", stringOrList), ("project_directory", str)], extensions: false)
    )

    static let external = SchemaNode(types: ["boolean", "string", "object"],
                                      properties: [("name", str)],
                                      patternProperties: [("^x-", S.anything)],
                                      additional: .forbidden)
    static let externalOpen = SchemaNode(types: ["boolean", "string", "object"], properties: [("name", str)])
    static let driverOpts = S.map("^.+$", S.t("string", "number"), closed: false)

    static let network = S.object([
        ("name", str), ("driver", str), ("driver_opts", driverOpts),
        ("ipam", S.object([
            ("driver", str),
            ("config", S.array(S.object([
                ("subnet", str), ("ip_range", str), ("gateway", str),
                ("aux_addresses", S.map("^.+$", str)),
            ]))),
            ("options", S.map("^.+$", str)),
        ])),
        ("external", external), ("internal", bs), ("enable_ipv4", bs), ("enable_ipv6", bs),
        ("attachable", bs), ("labels", listOrDict),
    ], types: ["object", "null"])

    static let volume = S.object([
        ("name", str), ("driver", str), ("driver_opts", driverOpts), ("external", external), ("labels", listOrDict),
    ], types: ["object", "null"])

    static let secret = S.object([
        ("name", str), ("environment", str), ("file", str), ("external", externalOpen), ("labels", listOrDict),
        ("driver", str), ("driver_opts", driverOpts), ("template_driver", str),
    ])

    static let config = S.object([
        ("name", str), ("content", str), ("environment", str), ("file", str), ("external", externalOpen),
        ("labels", listOrDict), ("template_driver", str),
    ])

    static let resourceName = "^[a-zA-Z0-9._-]+$"

    /// The document root.
    static let root = SchemaNode(
        types: ["object"],
        properties: [
            ("version", str), ("name", str), ("include", S.array(include)),
            ("services", S.map(resourceName, service)),
            ("networks", S.map(resourceName, network, closed: false)),
            ("volumes", S.map(resourceName, volume)),
            ("secrets", S.map(resourceName, secret)),
            ("configs", S.map(resourceName, config)),
        ],
        patternProperties: [("^x-", S.anything)],
        additional: .forbidden
    )
}

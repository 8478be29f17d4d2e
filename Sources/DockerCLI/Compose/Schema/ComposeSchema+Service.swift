/// `definitions.service` of compose-spec.json, by hand, in the spec's property order.
extension ComposeSchema {
    static let build = S.oneOf(
        str,
        S.object([
            ("context", str), ("dockerfile", str), ("dockerfile_inline", str), ("entitlements", S.array(str)),
            ("args", listOrDict), ("ssh", listOrDict), ("labels", listOrDict), ("cache_from", S.array(str)),
            ("cache_to", S.array(str)), ("no_cache", bs), ("additional_contexts", listOrDict), ("network", str),
            ("pull", bs), ("target", str), ("shm_size", isS), ("extra_hosts", extraHosts), ("isolation", str),
            ("privileged", bs), ("secrets", serviceConfigOrSecret), ("tags", S.array(str)), ("ulimits", ulimits),
            ("platforms", S.array(str)),
        ])
    )

    static let dependsOn = S.oneOf(
        listOfStrings,
        S.map(resourceName, S.object([
            ("restart", bs), ("required", S.t("boolean")),
            ("condition", S.string(enum: ["service_started", "service_healthy", "service_completed_successfully"])),
        ], required: ["condition"]))
    )

    static let serviceNetworks = S.oneOf(
        listOfStrings,
        S.map(resourceName, S.oneOf(
            S.object([
                ("aliases", listOfStrings), ("interface_name", str), ("ipv4_address", str), ("ipv6_address", str),
                ("link_local_ips", listOfStrings), ("mac_address", str),
                ("driver_opts", S.map("^.+$", S.t("string", "number"), closed: false)),
                ("priority", S.t("number")), ("gw_priority", S.t("number")),
            ]),
            S.t("null")
        ))
    )

    static let ports = S.array(S.oneOf(
        S.t("number"),
        str,
        S.object([
            ("name", str), ("mode", str), ("host_ip", str), ("target", S.t("integer", "string")),
            ("published", S.t("string", "integer")), ("protocol", str), ("app_protocol", str),
        ])
    ), unique: true)

    static let serviceVolumes = S.array(S.oneOf(
        str,
        S.object([
            ("type", S.string(enum: ["bind", "volume", "tmpfs", "cluster", "npipe", "image"])),
            ("source", str), ("target", str), ("read_only", bs), ("consistency", str),
            ("bind", S.object([
                ("propagation", str), ("create_host_path", bs),
                ("recursive", S.string(enum: ["enabled", "disabled", "writable", "readonly"])),
                ("selinux", S.string(enum: ["z", "Z"])),
            ])),
            ("volume", S.object([("labels", listOrDict), ("nocopy", bs), ("subpath", str)])),
            ("tmpfs", S.object([("size", S.oneOf(S.integer(min: 0), str)), ("mode", nsS)])),
            ("image", S.object([("subpath", str)])),
        ], required: ["type"])
    ), unique: true)

    static let service: SchemaNode = S.object([
        ("develop", development), ("deploy", deployment), ("annotations", listOrDict), ("attach", bs),
        ("build", build),
        ("blkio_config", S.object([
            ("device_read_bps", S.array(blkioLimit)), ("device_read_iops", S.array(blkioLimit)),
            ("device_write_bps", S.array(blkioLimit)), ("device_write_iops", S.array(blkioLimit)),
            ("weight", isS), ("weight_device", S.array(blkioWeight)),
        ], extensions: false)),
        ("cap_add", S.array(str, unique: true)), ("cap_drop", S.array(str, unique: true)),
        ("cgroup", S.string(enum: ["host", "private"])), ("cgroup_parent", str), ("command", command),
        ("configs", serviceConfigOrSecret), ("container_name", str),
        ("cpu_count", S.oneOf(str, S.integer(min: 0))), ("cpu_percent", S.oneOf(str, S.integer(min: 0, max: 100))),
        ("cpu_shares", nsS), ("cpu_quota", nsS), ("cpu_period", nsS), ("cpu_rt_period", nsS), ("cpu_rt_runtime", nsS),
        ("cpus", nsS), ("cpuset", str),
        ("credential_spec", S.object([("config", str), ("file", str), ("registry", str)])),
        ("depends_on", dependsOn), ("device_cgroup_rules", listOfStrings),
        ("devices", S.array(S.oneOf(str, S.object([("source", str), ("target", str), ("permissions", str)], required: ["source"])))),
        ("dns", stringOrList), ("dns_opt", S.array(str, unique: true)), ("dns_search", stringOrList),
        ("domainname", str), ("entrypoint", command), ("env_file", envFile), ("label_file", labelFile),
        ("environment", listOrDict), ("expose", S.array(S.t("string", "number"), unique: true)),
        ("extends", S.oneOf(str, S.object([("service", str), ("file", str)], required: ["service"], extensions: false))),
        ("provider", S.object([
            ("type", str),
            ("options", SchemaNode(types: ["object"], patternProperties: [("^.+$", S.oneOf(
                S.t("string", "number", "boolean"), S.array(S.t("string", "number", "boolean"))
            ))])),
        ], required: ["type"], extensions: false)),
        ("external_links", S.array(str, unique: true)), ("extra_hosts", extraHosts), ("gpus", gpus),
        ("group_add", S.array(S.t("string", "number"), unique: true)), ("healthcheck", healthcheck),
        ("hostname", str), ("image", str), ("init", bs), ("ipc", str), ("isolation", str), ("labels", listOrDict),
        ("links", S.array(str, unique: true)),
        ("logging", S.object([
            ("driver", str),
            ("options", SchemaNode(types: ["object"], patternProperties: [("^.+$", S.t("string", "number", "null"))])),
        ])),
        ("mac_address", str), ("mem_limit", nsS), ("mem_reservation", S.t("string", "integer")),
        ("mem_swappiness", isS), ("memswap_limit", nsS), ("network_mode", str), ("networks", serviceNetworks),
        ("oom_kill_disable", bs), ("oom_score_adj", S.oneOf(str, S.integer(min: -1000, max: 1000))),
        ("pid", S.t("string", "null")), ("pids_limit", nsS), ("platform", str), ("ports", ports),
        ("post_start", S.array(serviceHook)), ("pre_stop", S.array(serviceHook)), ("privileged", bs),
        ("profiles", listOfStrings),
        ("pull_policy", S.string(pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+")),
        ("pull_refresh_after", str), ("read_only", bs), ("restart", str), ("runtime", str), ("scale", isS),
        ("security_opt", S.array(str, unique: true)), ("shm_size", nsS), ("secrets", serviceConfigOrSecret),
        ("sysctls", listOrDict), ("stdin_open", bs), ("stop_grace_period", str), ("stop_signal", str),
        ("storage_opt", S.t("object")), ("tmpfs", stringOrList), ("tty", bs), ("ulimits", ulimits), ("user", str),
        ("uts", str), ("userns_mode", str), ("volumes", serviceVolumes),
        ("volumes_from", S.array(str, unique: true)), ("working_dir", str),
    ])
}

import DockerAPI
import Foundation

/// The Go type behind a compose attribute, which decides how `config` prints it.
///
/// compose marshals its `types.Project` structs: fields in struct order with `omitempty`,
/// maps with sorted keys, durations as `1m30s`, byte sizes as plain byte counts, pointers
/// printed even when they point at zero values (`volume: {}`), and `x-` extensions inline.
indirect enum GoShape: Sendable {
    case string, bool, int, float32, float64
    /// `*bool`, `*int`: printed whenever set.
    case optional
    case bytes, duration
    case strings
    /// `ShellCommand`: omitted when unset; JSON prints `null` then.
    case command
    case stringMap, nullableMap, hosts
    /// A struct; `pointer` structs are omitted only when absent, value structs when all fields are zero (YAML).
    case object([(String, GoShape)], pointer: Bool)
    case mapOf(GoShape)
    case listOf(GoShape)
    case envFiles, dependency, ulimit, fileMode, raw
}

/// The `types` structs of compose-go v2.6.4, as field tables in declaration order.
enum GoTypes {
    static let fileReference: GoShape = .object([
        ("source", .string), ("target", .string), ("uid", .string), ("gid", .string), ("mode", .fileMode),
    ], pointer: false)

    static let build: GoShape = .object([
        ("context", .string), ("dockerfile", .string), ("dockerfile_inline", .string), ("entitlements", .strings),
        ("args", .nullableMap), ("ssh", .raw), ("labels", .stringMap), ("cache_from", .strings), ("cache_to", .strings),
        ("no_cache", .bool), ("additional_contexts", .stringMap), ("pull", .bool), ("extra_hosts", .hosts),
        ("isolation", .string), ("network", .string), ("target", .string), ("secrets", .listOf(fileReference)),
        ("shm_size", .bytes), ("tags", .strings), ("ulimits", .mapOf(.ulimit)), ("platforms", .strings), ("privileged", .bool),
    ], pointer: true)

    static let resource: GoShape = .object([
        ("cpus", .float32), ("memory", .bytes), ("pids", .int), ("devices", .listOf(.raw)), ("generic_resources", .listOf(.raw)),
    ], pointer: true)

    static let updateConfig: GoShape = .object([
        ("parallelism", .optional), ("delay", .duration), ("failure_action", .string), ("monitor", .duration),
        ("max_failure_ratio", .float32), ("order", .string),
    ], pointer: true)

    static let deploy: GoShape = .object([
        ("mode", .string), ("replicas", .optional), ("labels", .stringMap), ("update_config", updateConfig),
        ("rollback_config", updateConfig),
        ("resources", .object([("limits", resource), ("reservations", resource)], pointer: false)),
        ("restart_policy", .object([
            ("condition", .string), ("delay", .duration), ("max_attempts", .optional), ("window", .duration),
        ], pointer: true)),
        ("placement", .object([
            ("constraints", .strings), ("preferences", .listOf(.object([("spread", .string)], pointer: false))),
            ("max_replicas_per_node", .int),
        ], pointer: false)),
        ("endpoint_mode", .string),
    ], pointer: true)

    static let healthcheck: GoShape = .object([
        ("test", .strings), ("timeout", .duration), ("interval", .duration), ("retries", .optional),
        ("start_period", .duration), ("start_interval", .duration), ("disable", .bool),
    ], pointer: true)

    static let port: GoShape = .object([
        ("name", .string), ("mode", .string), ("host_ip", .string), ("target", .int), ("published", .string),
        ("protocol", .string), ("app_protocol", .string),
    ], pointer: false)

    static let volumeMount: GoShape = .object([
        ("type", .string), ("source", .string), ("target", .string), ("read_only", .bool), ("consistency", .string),
        ("bind", .object([("selinux", .string), ("propagation", .string), ("create_host_path", .bool), ("recursive", .string)], pointer: true)),
        ("volume", .object([("labels", .stringMap), ("nocopy", .bool), ("subpath", .string)], pointer: true)),
        ("tmpfs", .object([("size", .bytes), ("mode", .int)], pointer: true)),
        ("image", .object([("subpath", .string)], pointer: true)),
    ], pointer: false)

    static let serviceNetwork: GoShape = .object([
        ("aliases", .strings), ("driver_opts", .stringMap), ("gw_priority", .int), ("interface_name", .string),
        ("ipv4_address", .string), ("ipv6_address", .string), ("link_local_ips", .strings), ("mac_address", .string),
        ("priority", .int),
    ], pointer: true)

    static let service: [(String, GoShape)] = [
        ("profiles", .strings), ("annotations", .stringMap), ("attach", .optional), ("build", build), ("develop", .raw),
        ("blkio_config", .raw), ("cap_add", .strings), ("cap_drop", .strings), ("cgroup_parent", .string),
        ("cgroup", .string), ("cpu_count", .int), ("cpu_percent", .float32), ("cpu_period", .int), ("cpu_quota", .int),
        ("cpu_rt_period", .int), ("cpu_rt_runtime", .int), ("cpus", .float32), ("cpuset", .string), ("cpu_shares", .int),
        ("command", .command), ("configs", .listOf(fileReference)), ("container_name", .string),
        ("credential_spec", .object([("config", .string), ("file", .string), ("registry", .string)], pointer: true)),
        ("depends_on", .mapOf(.dependency)), ("deploy", deploy), ("device_cgroup_rules", .strings),
        ("devices", .listOf(.object([("source", .string), ("target", .string), ("permissions", .string)], pointer: false))),
        ("dns", .strings), ("dns_opt", .strings), ("dns_search", .strings), ("dockerfile", .string),
        ("domainname", .string), ("entrypoint", .command),
        ("provider", .object([("type", .string), ("options", .raw)], pointer: true)),
        ("environment", .nullableMap), ("env_file", .envFiles), ("expose", .strings),
        ("extends", .object([("file", .string), ("service", .string)], pointer: true)), ("external_links", .strings),
        ("extra_hosts", .hosts), ("group_add", .strings), ("gpus", .listOf(.raw)), ("hostname", .string),
        ("healthcheck", healthcheck), ("image", .string), ("init", .optional), ("ipc", .string), ("isolation", .string),
        ("labels", .stringMap), ("label_file", .strings), ("links", .strings),
        ("logging", .object([("driver", .string), ("options", .stringMap)], pointer: true)),
        ("log_driver", .string), ("log_opt", .stringMap), ("mem_limit", .bytes), ("mem_reservation", .bytes),
        ("memswap_limit", .bytes), ("mem_swappiness", .bytes), ("mac_address", .string), ("net", .string),
        ("network_mode", .string), ("networks", .mapOf(serviceNetwork)), ("oom_kill_disable", .bool),
        ("oom_score_adj", .int), ("pid", .string), ("pids_limit", .int), ("platform", .string), ("ports", .listOf(port)),
        ("privileged", .bool), ("pull_policy", .string), ("read_only", .bool), ("restart", .string), ("runtime", .string),
        ("scale", .optional), ("secrets", .listOf(fileReference)), ("security_opt", .strings), ("shm_size", .bytes),
        ("stdin_open", .bool), ("stop_grace_period", .duration), ("stop_signal", .string), ("storage_opt", .stringMap),
        ("sysctls", .stringMap), ("tmpfs", .strings), ("tty", .bool), ("ulimits", .mapOf(.ulimit)), ("user", .string),
        ("userns_mode", .string), ("uts", .string), ("volume_driver", .string), ("volumes", .listOf(volumeMount)),
        ("volumes_from", .strings), ("working_dir", .string), ("post_start", .listOf(.raw)), ("pre_stop", .listOf(.raw)),
    ]

    static let network: [(String, GoShape)] = [
        ("name", .string), ("driver", .string), ("driver_opts", .stringMap),
        ("ipam", .object([
            ("driver", .string),
            ("config", .listOf(.object([
                ("subnet", .string), ("gateway", .string), ("ip_range", .string), ("aux_addresses", .stringMap),
            ], pointer: true))),
        ], pointer: false)),
        ("external", .bool), ("internal", .bool), ("attachable", .bool), ("labels", .stringMap),
        ("enable_ipv4", .optional), ("enable_ipv6", .optional),
    ]

    static let volume: [(String, GoShape)] = [
        ("name", .string), ("driver", .string), ("driver_opts", .stringMap), ("external", .bool), ("labels", .stringMap),
    ]

    static let fileObject: [(String, GoShape)] = [
        ("name", .string), ("file", .string), ("environment", .string), ("content", .string), ("external", .bool),
        ("labels", .stringMap), ("driver", .string), ("driver_opts", .stringMap), ("template_driver", .string),
    ]
}

import DockerAPI

/// The check pflag's `Set` applies to a flag's value the moment the flag is parsed.
///
/// Returns the inner error text docker prints after `invalid argument "VALUE" for "-m, --memory" flag: `
/// (for example `invalid size: 'foo'`), or `nil` when the value is accepted.
/// `commandPath` is the canonical path without `docker` (`"container run"`), because the same
/// flag name is validated differently by different commands.
public func flagValueError(commandPath: String, flag: FlagSpec, value: String) -> String? {
    FlagValueKind.of(commandPath: commandPath, flagName: flag.name, type: flag.type).check(value)
}

/// How one flag's pflag `Value.Set` validates its input.
///
/// Most flags are checked by their type (`int64` → `strconv.ParseInt`); list and custom-typed
/// flags carry a docker validator that depends on the command (`--label` is checked on
/// `container run` but not on `node update`), which `of(commandPath:flagName:type:)` looks up.
public enum FlagValueKind: Sendable, Equatable {
    /// No check: plain strings, validator-less lists and maps.
    case none
    case bool
    /// `strconv.ParseInt(s, 0, bits)`.
    case int(bits: Int)
    /// `strconv.ParseUint(s, 0, bits)`.
    case uint(bits: Int)
    /// `strconv.ParseFloat(s, bits)`.
    case float(bits: Int)
    /// `time.ParseDuration`.
    case duration
    /// `opts.PositiveDurationOpt`.
    case positiveDuration
    /// `opts.MemBytes` and `opts.MemSwapBytes` (which also takes `-1`).
    case memBytes
    case memSwapBytes
    /// `opts.NanoCPUs`.
    case nanoCPUs
    case filter
    case ulimit
    case mount
    case network
    case gpuRequest
    case weightDevice
    case throttleBps
    case throttleIOps
    /// pflag's `StringSlice`: one CSV record per value.
    case stringSlice
    /// pflag's `StringToString`.
    case stringToString
    /// pflag's `IP`, `IPNet`, `IPSlice` and `IPNetSlice`.
    case ip
    case ipNet
    case ipSlice
    case ipNetSlice
    /// A `ListOpts` or `MapOpts` with a docker validator.
    case validated(ListValidator)
    /// Swarm option types.
    case swarmPort
    case secret
    case config
    case credentialSpec
    case placementPref
    case shellWords

    /// The validators docker attaches to `ListOpts`/`MapOpts` flags.
    public enum ListValidator: String, Sendable, Equatable {
        case attach, env, ipAddress, dnsSearch, extraHost, label, link, deviceCgroupRule, sysctl
        /// `docker build -t`: `reference.ParseNormalizedNamed`.
        case imageTag
        /// `service --generic-resource`.
        case genericResource
    }

    /// The kind for `flagName` on the command at `commandPath`, by name where docker uses a
    /// custom `Value`, by pflag type otherwise.
    public static func of(commandPath: String, flagName: String, type: FlagType) -> FlagValueKind {
        if let special = special(commandPath: commandPath, flagName: flagName) { return special }
        switch type {
        case .bool: return .bool
        case .int, .int64: return .int(bits: 64)
        case .int32: return .int(bits: 32)
        case .int8: return .int(bits: 8)
        case .uint, .uint64: return .uint(bits: 64)
        case .uint32: return .uint(bits: 32)
        case .uint16: return .uint(bits: 16)
        case .float32: return .float(bits: 32)
        case .float64: return .float(bits: 64)
        case .duration: return .duration
        case .bytes: return flagName == "memory-swap" ? .memSwapBytes : .memBytes
        case .decimal: return .nanoCPUs
        case .filter: return .filter
        case .ulimit: return .ulimit
        case .mount: return .mount
        case .network: return .network
        case .gpuRequest: return .gpuRequest
        case .weightDevice: return .weightDevice
        case .throttleDevice: return flagName.hasSuffix("iops") ? .throttleIOps : .throttleBps
        case .strings: return .stringSlice
        case .stringToString: return .stringToString
        case .ip: return .ip
        case .ipNet: return .ipNet
        case .ipSlice: return .ipSlice
        case .port: return .swarmPort
        case .secret: return .secret
        case .config: return .config
        case .credentialSpec: return .credentialSpec
        case .command: return .shellWords
        default: return .none
        }
    }

    private static let containerCreateValidators: [String: FlagValueKind] = [
        "attach": .validated(.attach),
        "dns": .validated(.ipAddress),
        "dns-search": .validated(.dnsSearch),
        "device-cgroup-rule": .validated(.deviceCgroupRule),
        "env": .validated(.env),
        "add-host": .validated(.extraHost),
        "label": .validated(.label),
        "link": .validated(.link),
        "sysctl": .validated(.sysctl),
        "blkio-weight-device": .weightDevice,
        "device-read-bps": .throttleBps,
        "device-write-bps": .throttleBps,
        "device-read-iops": .throttleIOps,
        "device-write-iops": .throttleIOps,
        "memory-swap": .memSwapBytes,
        "cpus": .nanoCPUs,
        "network": .network,
        "net": .network,
        "mount": .mount,
        "gpus": .gpuRequest,
        "ulimit": .ulimit,
    ]

    private static let serviceValidators: [String: FlagValueKind] = [
        "label": .validated(.label), "label-add": .validated(.label),
        "container-label": .validated(.label), "container-label-add": .validated(.label),
        "env": .validated(.env), "env-add": .validated(.env),
        "log-opt": .validated(.env),
        "dns": .validated(.ipAddress), "dns-add": .validated(.ipAddress),
        "dns-search": .validated(.dnsSearch), "dns-search-add": .validated(.dnsSearch),
        "host": .validated(.extraHost), "host-add": .validated(.extraHost),
        "generic-resource": .validated(.genericResource), "generic-resource-add": .validated(.genericResource),
        "health-interval": .positiveDuration, "health-timeout": .positiveDuration,
        "health-start-period": .positiveDuration, "health-start-interval": .positiveDuration,
        "stop-grace-period": .duration, "restart-delay": .duration, "restart-window": .duration,
        "replicas": .uint(bits: 64), "max-concurrent": .uint(bits: 64), "restart-max-attempts": .uint(bits: 64),
        "update-max-failure-ratio": .float(bits: 32), "rollback-max-failure-ratio": .float(bits: 32),
        "placement-pref": .placementPref, "placement-pref-add": .placementPref, "placement-pref-rm": .placementPref,
        "credential-spec": .credentialSpec,
        "args": .shellWords, "entrypoint": .shellWords,
        "publish": .swarmPort, "publish-add": .swarmPort, "publish-rm": .swarmPort,
        "limit-cpu": .nanoCPUs, "reserve-cpu": .nanoCPUs,
        "limit-memory": .memBytes, "reserve-memory": .memBytes,
        "mount": .mount, "mount-add": .mount,
        "network": .network, "network-add": .network,
        "ulimit": .ulimit, "ulimit-add": .ulimit,
        "secret": .secret, "secret-add": .secret,
        "config": .config, "config-add": .config,
    ]

    private static func special(commandPath: String, flagName: String) -> FlagValueKind? {
        switch commandPath {
        case "container run", "container create", "run", "create":
            return containerCreateValidators[flagName]
        case "container exec", "exec":
            return flagName == "env" ? .validated(.env) : nil
        case "container update", "update":
            return flagName == "memory-swap" ? .memSwapBytes : flagName == "cpus" ? .nanoCPUs : nil
        case "image build", "build", "builder build":
            switch flagName {
            case "tag": return .validated(.imageTag)
            case "build-arg": return .validated(.env)
            case "label": return .validated(.label)
            case "add-host": return .validated(.extraHost)
            case "memory-swap": return .memSwapBytes
            case "ulimit": return .ulimit
            default: return nil
            }
        case "network connect":
            return flagName == "link" ? .validated(.link) : nil
        case "network create", "config create", "secret create", "volume create":
            return flagName == "label" ? .validated(.label) : nil
        case "service create", "service update":
            return serviceValidators[flagName]
        case "swarm init":
            return flagName == "default-addr-pool" ? .ipNetSlice : nil
        default:
            return nil
        }
    }

    /// pflag's `Set` for this kind: the inner error text, or `nil` when the value is accepted.
    public func check(_ value: String) -> String? {
        switch self {
        case .none: return nil
        case .bool: return failure(GoStrconv.parseBool(value))
        case .int(let bits): return failure(GoStrconv.parseInt(value, base: 0, bitSize: bits))
        case .uint(let bits): return failure(GoStrconv.parseUint(value, base: 0, bitSize: bits))
        case .float(let bits): return failure(GoStrconv.parseFloat(value, bitSize: bits))
        case .duration: return failure(GoDuration.parse(value))
        case .positiveDuration:
            switch GoDuration.parse(value) {
            case .failure(let e): return e.description
            case .success(let d): return d < 0 ? "duration cannot be negative" : nil
            }
        case .memBytes: return failure(ByteSize.memBytes(value))
        case .memSwapBytes: return failure(ByteSize.memSwapBytes(value))
        case .nanoCPUs: return failure(NanoCPUs.parse(value))
        case .filter: return failure(FilterSpec.parse(value))
        case .ulimit: return failure(UlimitSpec.parse(value))
        case .mount: return failure(MountSpec.parse(value))
        case .network: return failure(NetworkAttachment.parse(value))
        case .gpuRequest: return failure(GPURequestSpec.parse(value))
        case .weightDevice: return failure(BlkioDeviceSpec.weight(value))
        case .throttleBps: return failure(BlkioDeviceSpec.bps(value))
        case .throttleIOps: return failure(BlkioDeviceSpec.iops(value))
        case .stringSlice: return value.isEmpty ? nil : failure(GoCSV.readRecord(value))
        case .stringToString: return PflagValues.stringToStringError(value)
        case .ip: return PflagValues.ipError(value)
        case .ipNet: return PflagValues.ipNetError(value)
        case .ipSlice: return PflagValues.sliceError(value, what: "IP address") { PflagValues.ipError($0) == nil }
        case .ipNetSlice: return PflagValues.sliceError(value, what: "CIDR") { PflagValues.ipNetError($0) == nil }
        case .validated(let validator): return validator.check(value)
        case .swarmPort: return failure(SwarmOptSpec.port(value))
        case .secret: return failure(SwarmOptSpec.secretOrConfig(value, kind: "secret"))
        case .config: return failure(SwarmOptSpec.secretOrConfig(value, kind: "config"))
        case .credentialSpec: return SwarmOptSpec.credentialSpecError(value)
        case .placementPref: return SwarmOptSpec.placementPrefError(value)
        case .shellWords: return failure(Shlex.split(value))
        }
    }

    private func failure<T, E: Error & CustomStringConvertible>(_ result: Result<T, E>) -> String? {
        if case .failure(let e) = result { return e.description }
        return nil
    }
}

extension FlagValueKind.ListValidator {
    /// The validator's error for `value`, or `nil`.
    public func check(_ value: String) -> String? {
        let result: Result<String, ValueError>
        switch self {
        case .attach: result = ListValidators.attach(value)
        case .env: result = ListValidators.env(value, lookup: { _ in nil })
        case .ipAddress: result = ListValidators.ipAddress(value)
        case .dnsSearch: result = ListValidators.dnsSearch(value)
        case .extraHost: result = ListValidators.extraHost(value)
        case .label: result = ListValidators.label(value)
        case .link: result = ListValidators.link(value)
        case .deviceCgroupRule: result = ListValidators.deviceCgroupRule(value)
        case .sysctl: result = ListValidators.sysctl(value)
        case .imageTag:
            do {
                _ = try ImageReference.parseNormalized(value)
                return nil
            } catch {
                return error.description
            }
        case .genericResource:
            return value.contains("=") ? nil : "invalid generic-resource format `\(value)` expected `name=value`"
        }
        if case .failure(let e) = result { return e.message }
        return nil
    }
}

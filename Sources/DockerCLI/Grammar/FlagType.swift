/// A flag's value type, named as pflag's `Type()` names it (`list`, `bytes`, `decimal`...).
///
/// The type decides whether the flag takes a value, whether repeats accumulate, and which
/// syntax check pflag's `Set` applies before the command ever runs. Where several Go types share
/// one name (`duration` is pflag's or docker's `DurationOpt`), `FlagSpec.valueType` tells them apart.
public enum FlagType: String, Sendable, CaseIterable {
    case bool
    case string
    case int
    case int64
    case uint
    case uint16
    case uint64
    case float32
    case float64
    /// `service`'s float flags (`--update-max-failure-ratio`).
    case float
    case duration
    /// `opts.ListOpts` without a validator, or with one (help shows `list`); repeats accumulate.
    case list
    /// `opts.MapOpts`: `key=value` entries; repeats accumulate.
    case map
    /// pflag's `StringSlice` (comma-separated, repeats accumulate); help shows `strings`.
    case strings = "stringSlice"
    /// pflag's `StringArray` (no comma splitting, repeats accumulate); help shows `stringArray`.
    case stringArray
    /// pflag's `StringToString`: `k=v,k2=v2`.
    case stringToString
    /// `opts.MemBytes` / `opts.MemSwapBytes`: human sizes (`512m`, `-1` for swap).
    case bytes
    /// `opts.NanoCPUs`: a decimal number of CPUs.
    case decimal
    /// `opts.FilterOpt`: `key=value`; repeats accumulate.
    case filter
    /// `opts.UlimitOpt`.
    case ulimit
    /// `opts.MountOpt`: `--mount` CSV.
    case mount
    /// `opts.NetworkOpt`: `--network` (a name, or advanced CSV syntax).
    case network
    /// `opts.PortOpt`: the long-syntax `--publish` of services.
    case port
    /// `opts.GpuOpts`: `--gpus`.
    case gpuRequest = "gpu-request"
    /// `opts.WeightdeviceOpt` / `opts.ThrottledeviceOpt` lists (help shows `list`).
    case weightDevice = "weight-device"
    case throttleDevice = "throttle-device"
    /// `opts.PoolsOpt` and other types shown under their own pflag names.
    case pool = "pool-options"
    case externalCA = "external-ca"
    case command
    case secret
    case config
    case credentialSpec = "credential-spec"
    case swarmResources = "swarm-resources"
    case annotation
    case ipNet = "ipNet"
    case ip
    case ipSlice = "ipSlice"
    /// pflag's `IPNetSlice` (`swarm init --default-addr-pool`).
    case ipNetSlice
    /// `swarm.NodeAddrOption` (`--listen-addr`).
    case nodeAddr = "node-addr"
    /// `swarm.PEMFile` (`--external-ca` certificates).
    case pemFile = "pem-file"
    /// `service`'s placement preferences (`--placement-pref`).
    case pref
    case int32
    case uint32
    case int8
    case string_enum = "string-enum"

    /// The name help prints after the flag (`--memory bytes`); empty for bools (pflag's `UnquoteUsage`).
    public var helpName: String {
        switch self {
        case .bool: return ""
        case .weightDevice, .throttleDevice: return "list"
        case .int64: return "int"
        case .uint64: return "uint"
        case .float64: return "float"
        case .strings: return "strings"
        default: return rawValue
        }
    }

    /// `true` for flags whose repeated use accumulates values instead of replacing the last one.
    public var accumulates: Bool {
        switch self {
        case .list, .map, .strings, .stringArray, .stringToString, .filter, .ulimit, .mount, .network,
             .port, .weightDevice, .throttleDevice, .secret, .config, .ipSlice, .annotation, .swarmResources,
             .externalCA, .pool, .ipNetSlice, .pref:
            return true
        default:
            return false
        }
    }

    /// pflag's rule for printing `(default X)` given the default, for the common Go type of each name.
    /// The generator states `showsDefault` explicitly wherever a flag's Go type decides otherwise.
    func showsDefault(_ value: String) -> Bool {
        switch self {
        case .bool: return !(value.isEmpty || value == "false")
        case .duration: return !(value.isEmpty || value == "0" || value == "0s")
        case .int, .int8, .int32, .int64, .uint, .uint16, .uint32, .uint64, .float, .float32, .float64:
            return !(value.isEmpty || value == "0")
        case .strings, .stringArray: return !(value.isEmpty || value == "[]")
        default: return !["", "false", "<nil>", "0"].contains(value)
        }
    }

    /// The Go type that usually implements this name (the generator names any other explicitly).
    var defaultValueType: String {
        switch self {
        case .bool: return "pflag.boolValue"
        case .string: return "pflag.stringValue"
        case .int: return "pflag.intValue"
        case .int64: return "pflag.int64Value"
        case .uint16: return "pflag.uint16Value"
        case .uint32: return "pflag.uint32Value"
        case .uint64: return "pflag.uint64Value"
        case .duration: return "pflag.durationValue"
        case .strings: return "pflag.stringSliceValue"
        case .stringArray: return "pflag.stringArrayValue"
        case .stringToString: return "pflag.stringToStringValue"
        case .ipNetSlice: return "pflag.ipNetSliceValue"
        case .list: return "opts.ListOpts"
        case .map: return "opts.MapOpts"
        case .bytes: return "opts.MemBytes"
        case .decimal: return "opts.NanoCPUs"
        case .filter: return "opts.FilterOpt"
        case .ulimit: return "opts.UlimitOpt"
        case .mount: return "opts.MountOpt"
        case .network: return "opts.NetworkOpt"
        case .gpuRequest: return "opts.GpuOpts"
        default: return ""
        }
    }
}

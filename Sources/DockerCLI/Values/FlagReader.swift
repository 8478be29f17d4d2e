import DockerAPI

/// Typed reads of `FlagValues` the way docker's option structs hold them after pflag set them.
///
/// The parser has already rejected values whose `Set` fails; reading them again here yields the
/// normalised values (and, should an unchecked value slip through, the same inner message).
struct FlagReader {
    let flags: FlagValues

    /// A `ListOpts` with a validator: every value, as the validator rewrote it.
    func list(_ name: String, _ validator: (String) -> Result<String, ValueError>) throws(ValueError) -> [String] {
        var out: [String] = []
        for value in flags.all(name) { out.append(try validator(value).get()) }
        return out
    }

    /// A `MapOpts`: `key=value` entries, the last value of a key winning.
    func map(_ name: String, _ validator: ((String) -> Result<String, ValueError>)?) throws(ValueError) -> [String: String] {
        var out: [String: String] = [:]
        for raw in flags.all(name) {
            let value = try validator.map { v throws(ValueError) in try v(raw).get() } ?? raw
            let (k, val, _) = ListValidators.cut(value, "=")
            out[k] = val
        }
        return out
    }

    func int64(_ name: String, default defaultValue: Int64) throws(ValueError) -> Int64 {
        guard let value = flags.last(name) else { return defaultValue }
        switch GoStrconv.parseInt(value, base: 0, bitSize: 64) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    func uint64(_ name: String, bitSize: Int) throws(ValueError) -> UInt64 {
        guard let value = flags.last(name) else { return 0 }
        switch GoStrconv.parseUint(value, base: 0, bitSize: bitSize) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    func bytes(_ name: String) throws(ValueError) -> Int64 {
        guard let value = flags.last(name) else { return 0 }
        switch ByteSize.memBytes(value) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    func swapBytes(_ name: String) throws(ValueError) -> Int64 {
        guard let value = flags.last(name) else { return 0 }
        switch ByteSize.memSwapBytes(value) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    func nanoCPUs(_ name: String) throws(ValueError) -> Int64 {
        guard let value = flags.last(name) else { return 0 }
        switch NanoCPUs.parse(value) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    /// A pflag `duration`, in nanoseconds.
    func duration(_ name: String) throws(ValueError) -> Int64 {
        guard let value = flags.last(name) else { return 0 }
        switch GoDuration.parse(value) {
        case .success(let v): return v
        case .failure(let e): throw ValueError(e.description)
        }
    }

    func devices(_ name: String, _ parse: (String) -> Result<BlkioDeviceSetting, ValueError>) throws(ValueError) -> [BlkioDeviceSetting] {
        var out: [BlkioDeviceSetting] = []
        for value in flags.all(name) { out.append(try parse(value).get()) }
        return out
    }

    /// `UlimitOpt.GetList`: one limit per name (the last wins), sorted by name.
    func ulimits(_ name: String) throws(ValueError) -> [Ulimit] {
        var byName: [String: Ulimit] = [:]
        for value in flags.all(name) {
            let limit = try UlimitSpec.parse(value).get()
            byName[limit.name] = limit
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }

    func mounts(workingDirectory: String) throws(ValueError) -> [Mount] {
        var out: [Mount] = []
        for value in flags.all("mount") {
            out.append(try MountSpec.parse(value, workingDirectory: workingDirectory).get().mount)
        }
        return out
    }
}

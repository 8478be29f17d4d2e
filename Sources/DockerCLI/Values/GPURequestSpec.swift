import DockerAPI

/// `--gpus` as `opts.GpuOpts` reads it: `all`, a count, or CSV of `driver=`, `count=`, `device=`,
/// `capabilities=`, `options=`.
public enum GPURequestSpec {
    /// `GpuOpts.Set`.
    public static func parse(_ value: String) -> Result<DeviceRequest, ValueError> {
        let fields: [String]
        switch GoCSV.readRecord(value) {
        case .success(let f): fields = f
        case .failure(let e): return .failure(ValueError(e.description))
        }
        var request = DeviceRequest()
        var seen: Set<String> = []
        for field in fields {
            let (key, val, withValue) = ListValidators.cut(field, "=")
            if seen.contains(key) { return .failure(ValueError("gpu request key '\(key)' can be specified only once")) }
            seen.insert(key)
            if !withValue {
                seen.insert("count")
                switch count(key) {
                case .success(let c): request.count = c
                case .failure(let e): return .failure(e)
                }
                continue
            }
            switch key {
            case "driver":
                request.driver = val
            case "count":
                switch count(val) {
                case .success(let c): request.count = c
                case .failure(let e): return .failure(e)
                }
            case "device":
                request.deviceIDs = val.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            case "capabilities":
                request.capabilities = [val.split(separator: ",", omittingEmptySubsequences: false).map(String.init) + ["gpu"]]
            case "options":
                switch GoCSV.readRecord(val) {
                case .success(let options):
                    var map: [String: String] = [:]
                    for option in options {
                        let (k, v, _) = ListValidators.cut(option, "=")
                        map[k] = v
                    }
                    request.options = map
                case .failure(let e):
                    return .failure(ValueError("failed to read gpu options: \(e.description)"))
                }
            default:
                return .failure(ValueError("unexpected key '\(key)' in '\(field)'"))
            }
        }
        if !seen.contains("count") && request.deviceIDs == nil { request.count = 1 }
        if request.options == nil { request.options = [:] }
        if request.capabilities == nil { request.capabilities = [["gpu"]] }
        return .success(request)
    }

    private static func count(_ s: String) -> Result<Int, ValueError> {
        if s == "all" { return .success(-1) }
        switch GoStrconv.atoi(s) {
        case .success(let v): return .success(v)
        case .failure(let e):
            return .failure(ValueError("invalid count (\(s)): value must be either \"all\" or an integer: \(e.reasonText)"))
        }
    }
}

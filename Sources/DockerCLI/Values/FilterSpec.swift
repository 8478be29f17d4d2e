/// `--filter key=value` as the client reads it (`opts.FilterOpt`).
///
/// The client only splits the value: the name is lowercased and trimmed, the value trimmed, and
/// an empty value is ignored. Which names a command accepts is the daemon's decision
/// (`DaemonFilters` in DockerAPI holds moby's tables and its `invalid filter 'x'` text).
public enum FilterSpec {
    public static let badFormat = "bad format of filter (expected name=value)"

    /// `FilterOpt.Set` for one value: `nil` when the value is empty (ignored), or the name and value.
    public static func parse(_ value: String) -> Result<(name: String, value: String)?, ValueError> {
        if value.isEmpty { return .success(nil) }
        guard value.contains("=") else { return .failure(ValueError(badFormat)) }
        let (name, rest, _) = ListValidators.cut(value, "=")
        return .success((ListValidators.goTrimSpace(name).lowercased(), ListValidators.goTrimSpace(rest)))
    }

    /// Every `--filter` value of a command as `filters.Args`: name → values, each value once, in first-use order.
    public static func parseAll(_ values: [String]) -> Result<[String: [String]], ValueError> {
        var args: [String: [String]] = [:]
        for value in values {
            switch parse(value) {
            case .failure(let e): return .failure(e)
            case .success(nil): continue
            case .success(let pair?):
                var list = args[pair.name] ?? []
                if !list.contains(pair.value) { list.append(pair.value) }
                args[pair.name] = list
            }
        }
        return .success(args)
    }
}

/// Small client-side value checks of single commands, with docker's texts.
public enum CommandValueChecks {
    /// The object types `docker inspect --type` accepts.
    public static let inspectTypes = ["config", "container", "image", "network", "node", "plugin", "secret", "service",
                                      "task", "volume"]

    /// `docker inspect --type`: the error (exit 1) for an unknown type, or `nil`; the empty type means "any".
    public static func inspectTypeError(_ type: String) -> String? {
        if type.isEmpty || inspectTypes.contains(type) { return nil }
        return "unknown type: \(GoQuote.quote(type)): must be one of \"" + inspectTypes.joined(separator: "\", \"") + "\""
    }

    /// `docker stop`/`docker restart` with both the deprecated `--time` and `--timeout` (exit 1).
    public static let stopTimeConflict = "conflicting options: cannot specify both --timeout and --time"

    /// `docker stop`/`restart`: the conflict error, or `nil`; the timeout to send is the last one given.
    public static func stopTimeoutError(flags: FlagValues) -> String? {
        flags.changed("time") && flags.changed("timeout") ? stopTimeConflict : nil
    }

    /// `docker logs --since/--until`: the API client's wrapping of a bad timestamp (exit 1).
    public static func logsTimestampError(flag: String, value: String, now: Int64, utcOffset: Int) -> String? {
        if case .failure(let e) = TimestampSpec.timestamp(value, now: now, utcOffset: utcOffset) {
            return "invalid value for \(GoQuote.quote(flag)): \(e.message)"
        }
        return nil
    }
}

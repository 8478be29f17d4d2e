/// The system commands' checks before their first API call (`cli/command/system/*.go`).
extension ClientChecks {
    static let systemChecks: [String: Check] = [
        "system info": { (c) throws(ClientFailure) in FormatChecks.afterDaemon(&c) },
        "version": { (c) throws(ClientFailure) in try FormatChecks.version(&c) },
        "system events": { (c) throws(ClientFailure) in
            try FormatChecks.events(&c)
            // The Engine API client converts --since, then --until, before sending the request.
            for flag in ["since", "until"] {
                guard let value = c.flags.last(flag), !value.isEmpty else { continue }
                if case .failure(let e) = TimestampSpec.timestamp(value, now: c.environment.now) {
                    throw ClientFailure(e.message, at: .flag(flag))
                }
            }
        },
        "inspect": { (c) throws(ClientFailure) in
            if c.changed("type") && c.flags.last("type") == "" {
                throw ClientFailure(
                    "type is empty: must be one of \"" + CommandValueChecks.inspectTypes.joined(separator: "\", \"") + "\"",
                    at: .flag("type"))
            }
            if let type = c.flags.last("type"), let message = CommandValueChecks.inspectTypeError(type) {
                throw ClientFailure(message, at: .flag("type"))
            }
            try FormatChecks.inspect(&c, exitCode: 64)
        },
        "system prune": { (c) throws(ClientFailure) in
            if c.flags.bool("volumes"), c.hasFilter("until") {
                throw ClientFailure("ERROR: The \"until\" filter is not supported with \"--volumes\"", at: .flag("filter"))
            }
            confirm(&c)
        },
        "system df": { (c) throws(ClientFailure) in FormatChecks.afterDaemon(&c) },
    ]
}

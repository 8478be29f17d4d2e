import DockerAPI

/// `--restart` as the client reads it (`opts.ParseRestartPolicy`): `name[:max-retries]`.
///
/// The client only splits the value; unknown names and misplaced retry counts are refused by the
/// daemon (`RestartPolicySpec.daemonValidationError`), which is why `--restart foo` reaches it.
public enum RestartPolicySpec {
    /// What the client sends: the policy name as written and the retry count.
    public struct Parsed: Sendable, Equatable {
        public var name: String
        public var maximumRetryCount: Int

        /// `RestartPolicy.IsNone()`: no policy, or `no`.
        public var isNone: Bool { name == "" || name == "no" }

        /// The API value, when the name is one the API type can hold.
        public var policy: RestartPolicy? {
            RestartPolicy.Mode(rawValue: name).map { RestartPolicy(name: $0, maximumRetryCount: maximumRetryCount) }
        }
    }

    /// `opts.ParseRestartPolicy`.
    public static func parse(_ policy: String) -> Result<Parsed, ValueError> {
        if policy.isEmpty { return .success(Parsed(name: "", maximumRetryCount: 0)) }
        let (name, count, hasColon) = ListValidators.cut(policy, ":")
        if hasColon && name.isEmpty {
            return .failure(ValueError("invalid restart policy format: no policy provided before colon"))
        }
        var retries = 0
        if !count.isEmpty {
            guard case .success(let n) = GoStrconv.atoi(count) else {
                return .failure(ValueError("invalid restart policy format: maximum retry count must be an integer"))
            }
            retries = n
        }
        return .success(Parsed(name: name, maximumRetryCount: retries))
    }

    /// The daemon's `container.ValidateRestartPolicy` message, or `nil` when the policy is valid.
    public static func daemonValidationError(_ parsed: Parsed) -> String? {
        switch parsed.name {
        case "always", "unless-stopped", "no":
            guard parsed.maximumRetryCount != 0 else { return nil }
            var message = "invalid restart policy: maximum retry count can only be used with 'on-failure'"
            if parsed.maximumRetryCount < 0 { message += " and cannot be negative" }
            return message
        case "on-failure":
            return parsed.maximumRetryCount < 0 ? "invalid restart policy: maximum retry count cannot be negative" : nil
        case "":
            return nil
        default:
            return "invalid restart policy: unknown policy '\(parsed.name)'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"
        }
    }
}

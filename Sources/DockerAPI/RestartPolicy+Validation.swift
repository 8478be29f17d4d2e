extension RestartPolicy {
    /// moby's `container.ValidateRestartPolicy` message for this policy, or `nil` when it is valid.
    ///
    /// The daemon checks it on create and update (HTTP 400); the docker client sends
    /// `--restart always:2` or `on-failure:-1` unchanged and prints this answer.
    public var validationError: String? {
        switch name {
        case .always, .unlessStopped, .no:
            guard maximumRetryCount != 0 else { return nil }
            var message = "invalid restart policy: maximum retry count can only be used with 'on-failure'"
            if maximumRetryCount < 0 { message += " and cannot be negative" }
            return message
        case .onFailure:
            return maximumRetryCount < 0 ? "invalid restart policy: maximum retry count cannot be negative" : nil
        case .disabled:
            return nil
        }
    }
}

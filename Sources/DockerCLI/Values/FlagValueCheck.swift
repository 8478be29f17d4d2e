/// The check pflag's `Set` applies to a flag's value the moment the flag is parsed.
///
/// Returns the inner error text docker prints after `invalid argument "VALUE" for "-m, --memory" flag: `
/// (for example `invalid size: 'foo'`), or `nil` when the value is accepted.
/// `commandPath` is the canonical path without `docker` (`"container run"`), because the same
/// flag name is validated differently by different commands.
public func flagValueError(commandPath: String, flag: FlagSpec, value: String) -> String? {
    nil
}

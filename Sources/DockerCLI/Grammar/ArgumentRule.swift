/// The number of positional arguments a command accepts, as its cobra `Args` function checks it.
///
/// Docker's own rules (`cli.NoArgs`, `cli.RequiresMinArgs`...) and cobra's (`cobra.ExactArgs`...,
/// used by `docker context use`, buildx and compose) word their errors differently, so they are
/// distinct cases; `ArgumentCheck` turns a case and a count into the exact message.
public enum ArgumentRule: Sendable, Equatable {
    /// `cli.NoArgs` (on a management command it reports an unknown subcommand instead).
    case none
    /// `cli.ExactArgs(n)`.
    case exactly(Int)
    /// `cli.RequiresMinArgs(n)`.
    case atLeast(Int)
    /// `cli.RequiresMaxArgs(n)`.
    case atMost(Int)
    /// `cli.RequiresRangeArgs(min, max)`.
    case range(Int, Int)
    /// No check (cobra's default, or a command that checks in its run function).
    case arbitrary
    /// `cobra.NoArgs`.
    case cobraNone
    /// `cobra.ExactArgs(n)`.
    case cobraExactly(Int)
    /// `cobra.MinimumNArgs(n)`.
    case cobraAtLeast(Int)
    /// `cobra.MaximumNArgs(n)`.
    case cobraAtMost(Int)
    /// `cobra.RangeArgs(min, max)`.
    case cobraRange(Int, Int)
    /// `docker service scale`'s own check: at least one argument, each `SERVICE=REPLICAS`.
    case serviceScale
}

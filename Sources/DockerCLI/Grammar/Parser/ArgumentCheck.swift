/// The messages of docker's and cobra's argument-count checks (`cli/required.go`, cobra's `args.go`).
enum ArgumentCheck {
    /// The error text for `args` under the command's rule, or `nil` when the count is accepted.
    static func error(for node: CommandNode, _ args: [String]) -> String? {
        let count = args.count
        let path = node.commandPath
        let usage = "\n\nUsage:  \(node.useLine)\n\n"
        let bin = node.ancestors.first?.name ?? node.spec.name
        switch node.spec.args {
        case .arbitrary:
            return nil
        case .none:
            guard count > 0 else { return nil }
            if !node.spec.subcommands.isEmpty {
                return "\(bin): unknown command: \(path) \(args[0])\(usage)Run '\(path) --help' for more information"
            }
            return "\(bin): '\(path)' accepts no arguments\(usage)Run '\(path) --help' for more information"
        case .exactly(let n):
            guard count != n else { return nil }
            return "\(bin): '\(path)' requires \(n) \(plural(n))\(usage)Run '\(path) --help' for more information"
        case .atLeast(let n):
            guard count < n else { return nil }
            return "\(bin): '\(path)' requires at least \(n) \(plural(n))\(usage)See '\(path) --help' for more information"
        case .atMost(let n):
            guard count > n else { return nil }
            // The "SRun" is docker's own typo, kept byte for byte.
            return "\(bin): '\(path)' requires at most \(n) \(plural(n))\(usage)SRun '\(path) --help' for more information"
        case let .range(low, high):
            guard count < low || count > high else { return nil }
            return "\(bin): '\(path)' requires at least \(low) and at most \(high) \(plural(high))\(usage)"
                + "Run '\(path) --help' for more information"
        case .cobraNone:
            guard count > 0 else { return nil }
            return "unknown command \(GoQuote.string(args[0])) for \(GoQuote.string(path))"
        case .cobraExactly(let n):
            guard count != n else { return nil }
            return "accepts \(n) arg(s), received \(count)"
        case .cobraAtLeast(let n):
            guard count < n else { return nil }
            return "requires at least \(n) arg(s), only received \(count)"
        case .cobraAtMost(let n):
            guard count > n else { return nil }
            return "accepts at most \(n) arg(s), received \(count)"
        case let .cobraRange(low, high):
            guard count < low || count > high else { return nil }
            return "accepts between \(low) and \(high) arg(s), received \(count)"
        case .serviceScale:
            if count == 0 {
                return "\(bin): '\(path)' requires at least 1 argument\(usage)See '\(path) --help' for more information"
            }
            for arg in args {
                let parts = arg.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty {
                    let short = node.spec.short
                    return "invalid scale specifier '\(arg)'.\nSee '\(path) --help'.\n\nUsage:  \(node.useLine)\n\n\(short)"
                }
            }
            return nil
        }
    }

    private static func plural(_ n: Int) -> String {
        n == 1 ? "argument" : "arguments"
    }
}

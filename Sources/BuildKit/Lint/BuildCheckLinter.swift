/// BuildKit's linter switchboard: which build checks run, and whether they fail the build.
///
/// Configured by the `# check=` directive (`skip=JSONArgsRecommended,StageNameCasing`,
/// `skip=all`, `experimental=CopyIgnoredFile`, `error=true`). Experimental rules run only
/// when asked for; `skip` does not apply to them, as in `linter.Linter.Run`.
public struct BuildCheckConfig: Equatable, Sendable {
    public var skipAll = false
    public var skipRules: [String] = []
    public var experimentalAll = false
    public var experimentalRules: [String] = []
    /// `error=true`: any warning fails the build.
    public var returnAsError = false

    public init() {}

    /// `linter.ParseLintOptions`, errors prefixed as `toDispatchState` prefixes them.
    public static func parse(_ text: String?) throws(DockerfileError) -> BuildCheckConfig {
        var config = BuildCheckConfig()
        let trimmed = GoText.trimSpace(text ?? "")
        if trimmed.isEmpty { return config }
        let prefix = "failed to parse check options: "
        for part in trimmed.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false).map(String.init) {
            guard let equals = part.firstIndex(of: "=") else {
                throw DockerfileError(prefix + "invalid check option \(GoText.quote(part))")
            }
            let key = GoText.trimSpace(String(part[..<equals]))
            let value = GoText.trimSpace(String(part[part.index(after: equals)...]))
            func list() -> [String] { value.split(separator: ",", omittingEmptySubsequences: false).map { GoText.trimSpace(String($0)) } }
            switch key {
            case "skip":
                if value == "all" { config.skipAll = true } else { config.skipRules = list() }
            case "experimental":
                if value == "all" { config.experimentalAll = true } else { config.experimentalRules = list() }
            case "error":
                guard let flag = GoStrconv.parseBool(value) else {
                    throw DockerfileError(prefix + "failed to parse check option \(GoText.quote(part)): strconv.ParseBool: parsing \(GoText.quote(value)): invalid syntax")
                }
                config.returnAsError = flag
            default:
                throw DockerfileError(prefix + "invalid check option \(GoText.quote(key))")
            }
        }
        return config
    }
}

/// Collects build-check findings during a conversion, honouring the config.
struct BuildCheckLinter {
    var config: BuildCheckConfig
    private(set) var findings: [LintFinding] = []
    private(set) var calledRules: [String] = []

    init(config: BuildCheckConfig) {
        self.config = config
    }

    /// `Linter.Run`.
    mutating func report(_ finding: LintFinding, experimental: Bool) {
        if experimental {
            guard config.experimentalAll || config.experimentalRules.contains(finding.ruleID) else { return }
        } else if config.skipAll || config.skipRules.contains(finding.ruleID) {
            return
        }
        calledRules.append(finding.ruleID)
        findings.append(finding)
    }

    mutating func report<Rule: LintRule>(_ rule: Rule.Type, _ message: String, lines: [LineRange]) {
        report(LintFinding(ruleID: rule.info.id, message: message, lines: lines), experimental: rule.info.experimental)
    }

    /// `Linter.Error`: with `error=true`, any reported rule fails the build.
    func error() -> DockerfileError? {
        guard config.returnAsError, !calledRules.isEmpty else { return nil }
        var unique: [String] = []
        for rule in calledRules where !unique.contains(rule) { unique.append(rule) }
        return DockerfileError("lint violation found for rules: " + unique.joined(separator: ", "))
    }

    /// Experimental flags by rule id, for findings produced before the linter existed.
    static func isExperimental(_ id: String) -> Bool {
        id == CopyIgnoredFile.info.id || id == InvalidDefinitionDescription.info.id
    }
}

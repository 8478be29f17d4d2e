/// `docker-tutor check Dockerfile`: BuildKit's build checks plus the teaching rules.
///
/// Runs the conversion the way `docker build --check` does (every stage, no target), so the
/// BuildKit findings are the ones docker would print, then runs the teaching rules on the
/// typed Dockerfile. A Dockerfile BuildKit rejects yields its error, plus whatever was found
/// before it.
public enum DockerfileLint {
    /// Every rule, BuildKit's first, in a stable order.
    public static let rules: [LintRuleInfo] = buildChecks.map { $0.info } + teachingRules.map { $0.info }

    static let buildChecks: [any LintRule.Type] = [
        StageNameCasing.self, FromAsCasing.self, NoEmptyContinuation.self, ConsistentInstructionCasing.self,
        DuplicateStageName.self, ReservedStageName.self, JSONArgsRecommended.self, MaintainerDeprecated.self,
        UndefinedArgInFrom.self, WorkdirRelativePath.self, UndefinedVar.self, MultipleInstructionsDisallowed.self,
        LegacyKeyValueFormat.self, InvalidBaseImagePlatform.self, RedundantTargetPlatform.self,
        SecretsUsedInArgOrEnv.self, InvalidDefaultArgInFrom.self, FromPlatformFlagConstDisallowed.self,
        CopyIgnoredFile.self, InvalidDefinitionDescription.self,
    ]

    static let teachingRules: [any TeachingRule.Type] = [
        AptGetMissingYes.self, AptListsNotCleaned.self, AptGetUpgrade.self, LatestBaseImage.self,
        AddForLocalFiles.self, RunsAsRoot.self, CdInRun.self, SudoInRun.self, PipNoCacheDir.self,
        CurlPipeShell.self, ApkAddNoCache.self,
    ]

    /// The documentation of one rule.
    public static func rule(_ id: String) -> LintRuleInfo? {
        rules.first { $0.id == id }
    }

    /// Lints Dockerfile text. `dockerignore` holds `.dockerignore` patterns (for the
    /// experimental CopyIgnoredFile), `resolver` base images' configs when known.
    public static func lint(_ dockerfile: String, dockerignore: [String] = [],
                            resolver: any BaseImageResolver = UnknownBaseImages()) -> LintReport {
        var options = BuildOptions()
        options.allStages = true
        options.dockerignore = dockerignore
        options.resolver = resolver
        var report = LintReport(findings: [], error: nil)
        let bytes = Array(dockerfile.utf8)
        do {
            var converter = try Converter(bytes: bytes, options: options)
            do {
                _ = try converter.run()
            } catch {
                report.error = error
            }
            report.findings = converter.linter.findings
        } catch {
            report.error = error
        }
        if report.error?.message.hasPrefix("lint violation found for rules:") == true { report.error = nil }
        if let parsed = try? InstructionParser.parse(dockerfile) {
            let context = TeachingContext(dockerfile: parsed, source: dockerfile)
            let skip = (try? BuildCheckConfig.parse(parsed.syntax.check)) ?? BuildCheckConfig()
            for rule in teachingRules where !skip.skipAll && !skip.skipRules.contains(rule.info.id) {
                report.findings += rule.check(context)
            }
        }
        report.findings = report.findings.enumerated().sorted {
            ($0.element.line, $0.element.column ?? 0, $0.offset) < ($1.element.line, $1.element.column ?? 0, $1.offset)
        }.map(\.element)
        return report
    }
}

/// The result of linting one Dockerfile.
public struct LintReport: Equatable, Sendable {
    /// Findings sorted by line (then column).
    public var findings: [LintFinding]
    /// The error BuildKit would stop the build with, if any.
    public var error: DockerfileError?
}

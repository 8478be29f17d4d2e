/// The `--format` checks commands make before their first API call, each in its own framing.
///
/// docker has no single place for this: `ps` parses and probes the template with its own
/// wording, `inspect` parses it with exit status 64 (or 1 for the swarm objects), `version`
/// names its template `version`, `events` probes an empty message, `info` parses after asking
/// the daemon, and the other list commands (`images`, `volume ls`, `stats`...) only parse once
/// the daemon has answered (their bad templates are a lint warning, not a client verdict).
enum FormatChecks {
    /// `docker ps`: the `-q` warning, then `buildContainerListOptions`' parse and probe.
    static func containerList(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard let format = c.flags.last("format"), !format.isEmpty else { return }
        if c.flags.bool("quiet") {
            c.stderr += "WARNING: Ignoring custom format, because both --format and --quiet are set.\n"
        }
        let template: GoTemplate
        do {
            template = try GoTemplate(format)
        } catch {
            throw ClientFailure("failed to parse template: " + error.message, at: .flag("format"))
        }
        if let error = template.run(FormatProbes.containerContext).error {
            throw ClientFailure("failed to execute template: " + error.message, at: .flag("format"))
        }
    }

    /// `inspect.Inspect`'s `NewTemplateInspectorFromString`: `json` and `""` are no templates.
    static func inspect(_ c: inout ClientCheckContext, exitCode: Int32) throws(ClientFailure) {
        guard let format = c.flags.last("format"), !format.isEmpty, format != "json" else { return }
        if let message = parseError(format) {
            throw ClientFailure("template parsing error: " + message, exitCode: exitCode, at: .flag("format"))
        }
    }

    /// `docker version`: `newVersionTemplate` names the template `version` and adds `getDetailsOrder`.
    static func version(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard var format = c.flags.last("format"), !format.isEmpty else { return }
        if format == "json" { format = "{{json .}}" }
        var functions = DockerTemplateFunctions.basic
        functions["getDetailsOrder"] = GoFunction(parameters: [.typed(.emptyInterface)], result: .slice(.string)) { _ in
            .strings([])
        }
        do {
            _ = try GoTemplate(format, name: "version", functions: functions)
        } catch {
            throw ClientFailure("template parsing error: " + error.message, exitCode: 64, at: .flag("format"))
        }
    }

    /// The list commands (`images`, `volume ls`, `stats`, `info`...) parse `--format` once the
    /// daemon has answered; a template that does not parse fails then, whatever the answer.
    static func afterDaemon(_ c: inout ClientCheckContext) {
        guard let format = c.flags.last("format"), !format.isEmpty, format != "json", format != "table" else { return }
        if let message = parseError(FormatSpec(format).templateText) {
            c.afterDaemon.append(ClientFailure("template parsing error: " + message, at: .flag("format")))
        }
    }

    /// `docker events`: `makeTemplate` parses and runs the template on an empty `*events.Message`.
    static func events(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard var format = c.flags.last("format"), !format.isEmpty else { return }
        if format == "json" { format = "{{json .}}" }
        let template: GoTemplate
        do {
            template = try GoTemplate(format)
        } catch {
            throw ClientFailure("Error parsing format: " + error.message, exitCode: 64, at: .flag("format"))
        }
        if let error = template.run(FormatProbes.eventsMessage).error {
            throw ClientFailure("Error parsing format: " + error.message, exitCode: 64, at: .flag("format"))
        }
    }

    /// `docker context ls`: the formatter parses the format and runs it over every context
    /// (there is always at least the `default` one) without asking any daemon.
    static func contextList(_ c: inout ClientCheckContext) throws(ClientFailure) {
        guard !c.flags.bool("quiet"), let format = c.flags.last("format"), !format.isEmpty, format != "table" else { return }
        let template: GoTemplate
        do {
            template = try GoTemplate(FormatSpec(format).templateText)
        } catch {
            throw ClientFailure("template parsing error: " + error.message, at: .flag("format"))
        }
        if let error = template.run(FormatProbes.clientContext).error {
            throw ClientFailure("template parsing error: " + error.message, at: .flag("format"))
        }
    }

    /// Go's parse error text for a `--format` value as `templates.Parse` reads it, or `nil`.
    static func parseError(_ text: String) -> String? {
        do {
            _ = try GoTemplate(text)
            return nil
        } catch {
            return error.message
        }
    }
}

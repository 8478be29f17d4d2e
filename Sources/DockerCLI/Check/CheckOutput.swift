import DockerAPI

/// How `docker-tutor check` prints its reports: like a compiler, as JSON, or as GitHub annotations.
public enum CheckOutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case github
}

/// Renders check reports. Pure functions of the reports, so the executable only prints.
public enum CheckOutput {
    /// The whole output for `reports` in `format`; `color` adds ANSI colours to the text format.
    public static func render(_ reports: [CheckReport], format: CheckOutputFormat, color: Bool = false) -> String {
        switch format {
        case .text: return text(reports, color: color)
        case .json: return json(reports)
        case .github: return github(reports)
        }
    }

    /// What a report says, flattened in document order: one entry per problem, error or warning.
    struct Diagnostic {
        enum Severity: String {
            case error, warning
        }

        var severity: Severity
        var line: Int
        var column: Int
        var width: Int
        var message: String
        /// The rule id, for warnings; the exit code for docker's errors.
        var tag: String?
    }

    static func diagnostics(_ report: CheckReport) -> [Diagnostic] {
        var out: [Diagnostic] = report.problems.map {
            Diagnostic(severity: .error, line: $0.line, column: $0.column, width: 1, message: $0.message, tag: "shell syntax")
        }
        for finding in report.dockerfile {
            out.append(Diagnostic(severity: finding.isError ? .error : .warning, line: finding.line, column: finding.column,
                                  width: 1, message: finding.message, tag: finding.rule))
        }
        for command in report.commands {
            if command.verdict.status == .invalid, let error = command.verdict.error {
                let p = command.position(ofWord: command.verdict.word)
                out.append(Diagnostic(severity: .error, line: p.line, column: p.column, width: p.width, message: error,
                                      tag: command.verdict.exitCode.map { "exit \($0)" }))
            }
            for finding in command.findings {
                let p = command.position(ofWord: finding.word)
                out.append(Diagnostic(severity: .warning, line: p.line, column: p.column, width: p.width,
                                      message: finding.message, tag: finding.rule))
            }
        }
        return out.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    // MARK: - Text

    /// `file:line:col: error: message [exit 125]`, the source line, and the word underlined.
    static func text(_ reports: [CheckReport], color: Bool) -> String {
        var out = ""
        var counts = (commands: 0, invalid: 0, unknown: 0, warnings: 0)
        for report in reports {
            counts.commands += report.commands.count
            counts.invalid += report.commands.filter { $0.verdict.status == .invalid }.count + report.problems.count
            counts.unknown += report.commands.filter { $0.verdict.status == .unknown }.count
            let diagnostics = diagnostics(report)
            guard !diagnostics.isEmpty else { continue }
            let lines = report.source.split(separator: "\n", omittingEmptySubsequences: false)
            for d in diagnostics {
                counts.warnings += d.severity == .warning ? 1 : 0
                let severity = color ? (d.severity == .error ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;35mwarning:\u{1B}[0m")
                    : d.severity.rawValue + ":"
                let location = "\(report.file):\(d.line):\(d.column):"
                let tag = d.tag.map { " [\($0)]" } ?? ""
                out += color ? "\u{1B}[1m\(location)\u{1B}[0m \(severity) \u{1B}[1m\(d.message)\u{1B}[0m\(tag)\n"
                    : "\(location) \(severity) \(d.message)\(tag)\n"
                guard d.line >= 1, d.line <= lines.count else { continue }
                let source = lines[d.line - 1]
                out += source + "\n"
                let caret = "^" + String(repeating: "~", count: max(0, d.width - 1))
                out += indentation(source, upTo: d.column) + (color ? "\u{1B}[1;32m\(caret)\u{1B}[0m" : caret) + "\n"
            }
        }
        out += summary(counts)
        return out
    }

    /// Blanks standing for the text before `column` (tabs kept, wide characters doubled).
    static func indentation(_ line: Substring, upTo column: Int) -> String {
        var out = ""
        for ch in line.prefix(max(0, column - 1)) {
            if ch == "\t" {
                out.append("\t")
            } else {
                let width = ch.unicodeScalars.first.map { DisplayWidth.runeWidth($0) } ?? 1
                out += String(repeating: " ", count: max(1, width))
            }
        }
        return out
    }

    static func summary(_ c: (commands: Int, invalid: Int, unknown: Int, warnings: Int)) -> String {
        let noun = c.commands == 1 ? "docker command" : "docker commands"
        var parts: [String] = []
        if c.invalid > 0 { parts.append("\(c.invalid) invalid") }
        if c.unknown > 0 { parts.append("\(c.unknown) unknown") }
        if c.warnings > 0 { parts.append("\(c.warnings) \(c.warnings == 1 ? "warning" : "warnings")") }
        let verdict = parts.isEmpty ? (c.commands == 0 ? "" : ": all valid") : ": " + parts.joined(separator: ", ")
        return "checked \(c.commands) \(noun)\(verdict)\n"
    }

    // MARK: - JSON

    /// A JSON array, one object per command (and per document problem), in document order:
    /// `{"file", "line", "column", "command", "valid", "error", "exitCode", "warnings": [...]}`.
    static func json(_ reports: [CheckReport]) -> String {
        var objects: [JSONValue] = []
        for report in reports {
            var entries: [(line: Int, column: Int, value: JSONValue)] = report.problems.map { problem in
                (problem.line, problem.column, object(file: report.file, line: problem.line, column: problem.column,
                                                      command: "", valid: .bool(false), error: .string(problem.message),
                                                      exitCode: .int(2), warnings: []))
            }
            for finding in report.dockerfile {
                let warning = JSONValue.object([
                    JSONMember("rule", .string(finding.rule)), JSONMember("message", .string(finding.message)),
                    JSONMember("line", .int(Int64(finding.line))), JSONMember("column", .int(Int64(finding.column))),
                ])
                entries.append((finding.line, finding.column, object(
                    file: report.file, line: finding.line, column: finding.column, command: "",
                    valid: .bool(!finding.isError), error: finding.isError ? .string(finding.message) : .null,
                    exitCode: finding.isError ? .int(1) : .int(0), warnings: finding.isError ? [] : [warning])))
            }
            for command in report.commands {
                let verdict = command.verdict
                let valid: JSONValue = verdict.status == .unknown ? .null : .bool(verdict.status == .valid)
                let warnings = command.findings.map { finding -> JSONValue in
                    let p = command.position(ofWord: finding.word)
                    return .object([
                        JSONMember("rule", .string(finding.rule)), JSONMember("message", .string(finding.message)),
                        JSONMember("line", .int(Int64(p.line))), JSONMember("column", .int(Int64(p.column))),
                    ])
                }
                entries.append((command.command.line, command.command.column, object(
                    file: report.file, line: command.command.line, column: command.command.column,
                    command: command.command.text, valid: valid, error: verdict.error.map { .string($0) } ?? .null,
                    exitCode: verdict.exitCode.map { .int(Int64($0)) } ?? .null, warnings: warnings)))
            }
            objects += entries.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
                .map(\.element.value)
        }
        if objects.isEmpty { return "[]\n" }
        return "[\n  " + objects.map { GoJSON.encode($0, escapeHTML: false) }.joined(separator: ",\n  ") + "\n]\n"
    }

    static func object(file: String, line: Int, column: Int, command: String, valid: JSONValue, error: JSONValue,
                       exitCode: JSONValue, warnings: [JSONValue]) -> JSONValue {
        .object([
            JSONMember("file", .string(file)), JSONMember("line", .int(Int64(line))),
            JSONMember("column", .int(Int64(column))), JSONMember("command", .string(command)),
            JSONMember("valid", valid), JSONMember("error", error), JSONMember("exitCode", exitCode),
            JSONMember("warnings", .array(warnings)),
        ])
    }

    // MARK: - GitHub

    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=T::message`.
    static func github(_ reports: [CheckReport]) -> String {
        var out = ""
        for report in reports {
            for d in diagnostics(report) {
                let title = d.severity == .error ? "docker" + (d.tag.map { " (\($0))" } ?? "") : d.tag ?? "docker-tutor"
                out += "::\(d.severity.rawValue) file=\(property(report.file)),line=\(d.line),col=\(d.column),"
                    + "title=\(property(title))::\(data(d.message))\n"
            }
        }
        return out
    }

    /// GitHub's escaping of a message.
    static func data(_ s: String) -> String {
        s.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// GitHub's escaping of a property value (also `:` and `,`).
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// Every occurrence of the scalar `target` replaced (scalars, so `\r\n` is two of them).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

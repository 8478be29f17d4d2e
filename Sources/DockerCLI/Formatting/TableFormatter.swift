import DockerAPI

/// docker's `formatter.Context.Write`: renders rows with a `--format`, as a table or as lines.
///
/// Command renderers (ps, images, volume ls, network ls, history, system df, stats...) give it
/// the format (after mapping `""`/`table` to their default), the header titles and one value
/// per row. The template is parsed once and executed per row. For tables, the header row is
/// the same template executed over the header titles with docker's header functions, its
/// errors ignored (a field missing from the titles prints `<no value>`), and the whole text
/// goes through the tabwriter (minwidth 10, padding 3).
public struct TableFormatter: Sendable {
    public let spec: FormatSpec
    public let template: GoTemplate

    /// Parses the format; a parse error reads `template parsing error: template: :1: ...`.
    public init(format: String) throws(FormatError) {
        spec = FormatSpec(format)
        do {
            template = try GoTemplate(spec.templateText)
        } catch {
            throw FormatError.wrapping(error)
        }
    }

    /// Renders `rows`; `header` is the titles value (`TemplateValue.headerContext([...])`).
    ///
    /// An execution error on any row discards everything, as docker returns before printing.
    public func render(header: TemplateValue, rows: [TemplateValue]) throws(FormatError) -> String {
        var body = ""
        for row in rows {
            let run = template.run(row)
            if let error = run.error { throw FormatError.wrapping(error) }
            body += run.output + "\n"
        }
        guard spec.isTable else { return body }
        let headerLine = template.withFunctions(DockerTemplateFunctions.header).run(header).output
        var writer = TabWriter.dockerTable()
        writer.write(headerLine)
        writer.write("\n")
        writer.write(body)
        writer.flush()
        return writer.takeOutput()
    }

    /// Renders with titles given as a plain map (docker's `SubHeaderContext`).
    public func render(headers: [String: String], rows: [TemplateValue]) throws(FormatError) -> String {
        try render(header: .headerContext(headers), rows: rows)
    }

    /// docker ps's pre-check of `--format`: parses the raw value (no `table` stripping) and runs it
    /// over an empty row, returning the methods it called (docker asks for sizes when `Size` is
    /// among them) or docker's `failed to parse template: ...` / `failed to execute template: ...`.
    public static func probeMethods(format: String, on probe: TemplateValue) -> Result<Set<String>, FormatError> {
        let template: GoTemplate
        do {
            template = try GoTemplate(format)
        } catch {
            return .failure(FormatError("failed to parse template: " + error.message))
        }
        let run = template.run(probe)
        if let error = run.error { return .failure(FormatError("failed to execute template: " + error.message)) }
        return .success(run.calledMethods)
    }
}

/// docker's `inspect.TemplateInspector`: `inspect -f` over one object.
///
/// Docker executes the template on the typed Go value first; if that fails for any reason it
/// decodes the object's raw JSON with `UseNumber` and executes again with `missingkey=error`,
/// and reports that second error. Give `typed` the best typed stand-in available
/// (`TemplateValue(typedJSON:)`) and `raw` the API document.
public struct InspectTemplate: Sendable {
    public let template: GoTemplate

    /// Parses `-f`'s value; the error reads `template parsing error: template: :1: ...` (exit status 64).
    public init(format: String) throws(FormatError) {
        do {
            template = try GoTemplate(format)
        } catch {
            throw FormatError.wrapping(error)
        }
    }

    /// The text printed for one object (its template output and a newline).
    public func render(typed: TemplateValue, raw: JSONValue?) -> Result<String, FormatError> {
        let first = template.run(typed)
        if first.error == nil { return .success(first.output + "\n") }
        guard let raw else { return .failure(FormatError.wrapping(first.error ?? .execution(""))) }
        let decoded = TemplateValue(decodedJSON: raw, .inspectFallback)
        let second = template.run(decoded, missingKey: .error)
        if let error = second.error { return .failure(FormatError.wrapping(error)) }
        return .success(second.output + "\n")
    }
}

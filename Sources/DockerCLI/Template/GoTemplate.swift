/// A parsed Go `text/template`, as docker builds one for `--format` and `inspect -f`.
///
/// Parse once, execute per row: the parse tree is immutable and executing it has no side
/// effects on the template, so a table renderer parses the format once and runs it for every
/// container, image or volume. Functions are resolved at parse time by name (as Go checks
/// `function "x" not defined`) and at execution time by lookup, so `withFunctions` can swap in
/// docker's header functions after parsing, as docker's `tmpl.Funcs(HeaderFunctions)` does.
public struct GoTemplate: Sendable {
    /// The template's name (`""` for docker's `templates.Parse`); errors quote it.
    public let name: String
    public let text: String
    let trees: [String: ListNode]
    /// The functions beyond Go's builtins (docker's `basicFunctions` by default).
    public private(set) var functions: [String: GoFunction]

    /// Parses `text` (Go's `template.New(name).Funcs(functions).Parse(text)`).
    public init(_ text: String, name: String = "", functions: [String: GoFunction] = DockerTemplateFunctions.basic) throws(TemplateError) {
        self.name = name
        self.text = text
        self.functions = functions
        let known = Set(functions.keys).union(TemplateBuiltins.functions.keys)
        trees = try TemplateParser.parse(name: name, text: text, functions: known)
    }

    /// The same template with more functions (Go's `Funcs`), overriding any of the same name.
    public func withFunctions(_ more: [String: GoFunction]) -> GoTemplate {
        var copy = self
        copy.functions.merge(more) { _, new in new }
        return copy
    }

    /// The names of the templates the text defines (`{{define "x"}}`), and the template itself.
    public var definedTemplates: [String] { trees.keys.sorted() }

    /// Executes the template over `data`, returning its output or Go's error.
    public func execute(_ data: TemplateValue, missingKey: MissingKeyOption = .default,
                        limits: TemplateLimits = TemplateLimits()) throws(TemplateError) -> String {
        let run = run(data, missingKey: missingKey, limits: limits)
        if let error = run.error { throw error }
        return run.output
    }

    /// Executes the template, keeping the output written before an error (Go writes as it goes,
    /// and `docker version --format` shows that partial output).
    public func run(_ data: TemplateValue, missingKey: MissingKeyOption = .default,
                    limits: TemplateLimits = TemplateLimits()) -> TemplateExecution {
        var executor = TemplateExecutor(
            trees: trees, parseName: name, source: Array(text.utf8), functions: functions,
            missingKey: missingKey.executorOption, limits: limits, name: name
        )
        executor.vars = [("$", data)]
        var failure: TemplateError?
        do throws(TemplateExecutor.Signal) {
            if let root = trees[name] {
                try executor.walkList(data, root)
            } else {
                throw executor.failure("\(GoQuote.quote(name)) is an incomplete or empty template")
            }
        } catch {
            if case .failure(let e) = error { failure = e }
        }
        return TemplateExecution(output: executor.output, error: failure, calledMethods: executor.calledMethods)
    }
}

/// Go's `missingkey` option: what `.key` of a map without that key yields.
public enum MissingKeyOption: Sendable {
    /// `<no value>` (the default).
    case `default`
    /// The zero value of the map's element type.
    case zero
    /// An execution error, `map has no entry for key "key"` (docker's inspect fallback).
    case error

    var executorOption: TemplateExecutor.MissingKey {
        switch self {
        case .default: .invalid
        case .zero: .zero
        case .error: .error
        }
    }
}

/// The result of one execution: what was written, the error that stopped it, and the methods
/// called on the data (docker's `ps` asks whether a format uses `.Size`).
public struct TemplateExecution: Sendable {
    public var output: String
    public var error: TemplateError?
    public var calledMethods: Set<String>
}

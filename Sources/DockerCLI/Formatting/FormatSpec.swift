/// A `--format` value as docker's `formatter.Context` reads it.
///
/// `table ...` renders through the tabwriter with a header row, `json` is `{{json .}}` (one
/// object per line), anything else is a template printed as is, one line per row. Before
/// parsing, docker strips the `table` prefix, trims spaces (only spaces) and turns the two-character
/// sequences `\t` and `\n` into a tab and a newline, so `--format 'table {{.ID}}\t{{.Name}}'` works
/// without shell quoting tricks.
public struct FormatSpec: Sendable, Equatable {
    /// The `--format` value as given.
    public let raw: String

    public init(_ raw: String) { self.raw = raw }

    /// `Format.IsTable`: the value starts with `table` (even `tablefoo`).
    public var isTable: Bool { raw.hasPrefix("table") }

    /// `Format.IsJSON`: the value is exactly `json`.
    public var isJSON: Bool { raw == "json" }

    /// The template text docker parses (`Context.preFormat`).
    public var templateText: String {
        var text: Substring
        if isTable {
            text = raw.dropFirst("table".count)
        } else if isJSON {
            text = "{{json .}}"
        } else {
            text = Substring(raw)
        }
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text).replacingEscapes()
    }
}

/// docker's escape replacement for format strings.
extension String {
    /// `strings.NewReplacer("\\t", "\t", "\\n", "\n")`: left to right, no rescanning.
    fileprivate func replacingEscapes() -> String {
        var out = ""
        var chars = self.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        while let c = pending ?? chars.next() {
            pending = nil
            guard c == "\\" else {
                out.unicodeScalars.append(c)
                continue
            }
            guard let next = chars.next() else {
                out.unicodeScalars.append(c)
                break
            }
            switch next {
            case "t": out += "\t"
            case "n": out += "\n"
            default:
                out.unicodeScalars.append(c)
                pending = next
            }
        }
        return out
    }
}

/// Why rendering a `--format` failed; `message` is what docker prints.
public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// docker's `errors.Wrap(err, "template parsing error")`, used for both parse and execution errors.
    static func wrapping(_ error: TemplateError) -> FormatError {
        FormatError("template parsing error: " + error.message)
    }
}

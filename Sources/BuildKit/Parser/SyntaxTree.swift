/// The low-level parse of a Dockerfile: one node per instruction, before any typing.
///
/// This mirrors BuildKit's `parser.Node` closely because the instruction layer's behaviour
/// depends on its exact shape: which words an instruction received (quotes still in place for
/// ENV/LABEL/ARG), whether it used JSON form, its flags, heredoc bodies and line span.
public struct SyntaxNode: Equatable, Sendable {
    /// The instruction keyword as written (`RUN`, `run`, `Run`, or an unknown word).
    public var keyword: String
    /// `--name=value` words that preceded the arguments, quotes removed.
    public var flags: [String]
    /// The argument words BuildKit's line parser produced for this instruction. For ENV and
    /// LABEL these are key, value, separator triples (separator `=` or empty for the legacy
    /// `KEY value` form); for ONBUILD they are empty and `subcommand` holds the trigger.
    public var arguments: [String]
    /// Whether the arguments were a JSON array (exec form).
    public var isJSON: Bool
    /// Heredoc bodies attached to this instruction, in order.
    public var heredocs: [Heredoc]
    /// The instruction's text after continuation lines were joined (heredoc bodies excluded).
    public var original: String
    /// 1-based first and last line, heredoc bodies included.
    public var startLine: Int
    public var endLine: Int
    /// Comment lines directly above the instruction (used for stage and ARG descriptions).
    public var comments: [String]
    /// ONBUILD's trigger instruction (at most one element).
    var children: [SyntaxNode]

    /// The instruction ONBUILD registers as a trigger.
    public var subcommand: SyntaxNode? { children.first }

    /// Whether the keyword was unknown, in which case BuildKit's line parser ignored the rest.
    var ignoredArguments: Bool

    /// The lines the instruction occupies.
    public var lines: LineRange { LineRange(start: startLine, end: max(startLine, endLine)) }

    /// `nodeArgs`: the argument words, with ONBUILD's trigger flattened to its keyword and words.
    var flattenedArguments: [String] {
        if let sub = subcommand { return [sub.keyword] + sub.flattenedArguments }
        return arguments
    }

    /// BuildKit's `Node.Dump` s-expression, used to compare parses against BuildKit's.
    public func dump() -> String {
        var text = keyword.lowercased()
        if !flags.isEmpty {
            text += " " + GoText.quoteList(flags)
        }
        if let sub = subcommand {
            text += " (" + sub.dump() + ")"
        } else if ignoredArguments {
            text += " \"\""
        } else {
            for argument in arguments {
                text += " " + GoText.quote(argument)
            }
        }
        return GoText.trimSpace(text)
    }
}

/// A heredoc body attached to RUN, COPY or ADD (`<<EOF` ... `EOF`).
public struct Heredoc: Equatable, Sendable {
    /// The delimiter word with quotes removed (also the file name for COPY/ADD).
    public var name: String
    /// The file descriptor before `<<` (`3<<EOF`), 0 when absent.
    public var fileDescriptor: Int
    /// False when any part of the delimiter was quoted: the body is then taken literally.
    public var expand: Bool
    /// `<<-`: leading tabs are stripped from the body and the terminator.
    public var chomp: Bool
    /// The raw body, each line with its newline.
    public var content: String
}

/// A parsed Dockerfile: its instruction nodes, the escape character and parser warnings.
public struct DockerfileSyntax: Equatable, Sendable {
    public var nodes: [SyntaxNode]
    /// `\` by default, or `` ` `` after `# escape=```.
    public var escapeToken: Character
    /// Parser directives recognised at the top (`syntax`, `escape`, `check`).
    public var directives: [ParserDirective]
    /// Lines that ended an instruction containing empty continuation lines.
    public var emptyContinuationLines: [Int]

    /// The `# syntax=` directive as docker reads it (BOM and shebang skipped, `//` allowed).
    public var syntax: String?
    /// The `# check=` directive's value.
    public var check: String?

    /// All nodes dumped one per line, as BuildKit's parser tests print them.
    public func dump() -> String {
        nodes.map { "(" + $0.dump() + ")" }.joined(separator: "\n")
    }
}

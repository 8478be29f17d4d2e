/// A node of a parsed template (Go's `parse.Node` family), with the byte position Go reports.
///
/// `description` is Go's `Node.String()`: execution errors quote the node they failed at
/// (`executing "" at <index .ID 5>: ...`), so it must re-spell the source as Go does.
indirect enum TemplateNode: Sendable {
    case text(pos: Int, text: String)
    case action(pos: Int, line: Int, pipe: PipeNode)
    case ifNode(BranchNode)
    case rangeNode(BranchNode)
    case withNode(BranchNode)
    case list(ListNode)
    case template(TemplateCallNode)
    case breakNode(pos: Int, line: Int)
    case continueNode(pos: Int, line: Int)
    case comment(pos: Int, text: String)
    // Markers the parser returns to close a list; never stored in a tree.
    case end(pos: Int)
    case elseNode(pos: Int, line: Int)

    var pos: Int {
        switch self {
        case .text(let pos, _), .action(let pos, _, _), .breakNode(let pos, _), .continueNode(let pos, _),
             .comment(let pos, _), .end(let pos), .elseNode(let pos, _):
            pos
        case .ifNode(let b), .rangeNode(let b), .withNode(let b): b.pos
        case .list(let l): l.pos
        case .template(let t): t.pos
        }
    }

    var description: String {
        switch self {
        case .text(_, let text): text
        case .action(_, _, let pipe): "{{" + pipe.description + "}}"
        case .ifNode(let b): b.describe("if")
        case .rangeNode(let b): b.describe("range")
        case .withNode(let b): b.describe("with")
        case .list(let l): l.description
        case .template(let t): t.description
        case .breakNode: "{{break}}"
        case .continueNode: "{{continue}}"
        case .comment(_, let text): "{{" + text + "}}"
        case .end: "{{end}}"
        case .elseNode: "{{else}}"
        }
    }
}

/// A sequence of nodes (Go's `ListNode`).
struct ListNode: Sendable {
    var pos: Int
    var nodes: [TemplateNode] = []

    var description: String { nodes.map(\.description).joined() }
}

/// `{{if}}`, `{{range}}` and `{{with}}`: a pipeline, a body and an optional else body.
struct BranchNode: Sendable {
    var pos: Int
    var line: Int
    var pipe: PipeNode
    var list: ListNode
    var elseList: ListNode?

    func describe(_ name: String) -> String {
        var s = "{{" + name + " " + pipe.description + "}}" + list.description
        if let elseList { s += "{{else}}" + elseList.description }
        return s + "{{end}}"
    }
}

/// `{{template "name" pipeline}}`.
struct TemplateCallNode: Sendable {
    var pos: Int
    var line: Int
    var name: String
    var pipe: PipeNode?

    var description: String {
        var s = "{{template " + GoQuote.quote(name)
        if let pipe { s += " " + pipe.description }
        return s + "}}"
    }
}

/// A pipeline: optional variable declarations and commands separated by `|`.
struct PipeNode: Sendable {
    var pos: Int
    var line: Int
    var isAssign = false
    var decl: [VariableNode] = []
    var cmds: [TemplateCommandNode] = []

    var description: String {
        var s = ""
        if !decl.isEmpty {
            s = decl.map(\.description).joined(separator: ", ") + (isAssign ? " = " : " := ")
        }
        return s + cmds.map(\.description).joined(separator: " | ")
    }
}

/// A command: an operand or a function/method name followed by arguments.
struct TemplateCommandNode: Sendable {
    var pos: Int
    var args: [ArgNode] = []

    var description: String {
        args.map { arg in
            if case .pipe(let p) = arg { return "(" + p.description + ")" }
            return arg.description
        }.joined(separator: " ")
    }
}

/// `$x` or `$x.Field.Field`.
struct VariableNode: Sendable {
    var pos: Int
    var ident: [String]

    var description: String { ident.joined(separator: ".") }
}

/// A number literal with every interpretation Go found for it (`'a'` is an int, a uint and a float).
struct NumberNode: Sendable {
    var pos: Int
    var text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var complex: (Double, Double) = (0, 0)
}

/// An operand of a command.
indirect enum ArgNode: Sendable {
    case field(pos: Int, ident: [String])
    case chain(pos: Int, node: ArgNode, fields: [String])
    case identifier(pos: Int, name: String)
    case dot(pos: Int)
    case nilValue(pos: Int)
    case variable(VariableNode)
    case bool(pos: Int, value: Bool)
    case number(NumberNode)
    case string(pos: Int, quoted: String, text: String)
    case pipe(PipeNode)

    var pos: Int {
        switch self {
        case .field(let pos, _), .chain(let pos, _, _), .identifier(let pos, _), .dot(let pos), .nilValue(let pos),
             .bool(let pos, _), .string(let pos, _, _):
            pos
        case .variable(let v): v.pos
        case .number(let n): n.pos
        case .pipe(let p): p.pos
        }
    }

    var description: String {
        switch self {
        case .field(_, let ident): ident.map { "." + $0 }.joined()
        case .chain(_, let node, let fields):
            (node.isPipe ? "(" + node.description + ")" : node.description) + fields.map { "." + $0 }.joined()
        case .identifier(_, let name): name
        case .dot: "."
        case .nilValue: "nil"
        case .variable(let v): v.description
        case .bool(_, let value): value ? "true" : "false"
        case .number(let n): n.text
        case .string(_, let quoted, _): quoted
        case .pipe(let p): p.description
        }
    }

    var isPipe: Bool {
        if case .pipe = self { return true }
        return false
    }
}

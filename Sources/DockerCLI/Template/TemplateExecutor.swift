/// Go's template executor (`text/template/exec.go`): walks a parsed tree over a value.
///
/// It tracks the node it is "at" exactly where Go does, because execution errors name that node
/// and its position (`template: :1:14: executing "" at <.Missing>: can't evaluate field ...`).
/// `break`/`continue` and errors unwind as Swift errors, as Go unwinds them with panics.
struct TemplateExecutor {
    /// How a missing map key evaluates (Go's `missingkey` option).
    enum MissingKey: Sendable {
        /// `missingkey=default`: the zero `reflect.Value`, printed `<no value>`.
        case invalid
        /// `missingkey=zero`: the zero value of the map's element type.
        case zero
        /// `missingkey=error`: `map has no entry for key "X"` (docker's inspect fallback).
        case error
    }

    /// What unwinds the walk: loop control, or a failure with Go's message.
    enum Signal: Error {
        case breakLoop, continueLoop
        case failure(TemplateError)
    }

    /// The node errors are reported at (Go's `state.node`).
    enum ErrorNode {
        case arg(ArgNode)
        case command(TemplateCommandNode)
        case pipe(PipeNode)
        case node(TemplateNode)

        var pos: Int {
            switch self {
            case .arg(let a): a.pos
            case .command(let c): c.pos
            case .pipe(let p): p.pos
            case .node(let n): n.pos
            }
        }

        var description: String {
            switch self {
            case .arg(let a): a.description
            case .command(let c): c.description
            case .pipe(let p): p.description
            case .node(let n): n.description
            }
        }
    }

    let trees: [String: ListNode]
    let parseName: String
    let source: [UInt8]
    let functions: [String: GoFunction]
    let missingKey: MissingKey
    let limits: TemplateLimits

    var name: String
    var output = ""
    var outputBytes = 0
    var vars: [(name: String, value: TemplateValue)] = []
    var node: ErrorNode?
    var depth = 0
    var walkDepth = 0
    var steps = 0
    /// Names of methods called on the data, for docker's "is `.Size` used?" check.
    var calledMethods: Set<String> = []

    // MARK: - Errors

    func failure(_ message: String) -> Signal {
        guard let node else { return .failure(.execution("template: \(name): \(message)")) }
        let pos = min(node.pos, source.count)
        let before = source[..<pos]
        let lineNum = 1 + before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        var column = pos
        if let lastNewline = before.lastIndex(of: 0x0A) { column = pos - (lastNewline + 1) }
        return .failure(.execution(
            "template: \(parseName):\(lineNum):\(column): executing \(GoQuote.quote(name)) at <\(node.description)>: \(message)"
        ))
    }

    mutating func at(_ n: ErrorNode) { node = n }

    mutating func step() throws(Signal) {
        steps += 1
        if steps > limits.maxSteps { throw failure("exceeded maximum number of execution steps (\(limits.maxSteps))") }
    }

    mutating func write(_ s: String) throws(Signal) {
        outputBytes += s.utf8.count
        if outputBytes > limits.maxOutputBytes { throw failure("exceeded maximum output size (\(limits.maxOutputBytes) bytes)") }
        output += s
    }

    // MARK: - Variables

    var mark: Int { vars.count }

    mutating func pop(_ mark: Int) {
        if vars.count > mark { vars.removeSubrange(mark...) }
    }

    mutating func push(_ name: String, _ value: TemplateValue) { vars.append((name, value)) }

    mutating func setVar(_ name: String, _ value: TemplateValue) throws(Signal) {
        for i in stride(from: vars.count - 1, through: 0, by: -1) where vars[i].name == name {
            vars[i].value = value
            return
        }
        throw failure("undefined variable: \(name)")
    }

    mutating func setTopVar(_ n: Int, _ value: TemplateValue) {
        vars[vars.count - n].value = value
    }

    func varValue(_ name: String) throws(Signal) -> TemplateValue {
        for i in stride(from: vars.count - 1, through: 0, by: -1) where vars[i].name == name {
            return vars[i].value
        }
        throw failure("undefined variable: \(name)")
    }

    // MARK: - Walking

    mutating func walk(_ dot: TemplateValue, _ n: TemplateNode) throws(Signal) {
        try step()
        at(.node(n))
        // Nested blocks inside recursive templates nest Swift frames; bound them as Go bounds template calls.
        walkDepth += 1
        defer { walkDepth -= 1 }
        if walkDepth > limits.maxNesting { throw failure("exceeded maximum template depth (100000)") }
        switch n {
        case .action(_, _, let pipe):
            let val = try evalPipeline(dot, pipe)
            if pipe.decl.isEmpty { try printValue(.node(n), val) }
        case .breakNode: throw .breakLoop
        case .continueNode: throw .continueLoop
        case .comment: break
        case .ifNode(let b): try walkIfOrWith(isWith: false, dot, b)
        case .withNode(let b): try walkIfOrWith(isWith: true, dot, b)
        case .list(let l):
            for child in l.nodes { try walk(dot, child) }
        case .rangeNode(let r): try walkRange(dot, r)
        case .template(let t): try walkTemplate(dot, t)
        case .text(_, let text): try write(text)
        case .end, .elseNode: throw failure("unknown node: \(n.description)")
        }
    }

    mutating func walkList(_ dot: TemplateValue, _ list: ListNode) throws(Signal) {
        for child in list.nodes { try walk(dot, child) }
    }

    private mutating func walkIfOrWith(isWith: Bool, _ dot: TemplateValue, _ b: BranchNode) throws(Signal) {
        let saved = mark
        defer { pop(saved) }
        let val = try evalPipeline(dot, b.pipe)
        guard let truth = Self.isTrue(Self.indirectInterface(val)) else {
            throw failure("if/with can't use \(Self.formatV(val))")
        }
        if truth {
            try walkList(isWith ? val : dot, b.list)
        } else if let elseList = b.elseList {
            try walkList(dot, elseList)
        }
    }

    private mutating func walkRange(_ dot: TemplateValue, _ r: BranchNode) throws(Signal) {
        at(.node(.rangeNode(r)))
        let saved = mark
        defer { pop(saved) }
        let val = Self.indirect(try evalPipeline(dot, r.pipe)).value
        let bodyMark = mark
        do throws(Signal) {
            var ran = false
            switch val.storage {
            case .list(let items) where val.kind == .slice || val.kind == .array:
                for (i, item) in (items ?? []).enumerated() {
                    ran = true
                    try oneIteration(r, bodyMark, index: .int(i), elem: item)
                }
            case .map(let entries):
                for entry in entries ?? [] {
                    ran = true
                    try oneIteration(r, bodyMark, index: entry.key, elem: entry.value)
                }
            case .int(let n):
                if r.pipe.decl.count > 1 { throw failure("can't use \(Self.formatV(val)) to iterate over more than one variable") }
                var i: Int64 = 0
                while i < n {
                    ran = true
                    try oneIteration(r, bodyMark, index: .invalid, elem: TemplateValue(type: val.type, storage: .int(i)))
                    i += 1
                }
            case .uint(let n):
                if r.pipe.decl.count > 1 { throw failure("can't use \(Self.formatV(val)) to iterate over more than one variable") }
                var i: UInt64 = 0
                while i < n {
                    ran = true
                    try oneIteration(r, bodyMark, index: .invalid, elem: TemplateValue(type: val.type, storage: .uint(i)))
                    i += 1
                }
            case .invalid:
                break
            default:
                throw failure("range can't iterate over \(Self.formatV(val))")
            }
            if ran { return }
        } catch .breakLoop {
            return
        }
        if let elseList = r.elseList { try walkList(dot, elseList) }
    }

    private mutating func oneIteration(_ r: BranchNode, _ bodyMark: Int, index: TemplateValue, elem: TemplateValue) throws(Signal) {
        try step()
        let decl = r.pipe.decl
        if !decl.isEmpty {
            if r.pipe.isAssign {
                try setVar(decl[0].ident[0], decl.count > 1 ? index : elem)
            } else {
                setTopVar(1, elem)
            }
        }
        if decl.count > 1 {
            if r.pipe.isAssign {
                try setVar(decl[1].ident[0], elem)
            } else {
                setTopVar(2, index)
            }
        }
        defer { pop(bodyMark) }
        do throws(Signal) {
            try walkList(elem, r.list)
        } catch .continueLoop {
            return
        }
    }

    private mutating func walkTemplate(_ dot: TemplateValue, _ t: TemplateCallNode) throws(Signal) {
        at(.node(.template(t)))
        guard let tree = trees[t.name] else { throw failure("template \(GoQuote.quote(t.name)) not defined") }
        if depth >= limits.maxTemplateDepth { throw failure("exceeded maximum template depth (100000)") }
        let newDot = try evalPipeline(dot, t.pipe)
        let savedVars = vars, savedName = name
        depth += 1
        vars = [("$", newDot)]
        name = t.name
        defer {
            depth -= 1
            vars = savedVars
            name = savedName
        }
        try walkList(newDot, tree)
    }

    // MARK: - Printing

    private mutating func printValue(_ n: ErrorNode, _ v: TemplateValue) throws(Signal) {
        at(n)
        var v = v
        if v.kind == .pointer { v = Self.indirect(v).value }
        guard v.isValid else {
            try write("<no value>")
            return
        }
        if v.kind == .function && v.methods.stringer == nil && v.methods.errorMethod == nil {
            throw failure("can't print \(n.description) of type \(v.type)")
        }
        try write(GoFmt.sprint([v]))
    }

    /// `fmt.Sprintf("%v", value)` of a `reflect.Value`, as Go's error messages format them.
    static func formatV(_ value: TemplateValue) -> String {
        guard value.isValid else { return "<invalid reflect.Value>" }
        return GoFmt.sprintf("%v", [value])
    }

    // MARK: - Truth and indirection

    /// Go's `isTrue`; `nil` when the value has no truth (a function or channel).
    static func isTrue(_ val: TemplateValue) -> Bool? {
        switch val.storage {
        case .invalid: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .uint(let u): return u != 0
        case .float(let d): return d != 0
        case .complex(let re, let im): return re != 0 || im != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !(l ?? []).isEmpty
        case .map(let m): return !(m ?? []).isEmpty
        case .structure: return true
        case .pointer(let p): return p != nil
        case .interface(let i): return i != nil
        case .function(let f): return f != nil
        }
    }

    /// Go's `indirect`: through pointers and interfaces to a value, stopping at a nil one.
    static func indirect(_ v: TemplateValue) -> (value: TemplateValue, isNil: Bool) {
        var v = v
        while true {
            switch v.storage {
            case .pointer(let p), .interface(let p):
                guard let p else { return (v, true) }
                v = p
            default:
                return (v, false)
            }
        }
    }

    /// Go's `indirectInterface`: the value inside an interface; the zero value for a nil one.
    static func indirectInterface(_ v: TemplateValue) -> TemplateValue {
        if case .interface(let inner) = v.storage { return inner ?? .invalid }
        return v
    }
}

/// Bounds on one execution, so that no template can hang or exhaust memory.
///
/// Go has none of these except its template depth (100000); real docker templates stay far below them.
public struct TemplateLimits: Sendable {
    public var maxOutputBytes: Int
    public var maxSteps: Int
    public var maxTemplateDepth: Int
    /// How deep `{{if}}`/`{{range}}`/`{{with}}`/`{{template}}` may nest in one execution.
    public var maxNesting: Int

    public init(maxOutputBytes: Int = 4 << 20, maxSteps: Int = 2_000_000, maxTemplateDepth: Int = 100, maxNesting: Int = 1000) {
        self.maxOutputBytes = maxOutputBytes
        self.maxSteps = maxSteps
        self.maxTemplateDepth = maxTemplateDepth
        self.maxNesting = maxNesting
    }
}

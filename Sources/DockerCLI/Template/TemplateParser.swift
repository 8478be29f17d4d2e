/// Go's template parser (`text/template/parse/parse.go`): builds the trees of one template text.
///
/// It follows Go's recursive descent step by step — the three-token look-ahead, when variables
/// come into scope, which token's line an error reports — because docker prints Go's parse
/// errors verbatim (`template parsing error: template: :1: unexpected "}}" in define clause`).
struct TemplateParser {
    /// The per-tree state of Go's `parse.Tree` (a `{{define}}` or `{{block}}` parses with its own).
    struct TreeState {
        var name: String
        var root: ListNode?
        var vars: [String] = ["$"]
        var token: [Item] = Array(repeating: Item(type: .eof, pos: 0, value: "", line: 0), count: 3)
        var peekCount = 0
        var actionLine = 0
        var rangeDepth = 0
    }

    /// Go's parser has no nesting limit of its own beyond parentheses (10000); this one bounds all
    /// nesting so that hostile input cannot exhaust the stack.
    static let maxNesting = 300

    let parseName: String
    let functions: Set<String>
    var lexer: TemplateLexer
    var tree: TreeState
    var treeSet: [String: ListNode] = [:]
    var depth = 0

    init(name: String, text: String, functions: Set<String>) {
        parseName = name
        self.functions = functions
        lexer = TemplateLexer(text)
        tree = TreeState(name: name)
    }

    /// Parses `text` as the template `name`, returning every tree it defines by name.
    static func parse(name: String, text: String, functions: Set<String>) throws(TemplateError) -> [String: ListNode] {
        var parser = TemplateParser(name: name, text: text, functions: functions)
        try parser.parseRoot()
        return parser.treeSet
    }

    // MARK: - Errors

    func errorf(_ message: String) -> TemplateError {
        .parse("template: \(parseName):\(tree.token[0].line): \(message)")
    }

    func unexpected(_ token: Item, _ context: String) -> TemplateError {
        if token.type == .error {
            var extra = ""
            if tree.actionLine != 0 && tree.actionLine != token.line {
                extra = " in action started at \(parseName):\(tree.actionLine)"
                if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return errorf(token.description + extra)
        }
        return errorf("unexpected \(token.description) in \(context)")
    }

    // MARK: - Token buffer (Go's next/backup/peek)

    mutating func next() -> Item {
        if tree.peekCount > 0 {
            tree.peekCount -= 1
        } else {
            tree.token[0] = lexer.nextItem()
        }
        return tree.token[tree.peekCount]
    }

    mutating func backup() { tree.peekCount += 1 }

    mutating func backup2(_ t1: Item) {
        tree.token[1] = t1
        tree.peekCount = 2
    }

    mutating func backup3(_ t2: Item, _ t1: Item) {
        tree.token[1] = t1
        tree.token[2] = t2
        tree.peekCount = 3
    }

    mutating func peek() -> Item {
        if tree.peekCount > 0 { return tree.token[tree.peekCount - 1] }
        tree.peekCount = 1
        tree.token[0] = lexer.nextItem()
        return tree.token[0]
    }

    mutating func nextNonSpace() -> Item {
        var token: Item
        repeat { token = next() } while token.type == .space
        return token
    }

    mutating func peekNonSpace() -> Item {
        let token = nextNonSpace()
        backup()
        return token
    }

    mutating func expect(_ expected: ItemType, _ context: String) throws(TemplateError) -> Item {
        let token = nextNonSpace()
        if token.type != expected { throw unexpected(token, context) }
        return token
    }

    mutating func expectOneOf(_ e1: ItemType, _ e2: ItemType, _ context: String) throws(TemplateError) -> Item {
        let token = nextNonSpace()
        if token.type != e1 && token.type != e2 { throw unexpected(token, context) }
        return token
    }

    mutating func enter() throws(TemplateError) {
        depth += 1
        if depth > Self.maxNesting { throw errorf("max expression depth exceeded") }
    }

    mutating func leave() { depth -= 1 }

    // MARK: - Trees

    mutating func parseRoot() throws(TemplateError) {
        var root = ListNode(pos: peek().pos)
        while peek().type != .eof {
            if peek().type == .leftDelim {
                let delim = next()
                if nextNonSpace().type == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let n = try textOrAction()
            switch n {
            case .end, .elseNode: throw errorf("unexpected \(n.description)")
            default: root.nodes.append(n)
            }
        }
        tree.root = root
        try add()
    }

    /// Go's `Tree.add`: a later non-empty definition of a defined name is an error; an empty one is ignored.
    mutating func add() throws(TemplateError) {
        let root = tree.root ?? ListNode(pos: 0)
        if let existing = treeSet[tree.name], !Self.isEmptyTree(existing) {
            if !Self.isEmptyTree(root) { throw errorf("template: multiple definition of template \(GoQuote.quote(tree.name))") }
            return
        }
        treeSet[tree.name] = root
    }

    static func isEmptyTree(_ list: ListNode) -> Bool {
        list.nodes.allSatisfy { node in
            switch node {
            case .comment: true
            case .text(_, let text): text.allSatisfy { $0.isWhitespace }
            case .list(let l): isEmptyTree(l)
            default: false
            }
        }
    }

    /// Runs `body` as a new tree sharing the lexer (Go's `startParse` for define and block).
    mutating func withNewTree(_ name: String, _ body: (inout TemplateParser) throws(TemplateError) -> Void) throws(TemplateError) {
        let saved = tree
        tree = TreeState(name: name)
        try body(&self)
        try add()
        tree = saved
    }

    mutating func parseDefinition() throws(TemplateError) {
        try withNewTree("definition") { (p: inout TemplateParser) throws(TemplateError) in
            let context = "define clause"
            let name = try p.expectOneOf(.string, .rawString, context)
            do throws(GoQuote.SyntaxError) {
                p.tree.name = try GoQuote.unquote(name.value)
            } catch {
                throw p.errorf(error.message)
            }
            _ = try p.expect(.rightDelim, context)
            let (list, end) = try p.itemList()
            if case .end = end {} else { throw p.errorf("unexpected \(end.description) in \(context)") }
            p.tree.root = list
        }
    }

    mutating func itemList() throws(TemplateError) -> (ListNode, TemplateNode) {
        var list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().type != .eof {
            let n = try textOrAction()
            switch n {
            case .end, .elseNode: return (list, n)
            default: list.nodes.append(n)
            }
        }
        throw errorf("unexpected EOF")
    }

    mutating func textOrAction() throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        switch token.type {
        case .text:
            return .text(pos: token.pos, text: token.value)
        case .leftDelim:
            tree.actionLine = token.line
            defer { tree.actionLine = 0 }
            return try action()
        case .comment:
            return .comment(pos: token.pos, text: token.value)
        default:
            throw unexpected(token, "input")
        }
    }

    mutating func action() throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        switch token.type {
        case .block: return try blockControl()
        case .breakKeyword: return try breakControl(token, "break")
        case .continueKeyword: return try breakControl(token, "continue")
        case .elseKeyword: return try elseControl()
        case .end: return .end(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return .ifNode(try parseControl("if"))
        case .range: return .rangeNode(try parseControl("range"))
        case .template: return try templateControl()
        case .with: return .withNode(try parseControl("with"))
        default: break
        }
        backup()
        let start = peek()
        return .action(pos: start.pos, line: start.line, pipe: try pipeline("command", end: .rightDelim))
    }

    mutating func breakControl(_ keyword: Item, _ name: String) throws(TemplateError) -> TemplateNode {
        let token = nextNonSpace()
        if token.type != .rightDelim { throw unexpected(token, "{{\(name)}}") }
        if tree.rangeDepth == 0 { throw errorf("{{\(name)}} outside {{range}}") }
        return name == "break" ? .breakNode(pos: keyword.pos, line: keyword.line) : .continueNode(pos: keyword.pos, line: keyword.line)
    }

    mutating func parseControl(_ context: String) throws(TemplateError) -> BranchNode {
        try enter()
        defer { leave() }
        let varCount = tree.vars.count
        defer { tree.vars.removeSubrange(min(varCount, tree.vars.count)...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { tree.rangeDepth += 1 }
        var (list, next) = try itemList()
        if context == "range" { tree.rangeDepth -= 1 }
        var elseList: ListNode?
        switch next {
        case .end: break
        case .elseNode:
            if context == "if" && peek().type == .ifKeyword {
                _ = self.next()
                elseList = ListNode(pos: next.pos, nodes: [.ifNode(try parseControl("if"))])
            } else if context == "with" && peek().type == .with {
                _ = self.next()
                elseList = ListNode(pos: next.pos, nodes: [.withNode(try parseControl("with"))])
            } else {
                let parsed = try itemList()
                elseList = parsed.0
                next = parsed.1
                if case .end = next {} else { throw errorf("expected end; found \(next.description)") }
            }
        default: break
        }
        return BranchNode(pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
    }

    mutating func elseControl() throws(TemplateError) -> TemplateNode {
        let peeked = peekNonSpace()
        if peeked.type == .ifKeyword || peeked.type == .with {
            return .elseNode(pos: peeked.pos, line: peeked.line)
        }
        let token = try expect(.rightDelim, "else")
        return .elseNode(pos: token.pos, line: token.line)
    }

    mutating func blockControl() throws(TemplateError) -> TemplateNode {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try parseTemplateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)
        try enter()
        defer { leave() }
        // The block's body is a tree of its own; an unexpected end is reported by the enclosing tree.
        let saved = tree
        tree = TreeState(name: name)
        let (list, end) = try itemList()
        var block = tree
        block.root = list
        tree = saved
        if case .end = end {} else { throw errorf("unexpected \(end.description) in \(context)") }
        tree = block
        try add()
        tree = saved
        return .template(TemplateCallNode(pos: token.pos, line: token.line, name: name, pipe: pipe))
    }

    mutating func templateControl() throws(TemplateError) -> TemplateNode {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try parseTemplateName(token, context)
        var pipe: PipeNode?
        if nextNonSpace().type != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateCallNode(pos: token.pos, line: token.line, name: name, pipe: pipe))
    }

    mutating func parseTemplateName(_ token: Item, _ context: String) throws(TemplateError) -> String {
        switch token.type {
        case .string, .rawString:
            do throws(GoQuote.SyntaxError) {
                return try GoQuote.unquote(token.value)
            } catch {
                throw errorf(error.message)
            }
        default:
            throw unexpected(token, context)
        }
    }
}

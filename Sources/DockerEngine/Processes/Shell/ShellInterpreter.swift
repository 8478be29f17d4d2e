import DockerAPI

/// Runs a command inside a container, planning its output over time.
///
/// The seam the container filesystem work will replace with a fuller shell over real layers.
protocol CommandInterpreter: Sendable {
    /// Runs `argv` (an executable and its arguments, or `sh -c SCRIPT`) and plans what it does.
    func run(_ argv: [String], context: ProcessContext) -> ProcessPlan
}

/// A tiny POSIX-ish shell and the busybox/coreutils commands teaching scripts use: `echo`,
/// `sleep`, `cat`, `ls`, `env`, `true`, `false`, `exit`, `hostname`, `date`, `uname`...
struct MiniShell: CommandInterpreter {
    func run(_ argv: [String], context: ProcessContext) -> ProcessPlan {
        var run = ShellRun(context: context)
        run.execute(argv, redirects: [])
        return run.plan()
    }
}

/// The dialect of `/bin/sh`, which decides how errors read.
enum ShellDialect: Sendable {
    /// busybox ash (busybox, alpine): `sh: foo: not found`.
    case ash
    /// dash (debian, ubuntu): `sh: 1: foo: not found`.
    case dash
    /// bash: `bash: line 1: foo: command not found`.
    case bash
}

/// The state of one shell run: variables, elapsed time, status and what was written.
struct ShellRun {
    var context: ProcessContext
    var vars: [String: String]
    var positional: [String] = []
    var scriptName = "sh"
    var dialect: ShellDialect
    var time: Int64 = 0
    var status = 0
    var output: [TimedOutput] = []
    /// Set by `exit`: stop running.
    var exited = false
    /// Blocked forever (`sleep infinity`, `tail -f`, an interactive shell).
    var forever = false
    var repeating: (offset: Int64, period: Int64, lines: [TimedOutput])?
    /// Files written during the run that are not on a volume (`/tmp/x`), so later commands see them.
    var scratch = FileTree()
    var writes: [FileWrite] = []
    /// Where fd 1 and 2 currently go; `nil` means the process's own stdout/stderr.
    var capture: [String]? = nil
    var stdin: String? = nil
    var steps = 0

    init(context: ProcessContext) {
        self.context = context
        self.vars = context.env
        self.dialect = ["alpine", "busybox"].contains(context.rootfs) ? .ash : .dash
        if vars["HOSTNAME"] == nil { vars["HOSTNAME"] = context.hostname }
        if vars["PWD"] == nil { vars["PWD"] = context.workingDir.isEmpty ? "/" : context.workingDir }
    }

    var stopped: Bool { exited || forever || steps > 100_000 }

    func plan() -> ProcessPlan {
        var plan = ProcessPlan()
        plan.output = output
        plan.writes = writes
        if let repeating {
            plan.repeating = repeating
        } else if !forever {
            plan.exit = PlannedExit(after: max(time, Timestamp.millisecond), code: status)
        }
        return plan
    }

    // MARK: Output

    mutating func write(_ text: String, fd: Int = 1) {
        if text.isEmpty { return }
        if capture != nil && fd == 1 { capture?.append(text); return }
        output.append(TimedOutput(offset: time, stream: fd == 2 ? .stderr : .stdout, text: text))
    }

    mutating func error(_ message: String) {
        let prefix: String
        switch dialect {
        case .ash: prefix = "\(scriptName): "
        case .dash: prefix = "\(scriptName): 1: "
        case .bash: prefix = "\(scriptName): line 1: "
        }
        write(prefix + message + "\n", fd: 2)
    }

    // MARK: Running nodes

    mutating func eval(_ node: ShellNode) {
        steps += 1
        guard !stopped else { return }
        switch node {
        case .command(let words, let redirects):
            var argv: [String] = []
            var assignments: [(String, String)] = []
            for word in words {
                if argv.isEmpty, let text = word.keyword, let eq = text.firstIndex(of: "="), eq != text.startIndex,
                   text[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    assignments.append((String(text[..<eq]), expandSingle(ShellWord(parts: [.bare(String(text[text.index(after: eq)...]))]))))
                    continue
                }
                argv += expand(word)
            }
            if argv.isEmpty {
                for (k, v) in assignments { vars[k] = v }
                status = 0
                return
            }
            execute(argv, redirects: redirects)
        case .pipeline(let stages):
            var input: String? = nil
            for (i, stage) in stages.enumerated() {
                let last = i == stages.count - 1
                let saved = capture
                let savedIn = stdin
                stdin = input
                if !last { capture = [] }
                eval(stage)
                if !last { input = (capture ?? []).joined(); capture = saved }
                stdin = savedIn
                if forever { return }
            }
        case .and(let a, let b):
            eval(a)
            if status == 0 { eval(b) }
        case .or(let a, let b):
            eval(a)
            if status != 0 { eval(b) }
        case .negate(let inner):
            eval(inner)
            status = status == 0 ? 1 : 0
        case .sequence(let items):
            for item in items where !stopped { eval(item) }
        case .ifThen(let condition, let then, let otherwise):
            eval(condition)
            if status == 0 { eval(then) } else if let otherwise { eval(otherwise) } else { status = 0 }
        case .forLoop(let variable, let items, let body):
            let values = items.isEmpty ? positional : items.flatMap { expand($0) }
            status = 0
            for value in values where !stopped {
                vars[variable] = value
                eval(body)
            }
        case .whileLoop(let condition, let body, let isUntil):
            runLoop(condition: condition, body: body, isUntil: isUntil)
        }
    }

    /// A loop whose condition is constantly true becomes repeating output after one pass.
    private mutating func runLoop(condition: ShellNode, body: ShellNode, isUntil: Bool) {
        let constant: Bool = {
            guard case .command(let words, _) = condition, words.count == 1, let k = words[0].keyword else { return false }
            return isUntil ? k == "false" : (k == "true" || k == ":")
        }()
        if constant {
            let t0 = time, k0 = output.count
            eval(body)
            if stopped { return }
            let period = max(time - t0, Timestamp.millisecond)
            let lines = output[k0...].map { TimedOutput(offset: $0.offset - t0, stream: $0.stream, text: $0.text) }
            repeating = (time, period, lines)
            forever = true
            return
        }
        var iterations = 0
        while !stopped {
            eval(condition)
            if (status == 0) == isUntil { break }
            eval(body)
            iterations += 1
            if iterations > 10_000 { forever = true }
        }
        if !stopped { status = 0 }
    }

    // MARK: Expansion

    /// Expands one word into fields: variables, `$(...)`, `$((...))`; unquoted results are split on blanks.
    mutating func expand(_ word: ShellWord) -> [String] {
        var fields: [String] = []
        var current = ""
        var hasContent = false
        for part in word.parts {
            switch part {
            case .single(let s):
                current += s
                hasContent = true
            case .double(let s):
                current += substitute(s, quoted: true)
                hasContent = true
            case .bare(let s):
                let expanded = substitute(s, quoted: false)
                if s.contains("$") {
                    let pieces = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
                    if pieces.isEmpty { continue }
                    if expanded.first?.isWhitespace == true, hasContent || !current.isEmpty { fields.append(current); current = "" }
                    current += pieces[0]
                    for piece in pieces.dropFirst() { fields.append(current); current = piece }
                    hasContent = true
                    if expanded.last?.isWhitespace == true { fields.append(current); current = ""; hasContent = false }
                } else {
                    current += expanded
                    hasContent = true
                }
            }
        }
        if hasContent || !current.isEmpty { fields.append(current) }
        return fields
    }

    mutating func expandSingle(_ word: ShellWord) -> String { expand(word).joined(separator: " ") }

    /// Replaces `$NAME`, `${NAME}`, `${NAME:-x}`, `$?`, `$$`, `$#`, `$0`–`$9`, `$(cmd)`, `$((expr))` and `\` escapes.
    mutating func substitute(_ text: String, quoted: Bool) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        while i < c.count {
            if quoted && c[i] == "\\" && i + 1 < c.count && "\"\\$`".contains(c[i + 1]) {
                out.append(c[i + 1])
                i += 2
                continue
            }
            guard c[i] == "$", i + 1 < c.count else { out.append(c[i]); i += 1; continue }
            let n = c[i + 1]
            if n == "(" {
                let isArithmetic = i + 2 < c.count && c[i + 2] == "("
                var depth = 0
                var j = i + 1
                while j < c.count {
                    if c[j] == "(" { depth += 1 }
                    if c[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                if isArithmetic {
                    let inner = String(c[(i + 3)..<max(i + 3, j - 1)])
                    out += String(arithmetic(substitute(inner, quoted: true)))
                    i = j + 1
                } else {
                    out += commandSubstitution(String(c[(i + 2)..<min(j, c.count)]))
                    i = j + 1
                }
                continue
            }
            if n == "{" {
                guard let close = c[(i + 2)...].firstIndex(of: "}") else { out.append(c[i]); i += 1; continue }
                let inner = String(c[(i + 2)..<close])
                if let dash = inner.range(of: ":-") {
                    let value = variable(String(inner[..<dash.lowerBound]))
                    out += value.isEmpty ? substitute(String(inner[dash.upperBound...]), quoted: true) : value
                } else if let dash = inner.firstIndex(of: "-") {
                    let name = String(inner[..<dash])
                    out += vars[name] != nil ? variable(name) : substitute(String(inner[inner.index(after: dash)...]), quoted: true)
                } else {
                    out += variable(inner)
                }
                i = close + 1
                continue
            }
            if "?$#!@*".contains(n) || n.isNumber {
                out += variable(String(n))
                i += 2
                continue
            }
            var j = i + 1
            while j < c.count && (c[j].isLetter || c[j].isNumber || c[j] == "_") { j += 1 }
            if j == i + 1 { out.append("$"); i += 1; continue }
            out += variable(String(c[(i + 1)..<j]))
            i = j
        }
        return out
    }

    func variable(_ name: String) -> String {
        switch name {
        case "?": return String(status)
        case "$": return "1"
        case "!": return ""
        case "#": return String(positional.count)
        case "@", "*": return positional.joined(separator: " ")
        case "0": return scriptName
        default:
            if let n = Int(name), n > 0 { return n <= positional.count ? positional[n - 1] : "" }
            return vars[name] ?? ""
        }
    }

    private mutating func commandSubstitution(_ script: String) -> String {
        let saved = capture
        capture = []
        if let node = try? ShellParser.parse(script) { eval(node) }
        let result = (capture ?? []).joined()
        capture = saved
        var trimmed = result
        while trimmed.hasSuffix("\n") { trimmed.removeLast() }
        return trimmed
    }

    /// Integer arithmetic of `$((...))`: `+ - * / %`, parentheses and variables.
    func arithmetic(_ expr: String) -> Int {
        var tokens: [String] = []
        var number = ""
        for ch in expr {
            if ch.isNumber || ch.isLetter || ch == "_" { number.append(ch); continue }
            if !number.isEmpty { tokens.append(number); number = "" }
            if "+-*/%()".contains(ch) { tokens.append(String(ch)) }
        }
        if !number.isEmpty { tokens.append(number) }
        var index = 0
        func atom() -> Int {
            guard index < tokens.count else { return 0 }
            let t = tokens[index]
            index += 1
            if t == "(" { let v = sum(); index += 1; return v }
            if t == "-" { return -atom() }
            return Int(t) ?? Int(vars[t] ?? "") ?? 0
        }
        func product() -> Int {
            var v = atom()
            while index < tokens.count, ["*", "/", "%"].contains(tokens[index]) {
                let op = tokens[index]
                index += 1
                let r = atom()
                v = op == "*" ? v * r : (r == 0 ? 0 : (op == "/" ? v / r : v % r))
            }
            return v
        }
        func sum() -> Int {
            var v = product()
            while index < tokens.count, ["+", "-"].contains(tokens[index]) {
                let op = tokens[index]
                index += 1
                let r = product()
                v = op == "+" ? v + r : v - r
            }
            return v
        }
        return sum()
    }
}

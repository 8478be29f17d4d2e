import DockerAPI

/// The commands `MiniShell` knows, as busybox and coreutils behave for the cases scripts use.
extension ShellRun {
    /// Runs one command with its redirections applied.
    mutating func execute(_ argv: [String], redirects: [ShellRedirect]) {
        guard let first = argv.first else { return }
        var fileTarget: (path: String, append: Bool)?
        var discard = false
        var toStderr = false
        for r in redirects {
            let target = expandSingle(r.target)
            switch (r.fd, r.op) {
            case (1, ">&") where target == "2": toStderr = true
            case (2, ">&"): break
            case (1, ">"), (1, ">>"):
                if target == "/dev/null" { discard = true } else { fileTarget = (target, r.op == ">>") }
            case (2, ">"), (2, ">>"): break
            case (0, "<"):
                stdin = readFile(target) ?? ""
            default: break
            }
        }
        let saved = capture
        if discard || fileTarget != nil { capture = [] }
        let savedDialect = dialect
        if toStderr {
            capture = []
            run(first, Array(argv.dropFirst()))
            let text = (capture ?? []).joined()
            capture = saved
            write(text, fd: 2)
        } else {
            run(first, Array(argv.dropFirst()))
        }
        dialect = savedDialect
        if let fileTarget {
            let text = (capture ?? []).joined()
            capture = saved
            writeFile(fileTarget.path, text, append: fileTarget.append)
        } else if discard {
            capture = saved
        }
    }

    private mutating func run(_ name: String, _ args: [String]) {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        switch base {
        case "sh", "ash", "bash", "dash":
            shell(base, args)
        case "echo":
            var words = args
            var newline = true
            var escapes = false
            while let flag = words.first, flag.hasPrefix("-"), flag.count > 1, flag.dropFirst().allSatisfy({ "neE".contains($0) }) {
                if flag.contains("n") { newline = false }
                if flag.contains("e") { escapes = true }
                words.removeFirst()
            }
            var text = words.joined(separator: " ")
            if escapes || dialect == .dash { text = text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t") }
            write(text + (newline ? "\n" : ""))
            status = 0
        case "printf":
            guard let format = args.first else { status = 1; return }
            var values = Array(args.dropFirst())
            var out = ""
            var chars = Array(format)
            var i = 0
            repeat {
                i = 0
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count {
                        out += chars[i + 1] == "n" ? "\n" : chars[i + 1] == "t" ? "\t" : String(chars[i + 1])
                        i += 2
                    } else if chars[i] == "%", i + 1 < chars.count {
                        let spec = chars[i + 1]
                        if spec == "%" { out += "%" } else { out += values.isEmpty ? (spec == "d" ? "0" : "") : values.removeFirst() }
                        i += 2
                    } else {
                        out.append(chars[i])
                        i += 1
                    }
                }
                if !format.contains("%") { break }
            } while !values.isEmpty
            chars = []
            write(out)
            status = 0
        case "sleep":
            let arg = args.first ?? ""
            if arg == "infinity" || arg == "inf" { forever = true; return }
            var number = arg
            var scale: Double = 1e9
            if let unit = arg.last, "smhd".contains(unit) {
                number = String(arg.dropLast())
                scale = unit == "m" ? 60e9 : unit == "h" ? 3600e9 : unit == "d" ? 86_400e9 : 1e9
            }
            guard let value = Double(number) else {
                write("sleep: invalid number '\(arg)'\n", fd: 2)
                status = 1
                return
            }
            time += Int64(value * scale)
            status = 0
        case "true", ":": status = 0
        case "false": status = 1
        case "exit":
            status = Int(args.first ?? "") ?? status
            status &= 0xff
            exited = true
        case "hostname":
            write(context.hostname + "\n")
            status = 0
        case "pwd":
            write((vars["PWD"] ?? "/") + "\n")
            status = 0
        case "cd":
            vars["PWD"] = args.first.map { $0.hasPrefix("/") ? FileTree.normalize($0) : FileTree.normalize((vars["PWD"] ?? "/") + "/" + $0) } ?? "/root"
            status = 0
        case "whoami":
            write((context.user.isEmpty || context.user == "0" ? "root" : context.user) + "\n")
            status = 0
        case "id":
            if context.user.isEmpty || context.user == "root" || context.user == "0" {
                write(dialect == .ash ? "uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n"
                                      : "uid=0(root) gid=0(root) groups=0(root)\n")
            } else {
                write("uid=1000(\(context.user)) gid=1000(\(context.user)) groups=1000(\(context.user))\n")
            }
            status = 0
        case "env", "printenv":
            if base == "printenv", let key = args.first {
                if let v = vars[key] { write(v + "\n"); status = 0 } else { status = 1 }
                return
            }
            let keys = context.env.keys.sorted { a, b in a == "PATH" ? true : b == "PATH" ? false : a < b }
            var lines = ["HOSTNAME=\(context.hostname)"]
            for k in keys where k != "HOSTNAME" { lines.append("\(k)=\(vars[k] ?? "")") }
            if context.env["HOME"] == nil { lines.append("HOME=/root") }
            write(lines.joined(separator: "\n") + "\n")
            status = 0
        case "export":
            for a in args {
                if let eq = a.firstIndex(of: "=") { vars[String(a[..<eq])] = String(a[a.index(after: eq)...]) }
            }
            status = 0
        case "date":
            write(Self.date(context.startedAt.adding(nanoseconds: time), args: args) + "\n")
            status = 0
        case "uname":
            write(uname(args) + "\n")
            status = 0
        case "nproc":
            write("\(context.host.ncpu)\n")
            status = 0
        case "seq":
            let nums = args.compactMap { Int($0) }
            let (from, to) = nums.count >= 2 ? (nums[0], nums[nums.count - 1]) : (1, nums.first ?? 0)
            if from <= to { write((from...to).map(String.init).joined(separator: "\n") + "\n") }
            status = 0
        case "yes":
            let line = (args.isEmpty ? "y" : args.joined(separator: " ")) + "\n"
            repeating = (time, Timestamp.millisecond, [TimedOutput(offset: 0, text: line)])
            forever = true
        case "cat":
            cat(args)
        case "ls":
            ls(args)
        case "mkdir":
            for a in args where !a.hasPrefix("-") { makeDirectory(a) }
            status = 0
        case "touch":
            for a in args where !a.hasPrefix("-") && readFile(a) == nil { writeFile(a, "", append: false) }
            status = 0
        case "head", "tail":
            if base == "tail" && (args.contains("-f") || args.contains("-F")) { forever = true; return }
            var count = 10
            if let i = args.firstIndex(of: "-n"), i + 1 < args.count { count = Int(args[i + 1]) ?? 10 }
            let files = args.filter { !$0.hasPrefix("-") && Int($0) == nil }
            let text = files.isEmpty ? (stdin ?? "") : files.compactMap { readFile($0) }.joined()
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            let chosen = base == "head" ? lines.prefix(count) : lines.suffix(count)
            if !chosen.isEmpty { write(chosen.joined(separator: "\n") + "\n") }
            status = 0
        case "wc":
            let text = stdin ?? args.filter { !$0.hasPrefix("-") }.compactMap { readFile($0) }.joined()
            let lines = text.filter { $0 == "\n" }.count
            write(args.contains("-l") ? "\(lines)\n" : "\(lines) \(text.split(whereSeparator: \.isWhitespace).count) \(text.utf8.count)\n")
            status = 0
        case "grep":
            let pattern = args.first { !$0.hasPrefix("-") } ?? ""
            let matched = (stdin ?? "").split(separator: "\n").filter { $0.contains(pattern) }
            if !matched.isEmpty { write(matched.joined(separator: "\n") + "\n") }
            status = matched.isEmpty ? 1 : 0
        case "top":
            forever = true
        case "test", "[":
            status = test(base == "[" ? Array(args.dropLast()) : args) ? 0 : 1
        default:
            error(dialect == .bash ? "\(name): command not found" : "\(name): not found")
            status = 127
        }
    }

    /// `sh -c SCRIPT [NAME ARGS...]`, or an interactive shell.
    private mutating func shell(_ base: String, _ args: [String]) {
        guard let c = args.firstIndex(of: "-c"), c + 1 < args.count else {
            if context.openStdin { forever = true } else { status = 0 }
            return
        }
        let script = args[c + 1]
        let extra = Array(args[(c + 2)...])
        let savedPositional = positional, savedName = scriptName
        scriptName = extra.first ?? base
        positional = Array(extra.dropFirst())
        dialect = base == "bash" ? .bash : dialect
        if base == "bash" { scriptName = extra.first ?? "bash" }
        do {
            let node = try ShellParser.parse(script)
            eval(node)
            if exited { exited = false; forever = false }
        } catch {
            write("\(scriptName): \(dialect == .dash ? "1: " : "")\(error.message)\n", fd: 2)
            status = 2
        }
        positional = savedPositional
        scriptName = savedName
    }

    private mutating func cat(_ args: [String]) {
        let files = args.filter { !$0.hasPrefix("-") || $0 == "-" }
        if files.isEmpty || files == ["-"] {
            if let input = stdin { write(input) } else if context.openStdin { forever = true; return }
            status = 0
            return
        }
        status = 0
        for f in files {
            if let text = readFile(f) {
                write(text)
            } else {
                write("cat: \(f): No such file or directory\n", fd: 2)
                status = 1
            }
        }
    }

    private mutating func ls(_ args: [String]) {
        let paths = args.filter { !$0.hasPrefix("-") }
        let targets = paths.isEmpty ? [vars["PWD"] ?? "/"] : paths
        status = 0
        for (i, path) in targets.enumerated() {
            guard let entries = listDirectory(path) else {
                write("ls: \(dialect == .ash ? "" : "cannot access '")\(path)\(dialect == .ash ? "" : "'"): No such file or directory\n", fd: 2)
                status = dialect == .ash ? 1 : 2
                continue
            }
            if targets.count > 1 { write("\(i > 0 ? "\n" : "")\(path):\n") }
            if !entries.isEmpty { write(entries.joined(separator: context.tty ? "  " : "\n") + "\n") }
        }
    }

    private func test(_ a: [String]) -> Bool {
        switch a.count {
        case 0: return false
        case 1: return !a[0].isEmpty
        case 2:
            if a[0] == "-z" { return a[1].isEmpty }
            if a[0] == "-n" { return !a[1].isEmpty }
            if a[0] == "-f" || a[0] == "-e" || a[0] == "-d" { return readFile(a[1]) != nil || listDirectory(a[1]) != nil }
            if a[0] == "!" { return a[1].isEmpty }
            return false
        default:
            let l = a[0], op = a[1], r = a[2]
            switch op {
            case "=", "==": return l == r
            case "!=": return l != r
            case "-eq": return Int(l) == Int(r)
            case "-ne": return Int(l) != Int(r)
            case "-lt": return (Int(l) ?? 0) < (Int(r) ?? 0)
            case "-le": return (Int(l) ?? 0) <= (Int(r) ?? 0)
            case "-gt": return (Int(l) ?? 0) > (Int(r) ?? 0)
            case "-ge": return (Int(l) ?? 0) >= (Int(r) ?? 0)
            default: return false
            }
        }
    }

    private func uname(_ args: [String]) -> String {
        let machine = "x86_64"
        let version = "#63-Ubuntu SMP PREEMPT_DYNAMIC Tue Apr 15 19:04:15 UTC 2025"
        let os = dialect == .ash ? "Linux" : "GNU/Linux"
        if args.contains("-a") {
            return "Linux \(context.hostname) \(context.host.kernelVersion) \(version) \(machine) \(os)"
        }
        var parts: [String] = []
        let flags = args.joined()
        if flags.contains("s") || args.isEmpty { parts.append("Linux") }
        if flags.contains("n") { parts.append(context.hostname) }
        if flags.contains("r") { parts.append(context.host.kernelVersion) }
        if flags.contains("v") { parts.append(version) }
        if flags.contains("m") { parts.append(machine) }
        if flags.contains("o") { parts.append(os) }
        return parts.joined(separator: " ")
    }

    /// `date` in the C locale: `Wed Jan  1 00:00:00 UTC 2025`; `+%s` and a few other formats.
    static func date(_ t: Timestamp, args: [String]) -> String {
        let c = t.civil
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func p(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        if let format = args.first(where: { $0.hasPrefix("+") }) {
            var out = ""
            var chars = Array(format.dropFirst())[...]
            while let ch = chars.popFirst() {
                guard ch == "%", let spec = chars.popFirst() else { out.append(ch); continue }
                switch spec {
                case "s": out += String(t.seconds)
                case "Y": out += String(c.year)
                case "m": out += p(c.month)
                case "d": out += p(c.day)
                case "H": out += p(c.hour)
                case "M": out += p(c.minute)
                case "S": out += p(c.second)
                case "T": out += "\(p(c.hour)):\(p(c.minute)):\(p(c.second))"
                case "F": out += "\(c.year)-\(p(c.month))-\(p(c.day))"
                default: out += "%" + String(spec)
                }
            }
            return out
        }
        let day = c.day < 10 ? " \(c.day)" : String(c.day)
        return "\(days[c.weekday]) \(months[c.month - 1]) \(day) \(p(c.hour)):\(p(c.minute)):\(p(c.second)) UTC \(c.year)"
    }
}

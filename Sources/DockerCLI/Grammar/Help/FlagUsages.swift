/// pflag's `FlagUsagesWrapped`: the aligned, wrapped `Options:` table, byte for byte.
///
/// pflag measures in bytes and wraps at whitespace, keeping a "slop" of 5 to avoid orphan
/// words; docker passes the terminal width minus one.
enum FlagUsages {
    /// The table for `flags` (hidden ones skipped, sorted by name) wrapped to `columns`.
    static func render(_ flags: [FlagSpec], columns: Int, configDirectory: String?) -> String {
        var lines: [(head: [UInt8], tail: [UInt8])] = []
        var maxlen = 0
        for flag in flags.sorted(by: { $0.name < $1.name }) where !flag.hidden {
            var line: String
            if let shorthand = flag.shorthand, flag.shorthandDeprecated == nil {
                line = "  -\(shorthand), --\(flag.name)"
            } else {
                line = "      --\(flag.name)"
            }
            let (varname, usage) = unquoteUsage(flag)
            if !varname.isEmpty {
                line += " " + varname
            }
            if let noOpt = flag.noOptDefault {
                switch flag.pflagTypeName {
                case "string": line += "[=\"\(noOpt)\"]"
                case "bool": if noOpt != "true" { line += "[=\(noOpt)]" }
                case "count": if noOpt != "+1" { line += "[=\(noOpt)]" }
                default: line += "[=\(noOpt)]"
                }
            }
            let head = Array(line.utf8)
            maxlen = max(maxlen, head.count + 1)
            var tail = usage
            if flag.showsDefault {
                var value = flag.defaultValue
                if let configDirectory, value.hasPrefix("/root/.docker") {
                    value = configDirectory + value.dropFirst("/root/.docker".count)
                }
                tail += flag.pflagTypeName == "string" ? " (default \(GoQuote.string(value)))" : " (default \(value))"
            }
            if let deprecated = flag.deprecated, !deprecated.isEmpty {
                tail += " (DEPRECATED: \(deprecated))"
            }
            lines.append((head, Array(tail.utf8)))
        }
        var out: [UInt8] = []
        for (head, tail) in lines {
            out += head
            out += [UInt8(ascii: " ")]
            out += [UInt8](repeating: UInt8(ascii: " "), count: maxlen - head.count)
            out += [UInt8(ascii: " ")]
            out += wrap(indent: maxlen + 2, width: columns, tail)
            out += [UInt8(ascii: "\n")]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// pflag's `UnquoteUsage`: a back-quoted word in the usage names the value; otherwise the type does.
    static func unquoteUsage(_ flag: FlagSpec) -> (String, String) {
        let usage = flag.usage
        if let open = usage.firstIndex(of: "`") {
            let after = usage.index(after: open)
            if let close = usage[after...].firstIndex(of: "`") {
                let name = String(usage[after..<close])
                return (name, String(usage[..<open]) + name + String(usage[usage.index(after: close)...]))
            }
        }
        return (flag.type.helpName, usage)
    }

    /// pflag's `wrap(i, w, s)`.
    static func wrap(indent: Int, width: Int, _ text: [UInt8]) -> [UInt8] {
        let newline = UInt8(ascii: "\n")
        func replaceNewlines(_ s: ArraySlice<UInt8>, with r: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            for b in s { if b == newline { out += r } else { out.append(b) } }
            return out
        }
        var i = indent
        if width == 0 {
            return replaceNewlines(text[...], with: [newline] + spaces(i))
        }
        var wrapWidth = width - i
        var result: [UInt8] = []
        if wrapWidth < 24 {
            i = 16
            wrapWidth = width - i
            result += [newline] + spaces(i)
        }
        if wrapWidth < 24 {
            return replaceNewlines(text[...], with: result)
        }
        let slop = 5
        wrapWidth -= slop
        var (line, rest) = wrapN(wrapWidth, slop, text[...])
        result += replaceNewlines(line, with: [newline] + spaces(i))
        while !rest.isEmpty {
            (line, rest) = wrapN(wrapWidth, slop, rest)
            result += [newline] + spaces(i) + replaceNewlines(line, with: [newline] + spaces(i))
        }
        return result
    }

    /// pflag's `wrapN`.
    private static func wrapN(_ i: Int, _ slop: Int, _ s: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        if i + slop > s.count {
            return (s, [])
        }
        let start = s.startIndex
        let head = s[start..<(start + i)]
        guard let w = head.lastIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }),
              w > start else {
            return (s, [])
        }
        if let nl = head.lastIndex(of: UInt8(ascii: "\n")), nl > start, nl < w {
            return (s[start..<nl], s[(nl + 1)...])
        }
        return (s[start..<w], s[(w + 1)...])
    }

    private static func spaces(_ n: Int) -> [UInt8] {
        [UInt8](repeating: UInt8(ascii: " "), count: max(0, n))
    }
}

extension FlagSpec {
    /// pflag's `Value.Type()` for this flag (`FlagType`'s raw value, except the device lists, which say `list`).
    var pflagTypeName: String {
        switch type {
        case .weightDevice, .throttleDevice: return "list"
        default: return type.rawValue
        }
    }
}

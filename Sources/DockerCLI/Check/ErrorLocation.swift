/// Which word docker's error is about, so `check` can underline it.
///
/// docker's messages name the word in their own ways (`unknown flag: --foo`, `invalid argument
/// "x" for "-p, --publish" flag`, `docker: unknown command: docker foo`); the anatomy of the line
/// says where each flag and argument was written.
enum ErrorLocation {
    /// The word a parse-stage error is about.
    static func word(for error: CommandLineError, in anatomy: CommandAnatomy) -> Int? {
        let line = CommandChecker.firstLine(error.message)
        let words = anatomy.words
        if line.hasPrefix("unknown flag: ") {
            let flag = String(line.dropFirst("unknown flag: ".count))
            return words.firstIndex { $0 == flag || $0.hasPrefix(flag + "=") } ?? firstUnknownFlag(anatomy)
        }
        if line.hasPrefix("unknown shorthand flag: "), let range = line.firstRange(of: " in ") {
            let cluster = String(line[range.upperBound...])
            return words.firstIndex { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.hasSuffix(cluster.dropFirst()) }
                ?? firstUnknownFlag(anatomy)
        }
        if line.hasPrefix("bad flag syntax: ") {
            let word = String(line.dropFirst("bad flag syntax: ".count))
            return words.firstIndex(of: word)
        }
        if line.hasPrefix("flag needs an argument: ") {
            return words.isEmpty ? nil : words.count - 1
        }
        if line.hasPrefix("invalid argument "), let flagName = quotedFlagName(line) {
            let long = flagName.split(separator: " ").last.map { String($0.dropFirst(2)) } ?? ""
            let value = GoQuote.unquotedPrefix(String(line.dropFirst("invalid argument ".count)))
            for (index, role) in anatomy.roles.enumerated() {
                guard case .flags(let uses) = role else { continue }
                if let use = uses.first(where: { $0.spec.name == long && (value == nil || $0.value == value) }) {
                    return use.valueWord ?? index
                }
            }
            return anatomy.wordIndex(ofFlag: long)
        }
        switch error.kind {
        case .unknownCommand:
            if let range = line.lastRange(of: "unknown command: ") {
                let last = line[range.upperBound...].split(separator: " ").last.map(String.init) ?? ""
                let word = last.trimmed(of: "\"")
                if let index = words.firstIndex(where: { $0 == word }) { return index }
                if let index = words.firstIndex(where: { $0 == word.split(separator: " ").last.map(String.init) }) {
                    return index
                }
            }
            return anatomy.argumentWords.first ?? commandWord(anatomy)
        case .argumentCount:
            if let extra = extraArgument(line, anatomy) { return extra }
            return commandWord(anatomy)
        case .globalOption:
            let name = line.hasPrefix("Unable to parse logging level") ? "log-level" : "host"
            return anatomy.wordIndex(ofFlag: name) ?? 0
        default:
            return commandWord(anatomy)
        }
    }

    /// The word a run-function check is about.
    static func word(for target: ClientFailure.Target, in anatomy: CommandAnatomy) -> Int? {
        switch target {
        case .flag(let name):
            if let last = anatomy.occurrences(ofFlag: name).last {
                return last.use.valueWord ?? last.word
            }
            return commandWord(anatomy)
        case .argument(let index):
            return index < anatomy.argumentWords.count ? anatomy.argumentWords[index] : commandWord(anatomy)
        case .command:
            return commandWord(anatomy)
        }
    }

    /// The last word that selected the command, or the first word.
    static func commandWord(_ anatomy: CommandAnatomy) -> Int? {
        if let index = anatomy.roles.lastIndex(where: { if case .command = $0 { return true }; return false }) {
            return index
        }
        return anatomy.words.isEmpty ? nil : 0
    }

    static func firstUnknownFlag(_ anatomy: CommandAnatomy) -> Int? {
        anatomy.roles.firstIndex { if case .unknownFlag = $0 { return true }; return false }
    }

    /// The flag name quoted in `... for "-p, --publish" flag: ...`.
    static func quotedFlagName(_ line: String) -> String? {
        guard let forRange = line.firstRange(of: " for \"") else { return nil }
        let rest = line[forRange.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// For "requires at most/exactly N" errors: the first argument beyond what the rule allows.
    static func extraArgument(_ line: String, _ anatomy: CommandAnatomy) -> Int? {
        let count = anatomy.argumentWords.count
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard let limit = numbers.last, count > limit,
              line.contains("at most") || line.contains("requires 1 argument") || line.contains("accepts")
                || (line.contains("requires") && !line.contains("at least"))
        else { return nil }
        return anatomy.argumentWords[limit]
    }
}

extension GoQuote {
    /// The string a Go-quoted prefix of `text` stands for (`"a\"b" for ...` → `a"b`), or `nil`.
    static func unquotedPrefix(_ text: String) -> String? {
        var chars = text.makeIterator()
        guard chars.next() == "\"" else { return nil }
        var out = ""
        while let c = chars.next() {
            if c == "\"" { return out }
            if c == "\\" {
                guard let n = chars.next() else { return nil }
                switch n {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\\", "\"": out.append(n)
                default: return nil
                }
                continue
            }
            out.append(c)
        }
        return nil
    }
}

extension String {
    /// The first occurrence of `needle` (Swift's stdlib `firstRange(of:)` without Foundation).
    func firstRange(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
            start = index(after: start)
        }
        return nil
    }

    /// The last occurrence of `needle`.
    func lastRange(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var start = endIndex
        while start > startIndex {
            start = index(before: start)
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
        }
        return nil
    }
}

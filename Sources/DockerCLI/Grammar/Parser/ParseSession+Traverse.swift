/// cobra's ways of finding the command in a line: `Traverse` (what runs) and `Find` (what docker
/// asks first, for plugins and `docker help`), with their different notions of a flag's value.
extension ParseSession {
    /// cobra's `Traverse`: walks down subcommands, parsing each parent's flags found before the
    /// next command word. A parse failure here surfaces unwrapped (exit 1), unlike the final
    /// command's. Returns the command, the words left for it, and the command words as typed.
    mutating func traverse(
        from start: CommandNode, _ args: [String], typed: [String]
    ) throws(CommandLineError) -> (CommandNode, [String], [String]) {
        var node = start
        var args = args
        var typed = typed
        walking: while true {
            var flagWords: [String] = []
            var inFlag = false
            for (index, arg) in args.enumerated() {
                if arg.hasPrefix("--") && !arg.contains("=") {
                    inFlag = !hasNoOptDefVal(String(arg.dropFirst(2)), node)
                    flagWords.append(arg)
                    continue
                }
                if arg.hasPrefix("-") && !arg.contains("=") && arg.utf8.count == 2
                    && !shortHasNoOptDefVal(String(arg.dropFirst()), node) {
                    inFlag = true
                    flagWords.append(arg)
                    continue
                }
                if inFlag {
                    inFlag = false
                    flagWords.append(arg)
                    continue
                }
                if Self.isFlagArg(arg) {
                    flagWords.append(arg)
                    continue
                }
                guard let next = node.child(arg) else { break walking }
                do {
                    _ = try parseFlags(at: node, flagWords)
                } catch {
                    throw CommandLineError(kind: .parentFlag, message: error.text, exitCode: 1, output: output)
                }
                node = next
                typed.append(arg)
                args = Array(args[(index + 1)...])
                continue walking
            }
            break
        }
        return (node, args, typed)
    }

    /// cobra's `Find`: follows command words, skipping what `stripFlags` takes for flags and their
    /// values, merging each visited command's persistent flags. Returns the command and the
    /// words left at it, and whether cobra's `legacyArgs` refused them (an unknown root command).
    @discardableResult
    mutating func find(_ args: [String]) -> (node: CommandNode, rest: [String], failed: Bool) {
        var node = CommandNode.root
        var args = args
        while true {
            let commands = stripFlags(args, node)
            guard let word = commands.first, let next = node.child(word) else { break }
            args = argsMinusFirst(args, word, node)
            node = next
        }
        let failed = node.isRoot && !stripFlags(args, node).isEmpty
        return (node, args, failed)
    }

    /// `true` when cobra's `Find` reports an error for these words (the first command word is unknown).
    mutating func findFails(_ args: [String]) -> Bool {
        find(args).failed
    }

    /// cobra's `stripFlags`: the words that are not flags or (as cobra guesses) flag values.
    mutating func stripFlags(_ args: [String], _ node: CommandNode) -> [String] {
        merged.insert(node.key)
        var commands: [String] = []
        var rest = args[...]
        while let s = rest.first {
            rest = rest.dropFirst()
            if s == "--" { break }
            let longWithValue = s.hasPrefix("--") && !s.contains("=") && !hasNoOptDefVal(String(s.dropFirst(2)), node)
            let shortWithValue = s.hasPrefix("-") && !s.contains("=") && s.utf8.count == 2
                && !shortHasNoOptDefVal(String(s.dropFirst()), node)
            if longWithValue || shortWithValue {
                if rest.count <= 1 { break }
                rest = rest.dropFirst()
                continue
            }
            if !s.isEmpty && !s.hasPrefix("-") {
                commands.append(s)
            }
        }
        return commands
    }

    /// cobra's `argsMinusFirstX`: the words without the first occurrence of the command word.
    func argsMinusFirst(_ args: [String], _ word: String, _ node: CommandNode) -> [String] {
        var pos = 0
        while pos < args.count {
            let s = args[pos]
            if s == "--" { break }
            let longWithValue = s.hasPrefix("--") && !s.contains("=") && !hasNoOptDefVal(String(s.dropFirst(2)), node)
            let shortWithValue = s.hasPrefix("-") && !s.contains("=") && s.utf8.count == 2
                && !shortHasNoOptDefVal(String(s.dropFirst()), node)
            if longWithValue || shortWithValue {
                pos += 2
                continue
            }
            if !s.hasPrefix("-") && s == word {
                var copy = args
                copy.remove(at: pos)
                return copy
            }
            pos += 1
        }
        return args
    }

    /// cobra's `hasNoOptDefVal`, on the flag set as it stands (merged or not).
    func hasNoOptDefVal(_ name: String, _ node: CommandNode) -> Bool {
        let name = node.spec.flagNameAliases[name] ?? name
        return node.flag(named: name, merged: merged.contains(node.key))?.noOptDefault != nil
    }

    /// cobra's `shortHasNoOptDefVal`.
    func shortHasNoOptDefVal(_ name: String, _ node: CommandNode) -> Bool {
        guard let letter = name.first else { return false }
        return node.flag(shorthand: letter, merged: merged.contains(node.key))?.noOptDefault != nil
    }

    /// cobra's `isFlagArg`.
    static func isFlagArg(_ arg: String) -> Bool {
        let bytes = Array(arg.utf8)
        return (bytes.count >= 3 && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "-"))
            || (bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] != UInt8(ascii: "-"))
    }
}

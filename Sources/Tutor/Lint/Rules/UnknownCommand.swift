/// Solution and setup commands are docker commands or sandbox host commands, and the docker grammar accepts them.
extension LintRule {
    public static let unknownCommand = LintRule(name: "unknown-command") { lesson, context in
        var lines = lesson.setup.commands
        for step in lesson.steps { lines += step.solution.map { Marked($0.line, at: $0.mark) } }
        return lines.compactMap { line in
            UnknownCommandMessage.problem(line.value, dockerCheck: context.linter.dockerCommandCheck)
                .map { context.error(line.mark, $0) }
        }
    }
}

/// The unknown-command rule's messages.
enum UnknownCommandMessage {
    static func problem(_ line: String, dockerCheck: ([String]) -> String?) -> String? {
        let words: [String]
        switch KnownCommands.words(line) {
        case .success(let found): words = found.map(\.text)
        case .failure(let error): return "cannot read '\(line)': \(error.description)"
        }
        guard let first = words.first else { return "empty command" }
        if first != "docker" {
            guard KnownCommands.host.contains(first) else {
                let suggestion = Suggestion.closest(to: first, in: ["docker"] + KnownCommands.host)
                return "'\(first)' is not a command the tutor knows" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            }
            return nil
        }
        let arguments = KnownCommands.dockerArguments(words)
        guard let command = arguments.first else { return "'\(line)' names no docker command" }
        guard KnownCommands.docker.contains(command) else {
            let suggestion = Suggestion.closest(to: command, in: KnownCommands.docker)
            return "'docker \(command)' is not a docker command" + (suggestion.map { " (did you mean 'docker \($0)'?)" } ?? "")
        }
        return dockerCheck(arguments)
    }
}

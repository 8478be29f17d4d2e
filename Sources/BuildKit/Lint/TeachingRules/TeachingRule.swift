/// A docker-tutor rule: checks the typed Dockerfile and returns its findings.
public protocol TeachingRule: LintRule {
    static func check(_ context: TeachingContext) -> [LintFinding]
}

extension TeachingContext {
    /// Every RUN instruction with its commands, in file order.
    var runs: [(Instruction, [ShellCommands.Command])] {
        dockerfile.stages.flatMap { stage in
            stage.instructions.compactMap { instruction in
                if case .run = instruction.kind { return (instruction, commands(of: instruction)) }
                return nil
            }
        }
    }
}

extension TeachingRule {
    static func finding(_ message: String, at word: ShellCommands.Word) -> LintFinding {
        finding(message, lines: LineRange(line: word.line), column: word.column)
    }
}

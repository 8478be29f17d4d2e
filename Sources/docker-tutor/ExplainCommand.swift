import ArgumentParser
import DockerCLI
import Foundation

/// `docker-tutor explain`: prints `Explainer`'s explanation of a docker command line.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain each word of a docker command line.",
        discussion: """
            Give the command as one quoted argument: docker-tutor explain 'docker run -d -p 8080:80 nginx'. \
            An invalid command is explained up to the word docker refuses, then docker's error.
            """
    )

    @Option(help: "Language: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh).")
    var lang: Language?

    @Argument(parsing: .captureForPassthrough, help: "The docker command line.")
    var command: [String] = []

    func run() throws {
        guard !command.isEmpty else {
            throw ValidationError("give a docker command line, for example: docker-tutor explain 'docker run -d redis'")
        }
        // One argument is the line as written; several are words the shell already split.
        let line = command.count == 1 ? command[0] : command.map(Self.quoted).joined(separator: " ")
        let language = lang ?? Language.from(environment: ProcessInfo.processInfo.environment)
        let explanations: [Explanation]
        do {
            explanations = try Explainer(language: language).explain(line)
        } catch {
            FileHandle.standardError.write(Data("docker-tutor explain: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
        let text = explanations.map { $0.render(language) }.joined(separator: "\n")
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A word quoted for the shell when it needs it.
    static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789-_./:=@,+%".unicodeScalars.contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension Language: ExpressibleByArgument {}

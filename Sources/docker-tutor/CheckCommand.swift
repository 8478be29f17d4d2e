import ArgumentParser
import DockerCLI
import Foundation

/// `docker-tutor check`: reads the files, hands them to `DocumentCheck`, prints `CheckOutput`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the docker commands in shell scripts, Markdown and plain lists.",
        discussion: """
            Each docker command gets docker 28's own verdict (as the client gives it before contacting \
            the daemon: its first error line and exit code) and warnings from docker-tutor's lint rules. \
            Exit status: 0 when every command is valid, 1 when any is invalid, 2 when an input cannot be read.
            """
    )

    @Option(help: "Output format: text, json or github.")
    var format: CheckOutputFormat = .text

    @Argument(help: "Files to check (- for standard input, the default when it is not a terminal).")
    var files: [String] = []

    func run() throws {
        var inputs = files
        if inputs.isEmpty {
            guard isatty(STDIN_FILENO) == 0 else {
                FileHandle.standardError.write(Data("docker-tutor check: no input: name a FILE, or - to read standard input\n".utf8))
                throw ExitCode(2)
            }
            inputs = ["-"]
        }
        var reports: [CheckReport] = []
        var unreadable = false
        let checker = DocumentCheck()
        for name in inputs {
            guard let source = Self.read(name) else {
                unreadable = true
                continue
            }
            let firstLine = source.prefix { $0 != "\n" }
            let kind = ScriptKind.detect(fileName: name == "-" ? nil : name, firstLine: String(firstLine))
            reports.append(checker.check(source: source, kind: kind, file: name))
        }
        let color = format == .text && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        FileHandle.standardOutput.write(Data(CheckOutput.render(reports, format: format, color: color).utf8))
        if unreadable { throw ExitCode(2) }
        if !reports.allSatisfy(\.isClean) { throw ExitCode(1) }
    }

    /// The file's text, or `nil` after saying why it cannot be read.
    static func read(_ name: String) -> String? {
        if name == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        var isDirectory: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) {
            reason = "no such file or directory"
        } else if isDirectory.boolValue {
            reason = "is a directory"
        } else if let data = FileManager.default.contents(atPath: name) {
            return String(decoding: data, as: UTF8.self)
        } else {
            reason = "permission denied"
        }
        FileHandle.standardError.write(Data("docker-tutor check: cannot read \(name): \(reason)\n".utf8))
        return nil
    }
}

extension CheckOutputFormat: ExpressibleByArgument {}

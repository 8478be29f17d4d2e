import Foundation

/// A golden transcript: docker command lines with the exact output and exit status expected.
///
/// ```
/// # comment (also directives: "# advance 90s", "# stdin-tty", "# stdout-tty")
/// $ docker run -d --name web nginx
/// 3f2a...                      ← standard output, as is
/// ! Error response from ...    ← standard error lines start with "! "
/// [exit 1]                     ← a non-zero exit status
/// ```
/// A stdout line that itself starts with `$ `, `! `, `[exit`, `# ` or `\` is written with a
/// leading `\`. Blank lines are separators, never output; an expected blank output line is `\`.
struct Transcript {
    struct Entry {
        var line: Int
        var directives: [String]
        var command: String
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    var entries: [Entry]

    static func parse(_ text: String) -> Transcript {
        var entries: [Entry] = []
        var directives: [String] = []
        var current: Entry?
        func finish() {
            if let entry = current { entries.append(entry) }
            current = nil
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("$ ") {
                finish()
                current = Entry(line: index + 1, directives: directives, command: String(line.dropFirst(2)),
                                stdout: "", stderr: "", exitCode: 0)
                directives = []
            } else if line.hasPrefix("# ") || line == "#" {
                if current != nil { finish() }
                let text = line.dropFirst(2)
                if text.hasPrefix("advance ") || text == "stdin-tty" || text == "stdout-tty" || text.hasPrefix("input ") {
                    directives.append(String(text))
                }
            } else if current != nil {
                if line.hasPrefix("! ") {
                    current?.stderr += line.dropFirst(2) + "\n"
                } else if line == "!" {
                    current?.stderr += "\n"
                } else if line.hasPrefix("[exit "), line.hasSuffix("]") {
                    current?.exitCode = Int32(line.dropFirst(6).dropLast()) ?? -1
                } else if line.hasPrefix("\\") {
                    current?.stdout += line.dropFirst() + "\n"
                } else if !line.isEmpty {
                    current?.stdout += line + "\n"
                }
            }
        }
        finish()
        return Transcript(entries: entries)
    }

    /// Writes a transcript back, for re-recording on purpose (`DOCKER_TUTOR_RECORD=1`).
    static func render(_ entries: [Entry], comments: [Int: [String]] = [:]) -> String {
        var out = ""
        for entry in entries {
            for directive in entry.directives { out += "# " + directive + "\n" }
            out += "$ " + entry.command + "\n"
            for line in entry.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                let needsEscape = line.isEmpty || ["$ ", "! ", "[exit", "# ", "\\"].contains { line.hasPrefix($0) } || line == "#" || line == "!"
                out += (needsEscape ? "\\" : "") + line + "\n"
            }
            for line in entry.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out += line.isEmpty ? "!\n" : "! " + line + "\n"
            }
            if entry.exitCode != 0 { out += "[exit \(entry.exitCode)]\n" }
            out += "\n"
        }
        return out
    }
}

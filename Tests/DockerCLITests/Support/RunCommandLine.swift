@testable import DockerCLI

/// A minimal pflag-style reader of `docker run`/`docker create` argument lists, for tests only.
///
/// The real parser is the grammar's; this one knows just enough of the run/create flag set
/// (which flags are booleans, the one-letter shorthands, non-interspersed arguments) to turn an
/// oracle command line into `FlagValues` plus the image and its arguments.
struct RunCommandLine {
    var flags: FlagValues
    var image: String
    var args: [String]

    static let boolFlags: Set<String> = [
        "interactive", "read-only", "tty", "rm", "privileged", "publish-all", "no-healthcheck", "oom-kill-disable",
        "init", "detach", "sig-proxy", "quiet", "use-api-socket", "help", "disable-content-trust",
    ]

    static let shorthands: [Character: String] = [
        "a": "attach", "e": "env", "h": "hostname", "i": "interactive", "l": "label", "t": "tty", "u": "user",
        "w": "workdir", "p": "publish", "P": "publish-all", "v": "volume", "c": "cpu-shares", "m": "memory",
        "d": "detach", "q": "quiet",
    ]

    enum ReadError: Error { case missingValue(String), unknownShorthand(Character), noImage }

    static func read(_ argv: [String]) throws -> RunCommandLine {
        var entries: [FlagValues.Entry] = []
        var i = 0
        while i < argv.count {
            let arg = argv[i]
            if arg == "--" {
                i += 1
                break
            }
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                if let eq = body.firstIndex(of: "=") {
                    entries.append(.init(String(body[..<eq]), String(body[body.index(after: eq)...])))
                } else if boolFlags.contains(String(body)) {
                    entries.append(.init(String(body), "true"))
                } else {
                    guard i + 1 < argv.count else { throw ReadError.missingValue(arg) }
                    entries.append(.init(String(body), argv[i + 1]))
                    i += 1
                }
                i += 1
                continue
            }
            if arg.hasPrefix("-") && arg.count > 1 {
                var rest = Substring(arg.dropFirst())
                while let letter = rest.first {
                    guard let name = shorthands[letter] else { throw ReadError.unknownShorthand(letter) }
                    rest = rest.dropFirst()
                    if boolFlags.contains(name) {
                        if rest.first == "=" {
                            entries.append(.init(name, String(rest.dropFirst())))
                            rest = ""
                        } else {
                            entries.append(.init(name, "true"))
                        }
                        continue
                    }
                    if rest.first == "=" { rest = rest.dropFirst() }
                    if !rest.isEmpty {
                        entries.append(.init(name, String(rest)))
                    } else {
                        guard i + 1 < argv.count else { throw ReadError.missingValue(arg) }
                        entries.append(.init(name, argv[i + 1]))
                        i += 1
                    }
                    rest = ""
                }
                i += 1
                continue
            }
            break
        }
        guard i < argv.count else { throw ReadError.noImage }
        return RunCommandLine(flags: FlagValues(entries), image: argv[i], args: Array(argv[(i + 1)...]))
    }
}

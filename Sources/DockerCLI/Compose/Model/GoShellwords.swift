/// go-shellwords v1.0.12 `Parse`, which compose-go uses to split `command: string` and `entrypoint: string`.
///
/// Quotes group, backslashes escape outside single quotes, and an unquoted `;`, `&`, `|`, `<`
/// or `>` ends the command line (the rest is dropped, as compose drops it).
enum GoShellwords {
    static func split(_ line: String) throws(ComposeError) -> [String] {
        var args: [String] = []
        var buf = ""
        var escaped = false, single = false, double = false, got = false
        loop: for r in line.unicodeScalars {
            if escaped {
                buf.unicodeScalars.append(r)
                escaped = false
                got = true
                continue
            }
            if r == "\\" {
                if single { buf.unicodeScalars.append(r) } else { escaped = true }
                continue
            }
            if r == " " || r == "\t" || r == "\r" || r == "\n" {
                if single || double {
                    buf.unicodeScalars.append(r)
                } else if got {
                    args.append(buf)
                    buf = ""
                    got = false
                }
                continue
            }
            switch r {
            case "\"" where !single:
                double.toggle()
                got = true
                continue
            case "'" where !double:
                single.toggle()
                got = true
                continue
            case ";", "&", "|", "<", ">":
                if !(single || double) { break loop }
            default:
                break
            }
            got = true
            buf.unicodeScalars.append(r)
        }
        if got { args.append(buf) }
        if escaped || single || double { throw .message("invalid command line string") }
        return args
    }
}

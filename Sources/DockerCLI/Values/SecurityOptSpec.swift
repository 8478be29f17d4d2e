/// `--security-opt` as run and create read it: `key=value` or `key:value` options, with two
/// client-side specials. `seccomp=FILE` is replaced by the profile's compacted JSON, and
/// `systempaths=unconfined` is removed and turned into empty masked and read-only path lists.
public enum SecurityOptSpec {
    /// What the client sends for the security options.
    public struct Parsed: Sendable, Equatable {
        public var options: [String]?
        /// `[]` (unmask everything) when `systempaths=unconfined` was given, `nil` otherwise.
        public var maskedPaths: [String]?
        public var readonlyPaths: [String]?
    }

    /// `parseSecurityOpts` then `parseSystemPaths`.
    public static func parse(_ values: [String], context: ContainerOptionsContext) -> Result<Parsed, ValueError> {
        var options = values
        for (index, option) in values.enumerated() {
            var (key, value, ok) = ListValidators.cut(option, "=")
            if !ok && key != "no-new-privileges" { (key, value, ok) = ListValidators.cut(option, ":") }
            if (!ok || value.isEmpty) && key != "no-new-privileges" {
                return .failure(ValueError("Invalid --security-opt: \(GoQuote.quote(option))"))
            }
            guard key == "seccomp", value != "builtin", value != "unconfined" else { continue }
            let path = GoPath.abs(value, workingDirectory: context.workingDirectory)
            switch context.readFile(path) {
            case .failure(let e):
                return .failure(ValueError("opening seccomp profile (\(value)) failed: \(e.operation) \(value): \(e.reason)"))
            case .success(let bytes):
                switch GoJSONCompact.compact(bytes) {
                case .success(let compacted): options[index] = "seccomp=" + compacted
                case .failure(let e):
                    return .failure(ValueError("compacting json for seccomp profile (\(value)) failed: \(e.message)"))
                }
            }
        }
        var parsed = Parsed(options: nil, maskedPaths: nil, readonlyPaths: nil)
        var filtered: [String] = []
        for option in options {
            if option == "systempaths=unconfined" {
                parsed.maskedPaths = []
                parsed.readonlyPaths = []
            } else {
                filtered.append(option)
            }
        }
        // Go filters in place over the original slice: no options stays nil, all filtered out stays empty.
        parsed.options = values.isEmpty ? nil : filtered
        return .success(parsed)
    }
}

/// Go's `json.Compact` for a seccomp profile: whitespace outside strings removed, syntax checked.
enum GoJSONCompact {
    static func compact(_ bytes: [UInt8]) -> Result<String, ValueError> {
        var out: [UInt8] = []
        var depth: [UInt8] = []
        var inString = false
        var escaped = false
        var sawValue = false
        for b in bytes {
            if inString {
                out.append(b)
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D:
                continue
            case 0x22:
                inString = true
                sawValue = true
            case 0x7B, 0x5B:
                depth.append(b)
                sawValue = true
            case 0x7D, 0x5D:
                guard let open = depth.popLast(), (open == 0x7B && b == 0x7D) || (open == 0x5B && b == 0x5D) else {
                    return .failure(ValueError("invalid character '\(Character(Unicode.Scalar(b)))' looking for beginning of value"))
                }
            default:
                if !sawValue && !(b == 0x2D || (b >= 0x30 && b <= 0x39) || b == 0x74 || b == 0x66 || b == 0x6E) {
                    return .failure(ValueError("invalid character '\(Character(Unicode.Scalar(b)))' looking for beginning of value"))
                }
                sawValue = true
            }
            out.append(b)
        }
        if inString || !depth.isEmpty || !sawValue { return .failure(ValueError("unexpected end of JSON input")) }
        return .success(String(decoding: out, as: UTF8.self))
    }
}

/// The short service-volume syntax as compose-go's `format.ParseVolume` reads it.
///
/// `SOURCE:TARGET[:MODE]`: a source starting with `.`, `/` or `~` is a bind mount (host path
/// created on demand), anything else a named volume; a lone path is an anonymous volume.
enum ComposeVolumeSpec {
    static func parse(_ spec: String) throws(ComposeError) -> ComposeMapping {
        var source = "", target = "", readOnly = false
        var bind = ComposeMapping(), volume: ComposeMapping?
        let chars = Array(spec.unicodeScalars)
        switch chars.count {
        case 0: throw .message("invalid empty volume spec")
        case 1, 2:
            var m = ComposeMapping()
            m["type"] = .string("volume")
            m["target"] = .string(spec)
            return m
        default: break
        }
        var buffer: [Unicode.Scalar] = []
        func isDrive(_ c: Unicode.Scalar) -> Bool {
            c == ":" && buffer.count == 1 && buffer[0].properties.isAlphabetic
        }
        func finish() -> ComposeMapping {
            var m = ComposeMapping()
            let isBind = isFilePath(source)
            m["type"] = .string(isBind ? "bind" : "volume")
            if !source.isEmpty { m["source"] = .string(source) }
            m["target"] = .string(target)
            if readOnly { m["read_only"] = .bool(true) }
            if isBind {
                bind["create_host_path"] = .bool(true)
                m["bind"] = .mapping(bind)
            } else {
                m["volume"] = .mapping(volume ?? ComposeMapping())
            }
            return m
        }
        for c in chars + ["\u{0}"] {
            if isDrive(c) { buffer.append(c); continue }
            guard c == ":" || c == "\u{0}" else { buffer.append(c); continue }
            let text = String(String.UnicodeScalarView(buffer))
            if buffer.isEmpty {
                throw .message("invalid spec: \(spec): empty section between colons")
            } else if source.isEmpty, c == "\u{0}" {
                target = text
            } else if source.isEmpty {
                source = text
            } else if target.isEmpty {
                target = text
            } else if c == ":" {
                throw .message("invalid spec: \(spec): too many colons")
            } else {
                for option in text.split(separator: ",", omittingEmptySubsequences: false) {
                    switch option {
                    case "ro": readOnly = true
                    case "rw": readOnly = false
                    case "nocopy": volume = ComposeMapping([("nocopy", .bool(true))])
                    case "rprivate", "private", "rshared", "shared", "rslave", "slave": bind["propagation"] = .string(String(option))
                    case "z", "Z": bind["selinux"] = .string(String(option))
                    default: break
                    }
                }
            }
            buffer = []
        }
        var m = finish()
        if case .string(let t) = m["target"], !t.isEmpty { m["target"] = .string(ComposePaths.clean(t)) }
        return m
    }

    static func isFilePath(_ source: String) -> Bool {
        guard let first = source.unicodeScalars.first else { return false }
        if first == "." || first == "/" || first == "~" { return true }
        if source.hasPrefix("\\\\") { return true }
        let scalars = Array(source.unicodeScalars)
        return scalars.count > 1 && first.properties.isAlphabetic && scalars[1] == ":"
    }
}

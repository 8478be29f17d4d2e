/// `-v/--volume` as the docker client reads it: compose's `loader.ParseVolume`, which only splits
/// `[source:]target[:options]` and decides between a named volume and a bind mount.
///
/// The client is lenient: `invalid volume specification`, `invalid mode` and relative targets are
/// the daemon's errors (see `BindSpec` in DockerAPI). The client fails only on an empty spec, an
/// empty section between colons, or too many colons.
public struct VolumeSpec: Sendable, Equatable {
    /// What the client decided the spec mounts: a bind for path-like sources, a volume otherwise.
    public enum Kind: String, Sendable {
        case volume, bind
    }

    public var type: Kind
    public var source: String
    public var target: String
    public var readOnly: Bool
    /// The mode field after the target, as written (`ro,z`, `nocopy`).
    public var mode: String

    /// `loader.ParseVolume`.
    public static func parse(_ spec: String) -> Result<VolumeSpec, ValueError> {
        var volume = VolumeSpec(type: .volume, source: "", target: "", readOnly: false, mode: "")
        switch spec.utf8.count {
        case 0: return .failure(ValueError("invalid empty volume spec"))
        case 1, 2:
            volume.target = spec
            return .success(volume)
        default: break
        }
        var buffer: [Unicode.Scalar] = []
        var scalars = Array(spec.unicodeScalars)
        scalars.append("\u{0}")
        for (index, char) in scalars.enumerated() {
            let atEnd = index == scalars.count - 1
            if char == ":" && buffer.count == 1 && buffer[0].properties.isAlphabetic {
                // A Windows drive letter (`c:`) stays inside the section.
                buffer.append(char)
            } else if char == ":" || atEnd {
                if let problem = volume.take(buffer, endOfSpec: atEnd) {
                    volume.type = populatedType(volume.source)
                    return .failure(ValueError("invalid spec: \(spec): \(problem)"))
                }
                buffer = []
            } else {
                buffer.append(char)
            }
        }
        volume.type = populatedType(volume.source)
        return .success(volume)
    }

    /// `populateFieldFromBuffer`: fills source, then target, then reads the options.
    private mutating func take(_ buffer: [Unicode.Scalar], endOfSpec: Bool) -> String? {
        var text = ""
        text.unicodeScalars.append(contentsOf: buffer)
        if buffer.isEmpty { return "empty section between colons" }
        if source.isEmpty && endOfSpec {
            target = text
            return nil
        }
        if source.isEmpty {
            source = text
            return nil
        }
        if target.isEmpty {
            target = text
            return nil
        }
        if !endOfSpec { return "too many colons" }
        mode = text
        for option in text.split(separator: ",", omittingEmptySubsequences: false) {
            if option == "ro" { readOnly = true }
            if option == "rw" { readOnly = false }
        }
        return nil
    }

    /// `populateType`: a source that looks like a path (`/`, `.`, `~`, `\\`, `c:`) is a bind mount.
    private static func populatedType(_ source: String) -> Kind {
        guard let first = source.unicodeScalars.first else { return .volume }
        if first == "." || first == "/" || first == "~" { return .bind }
        if source.unicodeScalars.count == 1 { return .volume }
        if source.hasPrefix("\\\\") { return .bind }
        let second = source.unicodeScalars[source.unicodeScalars.index(after: source.unicodeScalars.startIndex)]
        return second == ":" && first.properties.isAlphabetic ? .bind : .volume
    }

    /// The bind string docker sends in `HostConfig.Binds`: `./dir` sources made absolute.
    public static func bindString(_ spec: String, workingDirectory: String) -> String {
        guard let colon = spec.firstIndex(of: ":") else { return spec }
        var host = String(spec[..<colon])
        let rest = spec[spec.index(after: colon)...]
        if !host.hasPrefix("/") && host.hasPrefix(".") {
            host = GoPath.abs(host, workingDirectory: workingDirectory)
        }
        return host + ":" + rest
    }
}

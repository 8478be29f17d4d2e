/// A typed `RUN --mount=...` (bind, cache, tmpfs, secret, ssh).
///
/// BuildKit parses mounts twice: when the Dockerfile is parsed it only refuses `from=$VAR`;
/// the full parse — with variables expanded — happens when the stage is built. Both passes,
/// their defaults (read-only unless cache or tmpfs) and their errors follow
/// `frontend/dockerfile/instructions/commands_runmount.go`.
public struct RunMount: Equatable, Sendable {
    public enum MountType: String, Sendable, CaseIterable {
        case bind, cache, tmpfs, secret, ssh
    }

    public var type: MountType = .bind
    public var from: String = ""
    public var source: String = ""
    public var target: String = ""
    public var readOnly = false
    public var sizeLimit: Int64 = 0
    public var cacheID: String = ""
    /// `shared`, `private` or `locked`; empty when not given.
    public var sharing: String = ""
    public var required = false
    public var env: String?
    public var mode: UInt64?
    public var uid: UInt64?
    public var gid: UInt64?

    /// The mount types in BuildKit's suggestion order.
    static let typeNames = ["bind", "cache", "tmpfs", "secret", "ssh"]
    static let sharingModes = ["shared", "private", "locked"]
    static let allKeys = [
        "type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid", "gid",
        "src", "dst", "destination", "ro", "rw", "readwrite", "env",
    ]

    /// `strings.Cut(field, "=")`.
    static func cut(_ field: String) -> (String, String, Bool) {
        guard let equals = field.firstIndex(of: "=") else { return (field, "", false) }
        return (String(field[..<equals]), String(field[field.index(after: equals)...]), true)
    }

    /// The parse-time pass (no expander): only `from` may not contain a variable.
    static func checkAtParse(_ value: String) throws(DockerfileError) {
        let fields = try csv(value)
        for field in fields {
            let (key, fieldValue, hasValue) = cut(field)
            guard hasValue, key.lowercased() == "from" else { continue }
            let bytes = Array(fieldValue.utf8)
            if let dollar = bytes.firstIndex(of: UInt8(ascii: "$")), dollar != bytes.count - 1 {
                throw DockerfileError("'from' doesn't support variable expansion, define alias stage instead")
            }
        }
    }

    private static func csv(_ value: String) throws(DockerfileError) -> [String] {
        do {
            return try CSVFields.split(value)
        } catch {
            throw DockerfileError("failed to parse csv mounts: " + error.message)
        }
    }

    /// The build-time pass: every key, with each value expanded by `expand`.
    public static func parse(_ value: String, expand: (String) throws(DockerfileError) -> String) throws(DockerfileError) -> RunMount {
        let fields = try csv(value)
        var m = RunMount()
        var readOnlyAuto = true
        for field in fields {
            let (rawKey, rawValue, hasValue) = cut(field)
            let key = rawKey.lowercased()
            if !hasValue {
                switch key {
                case "readonly", "ro":
                    m.readOnly = true
                    readOnlyAuto = false
                case "readwrite", "rw":
                    m.readOnly = false
                    readOnlyAuto = false
                case "required":
                    guard m.type == .secret || m.type == .ssh else {
                        throw DockerfileError("unexpected key '\(key)' for mount type '\(m.type.rawValue)'")
                    }
                    m.required = true
                default:
                    throw DockerfileError("invalid field '\(field)' must be a key=value pair")
                }
                continue
            }
            let value = try expand(rawValue)
            switch key {
            case "type":
                guard let type = MountType(rawValue: value.lowercased()) else {
                    throw DockerfileError(Suggestion.wrap(
                        "unsupported mount type \(GoText.quote(value))", value: value, options: typeNames, caseSensitive: true))
                }
                m.type = type
            case "from":
                m.from = value
            case "source", "src":
                m.source = value
            case "target", "dst", "destination":
                m.target = value
            case "readonly", "ro":
                guard let flag = GoStrconv.parseBool(value) else { throw invalidValue(key, value) }
                m.readOnly = flag
                readOnlyAuto = false
            case "readwrite", "rw":
                guard let flag = GoStrconv.parseBool(value) else { throw invalidValue(key, value) }
                m.readOnly = !flag
                readOnlyAuto = false
            case "required":
                guard m.type == .secret || m.type == .ssh else {
                    throw DockerfileError("unexpected key '\(key)' for mount type '\(m.type.rawValue)'")
                }
                guard let flag = GoStrconv.parseBool(value) else { throw invalidValue(key, value) }
                m.required = flag
            case "size":
                guard m.type == .tmpfs else {
                    throw DockerfileError("unexpected key '\(key)' for mount type '\(m.type.rawValue)'")
                }
                guard let size = RAMSize.parse(value) else { throw invalidValue(key, value) }
                m.sizeLimit = size
            case "id":
                m.cacheID = value
            case "sharing":
                let mode = value.lowercased()
                guard sharingModes.contains(mode) else {
                    throw DockerfileError(Suggestion.wrap(
                        "unsupported sharing value \(GoText.quote(value))", value: value, options: sharingModes,
                        caseSensitive: true))
                }
                m.sharing = mode
            case "mode":
                guard let mode = try? GoStrconv.parseUint(value, base: 8, bitSize: 32) else {
                    throw DockerfileError("invalid value \(value) for mode")
                }
                m.mode = mode
            case "uid":
                guard let uid = try? GoStrconv.parseUint(value, base: 10, bitSize: 32) else {
                    throw DockerfileError("invalid value \(value) for uid")
                }
                m.uid = uid
            case "gid":
                guard let gid = try? GoStrconv.parseUint(value, base: 10, bitSize: 32) else {
                    throw DockerfileError("invalid value \(value) for gid")
                }
                m.gid = gid
            case "env":
                m.env = value
            default:
                throw DockerfileError(Suggestion.wrap(
                    "unexpected key '\(key)' in '\(field)'", value: key, options: allKeys, caseSensitive: true))
            }
        }

        let fileInfoAllowed = m.type == .secret || m.type == .ssh || m.type == .cache
        if !fileInfoAllowed {
            if m.mode != nil { throw DockerfileError("mode not allowed for \(GoText.quote(m.type.rawValue)) type mounts") }
            if m.uid != nil { throw DockerfileError("uid not allowed for \(GoText.quote(m.type.rawValue)) type mounts") }
            if m.gid != nil { throw DockerfileError("gid not allowed for \(GoText.quote(m.type.rawValue)) type mounts") }
        }
        if readOnlyAuto {
            m.readOnly = !(m.type == .cache || m.type == .tmpfs)
        }
        if m.type == .secret {
            if !m.from.isEmpty { throw DockerfileError("secret mount should not have a from") }
            if !m.sharing.isEmpty { throw DockerfileError("secret mount should not define sharing") }
            if m.source.isEmpty && m.target.isEmpty && m.cacheID.isEmpty {
                throw DockerfileError("invalid secret mount. one of source, target required")
            }
            if !m.source.isEmpty && !m.cacheID.isEmpty { throw DockerfileError("both source and id can't be set") }
        }
        if !m.sharing.isEmpty && m.type != .cache {
            throw DockerfileError("invalid cache sharing set for \(m.type.rawValue) mount")
        }
        return m
    }

    private static func invalidValue(_ key: String, _ value: String) -> DockerfileError {
        DockerfileError("invalid value for \(key): \(value)")
    }
}

/// `units.RAMInBytes` from docker/go-units: `64m`, `1g`, `512kb`, binary multiples.
enum RAMSize {
    static func parse(_ text: String) -> Int64? {
        // ^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$
        var scalars = Array(text.unicodeScalars)[...]
        var number = ""
        while let c = scalars.first, c.isASCII, GoText.isDigit(c) || c == "." {
            number.unicodeScalars.append(c)
            scalars = scalars.dropFirst()
        }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }), let value = Double(number) else { return nil }
        if scalars.first == " " { scalars = scalars.dropFirst() }
        var multiplier: Double = 1
        if let unit = scalars.first, "kKmMgGtTpP".unicodeScalars.contains(unit) {
            let exponent = ["k": 1, "m": 2, "g": 3, "t": 4, "p": 5][String(unit).lowercased()] ?? 0
            multiplier = pow1024(exponent)
            scalars = scalars.dropFirst()
        }
        if let i = scalars.first, i == "i" || i == "I" { scalars = scalars.dropFirst() }
        if let b = scalars.first, b == "b" || b == "B" { scalars = scalars.dropFirst() }
        guard scalars.isEmpty else { return nil }
        let bytes = value * multiplier
        guard bytes < 9.2e18 else { return nil }
        return Int64(bytes)
    }

    private static func pow1024(_ n: Int) -> Double {
        var value: Double = 1
        for _ in 0..<n { value *= 1024 }
        return value
    }
}

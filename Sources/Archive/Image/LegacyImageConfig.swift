/// The legacy v1 image JSON docker still writes into `docker save` archives, one per layer.
///
/// Before content addressing (docker 1.10) every layer was an "image" with a random id and a
/// JSON config. `docker save` keeps producing them for old loaders: in 20.10 as `<id>/json`,
/// since 25 as extra blobs under `blobs/sha256/` that nothing references. Their ids are a
/// hash over a re-marshalled subset of the image config (moby's `v1.CreateID`), so the
/// config is decoded and re-encoded here as Go's structs would (`image.V1Image`,
/// `container.Config`): fixed field order, omitted empty fields, sorted maps.
struct LegacyImageConfig {
    /// The encoded JSON of the legacy config (the blob's contents).
    let json: [UInt8]
    /// The legacy id (the blob is named by the digest of `json`, not by this).
    let id: Digest

    /// The v1 configs for an image's layers, bottom to top.
    static func chain(forImageConfig config: ArchiveJSON, diffIDs: [Digest]) -> [LegacyImageConfig] {
        let os = config["os"]?.stringValue ?? ""
        var out: [LegacyImageConfig] = []
        var parent: Digest?
        for index in diffIDs.indices {
            let isTop = index == diffIDs.count - 1
            // Fields of V1Image (without id and parent), in struct order.
            var fields: [(String, ArchiveJSON)] = isTop ? v1Fields(of: config) : [
                ("created", .string("1970-01-01T00:00:00Z")),
                ("container_config", normalizeContainerConfig(nil)),
            ]
            guard let chainID = Digest.chainID(of: Array(diffIDs[...index])) else { continue }
            // v1.CreateID: the V1Image without its id, plus layer_id and parent, keys sorted.
            var idFields = fields
            idFields.append(("layer_id", .string(chainID.description)))
            if let parent { idFields.append(("parent", .string(parent.description))) }
            let id = Digest.sha256(of: ArchiveJSON.sortedObject(idFields).encodedBytes)
            // The saved JSON: id and parent first, os from the image.
            if !isTop && !os.isEmpty {
                fields.append(("os", .string(os)))
            }
            var members: [ArchiveJSON.Member] = [.init("id", .string(id.encoded))]
            if let parent { members.append(.init("parent", .string(parent.encoded))) }
            members += fields.map { ArchiveJSON.Member($0.0, $0.1) }
            out.append(LegacyImageConfig(json: ArchiveJSON.object(members).encodedBytes, id: id))
            parent = id
        }
        return out
    }

    /// The V1Image fields (without id and parent) of a config, as members.
    static func v1Members(of config: ArchiveJSON) -> [ArchiveJSON.Member] {
        v1Fields(of: config).map { ArchiveJSON.Member($0.0, $0.1) }
    }

    /// The V1Image fields of an image config, as Go re-marshals them after decoding.
    private static func v1Fields(of config: ArchiveJSON) -> [(String, ArchiveJSON)] {
        var fields: [(String, ArchiveJSON)] = []
        func string(_ key: String) {
            if let s = config[key]?.stringValue, !s.isEmpty { fields.append((key, .string(s))) }
        }
        string("comment")
        if let created = config["created"]?.stringValue, let time = RFC3339Time(parsing: created) {
            fields.append(("created", .string(time.formatted)))
        } else {
            fields.append(("created", .null))
        }
        string("container")
        fields.append(("container_config", normalizeContainerConfig(config["container_config"])))
        string("docker_version")
        string("author")
        if let inner = config["config"], !inner.isNull {
            fields.append(("config", normalizeContainerConfig(inner)))
        }
        string("architecture")
        string("variant")
        string("os")
        if case .number(let size)? = config["Size"], size != "0" { fields.append(("Size", .number(size))) }
        return fields
    }

    /// How a field of `container.Config` marshals.
    private enum FieldKind {
        case string, bool, strings, stringSlice, set, labels, health, number
    }

    /// `container.Config`'s fields in order, with whether they are `omitempty`.
    private static let containerConfigFields: [(String, FieldKind, Bool)] = [
        ("Hostname", .string, false), ("Domainname", .string, false), ("User", .string, false),
        ("AttachStdin", .bool, false), ("AttachStdout", .bool, false), ("AttachStderr", .bool, false),
        ("ExposedPorts", .set, true), ("Tty", .bool, false), ("OpenStdin", .bool, false),
        ("StdinOnce", .bool, false), ("Env", .strings, false), ("Cmd", .stringSlice, false),
        ("Healthcheck", .health, true), ("ArgsEscaped", .bool, true), ("Image", .string, false),
        ("Volumes", .set, false), ("WorkingDir", .string, false), ("Entrypoint", .stringSlice, false),
        ("NetworkDisabled", .bool, true), ("MacAddress", .string, true), ("OnBuild", .strings, false),
        ("Labels", .labels, false), ("StopSignal", .string, true), ("StopTimeout", .number, true),
        ("Shell", .stringSlice, true),
    ]

    /// A `container.Config` value decoded from `value` and marshalled again.
    static func normalizeContainerConfig(_ value: ArchiveJSON?) -> ArchiveJSON {
        var members: [ArchiveJSON.Member] = []
        for (name, kind, omitEmpty) in containerConfigFields {
            let raw = value?[name]
            let encoded: ArchiveJSON?
            switch kind {
            case .string:
                let s = raw?.stringValue ?? ""
                encoded = omitEmpty && s.isEmpty ? nil : .string(s)
            case .bool:
                let b = raw == .bool(true)
                encoded = omitEmpty && !b ? nil : .bool(b)
            case .number:
                if case .number(let n)? = raw { encoded = .number(n) } else { encoded = nil }
            case .strings, .stringSlice:
                var items: [ArchiveJSON]?
                if let array = raw?.arrayValue {
                    items = array.map { .string($0.stringValue ?? "") }
                } else if kind == .stringSlice, let s = raw?.stringValue {
                    items = [.string(s)]
                }
                if let items {
                    encoded = omitEmpty && items.isEmpty ? nil : .array(items)
                } else {
                    encoded = omitEmpty ? nil : .null
                }
            case .set, .labels:
                if case .object(let pairs)? = raw {
                    var map: [String: ArchiveJSON] = [:]
                    for pair in pairs { map[pair.key] = kind == .set ? .object([]) : .string(pair.value.stringValue ?? "") }
                    encoded = omitEmpty && map.isEmpty ? nil : ArchiveJSON.sortedObject(map.map { ($0.key, $0.value) })
                } else {
                    encoded = omitEmpty ? nil : .null
                }
            case .health:
                encoded = raw.flatMap { $0.isNull ? nil : normalizeHealthcheck($0) }
            }
            if let encoded { members.append(.init(name, encoded)) }
        }
        return .object(members)
    }

    /// `HealthcheckConfig`: every field `omitempty`.
    private static func normalizeHealthcheck(_ value: ArchiveJSON) -> ArchiveJSON {
        var members: [ArchiveJSON.Member] = []
        if let test = value["Test"]?.arrayValue, !test.isEmpty {
            members.append(.init("Test", .array(test.map { .string($0.stringValue ?? "") })))
        }
        for key in ["Interval", "Timeout", "StartPeriod", "StartInterval", "Retries"] {
            if case .number(let n)? = value[key], n != "0" { members.append(.init(key, .number(n))) }
        }
        return .object(members)
    }
}

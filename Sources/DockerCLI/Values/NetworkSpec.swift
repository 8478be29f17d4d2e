/// `--network` as `opts.NetworkOpt` reads it: a network name, or the advanced CSV form
/// `name=NET,alias=A,ip=..,ip6=..,mac-address=..,link-local-ip=..,driver-opt=k=v,gw-priority=N`.
public struct NetworkAttachment: Sendable, Equatable {
    /// The network name or id (`opts.NetworkAttachmentOpts.Target`).
    public var target: String
    public var aliases: [String]
    public var driverOpts: [String: String]?
    public var links: [String]
    public var ipv4Address: String = ""
    public var ipv6Address: String = ""
    public var linkLocalIPs: [String]
    public var macAddress: String = ""
    public var gwPriority: Int = 0

    public init(target: String, aliases: [String] = [], driverOpts: [String: String]? = nil, links: [String] = [],
                linkLocalIPs: [String] = []) {
        self.target = target
        self.aliases = aliases
        self.driverOpts = driverOpts
        self.links = links
        self.linkLocalIPs = linkLocalIPs
    }

    /// `NetworkOpt.Set`.
    public static func parse(_ value: String) -> Result<NetworkAttachment, ValueError> {
        guard isLongSyntax(value) else { return .success(NetworkAttachment(target: value)) }
        let fields: [String]
        switch GoCSV.readRecord(value) {
        case .success(let f): fields = f
        case .failure(let e): return .failure(ValueError(e.description))
        }
        var attachment = NetworkAttachment(target: "")
        for field in fields {
            let (rawKey, rawValue, ok) = ListValidators.cut(field.lowercased(), "=")
            if !ok || rawKey.isEmpty { return .failure(ValueError("invalid field " + field)) }
            let key = ListValidators.goTrimSpace(rawKey)
            let val = ListValidators.goTrimSpace(rawValue)
            switch key {
            case "name": attachment.target = val
            case "alias": attachment.aliases.append(val)
            case "ip": attachment.ipv4Address = val
            case "ip6": attachment.ipv6Address = val
            case "mac-address": attachment.macAddress = val
            case "link-local-ip": attachment.linkLocalIPs.append(val)
            case "driver-opt":
                let (k, v, found) = ListValidators.cut(val.lowercased(), "=")
                if !found || k.isEmpty { return .failure(ValueError("invalid key value pair format in driver options")) }
                attachment.driverOpts = attachment.driverOpts ?? [:]
                attachment.driverOpts?[ListValidators.goTrimSpace(k)] = ListValidators.goTrimSpace(v)
            case "gw-priority":
                switch GoStrconv.atoi(val) {
                case .success(let p): attachment.gwPriority = p
                case .failure(let e): return .failure(ValueError("invalid gw-priority (\(val)): \(e.reasonText)"))
                }
            default:
                return .failure(ValueError("invalid field key " + key))
            }
        }
        if attachment.target.isEmpty { return .failure(ValueError("network name/id is not specified")) }
        return .success(attachment)
    }

    /// Docker's unanchored `\w+=\w+(,\w+=\w+)*` test: a word character, `=`, a word character, anywhere.
    static func isLongSyntax(_ value: String) -> Bool {
        let b = Array(value.utf8)
        guard b.count >= 3 else { return false }
        func isWord(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        for i in 1..<(b.count - 1) where b[i] == 0x3D && isWord(b[i - 1]) && isWord(b[i + 1]) {
            return true
        }
        return false
    }
}

/// The `Set` checks of pflag's own value types that docker uses for a few flags
/// (`context create --docker`, `swarm init --default-addr-pool`).
enum PflagValues {
    /// `stringToStringValue.Set`.
    static func stringToStringError(_ value: String) -> String? {
        let pairs: [String]
        switch value.filter({ $0 == "=" }).count {
        case 0:
            return "\(value) must be formatted as key=value"
        case 1:
            pairs = [String(value.drop { $0 == "\"" }.reversed().drop { $0 == "\"" }.reversed())]
        default:
            switch GoCSV.readRecord(value) {
            case .success(let fields): pairs = fields
            case .failure(let e): return e.description
            }
        }
        for pair in pairs where !pair.contains("=") {
            return "\(pair) must be formatted as key=value"
        }
        return nil
    }

    /// `ipValue.Set`.
    static func ipError(_ value: String) -> String? {
        if value.isEmpty { return nil }
        return GoNet.parseIP(ListValidators.goTrimSpace(value)) == nil ? "failed to parse IP: \(GoQuote.quote(value))" : nil
    }

    /// `ipNetValue.Set` (`net.ParseCIDR`).
    static func ipNetError(_ value: String) -> String? {
        let trimmed = ListValidators.goTrimSpace(value)
        let invalid = "invalid CIDR address: " + trimmed
        let (address, mask, hasSlash) = ListValidators.cut(trimmed, "/")
        guard hasSlash, let ip = GoNet.parseIP(address) else { return invalid }
        guard !mask.isEmpty, mask.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), mask.utf8.count <= 10,
              let bits = Int(mask), bits <= ((ip.isIPv4 && !address.contains(":")) ? 32 : 128)
        else { return invalid }
        return nil
    }

    /// `ipSliceValue.Set` / `ipNetSliceValue.Set`: CSV items, each checked after trimming.
    static func sliceError(_ value: String, what: String, isValid: (String) -> Bool) -> String? {
        let items: [String]
        switch GoCSV.readRecord(value) {
        case .success(let fields): items = fields
        case .failure(let e): return e.description
        }
        for item in items where !isValid(ListValidators.goTrimSpace(item)) {
            return "invalid string being converted to \(what): \(item)"
        }
        return nil
    }
}

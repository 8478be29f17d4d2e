import DockerAPI

extension ContainerOptions {
    /// The `--network`/`--net` values in order, each parsed by `NetworkOpt.Set`.
    static func networkAttachments(flags: FlagValues, reader v: FlagReader) throws(ValueError) -> [NetworkAttachment] {
        var out: [NetworkAttachment] = []
        for value in flags.all("net", "network") { out.append(try NetworkAttachment.parse(value).get()) }
        return out
    }

    /// `NetworkMode.IsUserDefined`: anything but `default`, `bridge`, `host`, `none` and `container:...`.
    public static func isUserDefinedNetwork(_ mode: String) -> Bool {
        !["default", "bridge", "host", "none"].contains(mode) && !isContainerMode(mode, requireName: false)
    }

    /// `NetworkMode.NetworkName`: the endpoint key of the container's main network.
    static func networkName(_ mode: String) -> String {
        if ["default", "bridge", "host", "none"].contains(mode) { return mode }
        if isContainerMode(mode, requireName: false) { return "container" }
        return mode
    }

    /// `parseNetworkOpts`: endpoint settings per network, with `--network-alias`, `--link`, `--ip`,
    /// `--ip6`, `--mac-address` and `--link-local-ip` applied to the first network.
    static func endpointsConfig(networks: [NetworkAttachment], flags: FlagValues,
                                reader v: FlagReader) throws(ValueError) -> [(name: String, settings: EndpointSettings)] {
        var endpoints: [(name: String, settings: EndpointSettings)] = []
        if networks.isEmpty {
            var attachment = NetworkAttachment(target: "default")
            try applyContainerOptions(&attachment, flags: flags, reader: v)
            endpoints.append(("default", try endpointSettings(attachment)))
            return endpoints
        }
        var hasUserDefined = false
        var hasNonUserDefined = false
        for (i, original) in networks.enumerated() {
            var attachment = original
            if isUserDefinedNetwork(attachment.target) { hasUserDefined = true } else { hasNonUserDefined = true }
            if i == 0 { try applyContainerOptions(&attachment, flags: flags, reader: v) }
            let settings = try endpointSettings(attachment)
            if endpoints.contains(where: { $0.name == attachment.target }) {
                throw ValueError("network \(GoQuote.quote(attachment.target)) is specified multiple times")
            }
            // A lone network without options sends no endpoint configuration.
            if i == 0 && networks.count == 1 && settings == EndpointSettings() { continue }
            endpoints.append((attachment.target, settings))
        }
        if hasUserDefined && hasNonUserDefined {
            throw ValueError("conflicting options: cannot attach both user-defined and non-user-defined network-modes")
        }
        return endpoints
    }

    /// `applyContainerOptions`: the single-network flags, refused when the advanced syntax set the same thing.
    private static func applyContainerOptions(_ n: inout NetworkAttachment, flags: FlagValues,
                                              reader v: FlagReader) throws(ValueError) {
        let aliases = flags.all("net-alias", "network-alias")
        let links = try v.list("link", ListValidators.link)
        let ipv4 = flags.string("ip")
        let ipv6 = flags.string("ip6")
        let mac = flags.string("mac-address")
        let linkLocalIPs = flags.all("link-local-ip")
        if !n.aliases.isEmpty && !aliases.isEmpty {
            throw ValueError("conflicting options: cannot specify both --network-alias and per-network alias")
        }
        if !n.links.isEmpty && !links.isEmpty {
            throw ValueError("conflicting options: cannot specify both --link and per-network links")
        }
        if !n.ipv4Address.isEmpty && !ipv4.isEmpty {
            throw ValueError("conflicting options: cannot specify both --ip and per-network IPv4 address")
        }
        if !n.ipv6Address.isEmpty && !ipv6.isEmpty {
            throw ValueError("conflicting options: cannot specify both --ip6 and per-network IPv6 address")
        }
        if !n.macAddress.isEmpty && !mac.isEmpty {
            throw ValueError("conflicting options: cannot specify both --mac-address and per-network MAC address")
        }
        if !n.linkLocalIPs.isEmpty && !linkLocalIPs.isEmpty {
            throw ValueError("conflicting options: cannot specify both --link-local-ip and per-network link-local IP addresses")
        }
        if !aliases.isEmpty { n.aliases = aliases }
        // On a user-defined network `--link` is an endpoint alias; on the default bridge a legacy link.
        if isUserDefinedNetwork(n.target) && !links.isEmpty { n.links = links }
        if !ipv4.isEmpty { n.ipv4Address = ipv4 }
        if !ipv6.isEmpty { n.ipv6Address = ipv6 }
        if !mac.isEmpty { n.macAddress = mac }
        if !linkLocalIPs.isEmpty { n.linkLocalIPs = linkLocalIPs }
    }

    /// `parseNetworkAttachmentOpt`.
    private static func endpointSettings(_ n: NetworkAttachment) throws(ValueError) -> EndpointSettings {
        if ListValidators.goTrimSpace(n.target).isEmpty { throw ValueError("no name set for network") }
        if !isUserDefinedNetwork(n.target) {
            if !n.aliases.isEmpty { throw ValueError("network-scoped aliases are only supported for user-defined networks") }
            if !n.links.isEmpty { throw ValueError("links are only supported for user-defined networks") }
        }
        var settings = EndpointSettings()
        settings.gwPriority = n.gwPriority
        settings.aliases = nilIfEmpty(n.aliases)
        if let opts = n.driverOpts, !opts.isEmpty { settings.driverOpts = opts }
        settings.links = nilIfEmpty(n.links)
        if !n.ipv4Address.isEmpty || !n.ipv6Address.isEmpty || !n.linkLocalIPs.isEmpty {
            settings.ipv4Address = n.ipv4Address
            settings.ipv6Address = n.ipv6Address
            settings.linkLocalIPs = nilIfEmpty(n.linkLocalIPs)
        }
        if !n.macAddress.isEmpty {
            if !ListValidators.macAddress(n.macAddress) { throw ValueError("\(n.macAddress) is not a valid mac address") }
            settings.macAddress = n.macAddress
        }
        return settings
    }
}

/// A port of a container as `GET /containers/json` lists it (moby's `container.Port`).
///
/// An exposed port has no `ip` and no `publicPort`; a published one has both (`0.0.0.0`, `::`).
/// `docker ps` groups and prints these (`0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`).
public struct PortSummary: Sendable, Hashable, JSONRepresentable {
    /// The host address the port is published on; "" when only exposed.
    public var ip: String
    /// The port inside the container.
    public var privatePort: UInt16
    /// The port on the host; 0 when only exposed.
    public var publicPort: UInt16
    /// `tcp`, `udp` or `sctp`.
    public var type: String

    public init(ip: String = "", privatePort: UInt16, publicPort: UInt16 = 0, type: String = "tcp") {
        self.ip = ip
        self.privatePort = privatePort
        self.publicPort = publicPort
        self.type = type
    }

    /// `{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}`; `IP` and `PublicPort` are `omitempty`.
    public var json: JSONValue {
        .ordered([
            ("IP", ip.isEmpty ? nil : .string(ip)),
            ("PrivatePort", .int(Int64(privatePort))),
            ("PublicPort", publicPort == 0 ? nil : .int(Int64(publicPort))),
            ("Type", .string(type)),
        ])
    }
}

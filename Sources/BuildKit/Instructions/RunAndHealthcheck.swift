/// RUN's flags (`--mount`, `--network`, `--device`, labs `--security`) and HEALTHCHECK's
/// type word and timing flags, typed the way BuildKit's parse hooks type them.
extension InstructionParser {
    static let networkModes: Set<String> = ["default", "none", "host"]

    static func run(_ node: SyntaxNode, _ args: [String], _ flags: inout BuilderFlags, features: Features) throws(DockerfileError) -> RunInstruction {
        // Pre-hooks, in BuildKit's file order: device, mount, network, security (labs).
        flags.addStrings("device")
        flags.addStrings("mount")
        flags.addString("network", "default")
        if features.labs { flags.addString("security", "sandbox") }
        try flags.parse()
        let command = commandLine(node, args, emptyAsNil: false)

        // Post-hooks: devices are parsed now; mounts only checked for `from=$VAR`.
        for device in flags.strings("device") {
            _ = try RunDevice.parse(device)
        }
        for mount in flags.strings("mount") {
            try RunMount.checkAtParse(mount)
        }
        let network = flags.string("network")
        guard networkModes.contains(network) else {
            throw DockerfileError("invalid network mode \(GoText.quote(network))")
        }
        var security: String?
        if features.labs {
            let value = flags.string("security")
            guard value == "sandbox" || value == "insecure" else {
                throw DockerfileError("security \(GoText.quote(value)) is not valid")
            }
            security = value
        }
        return RunInstruction(
            command: command, mounts: flags.strings("mount"), network: network, security: security,
            devices: flags.strings("device"), flagsUsed: flags.used)
    }

    static func healthcheck(_ node: SyntaxNode, _ args: [String], _ flags: inout BuilderFlags) throws(DockerfileError) -> HealthcheckInstruction {
        guard let first = args.first else { throw atLeastOne("HEALTHCHECK") }
        let type = first.uppercased()
        let rest = Array(args.dropFirst())
        if type == "NONE" {
            guard rest.isEmpty else { throw DockerfileError("HEALTHCHECK NONE takes no arguments") }
            return HealthcheckInstruction(config: HealthConfig(test: ["NONE"]))
        }
        flags.addString("interval")
        flags.addString("timeout")
        flags.addString("start-period")
        flags.addString("start-interval")
        flags.addString("retries")
        try flags.parse()

        var config = HealthConfig(test: [])
        guard type == "CMD" else {
            throw DockerfileError("Unknown type \(GoText.quote(type)) in HEALTHCHECK (try CMD)")
        }
        let command = jsonArgs(rest, isJSON: node.isJSON)
        if command.isEmpty { throw DockerfileError("Missing command after HEALTHCHECK CMD") }
        config.test = [node.isJSON ? "CMD" : "CMD-SHELL"] + command
        config.interval = try interval(flags, "interval")
        config.timeout = try interval(flags, "timeout")
        config.startPeriod = try interval(flags, "start-period")
        config.startInterval = try interval(flags, "start-interval")
        let retries = flags.string("retries")
        if !retries.isEmpty {
            let value: Int64
            do {
                value = try GoStrconv.parseInt(retries, base: 10, bitSize: 32)
            } catch {
                throw DockerfileError(error.message)
            }
            if value < 0 { throw DockerfileError("--retries cannot be negative (\(value))") }
            config.retries = Int(value)
        }
        return HealthcheckInstruction(config: config)
    }

    /// `parseOptInterval`: empty is 0; otherwise a Go duration of at least 1ms (0 allowed).
    static func interval(_ flags: BuilderFlags, _ name: String) throws(DockerfileError) -> Int64 {
        let text = flags.string(name)
        if text.isEmpty { return 0 }
        let duration: Int64
        do {
            duration = try GoDuration.parse(text)
        } catch {
            throw DockerfileError(error.message)
        }
        if duration == 0 { return 0 }
        if duration < 1_000_000 {
            throw DockerfileError("Interval \(GoText.quote(name)) cannot be less than 1ms")
        }
        return duration
    }
}

/// A `RUN --device` value: a CDI device name, optionally `required`.
public struct RunDevice: Equatable, Sendable {
    public var name: String
    public var required: Bool

    /// `instructions.ParseDevice`.
    static func parse(_ value: String) throws(DockerfileError) -> RunDevice {
        let fields: [String]
        do {
            fields = try CSVFields.split(value)
        } catch {
            throw DockerfileError("failed to parse csv devices: " + error.message)
        }
        var device = RunDevice(name: "", required: false)
        for field in fields {
            let (rawKey, fieldValue, hasValue) = RunMount.cut(field)
            let key = rawKey.lowercased()
            if !hasValue {
                if key == "required" {
                    device.required = true
                    continue
                }
                if device.name.isEmpty {
                    device.name = field
                    continue
                }
                throw DockerfileError("invalid field '\(field)' must be a key=value pair")
            }
            switch key {
            case "name":
                if !device.name.isEmpty { throw DockerfileError("device name already set to \(device.name)") }
                device.name = fieldValue
            case "required":
                guard let flag = GoStrconv.parseBool(fieldValue) else {
                    throw DockerfileError("invalid value for \(key): \(fieldValue)")
                }
                device.required = flag
            default:
                if device.name.isEmpty {
                    device.name = field
                    continue
                }
                throw DockerfileError(Suggestion.wrap(
                    "unexpected key '\(key)' in '\(field)'", value: key, options: ["name", "required"], caseSensitive: true))
            }
        }
        return device
    }
}

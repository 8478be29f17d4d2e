import Testing
@testable import DockerCLI

/// The smaller syntaxes. Rows marked "oracle" come from the docker 28.2.2 client (the `Dns`
/// value it sent to a fake daemon, or the error it printed); the others restate the Go and
/// docker rules the oracle cannot show directly (cited per table).
@Suite struct ValuesSyntaxTests {
    /// oracle: `--dns VALUE` → `HostConfig.Dns[0]` (net.ParseIP + IP.String).
    static let addresses: [(String, String)] = [
        ("0:0::1", "::1"),
        ("::ffff:1.2.3.4", "1.2.3.4"),
        ("2001:DB8::1", "2001:db8::1"),
        ("1:0:0:0:0:0:0:1", "1::1"),
        ("1:0:0:1:0:0:0:1", "1:0:0:1::1"),
        ("fe80:0:0:0:1:0:0:0", "fe80::1:0:0:0"),
        ("::", "::"),
        ("0.0.0.0", "0.0.0.0"),
        (" 1.1.1.1 ", "1.1.1.1"),
        ("::1.2.3.4", "::102:304"),
        ("1::1.2.3.4", "1::102:304"),
    ]

    @Test(arguments: addresses)
    func normalisesAddresses(_ input: String, _ sent: String) {
        #expect(ListValidators.ipAddress(input) == .success(sent))
    }

    /// oracle: refused by `--dns` with `IP address is not correctly formatted: VALUE`.
    @Test(arguments: ["1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "1.2.3.4.5", "1:2:3:4:5:6:7:1.2.3.4", "::1%lo", "01.1.1.1", "1::1.2.3", ":1", "1:"])
    func refusesAddresses(_ input: String) {
        #expect(ListValidators.ipAddress(input) == .failure(ValueError("IP address is not correctly formatted: " + input)))
    }

    /// oracle (shlex errors from `docker service update --args VALUE svc`) and google/shlex rules.
    @Test func shellWords() {
        #expect(Shlex.split("'a").failure?.description == "EOF found when expecting closing quote")
        #expect(Shlex.split("a\\").failure?.description == "EOF found after escape character")
        #expect(Shlex.split("\"a\\").failure?.description == "EOF found after escape character")
        #expect(Shlex.split("a b") == .success(["a", "b"]))
        #expect(Shlex.split("echo 'hello world' \"x\\\"y\" # note") == .success(["echo", "hello world", "x\"y"]))
        #expect(Shlex.split("  ") == .success([]))
    }

    struct CSVCase: Sendable, CustomStringConvertible {
        var input: String
        var expected: Result<[String], GoCSV.ReadError>
        var description: String { input }
    }

    /// encoding/csv `Reader.Read` (errors seen through `--mount`, `--subnet` and `--gpus` in the flag table).
    static let csv: [CSVCase] = [
        CSVCase(input: "a,b,c", expected: .success(["a", "b", "c"])),
        CSVCase(input: "\"a,b\",c", expected: .success(["a,b", "c"])),
        CSVCase(input: "\"a\"\"b\"", expected: .success(["a\"b"])),
        CSVCase(input: "a,,", expected: .success(["a", "", ""])),
        CSVCase(input: "", expected: .failure(GoCSV.ReadError(description: "EOF"))),
        CSVCase(input: "a\"b", expected: .failure(GoCSV.ReadError(description: "parse error on line 1, column 2: bare \" in non-quoted-field"))),
        CSVCase(input: "\"a\"b", expected: .failure(GoCSV.ReadError(description: "parse error on line 1, column 3: extraneous or missing \" in quoted-field"))),
        CSVCase(input: "\"abc", expected: .failure(GoCSV.ReadError(description: "parse error on line 1, column 5: extraneous or missing \" in quoted-field"))),
        CSVCase(input: "a\nb", expected: .success(["a"])),
        CSVCase(input: "\"a\nb\",c", expected: .success(["a\nb", "c"])),
        CSVCase(input: "\"a\nb", expected: .failure(GoCSV.ReadError(description: "record on line 1; parse error on line 2, column 2: extraneous or missing \" in quoted-field"))),
    ]

    @Test(arguments: csv)
    func readsCSVLikeGo(_ c: CSVCase) {
        #expect(GoCSV.readRecord(c.input) == c.expected)
    }

    struct EnvFileCase: Sendable, CustomStringConvertible {
        var name: String
        var content: [UInt8]
        var expected: Result<[String], ValueError>
        var description: String { name }
    }

    /// docker's `kvfile.Parse` rules (see also the env-file rows of the create-request golden).
    static let envFiles: [EnvFileCase] = [
        EnvFileCase(name: "plain", content: Array("A=1\nB=2\n".utf8), expected: .success(["A=1", "B=2"])),
        EnvFileCase(name: "comments and blanks", content: Array("# c\n\n   \nA=1\n".utf8), expected: .success(["A=1"])),
        EnvFileCase(name: "leading space", content: Array("  \tA=1".utf8), expected: .success(["A=1"])),
        EnvFileCase(name: "value kept verbatim", content: Array("A=\"x y\" # not a comment\n".utf8),
                    expected: .success(["A=\"x y\" # not a comment"])),
        EnvFileCase(name: "host lookup", content: Array("HOSTVAR\nMISSING\n".utf8), expected: .success(["HOSTVAR=fromhost"])),
        EnvFileCase(name: "bom and crlf", content: [0xEF, 0xBB, 0xBF] + Array("A=1\r\nB=2\r\n".utf8), expected: .success(["A=1", "B=2"])),
        EnvFileCase(name: "whitespace in key", content: Array("MY VAR=1\n".utf8),
                    expected: .failure(ValueError("variable 'MY VAR' contains whitespaces"))),
        EnvFileCase(name: "no name", content: Array("=1\n".utf8), expected: .failure(ValueError("no variable name on line '=1'"))),
        EnvFileCase(name: "bad utf8", content: Array("A=1\n".utf8) + [0x42, 0x3D, 0xC3],
                    expected: .failure(ValueError("invalid utf8 bytes at line 2: [66 61 195]"))),
    ]

    @Test(arguments: envFiles)
    func parsesEnvFiles(_ c: EnvFileCase) {
        #expect(EnvFile.parse(bytes: c.content, lookup: { $0 == "HOSTVAR" ? "fromhost" : nil }) == c.expected)
    }

    struct VolumeCase: Sendable, CustomStringConvertible {
        var spec: String
        var expected: Result<String, ValueError>  // "type|source|target|readOnly"
        var description: String { spec }
    }

    /// compose's `loader.ParseVolume` as `-v` uses it (client side; oracle texts for the two errors).
    static let volumes: [VolumeCase] = [
        VolumeCase(spec: "/data", expected: .success("volume||/data|false")),
        VolumeCase(spec: "vol:/data", expected: .success("volume|vol|/data|false")),
        // A one-letter source reads as a Windows drive: `v:/data` is an anonymous volume's target.
        VolumeCase(spec: "v:/data", expected: .success("volume||v:/data|false")),
        VolumeCase(spec: "/h:/data:ro", expected: .success("bind|/h|/data|true")),
        VolumeCase(spec: "./h:/data:rw", expected: .success("bind|./h|/data|false")),
        VolumeCase(spec: "~/h:/data", expected: .success("bind|~/h|/data|false")),
        VolumeCase(spec: "c:/x", expected: .success("volume||c:/x|false")),
        VolumeCase(spec: "c:\\x:/y", expected: .success("bind|c:\\x|/y|false")),
        VolumeCase(spec: "ab", expected: .success("volume||ab|false")),
        VolumeCase(spec: "", expected: .failure(ValueError("invalid empty volume spec"))),
        VolumeCase(spec: ":/x", expected: .failure(ValueError("invalid spec: :/x: empty section between colons"))),
        VolumeCase(spec: "a::b", expected: .success("bind|a:|b|false")),
        VolumeCase(spec: "/a:/b:ro:x", expected: .failure(ValueError("invalid spec: /a:/b:ro:x: too many colons"))),
    ]

    @Test(arguments: volumes)
    func splitsVolumes(_ c: VolumeCase) {
        let result = VolumeSpec.parse(c.spec).map { "\($0.type.rawValue)|\($0.source)|\($0.target)|\($0.readOnly)" }
        #expect(result == c.expected)
    }

    /// oracle: `docker inspect --type VALUE x`, `docker stop --time 1 --timeout 2 x`, and the
    /// `--filter` query docker built for ` NAME = x ` (`{"name":{"x":true}}`).
    @Test func commandChecks() {
        #expect(CommandValueChecks.inspectTypeError("foo")
            == "unknown type: \"foo\": must be one of \"config\", \"container\", \"image\", \"network\", \"node\", \"plugin\", \"secret\", \"service\", \"task\", \"volume\"")
        #expect(CommandValueChecks.inspectTypeError("container") == nil)
        #expect(CommandValueChecks.inspectTypeError("") == nil)
        #expect(CommandValueChecks.stopTimeoutError(flags: FlagValues([("time", "1"), ("timeout", "2")]))
            == "conflicting options: cannot specify both --timeout and --time")
        #expect(CommandValueChecks.logsTimestampError(flag: "since", value: "foo", now: 0, utcOffset: 0)
            == "invalid value for \"since\": failed to parse value as time or duration: \"foo\"")
        let parsed = FilterSpec.parseAll([" NAME = x ", "name=y", "name=y", "", "Label=a=b"])
        #expect(parsed == .success(["name": ["x", "y"], "label": ["a=b"]]))
        #expect(FilterSpec.parse("foo").failure?.message == "bad format of filter (expected name=value)")
    }
}

/// `docker exec`'s environment (oracle: `docker exec --env-file nope.env c ls` printed
/// `open nope.env: no such file or directory`, exit 1).
@Suite struct ValuesExecTests {
    @Test func environment() {
        let context = ContainerOptionsContext(
            environment: { $0 == "HOME" ? "/root" : nil },
            readFile: { $0 == "/w/app.env" ? .success(Array("A=1\nHOME\n".utf8)) : .failure(.notFound) },
            workingDirectory: "/w")
        let flags = FlagValues([("env-file", "app.env"), ("env", "B=2"), ("env", "HOME"), ("env", "B=3")])
        #expect(ExecValues.environment(flags: flags, context: context) == .success(["A=1", "HOME=/root", "B=2", "HOME=/root", "B=3"]))
        #expect(ExecValues.environment(flags: FlagValues([("env-file", "nope.env")]), context: context)
            == .failure(ValueError("open nope.env: no such file or directory")))
        #expect(ExecValues.environment(flags: FlagValues(), context: context) == .success(nil))
        #expect(ExecValues.attach(flags: FlagValues([("interactive", "true")])) == (true, true, true))
        #expect(ExecValues.attach(flags: FlagValues([("detach", "true"), ("interactive", "true")])) == (false, false, false))
    }
}

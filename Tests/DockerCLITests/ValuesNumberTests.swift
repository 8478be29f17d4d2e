import Testing
@testable import DockerCLI

/// Sizes, CPU counts and Go numbers. Values marked "oracle" were read from the create body the
/// docker 28.2.2 client sent to a fake daemon (`docker create -m VALUE` / `--cpus VALUE`).
@Suite struct ValuesNumberTests {
    /// oracle: `HostConfig.Memory` for `-m VALUE` (RAMInBytes; 1e30 overflows like Go's int64 conversion).
    static let memory: [(String, Int64)] = [
        ("512m", 536870912),
        ("1.5g", 1610612736),
        ("1kb", 1024),
        ("1kib", 1024),
        ("1 k", 1024),
        ("5 ", 5),
        ("1e3", 1000),
        ("12P", 13510798882111488),
        ("1MiB", 1048576),
        ("1mIb", 1048576),
        ("1.", 1),
        (".5k", 512),
        ("0", 0),
        ("100", 100),
        ("1b", 1),
        ("2GB", 2147483648),
        ("1t", 1099511627776),
        ("0.5m", 524288),
        ("1e30", -9223372036854775808),
    ]

    @Test(arguments: memory)
    func ramInBytesMatchesTheClient(_ value: String, _ bytes: Int64) {
        #expect(ByteSize.ramInBytes(value) == .success(bytes))
    }

    /// go-units' `FromHumanSize` uses powers of 1000 where `RAMInBytes` uses 1024.
    @Test func fromHumanSizeIsDecimal() {
        #expect(ByteSize.fromHumanSize("1k") == .success(1000))
        #expect(ByteSize.fromHumanSize("1.5MB") == .success(1_500_000))
        #expect(ByteSize.fromHumanSize("2GiB") == .success(2_000_000_000))
        #expect(ByteSize.fromHumanSize("32") == .success(32))
        #expect(ByteSize.fromHumanSize("1kk") == .failure(.invalidSuffix("kk")))
        #expect(ByteSize.fromHumanSize("x") == .failure(.invalidSize("x")))
        #expect(ByteSize.fromHumanSize("1TOOLONG").failure?.description == "invalid suffix: 'TOOLONG'")
        #expect(ByteSize.memSwapBytes("-1") == .success(-1))
    }

    /// oracle: `HostConfig.NanoCpus` for `--cpus VALUE` (big.Rat syntax: fractions, exponents, prefixes).
    static let cpus: [(String, Int64)] = [
        ("1.5", 1500000000),
        ("3/4", 750000000),
        ("1e-9", 1),
        ("-1", -1000000000),
        ("0x10", 16000000000),
        ("15e-1", 1500000000),
        (".5", 500000000),
        ("5.", 5000000000),
        ("+2", 2000000000),
        ("0.001", 1000000),
        ("2", 2000000000),
        ("0x1p-2", 250000000),
        ("1_5", 15000000000),
        ("0b1.1", 1500000000),
        ("0o7", 7000000000),
        ("01.5", 1500000000),
        ("4/0x10", 250000000),
    ]

    @Test(arguments: cpus)
    func nanoCPUsMatchTheClient(_ value: String, _ nanos: Int64) {
        #expect(NanoCPUs.parse(value) == .success(nanos))
    }

    @Test func nanoCPUsFormatWithThreeDecimals() {
        #expect(NanoCPUs.format(1_500_000_000) == "1.500")
        #expect(NanoCPUs.format(0) == "")
        #expect(NanoCPUs.format(333_333_333) == "0.333")
    }

    @Test func goNumbers() {
        #expect(GoStrconv.parseInt("0x1F", base: 0) == .success(31))
        #expect(GoStrconv.parseInt("-0b11", base: 0) == .success(-3))
        #expect(GoStrconv.parseInt("0o17", base: 0) == .success(15))
        #expect(GoStrconv.parseInt("017", base: 0) == .success(15))
        #expect(GoStrconv.parseInt("1_000", base: 0) == .success(1000))
        #expect(GoStrconv.parseInt("-9223372036854775808", base: 0) == .success(Int64.min))
        #expect(GoStrconv.parseInt("1_000", base: 10).failure?.description == "strconv.ParseInt: parsing \"1_000\": invalid syntax")
        #expect(GoStrconv.atoi("x").failure?.description == "strconv.Atoi: parsing \"x\": invalid syntax")
        #expect(GoStrconv.parseInt("128", bitSize: 8).failure?.description == "strconv.ParseInt: parsing \"128\": value out of range")
        #expect(GoStrconv.parseUint("0x10", base: 0, bitSize: 16) == .success(16))
        #expect(GoStrconv.parseFloat("0x1p-2") == .success(0.25))
        #expect(GoStrconv.parseFloat("1_0") == .success(10))
        #expect(GoStrconv.parseFloat("-.5e+1") == .success(-5))
    }

    /// Go's `Duration.String`.
    @Test func durationsFormatLikeGo() {
        #expect(GoDuration.format(0) == "0s")
        #expect(GoDuration.format(1_500_000_000) == "1.5s")
        #expect(GoDuration.format(5_400_000_000_000) == "1h30m0s")
        #expect(GoDuration.format(500_000_000) == "500ms")
        #expect(GoDuration.format(1_500) == "1.5µs")
        #expect(GoDuration.format(-60_000_000_000) == "-1m0s")
        #expect(GoDuration.parse("1h30m") == .success(5_400_000_000_000))
        #expect(GoDuration.parse("1.5µs") == .success(1_500))
        #expect(GoDuration.parse("-2m") == .success(-120_000_000_000))
    }
}

/// Human-readable sizes as go-units reads them: `512m`, `1.5g`, `100kb`, `2 GiB`.
///
/// `RAMInBytes` (binary multiples) backs `-m`, `--shm-size`, `--memory-swap`, `tmpfs-size` and the
/// device throttles; `FromHumanSize` (decimal multiples) backs sizes such as `builder prune
/// --keep-storage`'s older forms. Both fail with go-units' texts (`invalid size: 'x'`,
/// `invalid suffix: 'kk'`) or pass `strconv.ParseFloat`'s error through.
public enum ByteSize {
    /// Why a size did not parse, printed exactly as go-units prints it.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidSize(String)
        case invalidSuffix(String)
        case number(GoStrconv.NumError)

        public var description: String {
            switch self {
            case .invalidSize(let s): return "invalid size: '\(s)'"
            case .invalidSuffix(let s): return "invalid suffix: '\(s)'"
            case .number(let e): return e.description
            }
        }
    }

    /// `units.RAMInBytes`: `k`, `m`, `g`, `t`, `p` are powers of 1024.
    public static func ramInBytes(_ s: String) -> Result<Int64, ParseError> {
        parse(s, binary: true)
    }

    /// `units.FromHumanSize`: `k`, `m`, `g`, `t`, `p` are powers of 1000.
    public static func fromHumanSize(_ s: String) -> Result<Int64, ParseError> {
        parse(s, binary: false)
    }

    /// `opts.MemBytes.Set`.
    public static func memBytes(_ s: String) -> Result<Int64, ParseError> { ramInBytes(s) }

    /// `opts.MemSwapBytes.Set`: like `MemBytes`, and `-1` for unlimited swap.
    public static func memSwapBytes(_ s: String) -> Result<Int64, ParseError> {
        s == "-1" ? .success(-1) : ramInBytes(s)
    }

    private static func parse(_ sizeString: String, binary: Bool) -> Result<Int64, ParseError> {
        let bytes = Array(sizeString.utf8)
        // The number ends at the last digit, dot or space.
        guard let sep = bytes.lastIndex(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x20 }) else {
            return .failure(.invalidSize(sizeString))
        }
        let number: [UInt8]
        let suffix: [UInt8]
        if bytes[sep] != 0x20 {
            number = Array(bytes[...sep])
            suffix = Array(bytes[(sep + 1)...])
        } else {
            number = Array(bytes[..<sep])
            suffix = Array(bytes[(sep + 1)...])
        }
        var size: Double
        switch GoStrconv.parseFloat(String(decoding: number, as: UTF8.self)) {
        case .success(let v): size = v
        case .failure(let e): return .failure(.number(e))
        }
        if size < 0 { return .failure(.invalidSize(sizeString)) }
        if suffix.isEmpty { return .success(goInt64(size)) }
        let suffixText = String(decoding: suffix, as: UTF8.self)
        let badSuffix = ParseError.invalidSuffix(suffix.count > 3 ? suffixText : suffixText.lowercased())
        if suffix.count > 3 { return .failure(.invalidSuffix(suffixText)) }
        let lower = suffix.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        if lower[0] == 0x62 {
            return lower.count > 1 ? .failure(badSuffix) : .success(goInt64(size))
        }
        let exponent: Int
        switch lower[0] {
        case 0x6B: exponent = 1
        case 0x6D: exponent = 2
        case 0x67: exponent = 3
        case 0x74: exponent = 4
        case 0x70: exponent = 5
        default: return .failure(badSuffix)
        }
        let base: Double = binary ? 1024 : 1000
        var multiplier: Double = 1
        for _ in 0..<exponent { multiplier *= base }
        size *= multiplier
        if lower.count == 2 && lower[1] != 0x62 { return .failure(badSuffix) }
        if lower.count == 3 && !(lower[1] == 0x69 && lower[2] == 0x62) { return .failure(badSuffix) }
        return .success(goInt64(size))
    }

    /// Go's `int64(float64)` on amd64: truncation, and the minimum int64 when the value does not fit.
    static func goInt64(_ d: Double) -> Int64 {
        guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else { return Int64.min }
        return Int64(d)
    }
}

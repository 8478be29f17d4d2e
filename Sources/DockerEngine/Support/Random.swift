/// SplitMix64: a tiny generator whose whole state is one integer, so a seeded sandbox can save it
/// with the engine state and the next command continues the same sequence.
public struct SplitMix64: RandomNumberGenerator, Codable, Sendable, Equatable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Where the daemon's randomness comes from: the system's for learners, a saved seeded sequence
/// for `DOCKER_TUTOR_SEED` and tests.
public enum RandomSource: Codable, Sendable, Equatable {
    case system
    case seeded(SplitMix64)

    public mutating func next() -> UInt64 {
        switch self {
        case .system:
            var g = SystemRandomNumberGenerator()
            return g.next()
        case .seeded(var g):
            let value = g.next()
            self = .seeded(g)
            return value
        }
    }

    /// A uniform integer in `0..<upperBound`.
    public mutating func below(_ upperBound: Int) -> Int {
        precondition(upperBound > 0)
        return Int(next() % UInt64(upperBound))
    }

    /// `count` lowercase hex characters, as `stringid.GenerateRandomID` produces for 64.
    public mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(count)
        var word: UInt64 = 0
        for i in 0..<count {
            if i % 16 == 0 { word = next() }
            out.append(digits[Int(word & 0xf)])
            word >>= 4
        }
        return out
    }

    /// A 64-hex id that is not all digits (moby's `GenerateRandomID` retries those: they would read as numbers).
    public mutating func id() -> String {
        while true {
            let candidate = hex(64)
            if candidate.prefix(12).contains(where: { $0 >= "a" }) { return candidate }
        }
    }
}

/// Container names as moby's `namesgenerator.GetRandomName` makes them.
///
/// `adjective_surname`, never `boring_wozniak`; from the second attempt on a digit 0–9 is
/// appended. The daemon tries six times, then falls back to the 12-character id (daemon/names.go).
enum NameGenerator {
    static func name(retry: Int, random: inout RandomSource) -> String {
        var name: String
        repeat {
            name = NameWords.left[random.below(NameWords.left.count)] + "_" + NameWords.right[random.below(NameWords.right.count)]
        } while name == "boring_wozniak"
        if retry > 0 { name += String(random.below(10)) }
        return name
    }
}

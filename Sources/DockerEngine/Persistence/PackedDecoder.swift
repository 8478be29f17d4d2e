/// Reads what `PackedWriter` wrote. Fields are looked up at the reader's cursor first (the
/// order they were written in), then by a scan of the enclosing container.
final class PackedReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var keys: [String] = []
    var shared: [String] = []
    var sharedArrays: [[String]] = []
    // Read on every byte; the reader is never shared, so dynamic exclusivity checks only cost.
    @exclusivity(unchecked) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Bytes that are not what the format says: where, and what was wrong.
    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var what: String
        var description: String { "\(what) at byte \(offset)" }
    }

    @inline(__always) func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Malformed(offset: position, what: "unexpected end of data") }
        let b = bytes[position]
        position += 1
        return b
    }

    @inline(__always) func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw Malformed(offset: position, what: "varint too long") }
        }
    }

    func expect(_ tag: PackedTag) throws {
        let t = try byte()
        guard t == tag.rawValue else { throw Malformed(offset: position - 1, what: "expected \(tag), found tag \(t)") }
    }

    func peekTag() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    func length() throws -> Int {
        guard position + 4 <= bytes.count else { throw Malformed(offset: position, what: "truncated container") }
        let n = Int(bytes[position]) | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2]) << 16 | Int(bytes[position + 3]) << 24
        position += 4
        guard position + n <= bytes.count else { throw Malformed(offset: position, what: "container runs past the end") }
        return n
    }

    /// Reads a container's length and returns where its body ends.
    func endOfBlock() throws -> Int {
        let n = try length()
        return position + n
    }

    /// The offset just after the value that starts at `position`, without decoding it.
    func endOfValue(at start: Int) throws -> Int {
        let saved = position
        defer { position = saved }
        position = start
        guard let raw = PackedTag(rawValue: try byte()) else { throw Malformed(offset: start, what: "unknown tag") }
        switch raw {
        case .null, .falseValue, .trueValue: return position
        case .int, .uint, .stringRef, .arrayRef: _ = try varint(); return position
        case .double: return position + 8
        case .string: let n = Int(try varint()); return position + n
        case .keyed, .unkeyed, .fields: let n = try length(); return position + n
        case .key: throw Malformed(offset: start, what: "a key where a value belongs")
        }
    }

    func int() throws -> Int64 {
        let t = try byte()
        if t == PackedTag.int.rawValue {
            let z = try varint()
            return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
        }
        if t == PackedTag.uint.rawValue { return Int64(bitPattern: try varint()) }
        throw Malformed(offset: position - 1, what: "expected an integer")
    }

    func uint() throws -> UInt64 {
        let t = try byte()
        if t == PackedTag.uint.rawValue { return try varint() }
        if t == PackedTag.int.rawValue {
            let z = try varint()
            return UInt64(bitPattern: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
        }
        throw Malformed(offset: position - 1, what: "expected an unsigned integer")
    }

    func string() throws -> String {
        let t = try byte()
        if t == PackedTag.stringRef.rawValue {
            let id = Int(try varint())
            guard id < shared.count else { throw Malformed(offset: position, what: "unknown shared string") }
            return shared[id]
        }
        guard t == PackedTag.string.rawValue else { throw Malformed(offset: position - 1, what: "expected a string, found tag \(t)") }
        let n = Int(try varint())
        guard position + n <= bytes.count else { throw Malformed(offset: position, what: "string runs past the end") }
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + n)]), as: UTF8.self)
        position += n
        return s
    }

    func rawBytes() throws -> [UInt8] {
        try expect(.string)
        let n = Int(try varint())
        guard position + n <= bytes.count else { throw Malformed(offset: position, what: "bytes run past the end") }
        let out = Array(UnsafeBufferPointer(rebasing: bytes[position..<(position + n)]))
        position += n
        return out
    }

    func bool() throws -> Bool {
        let t = try byte()
        if t == PackedTag.trueValue.rawValue { return true }
        if t == PackedTag.falseValue.rawValue { return false }
        throw Malformed(offset: position - 1, what: "expected a boolean")
    }

    func double() throws -> Double {
        try expect(.double)
        guard position + 8 <= bytes.count else { throw Malformed(offset: position, what: "truncated double") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[position + i]) << (UInt64(i) * 8) }
        position += 8
        return Double(bitPattern: bits)
    }

    /// Decodes the whole payload written by `PackedWriter.encode`, after `skipping` bytes.
    static func decode<T: Decodable>(_ type: T.Type, from data: [UInt8], skipping: Int = 0) throws -> T {
        try data.withUnsafeBufferPointer { try decode(type, from: $0, skipping: skipping) }
    }

    /// Decodes from memory the caller keeps alive (a mapped file).
    static func decode<T: Decodable>(_ type: T.Type, from whole: UnsafeBufferPointer<UInt8>, skipping: Int = 0) throws -> T {
        guard whole.count >= skipping + 8 else { throw Malformed(offset: whole.count, what: "unexpected end of data") }
        var tables = 0
        for i in 0..<8 { tables |= Int(whole[whole.count - 8 + i]) << (i * 8) }
        guard tables >= skipping, tables <= whole.count - 8 else { throw Malformed(offset: whole.count - 8, what: "bad table offset") }
        let reader = PackedReader(bytes: UnsafeBufferPointer(rebasing: whole[0..<(whole.count - 8)]))
        reader.position = tables
        let count = Int(try reader.varint())
        reader.keys.reserveCapacity(count)
        for _ in 0..<count { reader.keys.append(try reader.string()) }
        let sharedCount = Int(try reader.varint())
        reader.shared.reserveCapacity(sharedCount)
        for _ in 0..<sharedCount { reader.shared.append(try reader.string()) }
        let arrayCount = Int(try reader.varint())
        reader.sharedArrays.reserveCapacity(arrayCount)
        for _ in 0..<arrayCount {
            let n = Int(try reader.varint())
            var array: [String] = []
            array.reserveCapacity(n)
            for _ in 0..<n {
                let id = Int(try reader.varint())
                guard id < reader.shared.count else { throw Malformed(offset: reader.position, what: "unknown shared string") }
                array.append(reader.shared[id])
            }
            reader.sharedArrays.append(array)
        }
        reader.position = skipping
        let value = try reader.value(T.self)
        guard reader.position == tables else { throw Malformed(offset: reader.position, what: "trailing data") }
        return value
    }

    /// Decodes the value at `position` and leaves the reader just after it.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        let end = try endOfValue(at: position)
        if let fast = T.self as? any FastPackable.Type {
            guard let v = try FieldReader.block(fast, from: self) as? T else {
                throw Malformed(offset: position, what: "unexpected record type")
            }
            position = end
            return v
        }
        let v = try T(from: PackedDecoder(reader: self))
        position = end
        return v
    }
}

/// The `Decoder` over a `PackedReader`.
struct PackedDecoder: Decoder {
    let reader: PackedReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try reader.expect(.keyed)
        let n = try reader.length()
        return KeyedDecodingContainer(PackedKeyedDecoder<Key>(reader: reader, start: reader.position, end: reader.position + n))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try reader.expect(.unkeyed)
        let n = try reader.length()
        return PackedUnkeyedDecoder(reader: reader, end: reader.position + n)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { PackedSingleDecoder(reader: reader) }
}

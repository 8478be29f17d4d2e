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
        try data.withUnsafeBufferPointer { whole in
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

struct PackedKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: PackedReader
    let start: Int
    let end: Int
    /// Where the next field is expected.
    final class Cursor {
        @exclusivity(unchecked) var next: Int
        init(_ n: Int) { next = n }
    }
    let cursor: Cursor
    var codingPath: [any CodingKey] { [] }

    init(reader: PackedReader, start: Int, end: Int) {
        self.reader = reader
        self.start = start
        self.end = end
        self.cursor = Cursor(start)
    }

    /// The key id and value offset of the entry at `offset`.
    private func entry(at offset: Int) throws -> (key: Int, value: Int) {
        reader.position = offset
        try reader.expect(.key)
        let id = Int(try reader.varint())
        guard id < reader.keys.count else { throw PackedReader.Malformed(offset: offset, what: "unknown key id") }
        return (id, reader.position)
    }

    /// The offset of `key`'s value, at the cursor or found by a scan; `nil` when absent.
    private func locate(_ key: Key) throws -> Int? {
        let name = key.stringValue
        if cursor.next < end {
            let e = try entry(at: cursor.next)
            if reader.keys[e.key] == name {
                cursor.next = try reader.endOfValue(at: e.value)
                return e.value
            }
        }
        var offset = start
        while offset < end {
            let e = try entry(at: offset)
            let after = try reader.endOfValue(at: e.value)
            if reader.keys[e.key] == name {
                cursor.next = after
                return e.value
            }
            offset = after
        }
        return nil
    }

    private func require(_ key: Key) throws -> Int {
        guard let offset = try locate(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
        }
        reader.position = offset
        return offset
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var offset = start
        while offset < end, let e = try? entry(at: offset), let after = try? reader.endOfValue(at: e.value) {
            if let k = Key(stringValue: reader.keys[e.key]) { keys.append(k) }
            offset = after
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        let saved = cursor.next
        defer { cursor.next = saved }
        return ((try? locate(key)) ?? nil) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let offset = try locate(key) else { return true }
        return reader.bytes[offset] == PackedTag.null.rawValue
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { _ = try require(key); return try reader.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { _ = try require(key); return try reader.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { _ = try require(key); return try reader.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { _ = try require(key); return Float(try reader.double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { _ = try require(key); return Int(try reader.int()) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { _ = try require(key); return Int8(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { _ = try require(key); return Int16(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { _ = try require(key); return Int32(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { _ = try require(key); return try reader.int() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { _ = try require(key); return UInt(try reader.uint()) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { _ = try require(key); return UInt8(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { _ = try require(key); return UInt16(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { _ = try require(key); return UInt32(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { _ = try require(key); return try reader.uint() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { _ = try require(key); return try reader.value(type) }

    /// Positions the reader on `key`'s value; `false` when it is absent or null.
    private func present(_ key: Key) throws -> Bool {
        guard let offset = try locate(key), reader.bytes[offset] != PackedTag.null.rawValue else { return false }
        reader.position = offset
        return true
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key) ? try reader.value(type) : nil
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key) ? try reader.bool() : nil }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key) ? try reader.string() : nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key) ? try reader.double() : nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key) ? Int(try reader.int()) : nil }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try present(key) ? Int32(truncatingIfNeeded: try reader.int()) : nil
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key) ? try reader.int() : nil }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try present(key) ? UInt16(truncatingIfNeeded: try reader.uint()) : nil
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try present(key) ? UInt32(truncatingIfNeeded: try reader.uint()) : nil
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key) ? try reader.uint() : nil }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        _ = try require(key)
        return try PackedDecoder(reader: reader).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        _ = try require(key)
        return try PackedDecoder(reader: reader).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { PackedDecoder(reader: reader) }
    func superDecoder(forKey key: Key) throws -> any Decoder { _ = try require(key); return PackedDecoder(reader: reader) }
}

struct PackedUnkeyedDecoder: UnkeyedDecodingContainer {
    let reader: PackedReader
    let end: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var currentIndex = 0
    private var next: Int

    init(reader: PackedReader, end: Int) {
        self.reader = reader
        self.end = end
        self.next = reader.position
    }

    var isAtEnd: Bool { next >= end }

    private mutating func advance<T>(_ read: (PackedReader) throws -> T) throws -> T {
        guard next < end else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: [], debugDescription: "unkeyed container is at end"))
        }
        reader.position = next
        let after = try reader.endOfValue(at: next)
        let v = try read(reader)
        next = after
        currentIndex += 1
        return v
    }

    mutating func decodeNil() throws -> Bool {
        guard next < end, reader.bytes[next] == PackedTag.null.rawValue else { return false }
        next += 1
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try advance { r in try r.bool() } }
    mutating func decode(_ type: String.Type) throws -> String { try advance { r in try r.string() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try advance { r in try r.double() } }
    mutating func decode(_ type: Int.Type) throws -> Int { try advance { r in Int(try r.int()) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try advance { r in Int32(truncatingIfNeeded: try r.int()) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try advance { r in try r.int() } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try advance { r in UInt8(truncatingIfNeeded: try r.uint()) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try advance { r in UInt16(truncatingIfNeeded: try r.uint()) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try advance { r in UInt32(truncatingIfNeeded: try r.uint()) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try advance { r in try r.uint() } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advance { r in try r.value(T.self) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        reader.position = next
        next = try reader.endOfValue(at: next)
        currentIndex += 1
        return try PackedDecoder(reader: reader).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        reader.position = next
        next = try reader.endOfValue(at: next)
        currentIndex += 1
        return try PackedDecoder(reader: reader).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        reader.position = next
        next = try reader.endOfValue(at: next)
        currentIndex += 1
        return PackedDecoder(reader: reader)
    }
}

struct PackedSingleDecoder: SingleValueDecodingContainer {
    let reader: PackedReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        guard reader.peekTag() == PackedTag.null.rawValue else { return false }
        reader.position += 1
        return true
    }

    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type) throws -> Int { Int(try reader.int()) }
    func decode(_ type: Int8.Type) throws -> Int8 { Int8(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int16.Type) throws -> Int16 { Int16(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int32.Type) throws -> Int32 { Int32(truncatingIfNeeded: try reader.int()) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.int() }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try reader.uint()) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(truncatingIfNeeded: try reader.uint()) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.uint() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.value(type) }
}

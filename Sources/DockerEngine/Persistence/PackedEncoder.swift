/// A compact, tagged binary form of any `Codable` value, for the sandbox state file.
///
/// JSON took seconds for ten thousand containers; this format writes each value as a one-byte
/// tag and a varint or raw bytes, containers with their byte length (so a reader can skip
/// them), and each struct field as a varint id into a key table written once per file. Fields
/// are read back in the order they were written (the order synthesised `Codable` uses), with a
/// search of the enclosing struct as fallback, so adding an optional field does not break
/// older files.
enum PackedTag: UInt8 {
    case null = 0, falseValue, trueValue, int, uint, double, string, keyed, unkeyed, key
    /// A `FastPackable` value: its byte length, then numbered fields.
    case fields
    /// A string from the file's table of shared strings, by index.
    case stringRef
    /// A string array from the file's table of shared arrays, by index.
    case arrayRef
}

/// Encodes values into a `PackedWriter`.
final class PackedWriter {
    // Appends are the hot path; the writer is never shared, so dynamic exclusivity checks only cost.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    var keyIDs: [String: Int] = [:]
    var keys: [String] = []
    /// Strings that repeat across records (paths, commands, image names), written once.
    var sharedIDs: [String: Int] = [:]
    var shared: [String] = []
    /// String arrays many records share one buffer of (masked paths, an image's env and cmd),
    /// keyed by buffer address: written once, and read back as one shared buffer again.
    var sharedArrayIDs: [Int: Int] = [:]
    var sharedArrays: [[String]] = []

    init() {}

    @inline(__always) func tag(_ t: PackedTag) { bytes.append(t.rawValue) }

    @inline(__always) func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inline(__always) func int(_ value: Int64) {
        tag(.int)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    @inline(__always) func uint(_ value: UInt64) {
        tag(.uint)
        varint(value)
    }

    func string(_ value: String) {
        tag(.string)
        var s = value
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Raw bytes, in the string form (reading them back does no UTF-8 work).
    func rawBytes(_ value: [UInt8]) {
        tag(.string)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// A string likely to repeat: written once in the table, then by index.
    func sharedString(_ value: String) {
        tag(.stringRef)
        if let id = sharedIDs[value] {
            varint(UInt64(id))
        } else {
            let id = shared.count
            shared.append(value)
            sharedIDs[value] = id
            varint(UInt64(id))
        }
    }

    /// A string array, by reference to the shared-array table when non-empty.
    func sharedArray(_ value: [String]) {
        guard !value.isEmpty, let address = value.withUnsafeBufferPointer({ $0.baseAddress }) else {
            finish(begin(.unkeyed))
            return
        }
        let key = Int(bitPattern: address)
        tag(.arrayRef)
        if let id = sharedArrayIDs[key] {
            varint(UInt64(id))
        } else {
            let id = sharedArrays.count
            sharedArrays.append(value)
            sharedArrayIDs[key] = id
            varint(UInt64(id))
        }
    }

    /// Starts a length-prefixed container; returns where its body starts, for `finish`.
    @inline(__always) func begin(_ t: PackedTag) -> Int {
        tag(t)
        bytes.append(0)
        bytes.append(0)
        bytes.append(0)
        bytes.append(0)
        return bytes.count
    }

    /// Fills in the length of the container whose body started at `bodyStart`.
    @inline(__always) func finish(_ bodyStart: Int) {
        let length = UInt32(truncatingIfNeeded: bytes.count - bodyStart)
        bytes.withUnsafeMutableBufferPointer { b in
            b[bodyStart - 4] = UInt8(truncatingIfNeeded: length)
            b[bodyStart - 3] = UInt8(truncatingIfNeeded: length >> 8)
            b[bodyStart - 2] = UInt8(truncatingIfNeeded: length >> 16)
            b[bodyStart - 1] = UInt8(truncatingIfNeeded: length >> 24)
        }
    }

    func double(_ value: Double) {
        tag(.double)
        let bits = value.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8))) }
    }

    @inline(__always) func key(_ name: String) {
        tag(.key)
        if let id = keyIDs[name] {
            varint(UInt64(id))
        } else {
            let id = keys.count
            keys.append(name)
            keyIDs[name] = id
            varint(UInt64(id))
        }
    }

    /// Writes a value: the hand-written form for `FastPackable` types, `Codable` for the rest.
    func value<T: Encodable>(_ value: T) throws {
        if let fast = value as? any FastPackable {
            FieldWriter.block(fast, into: self)
        } else {
            try value.encode(to: PackedEncoder(writer: self))
        }
    }

    /// The whole payload after `prefix`: the value, the key table, the shared-string table, and
    /// an 8-byte trailer with the tables' offset (tables last, so the value is never copied).
    static func encode<T: Encodable>(_ value: T, prefix: [UInt8] = [], capacity: Int = 1 << 20) throws -> [UInt8] {
        let writer = PackedWriter()
        writer.bytes = prefix
        writer.bytes.reserveCapacity(capacity)
        try writer.value(value)
        let tables = UInt64(writer.bytes.count)
        var arrayIDs: [[Int]] = []
        for array in writer.sharedArrays {
            arrayIDs.append(array.map { s in
                if let id = writer.sharedIDs[s] { return id }
                writer.shared.append(s)
                writer.sharedIDs[s] = writer.shared.count - 1
                return writer.shared.count - 1
            })
        }
        writer.varint(UInt64(writer.keys.count))
        for k in writer.keys { writer.string(k) }
        writer.varint(UInt64(writer.shared.count))
        for s in writer.shared { writer.string(s) }
        writer.varint(UInt64(arrayIDs.count))
        for ids in arrayIDs {
            writer.varint(UInt64(ids.count))
            for id in ids { writer.varint(UInt64(id)) }
        }
        for i in 0..<8 { writer.bytes.append(UInt8(truncatingIfNeeded: tables >> (UInt64(i) * 8))) }
        return writer.bytes
    }
}

/// The `Encoder` over a `PackedWriter`.
struct PackedEncoder: Encoder {
    let writer: PackedWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(PackedKeyedEncoder<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { PackedUnkeyedEncoder(writer: writer) }

    func singleValueContainer() -> any SingleValueEncodingContainer { PackedSingleEncoder(writer: writer) }
}

/// Opens a container (tag and a length placeholder) and, when the last copy of the container
/// goes away — after its last write — fills in the body's length.
final class PackedContainerEnd {
    let writer: PackedWriter
    let bodyStart: Int

    init(writer: PackedWriter, tag: PackedTag) {
        self.writer = writer
        bodyStart = writer.begin(tag)
    }

    deinit { writer.finish(bodyStart) }
}

struct PackedKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: PackedWriter
    let closer: PackedContainerEnd
    var codingPath: [any CodingKey] { [] }

    init(writer: PackedWriter) {
        self.writer = writer
        self.closer = PackedContainerEnd(writer: writer, tag: .keyed)
    }

    mutating func encodeNil(forKey key: Key) throws { writer.key(key.stringValue); writer.tag(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { writer.key(key.stringValue); writer.tag(value ? .trueValue : .falseValue) }
    mutating func encode(_ value: String, forKey key: Key) throws { writer.key(key.stringValue); writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { writer.key(key.stringValue); writer.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { writer.key(key.stringValue); writer.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { writer.key(key.stringValue); writer.int(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writer.key(key.stringValue); writer.int(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writer.key(key.stringValue); writer.int(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writer.key(key.stringValue); writer.int(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writer.key(key.stringValue); writer.int(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writer.key(key.stringValue); writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.key(key.stringValue); writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.key(key.stringValue); writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.key(key.stringValue); writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.key(key.stringValue); writer.uint(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.key(key.stringValue)
        try writer.value(value)
    }

    // Absent optionals are written as `null`, so fields stay in order for the reader.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.key(key.stringValue)
        return PackedEncoder(writer: writer).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.key(key.stringValue)
        return PackedEncoder(writer: writer).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { writer.key("super"); return PackedEncoder(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer.key(key.stringValue); return PackedEncoder(writer: writer) }
}

struct PackedUnkeyedEncoder: UnkeyedEncodingContainer {
    let writer: PackedWriter
    let closer: PackedContainerEnd
    var codingPath: [any CodingKey] { [] }
    var count = 0

    init(writer: PackedWriter) {
        self.writer = writer
        self.closer = PackedContainerEnd(writer: writer, tag: .unkeyed)
    }

    mutating func encodeNil() throws { writer.tag(.null); count += 1 }
    mutating func encode(_ value: Bool) throws { writer.tag(value ? .trueValue : .falseValue); count += 1 }
    mutating func encode(_ value: String) throws { writer.string(value); count += 1 }
    mutating func encode(_ value: Double) throws { writer.double(value); count += 1 }
    mutating func encode(_ value: Int) throws { writer.int(Int64(value)); count += 1 }
    mutating func encode(_ value: Int64) throws { writer.int(value); count += 1 }
    mutating func encode(_ value: UInt64) throws { writer.uint(value); count += 1 }
    mutating func encode(_ value: UInt8) throws { writer.uint(UInt64(value)); count += 1 }
    mutating func encode(_ value: UInt16) throws { writer.uint(UInt64(value)); count += 1 }
    mutating func encode(_ value: UInt32) throws { writer.uint(UInt64(value)); count += 1 }
    mutating func encode(_ value: Int32) throws { writer.int(Int64(value)); count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.value(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return PackedEncoder(writer: writer).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return PackedEncoder(writer: writer).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { count += 1; return PackedEncoder(writer: writer) }
}

struct PackedSingleEncoder: SingleValueEncodingContainer {
    let writer: PackedWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.tag(.null) }
    mutating func encode(_ value: Bool) throws { writer.tag(value ? .trueValue : .falseValue) }
    mutating func encode(_ value: String) throws { writer.string(value) }
    mutating func encode(_ value: Double) throws { writer.double(value) }
    mutating func encode(_ value: Float) throws { writer.double(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { writer.int(value) }
    mutating func encode(_ value: UInt) throws { writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { writer.uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { writer.uint(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
}

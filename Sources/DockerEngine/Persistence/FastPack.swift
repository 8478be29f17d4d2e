import DockerAPI

/// A hand-written packed form for the records there are thousands of (containers and what they hold).
///
/// Generic `Codable` costs a few hundred nanoseconds a value, which made ten thousand
/// containers take over a second to save. A `FastPackable` type writes numbered fields
/// (protocol-buffer style) and leaves out those equal to the type's defaults, so a typical
/// container is a few dozen fields. Unknown field numbers are skipped and missing ones keep
/// their defaults, so adding a field (with a new number) keeps old sandboxes readable. Rare,
/// complex fields fall back to the generic packed `Codable` form.
///
/// Every conforming type lists its stored properties in `packedFieldNames`; a test compares the
/// list with the type's actual properties, so a field added to a shared type without a number
/// fails loudly instead of silently not persisting.
protocol FastPackable {
    func pack(_ w: FieldWriter)
    init(unpacking r: FieldReader) throws
    /// The stored properties `pack` writes, in declaration order.
    static var packedFieldNames: [String] { get }
}

/// Writes the numbered fields of one `FastPackable` value.
struct FieldWriter {
    let w: PackedWriter

    /// Writes `value` as a length-prefixed block of numbered fields.
    static func block(_ value: some FastPackable, into w: PackedWriter) {
        let start = w.begin(.fields)
        value.pack(FieldWriter(w: w))
        w.finish(start)
    }

    @inline(__always) private func field(_ n: Int) { w.varint(UInt64(n)) }

    func string(_ n: Int, _ v: String, default d: String = "") { if v != d { field(n); w.string(v) } }
    /// A string that repeats across records (an image name, a path), through the shared table.
    func shared(_ n: Int, _ v: String, default d: String = "") { if v != d { field(n); w.sharedString(v) } }
    func bool(_ n: Int, _ v: Bool, default d: Bool = false) { if v != d { field(n); w.tag(v ? .trueValue : .falseValue) } }
    func int(_ n: Int, _ v: Int, default d: Int = 0) { if v != d { field(n); w.int(Int64(v)) } }
    func int64(_ n: Int, _ v: Int64, default d: Int64 = 0) { if v != d { field(n); w.int(v) } }
    func uint64(_ n: Int, _ v: UInt64, default d: UInt64 = 0) { if v != d { field(n); w.uint(v) } }
    func timestamp(_ n: Int, _ v: Timestamp?) { if let v { field(n); w.int(v.nanoseconds) } }

    func bytes(_ n: Int, _ v: [UInt8]) { if !v.isEmpty { field(n); w.rawBytes(v) } }
    func optionalInt64(_ n: Int, _ v: Int64?) { if let v { field(n); w.int(v) } }
    func optionalBool(_ n: Int, _ v: Bool?) { if let v { field(n); w.tag(v ? .trueValue : .falseValue) } }

    /// `nil` is left out; an empty array is written (Go tells `null` from `[]`).
    func strings(_ n: Int, _ v: [String]?) {
        guard let v else { return }
        field(n)
        w.sharedArray(v)
    }

    /// An array that is never `nil`, left out when it equals the default.
    func strings(_ n: Int, _ v: [String], default d: [String]) { if v != d { strings(n, v as [String]?) } }

    /// A string map as alternating keys and values; `nil` is left out.
    func map(_ n: Int, _ v: [String: String]?) {
        guard let v else { return }
        field(n)
        let start = w.begin(.unkeyed)
        for (k, value) in v {
            w.sharedString(k)
            w.sharedString(value)
        }
        w.finish(start)
    }

    func nested<T: FastPackable>(_ n: Int, _ v: T?) {
        guard let v else { return }
        field(n)
        FieldWriter.block(v, into: w)
    }

    func list<T: FastPackable>(_ n: Int, _ v: [T]) {
        guard !v.isEmpty else { return }
        field(n)
        let start = w.begin(.unkeyed)
        for item in v { FieldWriter.block(item, into: w) }
        w.finish(start)
    }

    /// A rare or complex field through the generic `Codable` form.
    func generic<T: Encodable>(_ n: Int, _ v: T?) {
        guard let v else { return }
        field(n)
        try? v.encode(to: PackedEncoder(writer: w))
    }
}

/// Reads the numbered fields of one `FastPackable` value.
struct FieldReader {
    let r: PackedReader
    let end: Int

    static func block<T: FastPackable>(_ type: T.Type, from r: PackedReader) throws -> T {
        try r.expect(.fields)
        let stop = try r.endOfBlock()
        let value = try T(unpacking: FieldReader(r: r, end: stop))
        r.position = stop
        return value
    }

    /// The next field number, or `nil` at the end of the block.
    func next() throws -> Int? {
        guard r.position < end else { return nil }
        return Int(try r.varint())
    }

    func skip() throws { r.position = try r.endOfValue(at: r.position) }

    func string() throws -> String { try r.string() }
    func bool() throws -> Bool { try r.bool() }
    func int() throws -> Int { Int(try r.int()) }
    func int64() throws -> Int64 { try r.int() }
    func uint64() throws -> UInt64 { try r.uint() }
    func timestamp() throws -> Timestamp { Timestamp(nanoseconds: try r.int()) }
    func bytes() throws -> [UInt8] { try r.rawBytes() }

    func strings() throws -> [String] {
        if r.peekTag() == PackedTag.arrayRef.rawValue {
            r.position += 1
            let id = Int(try r.varint())
            guard id < r.sharedArrays.count else { throw PackedReader.Malformed(offset: r.position, what: "unknown shared array") }
            return r.sharedArrays[id]
        }
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var out: [String] = []
        while r.position < stop { out.append(try r.string()) }
        return out
    }

    func map() throws -> [String: String] {
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var out: [String: String] = [:]
        while r.position < stop {
            let k = try r.string()
            out[k] = try r.string()
        }
        return out
    }

    func nested<T: FastPackable>(_ type: T.Type) throws -> T { try FieldReader.block(type, from: r) }

    func list<T: FastPackable>(_ type: T.Type) throws -> [T] {
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var out: [T] = []
        while r.position < stop { out.append(try nested(type)) }
        return out
    }

    /// A list of records read straight into a dictionary by their own key (no intermediate array).
    func keyedList<T: FastPackable>(_ type: T.Type, by key: (T) -> String) throws -> [String: T] {
        try r.expect(.unkeyed)
        let stop = try r.endOfBlock()
        var out: [String: T] = [:]
        while r.position < stop {
            let item = try nested(type)
            out[key(item)] = item
        }
        return out
    }

    func generic<T: Decodable>(_ type: T.Type) throws -> T { try r.value(type) }
}


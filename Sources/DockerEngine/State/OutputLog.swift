import DockerAPI

/// A container's recorded output: the text of every chunk in one byte buffer, and per chunk its
/// time, stream and end offset.
///
/// What the json-file log driver would keep; held as two buffers rather than one `LogEntry`
/// (and one `String`) per chunk, so a sandbox with thousands of containers loads without
/// tens of thousands of small allocations. Chunks are materialised as `LogEntry` values only
/// when read (`logs`, attach).
public struct OutputLog: Sendable, Equatable, Codable {
    struct Chunk: Sendable, Equatable {
        var time: Int64
        /// Offset just past the chunk's last byte in `text`.
        var end: Int
        var stderr: Bool
    }

    private(set) var text: [UInt8] = []
    private(set) var chunks: [Chunk] = []

    public init() {}

    public init(_ entries: [LogEntry]) {
        for e in entries { append(e) }
    }

    public var count: Int { chunks.count }
    public var isEmpty: Bool { chunks.isEmpty }

    public func time(_ index: Int) -> Timestamp { Timestamp(nanoseconds: chunks[index].time) }

    public subscript(index: Int) -> LogEntry {
        let chunk = chunks[index]
        let start = index == 0 ? 0 : chunks[index - 1].end
        let body = text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<chunk.end]), as: UTF8.self) }
        return LogEntry(stream: chunk.stderr ? .stderr : .stdout, time: Timestamp(nanoseconds: chunk.time), text: body)
    }

    public func entries(_ range: Range<Int>) -> [LogEntry] { range.map { self[$0] } }

    public var all: [LogEntry] { entries(0..<count) }

    public mutating func append(_ entry: LogEntry) {
        var s = entry.text
        s.withUTF8 { text.append(contentsOf: $0) }
        chunks.append(Chunk(time: entry.time.nanoseconds, end: text.count, stderr: entry.stream == .stderr))
    }

    /// Drops the oldest `k` chunks.
    public mutating func removeFirst(_ k: Int) {
        guard k > 0 else { return }
        guard k < chunks.count else { self = OutputLog(); return }
        let cut = chunks[k - 1].end
        text.removeFirst(cut)
        chunks.removeFirst(k)
        for i in chunks.indices { chunks[i].end -= cut }
    }

    /// Drops every chunk stamped after `time` (output a process had planned but will not write).
    public mutating func removeAll(after time: Timestamp) {
        guard chunks.contains(where: { $0.time > time.nanoseconds }) else { return }
        let kept = all.filter { $0.time <= time }
        self = OutputLog(kept)
    }

    /// Moves every chunk stamped after `time` later by `delta` (a process that was frozen).
    public mutating func shift(after time: Timestamp, by delta: Int64) {
        for i in chunks.indices where chunks[i].time > time.nanoseconds { chunks[i].time += delta }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for e in all { try container.encode(e) }
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd { append(try container.decode(LogEntry.self)) }
    }
}

extension OutputLog: FastPackable {
    static let packedFieldNames = ["text", "chunks"]

    /// The text as raw bytes; the chunks as varints: time delta (zigzag), length, stream.
    func pack(_ w: FieldWriter) {
        guard !chunks.isEmpty else { return }
        w.bytes(1, text)
        var packed: [UInt8] = []
        packed.reserveCapacity(chunks.count * 8)
        var previousTime: Int64 = 0
        var previousEnd = 0
        for c in chunks {
            let delta = c.time &- previousTime
            PackedWriter.appendVarint(UInt64(bitPattern: (delta << 1) ^ (delta >> 63)), to: &packed)
            PackedWriter.appendVarint(UInt64((c.end - previousEnd) << 1 | (c.stderr ? 1 : 0)), to: &packed)
            previousTime = c.time
            previousEnd = c.end
        }
        w.bytes(2, packed)
    }

    init(unpacking r: FieldReader) throws {
        self.init()
        var packed: [UInt8] = []
        while let field = try r.next() {
            switch field {
            case 1: text = try r.bytes()
            case 2: packed = try r.bytes()
            default: try r.skip()
            }
        }
        var i = 0
        func varint() throws -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while i < packed.count {
                let b = packed[i]
                i += 1
                result |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return result }
                shift += 7
            }
            throw PackedReader.Malformed(offset: i, what: "truncated output index")
        }
        var time: Int64 = 0
        var end = 0
        while i < packed.count {
            let z = try varint()
            time &+= Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
            let n = try varint()
            end += Int(n >> 1)
            guard end <= text.count else { throw PackedReader.Malformed(offset: i, what: "output index past its text") }
            chunks.append(Chunk(time: time, end: end, stderr: n & 1 == 1))
        }
    }
}

import DockerAPI
import Foundation

/// The on-disk form of `EngineState`: an 8-byte magic, the format version (little-endian 32-bit),
/// then the state in the packed binary form (`PackedWriter`).
enum StateCodec {
    static let magic = Array("DTSTATE\n".utf8)

    struct Failure: Error {
        var reason: String
    }

    static func formatVersion(of data: [UInt8]) throws(Failure) -> Int {
        let bytes = Array(data.prefix(12))
        guard bytes.count == 12, Array(bytes[0..<8]) == magic else { throw Failure(reason: "not a docker-tutor state file") }
        return Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
    }

    static func encode(_ state: EngineState) -> [UInt8] {
        let v = UInt32(state.formatVersion)
        let header = magic + [UInt8(v & 0xff), UInt8(v >> 8 & 0xff), UInt8(v >> 16 & 0xff), UInt8(v >> 24 & 0xff)]
        // The state's types encode only strings, numbers and containers: packing cannot fail.
        let capacity = 4096 * (state.containers.count + state.images.count + state.volumes.count) + (1 << 16)
        return (try? PackedWriter.encode(state, prefix: header, capacity: capacity)) ?? header
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> EngineState {
        do {
            return try PackedReader.decode(EngineState.self, from: bytes, skipping: 12)
        } catch let error as PackedReader.Malformed {
            throw Failure(reason: error.description)
        } catch let DecodingError.keyNotFound(key, _) {
            throw Failure(reason: "missing field \(key.stringValue)")
        } catch {
            throw Failure(reason: "\(error)")
        }
    }
}

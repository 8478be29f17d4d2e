import Foundation
@testable import Archive

/// Test inputs: fixture files next to the tests, and small archives built in code.
enum Fixture {
    /// `Tests/ArchiveTests/Fixtures/`, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of a fixture file.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The text of a fixture file.
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// A tar of `(name, contents)` regular files (mode 0644, mtime 0) and `name/` directories.
    static func tar(_ files: [(String, String)]) throws -> [UInt8] {
        var writer = TarWriter()
        for (name, contents) in files {
            if name.hasSuffix("/") {
                try writer.append(.directory(name))
            } else {
                let data = Array(contents.utf8)
                try writer.append(.file(name, size: data.count), contents: data)
            }
        }
        return writer.finish()
    }

    /// A tar of arbitrary members.
    static func tar(members: [TarMember]) throws -> [UInt8] {
        try TarWriter.archive(members)
    }

    /// An image config in the shape docker writes, listing `layers` as its diff ids.
    /// `history` defaults to one entry made at `created`.
    static func config(layers: [ImageArchive.Layer], created: String = "2024-05-01T12:00:00.5Z", cmd: [String] = ["sh"], extra: String = "",
                       history: [(created: String, by: String)]? = nil) -> [UInt8] {
        let diffIDs = layers.map { "\"\($0.diffID)\"" }.joined(separator: ",")
        let cmdJSON = cmd.map { "\"\($0)\"" }.joined(separator: ",")
        let entries = (history ?? [(created, "test")]).map { "{\"created\":\"\($0.created)\",\"created_by\":\"\($0.by)\"}" }
        return Array(("{\"architecture\":\"amd64\",\"config\":{\"Env\":[\"PATH=/usr/bin:/bin\"],\"Cmd\":[\(cmdJSON)]\(extra)},"
            + "\"created\":\"\(created)\",\"history\":[\(entries.joined(separator: ","))],"
            + "\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\(diffIDs)]}}").utf8)
    }

    /// `tar tv`-like listing: mode, owner, size, mtime seconds, name (and link target).
    static func listing(_ members: [TarMember]) -> String {
        members.map { m in
            let e = m.entry
            let link = e.linkName.isEmpty ? "" : " -> \(e.linkName)"
            return "\(String(e.mode, radix: 8)) \(e.uid)/\(e.gid) \(e.size) \(e.modificationTime.seconds) \(e.kind.typeflag == 0 ? "?" : String(UnicodeScalar(e.kind.typeflag))) \(e.name)\(link)"
        }.joined(separator: "\n")
    }

    /// The contents of the member named `name`.
    static func contents(_ members: [TarMember], _ name: String) -> String? {
        members.first { $0.entry.name == name }.map { String(decoding: $0.contents, as: UTF8.self) }
    }
}

extension Array where Element == UInt8 {
    /// The bytes as text, NULs shown as `·`, for readable header-field comparisons.
    var visible: String { String(decoding: self, as: UTF8.self).replacingOccurrences(of: "\u{0}", with: "·") }
}

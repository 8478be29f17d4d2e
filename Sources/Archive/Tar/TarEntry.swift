/// One entry of a tar archive: the header fields Go's `archive/tar.Header` carries.
///
/// Docker's tars (image layers, `docker save`, `docker export`, `docker cp` streams) are all
/// written by Go's `archive/tar`, so the model is Go's: names and link names as recorded,
/// never cleaned (callers decide what an unsafe name means; see `SafePath`), numeric fields as
/// 64-bit integers, PAX records kept so unknown ones (such as `SCHILY.xattr.*`) survive a round trip.
public struct TarEntry: Sendable, Equatable {
    /// The entry's type flag.
    public var kind: Kind
    /// The name as recorded (PAX `path` or GNU long name already applied).
    public var name: String
    /// The target of a symbolic or hard link.
    public var linkName: String
    /// The logical size of the contents, in bytes.
    public var size: Int64
    /// Permission bits plus setuid (0o4000), setgid (0o2000) and sticky (0o1000).
    public var mode: Int64
    public var uid: Int
    public var gid: Int
    public var userName: String
    public var groupName: String
    public var modificationTime: TarTime
    /// Only PAX and GNU headers record access and change times.
    public var accessTime: TarTime?
    public var changeTime: TarTime?
    public var deviceMajor: Int64
    public var deviceMinor: Int64
    /// Every PAX record of the entry, as `Header.PAXRecords`: read ones (including `path` and
    /// friends), and on writing, extra ones to record (basic keys are rewritten from the fields).
    /// Values are bytes: extended attributes such as `security.capability` are binary.
    public var paxRecords: [String: [UInt8]]
    /// The header format read, or the one asked for when writing (Go's `Header.Format`).
    public var format: TarFormat

    public init(
        kind: Kind, name: String, linkName: String = "", size: Int64 = 0, mode: Int64 = 0,
        uid: Int = 0, gid: Int = 0, userName: String = "", groupName: String = "",
        modificationTime: TarTime = .epoch, accessTime: TarTime? = nil, changeTime: TarTime? = nil,
        deviceMajor: Int64 = 0, deviceMinor: Int64 = 0, paxRecords: [String: [UInt8]] = [:],
        format: TarFormat = .unspecified
    ) {
        self.kind = kind
        self.name = name
        self.linkName = linkName
        self.size = size
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.userName = userName
        self.groupName = groupName
        self.modificationTime = modificationTime
        self.accessTime = accessTime
        self.changeTime = changeTime
        self.deviceMajor = deviceMajor
        self.deviceMinor = deviceMinor
        self.paxRecords = paxRecords
        self.format = format
    }

    /// A regular file entry of `contents.count` bytes.
    public static func file(_ name: String, size: Int, mode: Int64 = 0o644, modificationTime: TarTime = .epoch) -> TarEntry {
        TarEntry(kind: .regular, name: name, size: Int64(size), mode: mode, modificationTime: modificationTime)
    }

    /// A directory entry; docker writes directory names with a trailing slash.
    public static func directory(_ name: String, mode: Int64 = 0o755, modificationTime: TarTime = .epoch) -> TarEntry {
        TarEntry(kind: .directory, name: name, mode: mode, modificationTime: modificationTime)
    }

    /// Extended attributes: the `SCHILY.xattr.` PAX records without their prefix.
    public var extendedAttributes: [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for (key, value) in paxRecords where key.hasPrefix(PAXKey.xattrPrefix) {
            out[String(key.dropFirst(PAXKey.xattrPrefix.count))] = value
        }
        return out
    }

    /// Permission, setuid, setgid and sticky bits: `mode` without the file-type bits that
    /// docker before 23 recorded (Go 1.8's behaviour, e.g. `0o100644` for a regular file).
    public var permissions: Int64 { mode & 0o7777 }

    /// Whether the type has no contents in the archive, whatever `size` says.
    public var isHeaderOnly: Bool { kind.isHeaderOnly }

    /// The tar type flags docker meets.
    public enum Kind: Sendable, Hashable {
        case regular
        case hardLink
        case symbolicLink
        case characterDevice
        case blockDevice
        case directory
        case fifo
        /// A PAX global header (`g`): returned as an entry, as Go does; docker's unpacker skips it.
        case globalExtendedHeader
        /// Any other flag (contiguous files, sparse files, vendor types).
        case other(UInt8)

        /// The flag byte for this kind.
        public var typeflag: UInt8 {
            switch self {
            case .regular: return UInt8(ascii: "0")
            case .hardLink: return UInt8(ascii: "1")
            case .symbolicLink: return UInt8(ascii: "2")
            case .characterDevice: return UInt8(ascii: "3")
            case .blockDevice: return UInt8(ascii: "4")
            case .directory: return UInt8(ascii: "5")
            case .fifo: return UInt8(ascii: "6")
            case .globalExtendedHeader: return UInt8(ascii: "g")
            case .other(let flag): return flag
            }
        }

        /// The kind of a flag byte.
        public init(typeflag: UInt8) {
            switch typeflag {
            case UInt8(ascii: "0"): self = .regular
            case UInt8(ascii: "1"): self = .hardLink
            case UInt8(ascii: "2"): self = .symbolicLink
            case UInt8(ascii: "3"): self = .characterDevice
            case UInt8(ascii: "4"): self = .blockDevice
            case UInt8(ascii: "5"): self = .directory
            case UInt8(ascii: "6"): self = .fifo
            case UInt8(ascii: "g"): self = .globalExtendedHeader
            default: self = .other(typeflag)
            }
        }

        /// Link, symlink, devices, directories and FIFOs carry no data (Go's `isHeaderOnlyType`).
        public var isHeaderOnly: Bool {
            switch self {
            case .hardLink, .symbolicLink, .characterDevice, .blockDevice, .directory, .fifo: return true
            default: return false
            }
        }
    }
}

/// A tar entry together with its contents.
public struct TarMember: Sendable, Equatable {
    public var entry: TarEntry
    /// The entry's data (empty for header-only types).
    public var contents: ArraySlice<UInt8>

    public init(entry: TarEntry, contents: ArraySlice<UInt8> = []) {
        self.entry = entry
        self.contents = contents
    }

    public init(entry: TarEntry, contents: [UInt8]) {
        self.entry = entry
        self.contents = contents[...]
    }
}

/// A point in time with nanosecond precision, as tar headers and PAX records carry it.
///
/// Seconds since the Unix epoch (negative before 1970) plus nanoseconds in `0..<1_000_000_000`;
/// no calendar, because the archive code only moves timestamps around.
public struct TarTime: Sendable, Hashable, Comparable {
    public var seconds: Int64
    public var nanoseconds: Int32

    /// Normalizes `nanoseconds` into `0..<1e9`, carrying into `seconds` (as Go's `time.Unix`).
    public init(seconds: Int64, nanoseconds: Int64 = 0) {
        var s = seconds
        var n = nanoseconds
        if n < 0 || n >= 1_000_000_000 {
            let carry = n / 1_000_000_000
            s = s &+ carry
            n -= carry * 1_000_000_000
            if n < 0 {
                n += 1_000_000_000
                s = s &- 1
            }
        }
        self.seconds = s
        self.nanoseconds = Int32(n)
    }

    /// 1970-01-01T00:00:00Z, which docker writes for its own metadata files.
    public static let epoch = TarTime(seconds: 0)

    public static func < (lhs: TarTime, rhs: TarTime) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// Rounded to the nearest second, halves up (Go's `Time.Round(time.Second)`).
    public var roundedToSecond: TarTime {
        nanoseconds >= 500_000_000 ? TarTime(seconds: seconds &+ 1) : TarTime(seconds: seconds)
    }

    /// Truncated to the second (Go's `Time.Truncate(time.Second)`), as docker's archiver does.
    public var truncatedToSecond: TarTime { TarTime(seconds: seconds) }
}

/// Which tar header formats an entry was read as or may be written as (Go's `tar.Format`).
///
/// A set, because a header can be valid in several formats at once; writing picks the first
/// of USTAR, PAX, GNU that can encode the entry and that the requested format allows.
public struct TarFormat: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Nothing asked for: the writer chooses (Go's `FormatUnknown`).
    public static let unspecified: TarFormat = []
    static let v7 = TarFormat(rawValue: 1 << 0)
    public static let ustar = TarFormat(rawValue: 1 << 1)
    public static let pax = TarFormat(rawValue: 1 << 2)
    public static let gnu = TarFormat(rawValue: 1 << 3)
    static let star = TarFormat(rawValue: 1 << 4)
}

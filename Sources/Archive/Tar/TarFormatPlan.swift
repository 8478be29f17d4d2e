/// Which header formats can encode an entry, and the PAX records it would need (Go's `Header.allowedFormats`).
///
/// The writer takes the first of USTAR, PAX and GNU that this allows; following Go's checks
/// one by one is what keeps our choice (and so our bytes) the same as Go's.
struct TarFormatPlan {
    var allowed: TarFormat = [.ustar, .pax, .gnu]
    var paxRecords: [String: [UInt8]] = [:]

    init(_ h: TarEntry) throws(TarError) {
        var whyNoUSTAR = "", whyNoPAX = "", whyNoGNU = ""
        var whyOnlyPAX = "", whyOnlyGNU = ""
        var preferPAX = false

        func verifyString(_ s: String, _ size: Int, _ name: String, _ paxKey: String) {
            let bytes = Array(s.utf8)
            let tooLong = bytes.count > size
            let allowLongGNU = paxKey == PAXKey.path || paxKey == PAXKey.linkPath
            if bytes.contains(0) || (tooLong && !allowLongGNU) {
                whyNoGNU = "GNU cannot encode \(name)=\(GoQuote.quote(s))"
                allowed.remove(.gnu)
            }
            if !TarFormatPlan.isASCII(bytes) || tooLong {
                let canSplitUSTAR = paxKey == PAXKey.path
                if !canSplitUSTAR || TarFormatPlan.splitUSTARPath(s) == nil {
                    whyNoUSTAR = "USTAR cannot encode \(name)=\(GoQuote.quote(s))"
                    allowed.remove(.ustar)
                }
                if paxKey.isEmpty {
                    whyNoPAX = "PAX cannot encode \(name)=\(GoQuote.quote(s))"
                    allowed.remove(.pax)
                } else {
                    paxRecords[paxKey] = bytes
                }
            }
            if let v = h.paxRecords[paxKey], v == bytes { paxRecords[paxKey] = v }
        }
        func verifyNumeric(_ n: Int64, _ size: Int, _ name: String, _ paxKey: String) {
            if !TarNumbers.fitsInBase256(width: size, n) {
                whyNoGNU = "GNU cannot encode \(name)=\(n)"
                allowed.remove(.gnu)
            }
            if !TarNumbers.fitsInOctal(width: size, n) {
                whyNoUSTAR = "USTAR cannot encode \(name)=\(n)"
                allowed.remove(.ustar)
                if paxKey.isEmpty {
                    whyNoPAX = "PAX cannot encode \(name)=\(n)"
                    allowed.remove(.pax)
                } else {
                    paxRecords[paxKey] = Array(String(n).utf8)
                }
            }
            if let v = h.paxRecords[paxKey], v == Array(String(n).utf8) { paxRecords[paxKey] = v }
        }
        func verifyTime(_ ts: TarTime?, _ size: Int, _ name: String, _ paxKey: String) {
            guard let ts else { return }
            let text = PAXRecords.formatTime(ts)
            if !TarNumbers.fitsInBase256(width: size, ts.seconds) {
                whyNoGNU = "GNU cannot encode \(name)=\(text)"
                allowed.remove(.gnu)
            }
            let isMtime = paxKey == PAXKey.modificationTime
            let fitsOctal = TarNumbers.fitsInOctal(width: size, ts.seconds)
            if (isMtime && !fitsOctal) || !isMtime {
                whyNoUSTAR = "USTAR cannot encode \(name)=\(text)"
                allowed.remove(.ustar)
            }
            let needsNano = ts.nanoseconds != 0
            if !isMtime || !fitsOctal || needsNano {
                preferPAX = true
                paxRecords[paxKey] = Array(text.utf8)
            }
            if let v = h.paxRecords[paxKey], v == Array(text.utf8) { paxRecords[paxKey] = v }
        }

        verifyString(h.name, 100, "Name", PAXKey.path)
        verifyString(h.linkName, 100, "Linkname", PAXKey.linkPath)
        verifyString(h.userName, 32, "Uname", PAXKey.userName)
        verifyString(h.groupName, 32, "Gname", PAXKey.groupName)
        verifyNumeric(h.mode, 8, "Mode", "")
        verifyNumeric(Int64(h.uid), 8, "Uid", PAXKey.uid)
        verifyNumeric(Int64(h.gid), 8, "Gid", PAXKey.gid)
        verifyNumeric(h.size, 12, "Size", PAXKey.size)
        verifyNumeric(h.deviceMajor, 8, "Devmajor", "")
        verifyNumeric(h.deviceMinor, 8, "Devminor", "")
        // Go checks ModTime unless it is the zero time; every TarEntry has one, and the epoch
        // is encoded the same way Go encodes its zero time.
        verifyTime(h.modificationTime, 12, "ModTime", PAXKey.modificationTime)
        verifyTime(h.accessTime, 12, "AccessTime", PAXKey.accessTime)
        verifyTime(h.changeTime, 12, "ChangeTime", PAXKey.changeTime)

        switch h.kind {
        case .regular, .characterDevice, .blockDevice, .fifo, .other(UInt8(ascii: "S")):
            if h.name.hasSuffix("/") {
                throw .cannotEncode(reasons: ["filename may not have trailing slash"])
            }
        case .other(UInt8(ascii: "x")), .other(UInt8(ascii: "L")), .other(UInt8(ascii: "K")):
            throw .cannotEncode(reasons: ["cannot manually encode TypeXHeader, TypeGNULongName, or TypeGNULongLink headers"])
        case .globalExtendedHeader:
            whyOnlyPAX = "only PAX supports TypeXGlobalHeader"
            allowed.formIntersection(.pax)
        default:
            break
        }
        if !h.kind.isHeaderOnly && h.size < 0 {
            throw .cannotEncode(reasons: ["negative size on header-only type"])
        }

        if !h.paxRecords.isEmpty {
            for (k, v) in h.paxRecords {
                if paxRecords[k] != nil { continue }
                if h.kind == .globalExtendedHeader {
                    paxRecords[k] = v
                } else if !PAXKey.basic.contains(k) && !k.hasPrefix(PAXKey.gnuSparsePrefix) {
                    paxRecords[k] = v
                }
            }
            whyOnlyPAX = "only PAX supports PAXRecords"
            allowed.formIntersection(.pax)
        }
        for (k, v) in paxRecords where !PAXRecords.isValid(key: k, value: v) {
            throw .cannotEncode(reasons: ["invalid PAX record: " + GoQuote.quote(k + " = " + String(decoding: v, as: UTF8.self))])
        }

        if h.format != .unspecified {
            var want = h.format
            if want.contains(.pax) && !preferPAX { want.insert(.ustar) }
            allowed.formIntersection(want)
        }
        if allowed.isEmpty {
            if h.format == .ustar {
                throw .cannotEncode(reasons: ["Format specifies USTAR", whyNoUSTAR, whyOnlyPAX, whyOnlyGNU])
            } else if h.format == .pax {
                throw .cannotEncode(reasons: ["Format specifies PAX", whyNoPAX, whyOnlyGNU])
            } else if h.format == .gnu {
                throw .cannotEncode(reasons: ["Format specifies GNU", whyNoGNU, whyOnlyPAX])
            }
            throw .cannotEncode(reasons: [whyNoUSTAR, whyNoPAX, whyNoGNU, whyOnlyPAX, whyOnlyGNU])
        }
    }

    /// Whether every byte is ASCII and none is NUL (Go's `isASCII`).
    static func isASCII(_ bytes: [UInt8]) -> Bool { !bytes.contains { $0 >= 0x80 || $0 == 0 } }

    /// The string with non-ASCII runes and NULs dropped (Go's `toASCII`).
    static func toASCII(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in s.unicodeScalars where scalar.value < 0x80 && scalar.value != 0 {
            out.append(UInt8(scalar.value))
        }
        return out
    }

    /// USTAR's prefix/name split of a long ASCII name, if one exists (Go's `splitUSTARPath`).
    static func splitUSTARPath(_ name: String) -> (prefix: String, suffix: String)? {
        let bytes = Array(name.utf8)
        var length = bytes.count
        if length <= 100 || !isASCII(bytes) { return nil }
        if length > 155 + 1 {
            length = 155 + 1
        } else if bytes[length - 1] == UInt8(ascii: "/") {
            length -= 1
        }
        guard let i = bytes[..<length].lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let nlen = bytes.count - i - 1
        let plen = i
        if i <= 0 || nlen > 100 || nlen == 0 || plen > 155 { return nil }
        return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[(i + 1)...], as: UTF8.self))
    }
}

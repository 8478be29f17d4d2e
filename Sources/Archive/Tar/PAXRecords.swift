/// PAX extended header keys docker's tars use.
enum PAXKey {
    static let path = "path"
    static let linkPath = "linkpath"
    static let size = "size"
    static let uid = "uid"
    static let gid = "gid"
    static let userName = "uname"
    static let groupName = "gname"
    static let modificationTime = "mtime"
    static let accessTime = "atime"
    static let changeTime = "ctime"
    static let xattrPrefix = "SCHILY.xattr."
    static let gnuSparsePrefix = "GNU.sparse."

    /// Keys the writer derives from header fields (Go's `basicKeys`).
    static let basic: Set<String> = [path, linkPath, size, uid, gid, userName, groupName, modificationTime, accessTime, changeTime]
}

/// The `"%d %s=%s\n"` records of a PAX extended header, and PAX decimal times.
enum PAXRecords {
    /// One record with its self-inclusive length prefix (Go's `formatPAXRecord`).
    static func format(key: String, value: [UInt8]) -> [UInt8]? {
        guard isValid(key: key, value: value) else { return nil }
        let keyBytes = Array(key.utf8)
        let body = keyBytes.count + value.count + 3
        var size = body + String(body).count
        if String(size).count + body != size {
            // Adding the length's own digits made it one digit longer.
            size = String(size).count + body
        }
        return Array(String(size).utf8) + [UInt8(ascii: " ")] + keyBytes + [UInt8(ascii: "=")] + value + [UInt8(ascii: "\n")]
    }

    /// Go's `validPAXRecord`: non-empty keys without `=`; no NUL in keys, nor in the values of string fields.
    static func isValid(key: String, value: [UInt8]) -> Bool {
        if key.isEmpty || key.contains("=") { return false }
        switch key {
        case PAXKey.path, PAXKey.linkPath, PAXKey.userName, PAXKey.groupName:
            return !value.contains(0)
        default:
            return !key.utf8.contains(0)
        }
    }

    /// Every record of an extended header's data; `nil` on the first malformed one (Go's `parsePAX`).
    /// GNU sparse 0.0 offset/numbytes pairs are folded into `GNU.sparse.map` as Go does.
    static func parse(_ data: ArraySlice<UInt8>) -> (records: [String: [UInt8]], problem: String?) {
        var records: [String: [UInt8]] = [:]
        var sparseMap: [String] = []
        var rest = data
        while !rest.isEmpty {
            guard let (key, value, remainder) = parseRecord(rest) else {
                return ([:], "malformed PAX record \(GoQuote.quote(String(decoding: rest.prefix(40), as: UTF8.self)))")
            }
            rest = remainder
            if key == "GNU.sparse.offset" || key == "GNU.sparse.numbytes" {
                let expectOffset = sparseMap.count % 2 == 0
                if (expectOffset && key != "GNU.sparse.offset") || (!expectOffset && key != "GNU.sparse.numbytes") || value.contains(UInt8(ascii: ",")) {
                    return ([:], "malformed GNU sparse map in PAX records")
                }
                sparseMap.append(String(decoding: value, as: UTF8.self))
            } else {
                records[key] = value
            }
        }
        if !sparseMap.isEmpty { records["GNU.sparse.map"] = Array(sparseMap.joined(separator: ",").utf8) }
        return (records, nil)
    }

    /// One record: `<len> <key>=<value>\n` where len counts the whole record.
    private static func parseRecord(_ s: ArraySlice<UInt8>) -> (String, [UInt8], ArraySlice<UInt8>)? {
        guard let space = s.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let lengthText = s[s.startIndex..<space]
        guard let n = GoInt.parse(lengthText), n >= 5, n <= Int64(s.count) else { return nil }
        let restStart = space + 1
        let m = Int(n) - (lengthText.count + 1)
        guard m > 0 else { return nil }
        let recordEnd = restStart + m - 1
        guard recordEnd < s.endIndex, s[recordEnd] == UInt8(ascii: "\n") else { return nil }
        let record = s[restStart..<recordEnd]
        guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else { return nil }
        let key = String(decoding: record[record.startIndex..<equals], as: UTF8.self)
        let value = Array(record[(equals + 1)...])
        guard isValid(key: key, value: value) else { return nil }
        return (key, value, s[(recordEnd + 1)...])
    }

    /// `%d.%09d` with trailing zeros removed, or plain seconds (Go's `formatPAXTime`).
    static func formatTime(_ t: TarTime) -> String {
        var secs = t.seconds
        var nsecs = Int64(t.nanoseconds)
        if nsecs == 0 { return String(secs) }
        var sign = ""
        if secs < 0 {
            sign = "-"
            secs = -(secs + 1)
            nsecs = -(nsecs - 1_000_000_000)
        }
        var fraction = String(nsecs)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        var text = sign + String(secs) + "." + fraction
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `%d[.%d]` to a time, sub-second digits past nine ignored (Go's `parsePAXTime`).
    static func parseTime(_ s: String) -> TarTime? {
        let bytes = Array(s.utf8)
        let dot = bytes.firstIndex(of: UInt8(ascii: "."))
        let secondsPart = dot.map { bytes[..<$0] } ?? bytes[...]
        guard let secs = GoInt.parse(secondsPart) else { return nil }
        guard let dot else { return TarTime(seconds: secs) }
        let fraction = bytes[(dot + 1)...]
        if fraction.isEmpty { return TarTime(seconds: secs) }
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 9)
        for (i, c) in fraction.enumerated() {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            if i < 9 { digits[i] = c }
        }
        var nsecs: Int64 = 0
        for c in digits { nsecs = nsecs * 10 + Int64(c - UInt8(ascii: "0")) }
        if secondsPart.first == UInt8(ascii: "-") { return TarTime(seconds: secs, nanoseconds: -nsecs) }
        return TarTime(seconds: secs, nanoseconds: nsecs)
    }
}

/// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, decimal digits, no overflow.
enum GoInt {
    static func parse<Bytes: Collection>(_ s: Bytes) -> Int64? where Bytes.Element == UInt8 {
        var digits = s[...]
        var negative = false
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var magnitude: UInt64 = 0
        for c in digits {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(c - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            magnitude = sum
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    static func parse(_ s: String) -> Int64? { parse(Array(s.utf8)) }
}

/// Docker's fork of Go's `text/tabwriter`: aligns tab-terminated cells into columns (elastic tabstops).
///
/// Every table docker prints goes through it (`formatter.Context` uses minwidth 10, tabwidth 1,
/// padding 3, padchar ' '; `docker version` uses 20, 1, 1). The fork differs from Go's only in
/// measuring cells with `go-runewidth`, so wide characters take two columns. A column is a run
/// of consecutive lines that all have a cell at that index; a line with a single cell ends all
/// columns (the writer flushes there), which is why a header line without tabs does not align
/// with the rows below it.
public struct TabWriter: Sendable {
    /// Go's formatting flags (`FilterHTML` and `StripEscape` have no use in docker's output and are not offered).
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt
        public init(rawValue: UInt) { self.rawValue = rawValue }
        /// Right-align cell contents.
        public static let alignRight = Flags(rawValue: 1 << 2)
        /// Drop columns made only of empty soft-tab (`\v`) cells.
        public static let discardEmptyColumns = Flags(rawValue: 1 << 3)
        /// Pad leading empty cells with tabs whatever the padchar.
        public static let tabIndent = Flags(rawValue: 1 << 4)
        /// Print `|` between columns and `---` at form feeds.
        public static let debug = Flags(rawValue: 1 << 5)
    }

    /// A cell: its byte size in `buf`, its display width, and whether a `\t` (not `\v`) ended it.
    private struct Cell {
        var size = 0
        var width = 0
        var htab = false
    }

    private let minwidth: Int
    private let tabwidth: Int
    private let padding: Int
    private let padchar: UInt8
    private let flags: Flags

    private var buf: [UInt8] = []
    private var pos = 0
    private var cell = Cell()
    private var lines: [[Cell]] = [[]]
    private var widths: [Int] = []
    private var output: [UInt8] = []

    /// Go's `tabwriter.NewWriter(output, minwidth, tabwidth, padding, padchar, flags)`.
    public init(minwidth: Int, tabwidth: Int, padding: Int, padchar: Character = " ", flags: Flags = []) {
        self.minwidth = max(0, minwidth)
        self.tabwidth = max(0, tabwidth)
        self.padding = max(0, padding)
        self.padchar = padchar.asciiValue ?? UInt8(ascii: " ")
        var f = flags
        if padchar == "\t" { f.remove(.alignRight) }
        self.flags = f
    }

    /// The writer `formatter.Context` uses for `table` formats.
    public static func dockerTable() -> TabWriter { TabWriter(minwidth: 10, tabwidth: 1, padding: 3) }

    /// Formats `text` in one go: write, flush, return what was written.
    public static func format(_ text: String, minwidth: Int = 10, tabwidth: Int = 1, padding: Int = 3, padchar: Character = " ",
                              flags: Flags = []) -> String {
        var w = TabWriter(minwidth: minwidth, tabwidth: tabwidth, padding: padding, padchar: padchar, flags: flags)
        w.write(text)
        w.flush()
        return w.takeOutput()
    }

    /// The text written to the output so far (everything up to the last flush point).
    public mutating func takeOutput() -> String {
        defer { output = [] }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: - Writing

    /// Go's `Writer.Write`: splits text into cells; may flush completed blocks to the output.
    public mutating func write(_ text: String) {
        let bytes = Array(text.utf8)
        var n = 0
        for (i, ch) in bytes.enumerated() {
            switch ch {
            case 0x09, 0x0B, 0x0A, 0x0C:  // \t \v \n \f end a cell
                append(bytes[n..<i])
                updateWidth()
                n = i + 1
                let ncells = terminateCell(htab: ch == 0x09)
                if ch == 0x0A || ch == 0x0C {
                    lines.append([])
                    if ch == 0x0C || ncells == 1 {
                        flushBuffered()
                        if ch == 0x0C && flags.contains(.debug) { output += Array("---\n".utf8) }
                    }
                }
            default:
                continue
            }
        }
        append(bytes[n...])
    }

    /// Go's `Writer.Flush`: formats and writes everything buffered.
    public mutating func flush() {
        flushBuffered()
    }

    private mutating func append(_ text: ArraySlice<UInt8>) {
        buf += text
        cell.size += text.count
    }

    private mutating func updateWidth() {
        cell.width += DisplayWidth.terminalWidth(String(decoding: buf[pos...], as: UTF8.self))
        pos = buf.count
    }

    private mutating func terminateCell(htab: Bool) -> Int {
        cell.htab = htab
        lines[lines.count - 1].append(cell)
        cell = Cell()
        return lines[lines.count - 1].count
    }

    private mutating func flushBuffered() {
        if cell.size > 0 { _ = terminateCell(htab: false) }
        _ = format(pos0: 0, line0: 0, line1: lines.count)
        buf = []
        pos = 0
        cell = Cell()
        lines = [[]]
        widths = []
    }

    // MARK: - Formatting

    private mutating func format(pos0: Int, line0 startLine: Int, line1: Int) -> Int {
        var pos = pos0
        var line0 = startLine
        let column = widths.count
        var this = line0
        while this < line1 {
            if column >= lines[this].count - 1 {
                this += 1
                continue
            }
            // This line has a cell in this column: print the lines above, then size the column block.
            pos = writeLines(pos0: pos, line0: line0, line1: this)
            line0 = this
            var width = minwidth
            var discardable = true
            while this < line1 {
                let line = lines[this]
                if column >= line.count - 1 { break }
                let c = line[column]
                width = max(width, c.width + padding)
                if c.width > 0 || c.htab { discardable = false }
                this += 1
            }
            if discardable && flags.contains(.discardEmptyColumns) { width = 0 }
            widths.append(width)
            pos = format(pos0: pos, line0: line0, line1: this)
            widths.removeLast()
            line0 = this
        }
        return writeLines(pos0: pos, line0: line0, line1: line1)
    }

    private mutating func writeLines(pos0: Int, line0: Int, line1: Int) -> Int {
        var pos = pos0
        for i in line0..<max(line0, line1) {
            let line = lines[i]
            var useTabs = flags.contains(.tabIndent)
            for (j, c) in line.enumerated() {
                if j > 0 && flags.contains(.debug) { output.append(UInt8(ascii: "|")) }
                if c.size == 0 {
                    if j < widths.count { writePadding(textw: c.width, cellw: widths[j], useTabs: useTabs) }
                } else {
                    useTabs = false
                    if !flags.contains(.alignRight) {
                        output += buf[pos..<(pos + c.size)]
                        pos += c.size
                        if j < widths.count { writePadding(textw: c.width, cellw: widths[j], useTabs: false) }
                    } else {
                        if j < widths.count { writePadding(textw: c.width, cellw: widths[j], useTabs: false) }
                        output += buf[pos..<(pos + c.size)]
                        pos += c.size
                    }
                }
            }
            if i + 1 == lines.count {
                // The last buffered line has no newline yet: write its pending text.
                output += buf[pos..<(pos + cell.size)]
                pos += cell.size
            } else {
                output.append(0x0A)
            }
        }
        return pos
    }

    private mutating func writePadding(textw: Int, cellw: Int, useTabs: Bool) {
        if padchar == 0x09 || useTabs {
            guard tabwidth > 0 else { return }
            let cellw = (cellw + tabwidth - 1) / tabwidth * tabwidth
            let n = cellw - textw
            output += Array(repeating: 0x09, count: max(0, (n + tabwidth - 1) / tabwidth))
            return
        }
        output += Array(repeating: padchar, count: max(0, cellw - textw))
    }
}

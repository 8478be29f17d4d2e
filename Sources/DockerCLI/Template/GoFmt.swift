/// Go's `fmt` package over template values: `Sprint`, `Sprintln`, `Sprintf` and `%v` printing.
///
/// Templates print every value through `fmt.Fprint` (`map[a:b c:d]`, `[x y]`, `<nil>`,
/// `1e+06`), and `printf` exposes the verbs, flags and error forms (`%!d(string=abc)`,
/// `%!s(MISSING)`, `%!(EXTRA int=1)`) docker users see.
public enum GoFmt {
    /// `fmt.Sprint`: operands separated by a space when neither side is a string.
    public static func sprint(_ args: [TemplateValue]) -> String {
        var p = Printer()
        var prevString = false
        for (i, raw) in args.enumerated() {
            let arg = raw.dynamic
            let isString = arg.map { $0.type.kind == .string } ?? false
            if i > 0 && !isString && !prevString { p.buf += " " }
            p.printArg(arg, "v")
            prevString = isString
        }
        return p.buf
    }

    /// `fmt.Sprintln`: operands always separated by a space, then a newline.
    public static func sprintln(_ args: [TemplateValue]) -> String {
        var p = Printer()
        for (i, arg) in args.enumerated() {
            if i > 0 { p.buf += " " }
            p.printArg(arg.dynamic, "v")
        }
        return p.buf + "\n"
    }

    /// `fmt.Sprintf`.
    public static func sprintf(_ format: String, _ args: [TemplateValue]) -> String {
        var p = Printer()
        p.doPrintf(Array(format.unicodeScalars), args.map(\.dynamic))
        return p.buf
    }
}

/// A value as `fmt` receives it through an `any` parameter.
extension TemplateValue {
    /// The value as an `any` argument holds it: interfaces unwrapped, `nil` for a nil interface
    /// or the zero `reflect.Value`.
    var dynamic: TemplateValue? {
        switch storage {
        case .invalid: return nil
        case .interface(let inner): return inner?.dynamic
        default: return self
        }
    }
}

/// The state of one `fmt` call (Go's `pp` and `fmt` structs).
struct Printer {
    var buf = ""
    var flags = Flags()
    private var reordered = false
    private var erroring = false
    private var goodArgNum = true

    /// The flags, width and precision of the verb being printed.
    struct Flags {
        var plus = false, minus = false, sharp = false, space = false, zero = false
        var plusV = false, sharpV = false
        var wid = 0, prec = 0
        var widPresent = false, precPresent = false
    }

    /// Beyond this many bytes `Sprintf` stops formatting (the executor's output limit is lower).
    static let maxLength = 8 << 20

    static let ldigits = Array("0123456789abcdefx")
    static let udigits = Array("0123456789ABCDEFX")

    // MARK: - Padding

    mutating func writePadding(_ n: Int) {
        guard n > 0 else { return }
        let pad: Character = flags.zero && !flags.minus ? "0" : " "
        buf += String(repeating: pad, count: n)
    }

    mutating func pad(_ s: String) {
        guard flags.widPresent, flags.wid != 0 else {
            buf += s
            return
        }
        let width = flags.wid - s.unicodeScalars.count
        if !flags.minus {
            writePadding(width)
            buf += s
        } else {
            buf += s
            writePadding(width)
        }
    }

    // MARK: - Printf

    private static func tooLarge(_ x: Int) -> Bool { x > 1_000_000 || x < -1_000_000 }

    private func parsenum(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Bool, Int) {
        guard start < end else { return (0, false, end) }
        var num = 0, isnum = false, i = start
        while i < end, s[i].value >= 0x30, s[i].value <= 0x39 {
            let d = Int(s[i].value - 0x30)
            if Self.tooLarge(num) { return (0, false, end) }
            num = num * 10 + d
            isnum = true
            i += 1
        }
        return (num, isnum, i)
    }

    private mutating func argNumber(_ argNum: Int, _ format: [Unicode.Scalar], _ i: Int, _ numArgs: Int) -> (Int, Int, Bool) {
        guard i < format.count, format[i] == "[" else { return (argNum, i, false) }
        reordered = true
        // parseArgNumber
        var index = 0, wid = 1, ok = false
        if format.count - i >= 3 {
            var j = i + 1
            while j < format.count {
                if format[j] == "]" {
                    let (width, isnum, newi) = parsenum(format, i + 1, j)
                    if !isnum || newi != j {
                        wid = j - i + 1
                    } else {
                        index = width - 1
                        wid = j - i + 1
                        ok = true
                    }
                    break
                }
                j += 1
            }
        }
        if ok && index >= 0 && index < numArgs { return (index, i + wid, true) }
        goodArgNum = false
        return (argNum, i + wid, ok)
    }

    private func intFromArg(_ a: [TemplateValue?], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < a.count else { return (0, false, argNum) }
        var num = 0, isInt = false
        if let v = a[argNum] {
            switch v.storage {
            case .int(let i) where i >= Int64(Int.min) && i <= Int64(Int.max):
                num = Int(i)
                isInt = true
            case .uint(let u) where u <= UInt64(Int.max):
                num = Int(u)
                isInt = true
            default: break
            }
        }
        if Self.tooLarge(num) { return (0, false, argNum + 1) }
        return (num, isInt, argNum + 1)
    }

    mutating func doPrintf(_ format: [Unicode.Scalar], _ a: [TemplateValue?]) {
        let end = format.count
        var argNum = 0
        var afterIndex = false
        reordered = false
        var i = 0
        formatLoop: while i < end {
            // Widths up to a million per verb could add up; a template's output is capped anyway.
            if buf.utf8.count > Self.maxLength { break }
            goodArgNum = true
            let lasti = i
            while i < end && format[i] != "%" { i += 1 }
            if i > lasti { buf.unicodeScalars.append(contentsOf: format[lasti..<i]) }
            if i >= end { break }
            i += 1
            flags = Flags()
            simple: while i < end {
                let c = format[i]
                switch c {
                case "#": flags.sharp = true
                case "0": flags.zero = true
                case "+": flags.plus = true
                case "-": flags.minus = true
                case " ": flags.space = true
                default:
                    if c >= "a" && c <= "z" && argNum < a.count {
                        if c == "v" {
                            flags.sharpV = flags.sharp
                            flags.sharp = false
                            flags.plusV = flags.plus
                            flags.plus = false
                        }
                        printArg(a[argNum], c)
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break simple
                }
                i += 1
            }
            (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)
            if i < end && format[i] == "*" {
                i += 1
                (flags.wid, flags.widPresent, argNum) = intFromArg(a, argNum)
                if !flags.widPresent { buf += "%!(BADWIDTH)" }
                if flags.wid < 0 {
                    flags.wid = -flags.wid
                    flags.minus = true
                    flags.zero = false
                }
                afterIndex = false
            } else {
                (flags.wid, flags.widPresent, i) = parsenum(format, i, end)
                if afterIndex && flags.widPresent { goodArgNum = false }
            }
            if i + 1 < end && format[i] == "." {
                i += 1
                if afterIndex { goodArgNum = false }
                (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)
                if i < end && format[i] == "*" {
                    i += 1
                    (flags.prec, flags.precPresent, argNum) = intFromArg(a, argNum)
                    if flags.prec < 0 {
                        flags.prec = 0
                        flags.precPresent = false
                    }
                    if !flags.precPresent { buf += "%!(BADPREC)" }
                    afterIndex = false
                } else {
                    (flags.prec, flags.precPresent, i) = parsenum(format, i, end)
                    if !flags.precPresent {
                        flags.prec = 0
                        flags.precPresent = true
                    }
                }
            }
            if !afterIndex { (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count) }
            if i >= end {
                buf += "%!(NOVERB)"
                break
            }
            let verb = format[i]
            i += 1
            if verb == "%" {
                buf += "%"
            } else if !goodArgNum {
                buf += "%!" + String(verb) + "(BADINDEX)"
            } else if argNum >= a.count {
                buf += "%!" + String(verb) + "(MISSING)"
            } else {
                if verb == "v" {
                    flags.sharpV = flags.sharp
                    flags.sharp = false
                    flags.plusV = flags.plus
                    flags.plus = false
                }
                printArg(a[argNum], verb)
                argNum += 1
            }
        }
        if !reordered && argNum < a.count {
            flags = Flags()
            buf += "%!(EXTRA "
            for (k, arg) in a[argNum...].enumerated() {
                if k > 0 { buf += ", " }
                if let arg {
                    buf += arg.type.description + "="
                    printArg(arg, "v")
                } else {
                    buf += "<nil>"
                }
            }
            buf += ")"
        }
    }

    // MARK: - Arguments

    /// `pp.printArg`: `arg` is the dynamic value of an `any` (`nil` for nil).
    mutating func printArg(_ arg: TemplateValue?, _ verb: Unicode.Scalar) {
        guard let arg else {
            switch verb {
            case "T", "v": pad("<nil>")
            default: badVerb(verb, nil)
            }
            return
        }
        switch verb {
        case "T":
            fmtS(arg.type.description)
            return
        case "p":
            fmtPointer(arg, verb)
            return
        default: break
        }
        if !handleMethods(arg, verb) {
            printValue(arg, verb, depth: 0)
        }
    }

    /// `pp.handleMethods`: `error` and `fmt.Stringer` values print through their method.
    mutating func handleMethods(_ arg: TemplateValue, _ verb: Unicode.Scalar) -> Bool {
        guard !erroring, !flags.sharpV else { return false }
        guard verb == "v" || verb == "s" || verb == "x" || verb == "X" || verb == "q" else { return false }
        guard let method = arg.methods.errorMethod ?? arg.methods.stringer else { return false }
        if case .pointer(nil) = arg.storage {
            pad("<nil>")
            return true
        }
        let name = arg.methods.errorMethod != nil ? "Error" : "String"
        do throws(GoCallError) {
            let result = try method.body([])
            if case .string(let s) = result.storage { fmtString(s, verb, nil) } else { fmtString(GoFmt.sprint([result]), verb, nil) }
        } catch {
            buf += "%!" + String(verb) + "(PANIC=" + name + " method: " + error.message + ")"
        }
        return true
    }

    /// `pp.badVerb`: `%!d(string=abc)`; the value prints with the verb's flags, without methods.
    mutating func badVerb(_ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        erroring = true
        buf += "%!" + String(verb) + "("
        if let arg {
            buf += arg.type.description + "="
            printArg(arg, "v")
        } else {
            buf += "<nil>"
        }
        buf += ")"
        erroring = false
    }

    mutating func fmtPointer(_ value: TemplateValue, _ verb: Unicode.Scalar) {
        switch value.kind {
        case .pointer, .map, .slice, .function:
            if value.isNil {
                if verb == "v" { pad("<nil>") } else { pad("0x0") }
            } else {
                // Go prints the address; there is none here, so a stable stand-in.
                pad("0xc000010000")
            }
        default:
            badVerb(verb, value)
        }
    }
}

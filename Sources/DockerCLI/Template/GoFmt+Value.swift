/// `fmt`'s printing by kind (`pp.printValue` and the `fmt.fmt*` primitives).
extension Printer {
    /// `pp.printValue`: composite values print their elements with the same verb.
    mutating func printValue(_ value: TemplateValue, _ verb: Unicode.Scalar, depth: Int) {
        if depth > 0 && value.isValid && handleMethods(value, verb) { return }
        switch value.storage {
        case .invalid:
            if depth == 0 {
                pad("<invalid reflect.Value>")
            } else if verb == "v" {
                pad("<nil>")
            } else {
                badVerb(verb, nil)
            }
        case .bool(let b): fmtBool(b, verb, value)
        case .int(let i): fmtInteger(UInt64(bitPattern: i), signed: true, verb, value)
        case .uint(let u): fmtInteger(u, signed: false, verb, value)
        case .float(let d): fmtFloat(d, verb, value)
        case .complex(let re, let im): fmtComplex(re, im, verb, value)
        case .string(let s): fmtString(s, verb, value)
        case .map(let entries):
            if flags.sharpV {
                buf += value.type.description
                guard let entries else {
                    buf += "(nil)"
                    return
                }
                buf += "{"
                for (i, e) in entries.enumerated() {
                    if i > 0 { buf += ", " }
                    printValue(e.key, verb, depth: depth + 1)
                    buf += ":"
                    printValue(e.value, verb, depth: depth + 1)
                }
                buf += "}"
            } else {
                buf += "map["
                for (i, e) in (entries ?? []).enumerated() {
                    if i > 0 { buf += " " }
                    printValue(e.key, verb, depth: depth + 1)
                    buf += ":"
                    printValue(e.value, verb, depth: depth + 1)
                }
                buf += "]"
            }
        case .structure(let fields):
            if flags.sharpV { buf += value.type.description }
            buf += "{"
            for (i, field) in fields.enumerated() {
                if i > 0 { buf += flags.sharpV ? ", " : " " }
                if flags.plusV || flags.sharpV { buf += field.name + ":" }
                printValue(field.value, verb, depth: depth + 1)
            }
            buf += "}"
        case .interface(let inner):
            if let inner {
                printValue(inner, verb, depth: depth + 1)
            } else if flags.sharpV {
                buf += value.type.description + "(nil)"
            } else {
                buf += "<nil>"
            }
        case .list(let items):
            if (verb == "s" || verb == "q" || verb == "x" || verb == "X"), value.type.elem?.kind == .uint,
               value.type.elem == .uint8 {
                let bytes = (items ?? []).map { v -> UInt8 in
                    if case .uint(let u) = v.storage { return UInt8(truncatingIfNeeded: u) }
                    return 0
                }
                fmtBytes(bytes, verb)
                return
            }
            if flags.sharpV {
                buf += value.type.description
                if items == nil, value.type.kind == .slice {
                    buf += "(nil)"
                    return
                }
                buf += "{"
                for (i, item) in (items ?? []).enumerated() {
                    if i > 0 { buf += ", " }
                    printValue(item, verb, depth: depth + 1)
                }
                buf += "}"
            } else {
                buf += "["
                for (i, item) in (items ?? []).enumerated() {
                    if i > 0 { buf += " " }
                    printValue(item, verb, depth: depth + 1)
                }
                buf += "]"
            }
        case .pointer(let pointee):
            if depth == 0, let pointee {
                switch pointee.kind {
                case .array, .slice, .structure, .map:
                    buf += "&"
                    printValue(pointee, verb, depth: depth + 1)
                    return
                default: break
                }
            }
            fmtPointerValue(value, verb)
        case .function:
            fmtPointerValue(value, verb)
        }
    }

    private mutating func fmtPointerValue(_ value: TemplateValue, _ verb: Unicode.Scalar) {
        switch verb {
        case "v":
            if flags.sharpV {
                buf += "(" + value.type.description + ")(" + (value.isNil ? "nil" : "0xc000010000") + ")"
            } else if value.isNil {
                pad("<nil>")
            } else {
                pad("0xc000010000")
            }
        case "p":
            pad(value.isNil ? "0x0" : "0xc000010000")
        case "b", "o", "d", "x", "X":
            fmtInteger(value.isNil ? 0 : 0xc000010000, signed: false, verb, value)
        default:
            badVerb(verb, value)
        }
    }

    // MARK: - Primitives

    mutating func fmtBool(_ b: Bool, _ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        switch verb {
        case "t", "v": pad(b ? "true" : "false")
        default: badVerb(verb, arg)
        }
    }

    mutating func fmtS(_ s: String) {
        pad(truncate(s))
    }

    private func truncate(_ s: String) -> String {
        guard flags.precPresent else { return s }
        let scalars = s.unicodeScalars
        guard scalars.count > flags.prec else { return s }
        return String(String.UnicodeScalarView(scalars.prefix(flags.prec)))
    }

    mutating func fmtString(_ s: String, _ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        switch verb {
        case "v":
            if flags.sharpV { fmtQ(s) } else { fmtS(s) }
        case "s": fmtS(s)
        case "x": fmtSx(Array(s.utf8), Self.ldigits)
        case "X": fmtSx(Array(s.utf8), Self.udigits)
        case "q": fmtQ(s)
        default: badVerb(verb, arg)
        }
    }

    mutating func fmtQ(_ s: String) {
        let t = truncate(s)
        if flags.sharp && GoQuote.canBackquote(t) {
            pad("`" + t + "`")
            return
        }
        pad(flags.plus ? GoQuote.quoteToASCII(t) : GoQuote.quote(t))
    }

    mutating func fmtBytes(_ bytes: [UInt8], _ verb: Unicode.Scalar) {
        switch verb {
        case "s": fmtS(String(decoding: bytes, as: UTF8.self))
        case "q": fmtQ(String(decoding: bytes, as: UTF8.self))
        case "x": fmtSx(bytes, Self.ldigits)
        default: fmtSx(bytes, Self.udigits)
        }
    }

    mutating func fmtSx(_ bytes: [UInt8], _ digits: [Character]) {
        var length = bytes.count
        if flags.precPresent && flags.prec < length { length = flags.prec }
        var width = 2 * length
        if width > 0 {
            if flags.space {
                if flags.sharp { width *= 2 }
                width += length - 1
            } else if flags.sharp {
                width += 2
            }
        } else {
            if flags.widPresent { writePadding(flags.wid) }
            return
        }
        if flags.widPresent && flags.wid > width && !flags.minus { writePadding(flags.wid - width) }
        if flags.sharp {
            buf.append("0")
            buf.append(digits[16])
        }
        for i in 0..<length {
            if flags.space && i > 0 {
                buf += " "
                if flags.sharp {
                    buf.append("0")
                    buf.append(digits[16])
                }
            }
            buf.append(digits[Int(bytes[i] >> 4)])
            buf.append(digits[Int(bytes[i] & 0xF)])
        }
        if flags.widPresent && flags.wid > width && flags.minus { writePadding(flags.wid - width) }
    }

    mutating func fmtInteger(_ v: UInt64, signed: Bool, _ verb: Unicode.Scalar, _ arg: TemplateValue?) {
        switch verb {
        case "v":
            if flags.sharpV && !signed {
                let sharp = flags.sharp
                flags.sharp = true
                fmtInteger(v, base: 16, signed: false, verb: "v", digits: Self.ldigits)
                flags.sharp = sharp
            } else {
                fmtInteger(v, base: 10, signed: signed, verb: verb, digits: Self.ldigits)
            }
        case "d": fmtInteger(v, base: 10, signed: signed, verb: verb, digits: Self.ldigits)
        case "b": fmtInteger(v, base: 2, signed: signed, verb: verb, digits: Self.ldigits)
        case "o", "O": fmtInteger(v, base: 8, signed: signed, verb: verb, digits: Self.ldigits)
        case "x": fmtInteger(v, base: 16, signed: signed, verb: verb, digits: Self.ldigits)
        case "X": fmtInteger(v, base: 16, signed: signed, verb: verb, digits: Self.udigits)
        case "c": pad(String(Self.rune(v)))
        case "q": pad(GoQuote.quoteRune(Self.rune(v).value, asciiOnly: flags.plus))
        case "U": fmtUnicode(v)
        default: badVerb(verb, arg)
        }
    }

    private static func rune(_ v: UInt64) -> Unicode.Scalar {
        guard v <= 0x10FFFF, let s = Unicode.Scalar(UInt32(v)) else { return "\u{FFFD}" }
        return s
    }

    private mutating func fmtUnicode(_ u: UInt64) {
        var hex = String(u, radix: 16, uppercase: true)
        let minDigits = flags.precPresent && flags.prec > 4 ? flags.prec : 4
        while hex.count < minDigits { hex = "0" + hex }
        var s = "U+" + hex
        if flags.sharp, u <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(u)), GoQuote.isPrint(scalar) {
            s += " '" + String(scalar) + "'"
        }
        let zero = flags.zero
        flags.zero = false
        pad(s)
        flags.zero = zero
    }

    /// `fmt.fmtInteger`: precision and `0` flag pad with zeros, `#` adds a base prefix.
    mutating func fmtInteger(_ value: UInt64, base: UInt64, signed: Bool, verb: Unicode.Scalar, digits: [Character]) {
        let negative = signed && Int64(bitPattern: value) < 0
        var u = negative ? 0 &- value : value
        var prec = 0
        if flags.precPresent {
            prec = flags.prec
            if prec == 0 && u == 0 {
                let zero = flags.zero
                flags.zero = false
                writePadding(flags.wid)
                flags.zero = zero
                return
            }
        } else if flags.zero && !flags.minus && flags.widPresent {
            prec = flags.wid
            if negative || flags.plus || flags.space { prec -= 1 }
        }
        var out: [Character] = []
        repeat {
            out.append(digits[Int(u % base)])
            u /= base
        } while u > 0
        while out.count < prec { out.append("0") }
        if flags.sharp {
            switch base {
            case 2: out.append("b"); out.append("0")
            case 8: if out.last != "0" { out.append("0") }
            case 16: out.append(digits[16]); out.append("0")
            default: break
            }
        }
        if verb == "O" { out.append("o"); out.append("0") }
        if negative {
            out.append("-")
        } else if flags.plus {
            out.append("+")
        } else if flags.space {
            out.append(" ")
        }
        let zero = flags.zero
        flags.zero = false
        pad(String(out.reversed()))
        flags.zero = zero
    }
}

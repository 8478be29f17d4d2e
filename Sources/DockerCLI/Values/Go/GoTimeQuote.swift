extension GoQuote {
    /// The `time` package's private `quote`: ASCII control and non-ASCII bytes become `\xNN`.
    ///
    /// Docker's duration errors quote with this cheaper quoter, not `%q`, so the two differ on
    /// non-ASCII text and each message uses the quoter its Go code uses.
    public static func timeQuote(_ s: String) -> String {
        let hexDigits = Array("0123456789abcdef")
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x80 || scalar.value < 0x20 {
                for byte in String(scalar).utf8 {
                    out += "\\x"
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
            } else {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Signal names and numbers as the daemon reads them (moby/sys/signal's `ParseSignal` on Linux).
///
/// The docker client sends `kill -s`, `stop -s` and `--stop-signal` values unchecked; the daemon
/// accepts a number or a name with or without `SIG`, in any case, and refuses the rest with
/// `invalid signal: X` (HTTP 400).
public enum SignalName {
    /// Linux signal numbers by name (without `SIG`), including the real-time range.
    public static let linux: [String: Int32] = {
        var map: [String: Int32] = [
            "ABRT": 6, "ALRM": 14, "BUS": 7, "CHLD": 17, "CLD": 17, "CONT": 18, "FPE": 8, "HUP": 1, "ILL": 4,
            "INT": 2, "IO": 29, "IOT": 6, "KILL": 9, "PIPE": 13, "POLL": 29, "PROF": 27, "PWR": 30, "QUIT": 3,
            "SEGV": 11, "STKFLT": 16, "STOP": 19, "SYS": 31, "TERM": 15, "TRAP": 5, "TSTP": 20, "TTIN": 21,
            "TTOU": 22, "URG": 23, "USR1": 10, "USR2": 12, "VTALRM": 26, "WINCH": 28, "XCPU": 24, "XFSZ": 25,
            "RTMIN": 34, "RTMAX": 64,
        ]
        for i in 1...15 { map["RTMIN+\(i)"] = 34 + Int32(i) }
        for i in 1...14 { map["RTMAX-\(i)"] = 64 - Int32(i) }
        return map
    }()

    /// `signal.ParseSignal`: the signal number, or the daemon's message.
    public static func parse(_ raw: String) -> Result<Int32, EngineError> {
        let invalid = EngineError.invalidParameter("invalid signal: " + raw)
        let digits = raw.hasPrefix("+") || raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        if !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            // strconv.Atoi accepted it.
            guard let n = Int64(raw), n != 0 else { return .failure(invalid) }
            return .success(Int32(truncatingIfNeeded: n))
        }
        var name = raw.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        guard let number = linux[name] else { return .failure(invalid) }
        return .success(number)
    }

    /// `kill`'s extra check: a number the platform has no signal for.
    public static func killValidationError(_ signal: Int32) -> EngineError? {
        linux.values.contains(signal) ? nil : .invalidParameter("the linux daemon does not support signal \(signal)")
    }
}

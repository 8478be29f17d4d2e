import DockerAPI

/// What a simulated program does, planned in full when it starts: its output at offsets from
/// the start, and whether and when it exits.
///
/// A process model is a pure function of its context, so the daemon can plan a container's
/// whole future at start and only compare times afterwards (see `DockerDaemon`'s time model).
protocol ProcessModel: Sendable {
    /// The plan of a process that starts now.
    func start(_ context: ProcessContext) -> ProcessPlan
    /// What the process does when `signal` reaches it `elapsed` nanoseconds after it started.
    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse
}

/// Everything a process model may look at.
struct ProcessContext: Sendable {
    /// The command after entrypoint wrappers (`redis-server --appendonly yes`).
    var argv: [String]
    var env: [String: String]
    var hostname: String
    var workingDir: String
    var user: String
    var tty: Bool
    var openStdin: Bool
    /// `--init`: a tini PID 1 forwards signals, so default signal actions apply to the program.
    var hasInit: Bool
    var startedAt: Timestamp
    /// The host pid of PID 1 (the container sees 1).
    var pid: Int
    var host: HostFacts
    /// The root filesystem family (`debian`, `alpine`, `busybox`, `scratch`).
    var rootfs: String
    /// Volume contents by mount destination, as they are when the process starts.
    var volumes: [String: FileTree]
    /// How many times the container has started before (a database finds its data the second time).
    var previousStarts: Int

    /// The value of an environment variable, empty when unset.
    func env(_ key: String) -> String { env[key] ?? "" }

    /// The file tree and the path inside it for a container path that lies on a volume.
    func volume(containing path: String) -> (mount: String, relative: String)? {
        let p = FileTree.normalize(path)
        let mount = volumes.keys.filter { p == $0 || p.hasPrefix($0 == "/" ? "/" : $0 + "/") }.max { $0.count < $1.count }
        guard let mount else { return nil }
        let rel = p == mount ? "/" : String(p.dropFirst(mount == "/" ? 0 : mount.count))
        return (mount, rel)
    }
}

/// The future of a started process.
struct ProcessPlan: Sendable, Equatable {
    var output: [TimedOutput] = []
    /// `nil` while it runs until a signal ends it.
    var exit: PlannedExit?
    /// Output repeated forever from `offset`, every `period` (a `while true` loop).
    var repeating: (offset: Int64, period: Int64, lines: [TimedOutput])?
    /// Extra processes (nginx workers), for `top`.
    var children = 0
    /// Files the process writes into volumes when it starts.
    var writes: [FileWrite] = []

    static func == (a: ProcessPlan, b: ProcessPlan) -> Bool {
        a.output == b.output && a.exit == b.exit && a.children == b.children
            && a.repeating?.offset == b.repeating?.offset && a.repeating?.period == b.repeating?.period
            && a.repeating?.lines == b.repeating?.lines && a.writes == b.writes
    }

    /// Prints `text` (one line per element, each ended by a newline) at `offset`.
    mutating func print(_ lines: [String], at offset: Int64 = 0, stream: OutputStream = .stdout) {
        for line in lines { output.append(TimedOutput(offset: offset, stream: stream, text: line + "\n")) }
    }
}

/// A file a process writes, by its path inside the container (it lands in a volume if one is mounted there).
struct FileWrite: Sendable, Equatable {
    var path: String
    var contents: String
    init(_ path: String, _ contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// An exit planned at an offset from the process start.
struct PlannedExit: Sendable, Equatable {
    var after: Int64
    var code: Int
}

/// How a process reacts to a signal.
enum SignalResponse: Sendable, Equatable {
    /// Nothing happens (PID 1 without a handler ignores everything but SIGKILL).
    case ignored
    /// It writes this and keeps running (nginx reloading on SIGHUP).
    case handled([TimedOutput])
    /// It writes this (and these files) and exits `after` nanoseconds later with `code`.
    case exits(code: Int, after: Int64, output: [TimedOutput], writes: [FileWrite] = [])
}

/// Signal numbers and names as moby's `signal.SignalMap` has them for Linux.
enum Signals {
    static let byName: [String: Int32] = [
        "ABRT": 6, "ALRM": 14, "BUS": 7, "CHLD": 17, "CLD": 17, "CONT": 18, "FPE": 8, "HUP": 1, "ILL": 4, "INT": 2,
        "IO": 29, "IOT": 6, "KILL": 9, "PIPE": 13, "POLL": 29, "PROF": 27, "PWR": 30, "QUIT": 3, "SEGV": 11,
        "STKFLT": 16, "STOP": 19, "SYS": 31, "TERM": 15, "TRAP": 5, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23,
        "USR1": 10, "USR2": 12, "VTALRM": 26, "WINCH": 28, "XCPU": 24, "XFSZ": 25,
    ]

    static let sigterm: Int32 = 15
    static let sigkill: Int32 = 9

    /// `signal.ParseSignal`: a number, or a name with or without `SIG`, any case; `RTMIN+n`, `RTMAX-n`.
    static func parse(_ raw: String) -> Int32? {
        if let n = Int32(raw) { return n == 0 ? nil : n }
        var name = raw.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        if let n = byName[name] { return n }
        if name == "RTMIN" { return 34 }
        if name == "RTMAX" { return 64 }
        if name.hasPrefix("RTMIN+"), let k = Int32(name.dropFirst(6)), (1...15).contains(k) { return 34 + k }
        if name.hasPrefix("RTMAX-"), let k = Int32(name.dropFirst(6)), (1...14).contains(k) { return 64 - k }
        return nil
    }

    /// `ValidSignalForPlatform`: a signal Linux has.
    static func isValid(_ n: Int32) -> Bool { (1...31).contains(n) && n != 0 || (34...64).contains(n) }

    /// `SIGTERM` for 15, as nginx writes signal names.
    static func name(_ n: Int32) -> String {
        if let entry = byName.filter({ $0.value == n && $0.key != "CLD" && $0.key != "IOT" && $0.key != "POLL" }).first {
            return "SIG" + entry.key
        }
        return "SIG\(n)"
    }
}

/// The model of a program that ignores every signal it has no handler for, as PID 1 does.
///
/// With `--init`, tini is PID 1 and forwards the signal, so the default action (terminate,
/// exit 128+n) applies; terminal-stopping and ignored-by-default signals change nothing.
enum DefaultSignalAction {
    static let ignoredByDefault: Set<Int32> = [17, 18, 19, 20, 21, 22, 23, 28]

    static func response(_ signal: Int32, context: ProcessContext) -> SignalResponse {
        guard context.hasInit, !ignoredByDefault.contains(signal) else { return .ignored }
        return .exits(code: 128 + Int(signal), after: Timestamp.millisecond, output: [])
    }
}

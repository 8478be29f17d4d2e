#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program with an argument vector: spawned directly (never through a shell),
/// its output captured, killed when it outlives its deadline.
///
/// The child gets its own process group, so a timeout stops the docker client together with
/// any plugin it started (`docker compose` runs a child binary). Standard input is either
/// `/dev/null` (a command waiting for input must not hang a replay) or the given bytes, fed
/// through a socket so a child that stops reading cannot raise SIGPIPE in this process.
struct Subprocess {
    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var input: [UInt8]?
    var timeout: Duration

    /// How long a child may take to exit after SIGTERM before it gets SIGKILL.
    static let killGrace: Duration = .seconds(2)

    func run() throws(RealDockerError) -> CommandResult {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        var inPair: [Int32] = [-1, -1]
        guard Self.makePipe(&outPipe), Self.makePipe(&errPipe) else {
            throw .spawnFailed(executable: executable, reason: String(cString: strerror(errno)))
        }
        if input != nil {
            guard Self.makeSocketPair(&inPair) else {
                [outPipe[0], outPipe[1], errPipe[0], errPipe[1]].forEach { _ = close($0) }
                throw .spawnFailed(executable: executable, reason: String(cString: strerror(errno)))
            }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, inPair[1], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1], inPair[0], inPair[1]] where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // ETXTBSY: another thread's child briefly holds the program open for writing (it was just
        // written, and that child has not exec'd yet). Waiting a moment is the known remedy.
        for _ in 0..<20 where spawned == ETXTBSY {
            usleep(20_000)
            spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        for fd in [outPipe[1], errPipe[1], inPair[1]] where fd >= 0 { close(fd) }
        guard spawned == 0 else {
            for fd in [outPipe[0], errPipe[0], inPair[0]] where fd >= 0 { close(fd) }
            throw .spawnFailed(executable: executable, reason: String(cString: strerror(spawned)))
        }

        let deadline = ContinuousClock.now + timeout
        var collector = OutputCollector(stdout: outPipe[0], stderr: errPipe[0], stdin: inPair[0], input: input ?? [])
        let timedOut = collector.collect(until: deadline, pid: pid)
        let termination: CommandResult.Termination
        if !timedOut, let status = Self.reap(pid, until: deadline) {
            termination = status
        } else {
            // Past the deadline: stop the whole group, then collect the corpse.
            kill(-pid, SIGKILL)
            _ = Self.reap(pid, until: nil)
            termination = .timedOut(timeout)
        }
        return CommandResult(standardOutput: collector.stdoutBytes, standardError: collector.stderrBytes, termination: termination)
    }

    /// A pipe whose ends are closed on exec: a child spawned by another thread at the same moment
    /// must not inherit them, or this child's output would not end until that one exits.
    /// Swift's Glibc module leaves out `pipe2` (a `_GNU_SOURCE` function), so it is looked up by name;
    /// where it is missing, `pipe` plus `FD_CLOEXEC` narrows the window instead of closing it.
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        #if canImport(Glibc) || canImport(Musl)
        if let symbol = dlsym(nil, "pipe2") {
            return unsafeBitCast(symbol, to: Pipe2.self)(&fds, O_CLOEXEC) == 0
        }
        #endif
        guard pipe(&fds) == 0 else { return false }
        fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// A socket pair for standard input, closed on exec for the same reason as `makePipe`.
    private static func makeSocketPair(_ fds: inout [Int32]) -> Bool {
        #if canImport(Glibc) || canImport(Musl)
        return socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &fds) == 0 else { return false }
        fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        return true
        #endif
    }

    /// Waits for the child to exit (at most until `deadline`, when given) and decodes its wait status;
    /// `nil` when the deadline passed first. Exit code -1 means the status was lost (someone else
    /// in this process reaped the child).
    static func reap(_ pid: pid_t, until deadline: ContinuousClock.Instant?) -> CommandResult.Termination? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { return .exited(-1) }
            if let deadline, ContinuousClock.now >= deadline { return nil }
            if result == 0 { usleep(5_000) }
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

/// The poll loop that drains a child's stdout and stderr (and feeds its stdin) until both
/// close or the deadline passes, so neither pipe can fill up and stall the child.
private struct OutputCollector {
    var stdout: Int32
    var stderr: Int32
    var stdin: Int32
    var input: [UInt8]
    var written = 0
    var stdoutBytes: [UInt8] = []
    var stderrBytes: [UInt8] = []

    init(stdout: Int32, stderr: Int32, stdin: Int32, input: [UInt8]) {
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin
        self.input = input
        if stdin >= 0 {
            _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
            if input.isEmpty { closeStdin() }
        }
    }

    /// Returns `true` when the deadline passed and the child's process group was killed.
    mutating func collect(until deadline: ContinuousClock.Instant, pid: pid_t) -> Bool {
        var timedOut = false
        var hardDeadline = deadline
        while stdout >= 0 || stderr >= 0 {
            let now = ContinuousClock.now
            if now >= hardDeadline {
                if timedOut {
                    kill(-pid, SIGKILL)
                    break
                }
                timedOut = true
                kill(-pid, SIGTERM)
                hardDeadline = now + Subprocess.killGrace
            }
            var fds = [pollfd(fd: stdout, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stderr, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)]
            let remaining = hardDeadline - now
            let milliseconds = max(1, Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 && errno != EINTR { break }
            if ready <= 0 { continue }
            if fds[0].revents != 0 { Self.drain(&stdout, into: &stdoutBytes) }
            if fds[1].revents != 0 { Self.drain(&stderr, into: &stderrBytes) }
            if fds[2].revents != 0 { feed() }
        }
        closeStdin()
        for fd in [stdout, stderr] where fd >= 0 { close(fd) }
        return timedOut
    }

    private static func drain(_ fd: inout Int32, into bytes: inout [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes.append(contentsOf: buffer[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            close(fd)
            fd = -1
        }
    }

    private mutating func feed() {
        let count = input[written...].withUnsafeBytes { send(stdin, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if count > 0 { written += count }
        if written >= input.count || (count < 0 && errno != EAGAIN && errno != EINTR) { closeStdin() }
    }

    private mutating func closeStdin() {
        if stdin >= 0 {
            close(stdin)
            stdin = -1
        }
    }
}

/// Which stream a line of container output went to.
public enum OutputStream: String, Codable, Sendable, Equatable {
    case stdout, stderr
}

/// One chunk of container output as the log driver recorded it: its stream, time and text.
///
/// `text` keeps its line ending (`\n`, or `\r\n` from a TTY); the last chunk of a process that
/// printed no final newline has none.
public struct LogEntry: Codable, Sendable, Equatable {
    public var stream: OutputStream
    public var time: Timestamp
    public var text: String
    public init(stream: OutputStream, time: Timestamp, text: String) {
        self.stream = stream
        self.time = time
        self.text = text
    }
}

/// A position in a container's output, so a client can poll for what came after it (`logs -f`, attach).
public struct OutputCursor: Sendable, Equatable, Hashable {
    public var containerID: String
    /// The sequence number of the next entry to read.
    public var sequence: Int
    public init(containerID: String, sequence: Int) {
        self.containerID = containerID
        self.sequence = sequence
    }
}

/// The options of `GET /containers/{id}/logs`.
public struct LogsOptions: Sendable, Equatable {
    public var stdout: Bool
    public var stderr: Bool
    /// Only entries at or after this instant.
    public var since: Timestamp?
    /// Only entries before this instant.
    public var until: Timestamp?
    public var timestamps: Bool
    /// `-f`: the answer carries a cursor to poll from, and `more` says whether output may still come.
    public var follow: Bool
    /// The last N entries; `nil` for all (`--tail all`).
    public var tail: Int?
    public var details: Bool
    /// Continue after this cursor instead of from the start (follow polling).
    public var after: OutputCursor?

    public init(stdout: Bool = true, stderr: Bool = true, since: Timestamp? = nil, until: Timestamp? = nil,
                timestamps: Bool = false, follow: Bool = false, tail: Int? = nil, details: Bool = false,
                after: OutputCursor? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.since = since
        self.until = until
        self.timestamps = timestamps
        self.follow = follow
        self.tail = tail
        self.details = details
        self.after = after
    }
}

/// A batch of output and where to continue.
public struct OutputBatch: Sendable, Equatable {
    public var entries: [LogEntry]
    /// Where the next poll continues.
    public var cursor: OutputCursor
    /// `true` while the container runs (or restarts), so more output may come.
    public var more: Bool
    /// When the running process will exit on its own, if it will; `nil` when it runs until stopped.
    public var exitsAt: Timestamp?

    public init(entries: [LogEntry], cursor: OutputCursor, more: Bool, exitsAt: Timestamp?) {
        self.entries = entries
        self.cursor = cursor
        self.more = more
        self.exitsAt = exitsAt
    }
}

/// The streams an attach should carry.
public struct AttachOptions: Sendable, Equatable {
    public var stdout: Bool
    public var stderr: Bool
    public init(stdout: Bool = true, stderr: Bool = true) {
        self.stdout = stdout
        self.stderr = stderr
    }
}

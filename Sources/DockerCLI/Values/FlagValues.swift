/// The flags a command line set, by long name, in the order they were given.
///
/// This is the seam between the parser and the value conversions: the parser has already run
/// each value through `flagValueError`, and the conversions read the raw strings back the way
/// docker's option structs hold them (a `ListOpts` keeps every value, a string keeps the last).
public struct FlagValues: Sendable, Equatable {
    /// One flag occurrence: the long flag name (`"publish"`) and its value (`"true"` for a bare bool).
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    /// Builds the values from `(name, value)` pairs in command-line order.
    public init(_ pairs: [(String, String)]) {
        entries = pairs.map { Entry($0.0, $0.1) }
    }

    /// Builds the values from a name → values map; names are taken in sorted order, so only the
    /// order within one flag is kept (enough for everything except `--net`/`--network` interleaving).
    public init(_ values: [String: [String]]) {
        entries = values.keys.sorted().flatMap { name in (values[name] ?? []).map { Entry(name, $0) } }
    }

    /// pflag's `Changed`: the flag appeared at least once.
    public func changed(_ name: String) -> Bool { entries.contains { $0.name == name } }

    /// Every value of the flag (or of any of its aliases), in command-line order.
    public func all(_ names: String...) -> [String] {
        entries.filter { names.contains($0.name) }.map(\.value)
    }

    /// The value a plain (non-list) flag ends up with: the last one given.
    public func last(_ name: String) -> String? {
        entries.last { $0.name == name }?.value
    }

    /// A plain string flag's value, or `defaultValue` when it was not given.
    public func string(_ name: String, default defaultValue: String = "") -> String {
        last(name) ?? defaultValue
    }

    /// A bool flag's value (the parser has validated it with `strconv.ParseBool`).
    public func bool(_ name: String, default defaultValue: Bool = false) -> Bool {
        guard let value = last(name) else { return defaultValue }
        if case .success(let b) = GoStrconv.parseBool(value) { return b }
        return defaultValue
    }
}

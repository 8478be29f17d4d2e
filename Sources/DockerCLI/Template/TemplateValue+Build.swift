import DockerAPI

/// Constructors for the values docker hands to templates.
extension TemplateValue {
    public static func string(_ s: String) -> TemplateValue { TemplateValue(type: .string, storage: .string(s)) }
    public static func bool(_ b: Bool) -> TemplateValue { TemplateValue(type: .bool, storage: .bool(b)) }
    /// A Go `int`.
    public static func int(_ i: Int) -> TemplateValue { TemplateValue(type: .int, storage: .int(Int64(i))) }
    /// A signed integer of a given Go type (`int64`, `time.Duration`...).
    public static func int(_ i: Int64, type: GoType) -> TemplateValue { TemplateValue(type: type, storage: .int(i)) }
    /// An unsigned integer of a given Go type (`uint16` ports, `uint64` sizes...).
    public static func uint(_ u: UInt64, type: GoType) -> TemplateValue { TemplateValue(type: type, storage: .uint(u)) }
    public static func float64(_ d: Double) -> TemplateValue { TemplateValue(type: .float64, storage: .float(d)) }

    /// A `[]string`; `nil` is a nil slice.
    public static func strings(_ values: [String]?) -> TemplateValue {
        TemplateValue(type: .slice(.string), storage: .list(values.map { $0.map { .string($0) } }))
    }

    /// A slice of `elementType`; `nil` is a nil slice.
    public static func slice(_ values: [TemplateValue]?, of elementType: GoType) -> TemplateValue {
        TemplateValue(type: .slice(elementType), storage: .list(values))
    }

    /// A `map[string]string`; `nil` is a nil map.
    public static func stringMap(_ values: [String: String]?) -> TemplateValue {
        .map(values.map { dict in dict.map { (TemplateValue.string($0.key), TemplateValue.string($0.value)) } },
             type: .map(.string, .string))
    }

    /// A map of the given type; entries are put in Go's printing order (sorted keys).
    public static func map(_ entries: [(TemplateValue, TemplateValue)]?, type: GoType, methods: GoMethodSet = GoMethodSet()) -> TemplateValue {
        let sorted = entries.map { list in
            list.map { MapEntry(key: $0.0, value: $0.1) }.sorted { GoOrder.less($0.key, $1.key) }
        }
        return TemplateValue(type: type, storage: .map(sorted), methods: methods)
    }

    /// A struct of a named type (`"formatter.ContainerContext"`), by value.
    public static func structure(_ typeName: String, fields: [GoField], methods: [String: GoFunction] = [:],
                                 marshalJSON: (@Sendable () -> JSONValue)? = nil) -> TemplateValue {
        TemplateValue(type: .named(typeName, .structure(fields.map(\.name))), storage: .structure(fields),
                      methods: GoMethodSet(methods, marshalJSON: marshalJSON))
    }

    /// A pointer to `value` (`&T{...}`); the methods of `T` are reachable through it, as Go's
    /// method set of `*T` includes them.
    public static func pointer(to value: TemplateValue) -> TemplateValue {
        TemplateValue(type: .pointer(value.type), storage: .pointer(value), methods: value.methods)
    }

    /// A nil value of a nillable type (nil pointer, nil map, nil slice, nil interface).
    public static func nilValue(of type: GoType) -> TemplateValue {
        zero(of: type)
    }

    /// `reflect.Zero(type)`: what `index` yields for a missing map key.
    public static func zero(of type: GoType) -> TemplateValue {
        switch type.kind {
        case .bool: TemplateValue(type: type, storage: .bool(false))
        case .int: TemplateValue(type: type, storage: .int(0))
        case .uint: TemplateValue(type: type, storage: .uint(0))
        case .float: TemplateValue(type: type, storage: .float(0))
        case .complex: TemplateValue(type: type, storage: .complex(0, 0))
        case .string: TemplateValue(type: type, storage: .string(""))
        case .slice: TemplateValue(type: type, storage: .list(nil))
        case .array:
            if case .array(let n, let e) = type.underlying {
                TemplateValue(type: type, storage: .list(Array(repeating: zero(of: e), count: max(0, min(n, 1 << 16)))))
            } else {
                TemplateValue(type: type, storage: .list([]))
            }
        case .map: TemplateValue(type: type, storage: .map(nil))
        case .pointer: TemplateValue(type: type, storage: .pointer(nil))
        case .interface: TemplateValue(type: type, storage: .interface(nil))
        case .function: TemplateValue(type: type, storage: .function(nil))
        case .structure: TemplateValue(type: type, storage: .structure([]))
        case .invalid: .invalid
        }
    }

    /// `value` stored in an `interface {}`, as elements of `[]interface {}` and `map[string]interface {}` are.
    public static func boxed(_ value: TemplateValue?) -> TemplateValue {
        guard let value, value.isValid else { return TemplateValue(type: .emptyInterface, storage: .interface(nil)) }
        // An interface holds a concrete value, never another interface.
        if case .interface(let inner) = value.storage { return boxed(inner) }
        return TemplateValue(type: .emptyInterface, storage: .interface(value))
    }

    /// A function value, for the `call` builtin.
    public static func function(_ f: GoFunction) -> TemplateValue {
        TemplateValue(type: f.goType, storage: .function(f))
    }

    /// A docker formatter context (`*formatter.ContainerContext`): a pointer to a struct whose
    /// template surface is its methods.
    ///
    /// `getters` are the zero-argument exported methods, in any order; docker's `MarshalJSON` for
    /// these contexts calls each of them and encodes the results as an object with sorted keys,
    /// which is what `{{json .}}` and `--format json` print. `methods` adds methods with
    /// arguments (`Label(name string)`), which `MarshalJSON` skips.
    public static func formatterContext(
        _ typeName: String,
        getters: [(String, TemplateValue)],
        methods: [String: GoFunction] = [:],
        fields: [GoField] = []
    ) -> TemplateValue {
        var all = methods
        for (name, value) in getters { all[name] = .getter(value) }
        let snapshot = getters
        let marshal: @Sendable () -> JSONValue = {
            .object(snapshot.sorted { $0.0 < $1.0 }.map { JSONMember($0.0, $0.1.jsonValue) })
        }
        return .pointer(to: .structure(typeName, fields: fields, methods: all, marshalJSON: marshal))
    }

    /// Docker's `formatter.SubHeaderContext`: the column titles a table header is rendered from,
    /// with its `Label` method (`{{.Label "com.example.vendor"}}` titles the column `vendor`).
    public static func headerContext(_ titles: [String: String]) -> TemplateValue {
        let label = GoFunction(parameters: [.typed(.string)], result: .string) { args in
            guard case .string(let name) = args.first?.storage else { return .string("") }
            let last = name.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            return .string(String(last.map { $0 == "-" || $0 == "_" ? " " : $0 }))
        }
        return .map(titles.map { (TemplateValue.string($0.key), TemplateValue.string($0.value)) },
                    type: .named("formatter.SubHeaderContext", .map(.string, .string)),
                    methods: GoMethodSet(["Label": label]))
    }
}

/// Go's `internal/fmtsort` order, which `fmt` and `range` use for map keys.
enum GoOrder {
    static func less(_ a: TemplateValue, _ b: TemplateValue) -> Bool { compare(a, b) < 0 }

    static func compare(_ a: TemplateValue, _ b: TemplateValue) -> Int {
        switch (a.storage, b.storage) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.uint(let x), .uint(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)):
            let xs = Array(x.utf8), ys = Array(y.utf8)
            return xs.lexicographicallyPrecedes(ys) ? -1 : (xs == ys ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return x.isNaN ? (y.isNaN ? 0 : -1) : 1 }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.interface(let x), .interface(let y)):
            guard let x else { return y == nil ? 0 : -1 }
            guard let y else { return 1 }
            let tx = x.type.description, ty = y.type.description
            if tx != ty { return tx < ty ? -1 : 1 }
            return compare(x, y)
        default: return 0
        }
    }
}

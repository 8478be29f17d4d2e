/// The languages docker-tutor explains docker in.
public enum Language: String, Sendable, CaseIterable {
    case en
    case zh

    /// The language a locale environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
    /// Chinese when the first one set starts with `zh`, English otherwise.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// A text in every language docker-tutor speaks.
public struct LocalizedText: Sendable, Equatable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}

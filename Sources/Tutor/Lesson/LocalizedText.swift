/// A text in several languages, keyed by locale (`en`, `zh`, `pt-BR`).
///
/// Every text of a lesson sits next to its translations (`title: {en: ..., zh: ...}`) so a translator
/// sees what changed and lint can say exactly which translation is missing. English is required
/// everywhere; it is what any other locale falls back to.
public struct LocalizedText: Sendable, Equatable, CustomStringConvertible {
    /// Locale to text.
    public var translations: [String: String]
    /// Where the text was written, or `nil` for texts the tutor generates.
    public var mark: SourceMark?

    public static let english = "en"
    public static let chinese = "zh"

    public init(_ translations: [String: String], mark: SourceMark? = nil) {
        self.translations = translations
        self.mark = mark
    }

    /// A text the tutor itself says, which always exists in both shipped languages.
    public init(en: String, zh: String) {
        self.translations = [Self.english: en, Self.chinese: zh]
        self.mark = nil
    }

    /// The text for `locale`: the exact locale, then its language (`zh` for `zh-CN`), then English.
    public func text(for locale: String) -> String {
        let normalized = Self.normalize(locale)
        if let exact = translations[normalized] { return exact }
        if let dash = normalized.firstIndex(of: "-"), let language = translations[String(normalized[..<dash])] {
            return language
        }
        if let english = translations[Self.english] { return english }
        return translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    public var en: String { text(for: Self.english) }
    public var zh: String { text(for: Self.chinese) }

    /// The locales this text is written in, sorted.
    public var locales: [String] { translations.keys.sorted() }

    public var description: String { en }

    /// `zh_CN.UTF-8` → `zh-CN`; locales are compared in this form.
    public static func normalize(_ locale: String) -> String {
        var s = Substring(locale)
        if let dot = s.firstIndex(of: ".") { s = s[..<dot] }
        if let at = s.firstIndex(of: "@") { s = s[..<at] }
        let parts = s.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let language = parts.first else { return "" }
        return ([language.lowercased()] + parts.dropFirst().map(String.init)).joined(separator: "-")
    }

    /// The locale the learner wants: `$DOCKER_TUTOR_LANG`, then the POSIX locale variables; English by default.
    public static func preferredLocale(environment: [String: String]) -> String {
        for key in ["DOCKER_TUTOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty, value != "C", value != "POSIX" {
                return normalize(value)
            }
        }
        return english
    }

    /// `true` for locale keys a lesson may use: a language code, optionally with a region or script.
    public static func isValidLocale(_ key: String) -> Bool {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

/// The small grammar goal messages are built from, in English and Chinese.
///
/// Goal messages are assembled from a subject ("container redis is running") and clauses
/// ("port 6379 is not published"); keeping the joining rules here keeps every goal's wording consistent.
enum GoalText {
    static func text(_ en: String, _ zh: String) -> LocalizedText { LocalizedText(en: en, zh: zh) }

    /// `"subject, but problem"`.
    static func but(_ subject: LocalizedText, _ problem: LocalizedText) -> LocalizedText {
        let space = problem.zh.unicodeScalars.first?.isASCII == true ? " " : ""
        return text(subject.en + ", but " + problem.en, subject.zh + "，但" + space + problem.zh)
    }

    /// Clauses joined as a sentence: "a, b and c" / "a，b，c".
    static func list(_ items: [LocalizedText]) -> LocalizedText {
        let en = items.map(\.en)
        let english: String
        if en.count <= 1 {
            english = en.first ?? ""
        } else {
            english = en.dropLast().joined(separator: ", ") + " and " + (en.last ?? "")
        }
        return text(english, items.map(\.zh).joined(separator: "，"))
    }

    /// A subject followed by what it should be: "container redis is running and publishes port 6379".
    static func sentence(_ subject: LocalizedText, _ clauses: [LocalizedText]) -> LocalizedText {
        guard !clauses.isEmpty else { return subject }
        let joined = list(clauses)
        return text(subject.en + " " + joined.en, spaced(subject.zh) + joined.zh)
    }

    /// Items separated by "; " / "；".
    static func semicolons(_ items: [LocalizedText]) -> LocalizedText {
        text(items.map(\.en).joined(separator: "; "), items.map(\.zh).joined(separator: "；"))
    }

    /// Words shown as code: `` `redis-server --appendonly yes` ``.
    static func code(_ words: [String]) -> String { "`" + words.joined(separator: " ") + "`" }

    /// A literal value in quotes: `"hello"` in English, `“hello”` in Chinese.
    static func quoted(_ value: String) -> (en: String, zh: String) { ("\"" + value + "\"", "“" + value + "”") }

    /// A container state as a predicate: "is running" / "正在运行".
    static func state(_ state: ContainerState) -> LocalizedText {
        switch state {
        case .created: return text("has been created but not started", "已创建但未启动")
        case .running: return text("is running", "正在运行")
        case .paused: return text("is paused", "已暂停")
        case .restarting: return text("is restarting", "正在重启")
        case .removing: return text("is being removed", "正在删除")
        case .exited: return text("has exited", "已退出")
        case .dead: return text("is dead", "已失效")
        }
    }

    /// The state a container should be in: "it should be running" / "它应该正在运行".
    static func shouldBe(_ state: ContainerState) -> LocalizedText {
        switch state {
        case .created: return text("it should be created but not started", "它应该已创建但未启动")
        case .running: return text("it should be running", "它应该正在运行")
        case .paused: return text("it should be paused", "它应该已暂停")
        case .restarting: return text("it should be restarting", "它应该正在重启")
        case .removing: return text("it should be being removed", "它应该正在删除")
        case .exited: return text("it should have exited", "它应该已退出")
        case .dead: return text("it should be dead", "它应该已失效")
        }
    }

    /// `["nginx","-g","daemon off;"]`, as docker inspect lists a Cmd.
    static func jsonList(_ words: [String]?) -> String {
        guard let words else { return "null" }
        return "[" + words.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]"
    }
}

extension GoalText {
    /// The text followed by a space when it ends in Latin text, so Chinese around it reads "把卷 data 挂载到", "把一个卷挂载到".
    static func spaced(_ zh: String) -> String {
        guard let last = zh.unicodeScalars.last, last.isASCII else { return zh }
        return zh + " "
    }
}

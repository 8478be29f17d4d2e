/// Reports instructions whose line continuations include an empty line.
///
/// BuildKit skips a blank line inside a continuation, so the instruction goes on past it;
/// a future release will make that an error. The finding points at the instruction's last line.
public enum NoEmptyContinuation: LintRule {
    public static let info = LintRuleInfo(
        id: "NoEmptyContinuation", origin: .buildkit, summary: summary,
        url: "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
        explanation: """
            A line ending in `\\` continues the instruction on the next line, and BuildKit \
            currently skips blank lines while doing so — the instruction silently goes on after \
            the gap. Remove the blank line, or end the instruction before it. Empty continuation \
            lines will become errors in a future release.
            """,
        explanationZH: """
            以 `\\` 结尾的行会把指令延续到下一行，而 BuildKit 目前会跳过其中的空行——指令会悄悄地\
            越过空行继续下去。请删除这个空行，或者在空行之前结束指令。将来的版本会把空的续行当作错误。
            """)

    static let message = "Empty continuation line"
    static let summary = "Empty continuation lines will become errors in a future release"
}

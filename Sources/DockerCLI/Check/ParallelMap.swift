import Dispatch

/// `map` over every core, for `check`'s independent per-command work.
///
/// A long script is thousands of independent verdicts; `concurrentPerform` splits them in
/// chunks across the machine's cores. Results land in their own slots of one buffer, so no
/// two threads ever touch the same element.
enum ParallelMap {
    /// Below this many elements the threads cost more than they save.
    static let threshold = 256

    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count >= threshold else { return items.map(transform) }
        let chunks = min(items.count / 64, 64)
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = items.count * chunk / chunks
                let upper = items.count * (chunk + 1) / chunks
                for index in lower..<upper {
                    (slots.base + index).initialize(to: transform(items[index]))
                }
            }
            count = items.count
        }
    }

    /// The result buffer's base address, shared by the workers; each writes only its own indices.
    private struct Slots<R>: @unchecked Sendable {
        let base: UnsafeMutablePointer<R>
    }
}

import Foundation

/// Work spread over a fixed number of threads, with results in index order, so the output of a
/// stage never depends on how many threads ran it.
public enum Parallel {
    /// The threads to use when the caller does not say: one per core.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    public static func map<T>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(threads, count))
        if workers == 1 { return (0..<count).map(body) }
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < count {
                    (base + index).initialize(to: body(index))
                    index += workers
                }
            }
        }
        return slots.map { $0! }
    }
}

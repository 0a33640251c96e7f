import Dispatch

/// Runs a transform over a stream of inputs on `jobs` threads and hands the results to `emit` in
/// input order, with at most `window` inputs in memory at a time (so memory stays flat whatever
/// the corpus size). Batches: read `window` inputs, transform them concurrently
/// (`concurrentPerform` balances work across threads), emit in order, repeat.
public struct OrderedRunner: Sendable {
    public let jobs: Int
    public let window: Int

    public init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = window ?? max(1, jobs) * 16
    }

    public func run<In: Sendable, Out: Sendable>(
        next: () throws -> In?,
        transform: @escaping @Sendable (In) -> Out,
        emit: (Out) throws -> Void
    ) throws {
        if jobs == 1 {
            while let x = try next() { try emit(transform(x)) }
            return
        }
        while true {
            var batch: [In] = []
            batch.reserveCapacity(window)
            while batch.count < window, let x = try next() { batch.append(x) }
            if batch.isEmpty { return }
            let results = ResultSlots<Out>(count: batch.count)
            let inputs = batch
            DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { worker in
                // Static interleaving would unbalance on skewed pages; take work from a shared counter.
                while let i = results.claim() { results.set(i, transform(inputs[i])) }
                _ = worker
            }
            for i in 0..<inputs.count { try emit(results.take(i)) }
        }
    }
}

/// Result slots written once each by worker threads (each index claimed by exactly one thread).
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private var nextIndex = 0
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < slots.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
    func set(_ i: Int, _ v: T) { lock.lock(); slots[i] = v; lock.unlock() }
    func take(_ i: Int) -> T { slots[i]! }
}

#if canImport(Glibc)
import Glibc
/// A pthread mutex (Foundation-free).
final class NSLockLike: @unchecked Sendable {
    private var m = pthread_mutex_t()
    init() { pthread_mutex_init(&m, nil) }
    deinit { pthread_mutex_destroy(&m) }
    func lock() { pthread_mutex_lock(&m) }
    func unlock() { pthread_mutex_unlock(&m) }
}
#else
import Foundation
typealias NSLockLike = NSLock
#endif

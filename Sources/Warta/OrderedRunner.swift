import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Runs a transform over a stream of inputs on `jobs` worker threads and hands the results to
/// `emit` in input order, with at most `window` inputs in flight (read but not yet emitted), so
/// memory stays flat whatever the corpus size.
///
/// The calling thread reads inputs and emits results; workers take inputs in sequence order from
/// a ring of `window` slots. Reading, transforming and writing overlap: no batch barrier, so a slow
/// page delays only the results behind it, never idles the other workers for long.
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
        let ring = Ring<In, Out>(size: window)
        let group = DispatchGroup()
        for _ in 0..<jobs {
            DispatchQueue.global().async(group: group) {
                while let (seq, input) = ring.claim() {
                    ring.complete(seq, transform(input))
                }
            }
        }
        defer {
            ring.shutdown()
            group.wait()
        }
        var exhausted = false
        while true {
            // Emit every finished result at the head, in order.
            while let out = ring.takeReady() { try emit(out) }
            if exhausted {
                if ring.isDrained { return }
                ring.waitForHead()
                continue
            }
            if ring.hasRoom {
                if let x = try next() { ring.push(x) } else { exhausted = true }
            } else {
                ring.waitForHead()
            }
        }
    }
}

/// The in-flight window: slot `seq % size` holds input or result number `seq`.
final class Ring<In, Out>: @unchecked Sendable {
    private var inputs: [In?]
    private var outputs: [Out?]
    private let size: Int
    private var pushed = 0      // inputs read so far
    private var claimed = 0     // inputs taken by workers
    private var emitted = 0     // results handed to emit
    private var closed = false
    private var m = pthread_mutex_t()
    private var workAvailable = pthread_cond_t()
    private var headReady = pthread_cond_t()

    init(size: Int) {
        self.size = size
        inputs = Array(repeating: nil, count: size)
        outputs = Array(repeating: nil, count: size)
        pthread_mutex_init(&m, nil)
        pthread_cond_init(&workAvailable, nil)
        pthread_cond_init(&headReady, nil)
    }

    deinit {
        pthread_cond_destroy(&workAvailable)
        pthread_cond_destroy(&headReady)
        pthread_mutex_destroy(&m)
    }

    var hasRoom: Bool { pthread_mutex_lock(&m); defer { pthread_mutex_unlock(&m) }; return pushed - emitted < size }
    var isDrained: Bool { pthread_mutex_lock(&m); defer { pthread_mutex_unlock(&m) }; return emitted == pushed }

    func push(_ x: In) {
        pthread_mutex_lock(&m)
        inputs[pushed % size] = x
        pushed += 1
        pthread_cond_signal(&workAvailable)
        pthread_mutex_unlock(&m)
    }

    /// A worker's next input, nil once the ring is shut down.
    func claim() -> (Int, In)? {
        pthread_mutex_lock(&m)
        defer { pthread_mutex_unlock(&m) }
        while claimed == pushed && !closed { pthread_cond_wait(&workAvailable, &m) }
        if claimed == pushed { return nil }
        let seq = claimed
        claimed += 1
        let x = inputs[seq % size]!
        inputs[seq % size] = nil
        return (seq, x)
    }

    func complete(_ seq: Int, _ out: Out) {
        pthread_mutex_lock(&m)
        outputs[seq % size] = out
        if seq == emitted { pthread_cond_signal(&headReady) }
        pthread_mutex_unlock(&m)
    }

    /// The result at the head when it is finished.
    func takeReady() -> Out? {
        pthread_mutex_lock(&m)
        defer { pthread_mutex_unlock(&m) }
        guard emitted < pushed, let out = outputs[emitted % size] else { return nil }
        outputs[emitted % size] = nil
        emitted += 1
        return out
    }

    /// Blocks until the head result is finished (or nothing is in flight).
    func waitForHead() {
        pthread_mutex_lock(&m)
        while emitted < pushed, outputs[emitted % size] == nil { pthread_cond_wait(&headReady, &m) }
        pthread_mutex_unlock(&m)
    }

    func shutdown() {
        pthread_mutex_lock(&m)
        closed = true
        pthread_cond_broadcast(&workAvailable)
        pthread_mutex_unlock(&m)
    }
}

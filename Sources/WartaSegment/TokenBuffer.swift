/// A growable buffer of scanned tokens without the uniqueness check `Array.append` pays on every
/// call (measured: ~7 % of the stage in `perf`). Owned by one `Segmenter.segment` call, which
/// frees it with `deallocate()`.
struct TokenBuffer {
    private(set) var base: UnsafeMutablePointer<ScannedToken>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ t: ScannedToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: t)
        count &+= 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<ScannedToken>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// Forgets the tokens (they are trivial values) and keeps the memory.
    mutating func removeAll() { count = 0 }

    var tokens: UnsafeBufferPointer<ScannedToken> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() { base.deallocate() }
}
